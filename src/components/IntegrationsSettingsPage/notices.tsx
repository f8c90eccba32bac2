import { useId } from 'react';
import { useI18n } from '../../i18n';
import { Notice, NoticeText } from '../../private/Notice/Notice';
import { SectionHeader, sectionStyles } from '../../private/Section/Section';
import type { HeadingLevel } from '../../private/Typography/Typography';
import * as styles from './IntegrationsSettingsPage.css';

/** "Mock data. Mock-only (IMPL-007)…": the first guardrail, always visible. */
export function MockDataNotice() {
  const { t } = useI18n();
  return (
    <Notice tone="caution" role="note" aria-label={t('page.mock.title')} data-state="mock">
      <NoticeText title={t('page.mock.title')}>{t('page.mock.body')}</NoticeText>
    </Notice>
  );
}

const GUARDRAILS = ['mock', 'secrets', 'scope', 'views', 'labels', 'actions'] as const;

/** The six V1 guardrails as the seed page lists them. */
export function GuardrailsList({ headingLevel }: { headingLevel: HeadingLevel }) {
  const { t } = useI18n();
  const titleId = useId();
  return (
    <section className={sectionStyles.section} aria-labelledby={titleId}>
      <SectionHeader id={titleId} level={headingLevel} title={t('page.section.guardrails')} />
      <ul className={styles.guardrails}>
        {GUARDRAILS.map((key) => (
          <li key={key} data-guardrail={key}>
            {t(`page.guardrail.${key}`)}
          </li>
        ))}
      </ul>
    </section>
  );
}
