import { type ReactNode, useId } from 'react';
import { markEnglish, useI18n } from '../../i18n';
import { Notice, NoticeText } from '../../private/Notice/Notice';
import { SectionHeader, sectionStyles } from '../../private/Section/Section';
import type { HeadingLevel } from '../../private/Typography/Typography';
import * as styles from './IntegrationsSettingsPage.css';

/** The mock-data notice's words; each defaults to the seed's. */
export interface MockDataNoticeOptions {
  /** The bold lead-in. @default "Mock data." */
  title?: string;
  /** What the data is and is not. @default "Mock-only (IMPL-007): all values come from local fixtures…" */
  body?: ReactNode;
}

/**
 * "Mock data. Mock-only (IMPL-007)…": the first guardrail, visible unless the host hides it. A note
 * (`role="note"`) named by its lead-in, not a region, and never announced: it is what the page
 * renders with.
 */
export function MockDataNotice({ title, body }: MockDataNoticeOptions) {
  const { t } = useI18n();
  const lead = title ?? t('page.mock.title');
  return (
    <Notice tone="caution" role="note" aria-label={lead} data-state="mock">
      <NoticeText title={lead}>{body ?? t('page.mock.body')}</NoticeText>
    </Notice>
  );
}

/** The guardrails panel's words; each defaults to the seed's. */
export interface GuardrailsOptions {
  /** The heading. @default "Guardrails (V1)" */
  title?: string;
  /** One entry per guardrail. @default the seed's six guardrails */
  items?: readonly ReactNode[];
}

const GUARDRAILS = ['mock', 'secrets', 'scope', 'views', 'labels', 'actions'] as const;

/**
 * The V1 guardrails as the seed page lists them, or the host's own list: a region named by its
 * heading. The English product words the French list keeps ("Campaign MER", "multi-touch") are
 * marked `lang="en"`.
 */
export function GuardrailsList({ title, items, headingLevel }: GuardrailsOptions & { headingLevel: HeadingLevel }) {
  const { t, locale } = useI18n();
  const titleId = useId();
  return (
    <section className={sectionStyles.section} aria-labelledby={titleId}>
      <SectionHeader id={titleId} level={headingLevel} title={title ?? t('page.section.guardrails')} />
      <ul className={styles.guardrails}>
        {items
          ? items.map((item, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: the host's list is given whole, in its order
              <li key={index}>{item}</li>
            ))
          : GUARDRAILS.map((key) => (
              <li key={key} data-guardrail={key}>
                {markEnglish(t(`page.guardrail.${key}`), locale)}
              </li>
            ))}
      </ul>
    </section>
  );
}
