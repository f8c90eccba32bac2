import type { DataIssue } from '../../domain';
import { useI18n } from '../../i18n';
import { ToneIcon } from '../Badge/icons';
import * as styles from './DataErrorState.css';

export interface DataErrorStateProps {
  /** What is wrong, one entry per field, e.g. from `parseDataSet(input)` when `ok` is false. */
  issues: readonly DataIssue[];
  /** Heading; defaults to the catalogue's "This data could not be shown". */
  title?: string;
  /** How many issues to list before summarising the rest. @default 10 */
  maxIssues?: number;
}

/**
 * The error state of a panel whose data failed validation: it names each wrong field instead of
 * rendering a blank or crashing. Labels and values from the data are shown as plain text.
 */
export function DataErrorState({ issues, title, maxIssues = 10 }: DataErrorStateProps) {
  const { t } = useI18n();
  const shown = issues.slice(0, maxIssues);
  const hidden = issues.length - shown.length;
  return (
    <div className={styles.root} role="alert" data-state="error">
      <p className={styles.title}>
        <ToneIcon tone="critical" />
        {title ?? t('common.invalidData')}
      </p>
      <p className={styles.hint}>{t('common.invalidDataHint', { count: issues.length })}</p>
      <ul className={styles.list}>
        {shown.map((issue) => (
          <li key={`${issue.path}\u0000${issue.message}`}>
            <code className={styles.path}>{issue.path}</code> — {issue.message}
          </li>
        ))}
        {hidden > 0 ? <li>{t('common.moreIssues', { count: hidden })}</li> : null}
      </ul>
    </div>
  );
}
