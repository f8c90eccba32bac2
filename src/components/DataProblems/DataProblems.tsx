import { forwardRef, useId } from 'react';
import type { DataIssue, SetAsideItem } from '../../domain';
import { interpolateNodes, useI18n } from '../../i18n';
import { cx } from '../../private/cx';
import { Notice } from '../../private/Notice/Notice';
import type { RootProps } from '../../private/props';
import { ShowMoreButton, useShowMore } from '../../private/ShowMore/ShowMore';
import { Heading, type HeadingLevel, Text } from '../../private/Typography/Typography';
import { sayIssue } from '../DataErrorState/DataErrorState';
import * as lists from '../DataErrorState/DataErrorState.css';
import * as styles from './DataProblems.css';

export type DataProblemsProps = RootProps<
  'section',
  {
    /** Items of the host's data that were set aside (`readDataSet(input).setAside`). */
    setAside: readonly SetAsideItem[];
    /** What was accepted but is worth knowing, e.g. unknown fields (`readDataSet(input).warnings`). @default [] */
    warnings?: readonly DataIssue[];
    /** Level of the heading. @default 2 */
    headingLevel?: HeadingLevel;
    /** Items listed at first; the rest is one "Show more" away. @default 10 */
    initialCount?: number;
  }
>;

const NO_WARNINGS: readonly DataIssue[] = [];

/**
 * One summary of what was wrong in the host's data, in the page's language: each set-aside item
 * once, named by its position, label and id, with every reason; how many accepted items had fields
 * the page does not use; and the technical details (each field's path, with the item's index, and
 * the reason in English, unknown field names included) behind a disclosure. Every valid source is
 * still shown by the other panels. Renders nothing when there is nothing to say. A region named by
 * its heading; nothing in it is announced (it is what the page renders with).
 *
 * Focus: "Show more" moves focus to the first item it revealed (with the focus ring); the button,
 * gone once every item shows, never leaves focus on `<body>`.
 */
export const DataProblems = forwardRef<HTMLElement, DataProblemsProps>(function DataProblems(
  { setAside, warnings = NO_WARNINGS, headingLevel = 2, initialCount = 10, className, ...rest },
  ref,
) {
  const { t } = useI18n();
  const titleId = `${useId()}-title`;
  const { visible, remaining, more, itemProps } = useShowMore(setAside.length, initialCount);
  if (setAside.length === 0 && warnings.length === 0) return null;
  const nameOf = (item: SetAsideItem) => {
    const name = <strong>{t(`page.problems.${item.kind}`, { position: item.index + 1 })}</strong>;
    // The label in the language's quotation marks, isolated so a right-to-left label keeps its order.
    return item.label === undefined
      ? name
      : interpolateNodes(t('page.problems.named'), { name, label: <bdi>{item.label}</bdi> });
  };
  const details = [...setAside.flatMap((item) => item.issues), ...warnings];

  return (
    <section ref={ref} className={cx(styles.root, className)} aria-labelledby={titleId} data-panel="problems" {...rest}>
      {/* Something set aside is a caution; fields that were only ignored are information. */}
      <Notice tone={setAside.length > 0 ? 'caution' : 'info'} data-state="problems">
        <Heading id={titleId} level={headingLevel}>
          {t('page.problems.title')}
        </Heading>
        {setAside.length > 0 ? <Text>{t('page.problems.setAside', { count: setAside.length })}</Text> : null}
        {setAside.length > 0 ? (
          <ul className={lists.list}>
            {setAside.slice(0, visible).map((item, position) => (
              <li
                key={`${item.kind}:${item.index}`}
                data-kind={item.kind}
                data-index={item.index}
                {...itemProps(position)}
              >
                {nameOf(item)}
                {item.id !== undefined ? <span className={styles.id}> ({item.id})</span> : null}
                {' — '}
                {item.issues.map((issue) => sayIssue(t, issue)).join(' · ')}
              </li>
            ))}
          </ul>
        ) : null}
        <ShowMoreButton remaining={remaining} step={initialCount} onMore={more} />
        {warnings.length > 0 ? <Text>{t('page.problems.warnings', { count: warnings.length })}</Text> : null}
        <details className={styles.details}>
          <summary>{t('page.problems.details')}</summary>
          <ul className={lists.list}>
            {details.map((issue, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: the same path can carry several issues; the list never reorders
              <li key={index}>
                <code className={lists.path}>{issue.path}</code> — {issue.message}
              </li>
            ))}
          </ul>
        </details>
      </Notice>
    </section>
  );
});
