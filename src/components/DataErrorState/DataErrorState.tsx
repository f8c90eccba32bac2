import { forwardRef } from 'react';
import type { DataIssue } from '../../domain';
import { en, type MessageKey, type MessageParams, useI18n } from '../../i18n';
import { Notice } from '../../private/Notice/Notice';
import type { RootProps } from '../../private/props';
import { Text } from '../../private/Typography/Typography';
import * as styles from './DataErrorState.css';

/**
 * An issue in the page's language when it has a code of the rules (`dataIssue.<code>`), else a
 * host's own issue as given.
 */
export function sayIssue(t: (key: MessageKey, params?: MessageParams) => string, issue: DataIssue): string {
  const key = `dataIssue.${issue.code}`;
  return issue.code !== undefined && Object.hasOwn(en, key) ? t(key as MessageKey, issue.params) : issue.message;
}

export type DataErrorStateProps = RootProps<
  'div',
  {
    /** What is wrong, one entry per field, e.g. from `parseDataSet(input)` when `ok` is false. */
    issues: readonly DataIssue[];
    /** Heading; defaults to the catalogue's "This data could not be shown". */
    title?: string;
    /** How many issues to list before summarising the rest. @default 10 */
    maxIssues?: number;
    /**
     * Announce the error (`role="alert"`): pass `true` when it replaces something the person was
     * already shown (data that was ready, a loading state), not when the panel renders with it.
     * @default false
     */
    announce?: boolean;
  }
>;

/**
 * The error state of a panel whose data failed validation: a critical notice that names each wrong
 * field instead of rendering a blank or crashing. Labels and values from the data are shown as
 * plain text.
 *
 * Announcements: only news is announced. By default the notice has no live role (a panel that
 * renders with its error shows it as content); with `announce` it is `role="alert"`, said once when
 * it appears. The data components and the page pass `announce` when the error replaces what they
 * first rendered. A `role` given by the host wins.
 */
export const DataErrorState = forwardRef<HTMLDivElement, DataErrorStateProps>(function DataErrorState(
  { issues, title, maxIssues = 10, announce = false, ...rest },
  ref,
) {
  const { t } = useI18n();
  const shown = issues.slice(0, maxIssues);
  const hidden = issues.length - shown.length;
  const say = (issue: DataIssue) => sayIssue(t, issue);
  return (
    <Notice ref={ref} tone="critical" role={announce ? 'alert' : undefined} data-state="error" {...rest}>
      <Text weight="bold">{title ?? t('common.invalidData')}</Text>
      <Text>{t('common.invalidDataHint', { count: issues.length })}</Text>
      <ul className={styles.list}>
        {shown.map((issue) => (
          <li key={`${issue.path}\u0000${issue.message}`}>
            <code className={styles.path}>{issue.path}</code> — {say(issue)}
          </li>
        ))}
        {hidden > 0 ? <li>{t('common.moreIssues', { count: hidden })}</li> : null}
      </ul>
    </Notice>
  );
});
