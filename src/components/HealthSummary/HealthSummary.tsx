import { useId, useMemo } from 'react';
import { useNow } from '../../context/NowProvider';
import { analyse, type DataIssue, HEALTH_METRICS, type HealthMetric, type Source } from '../../domain';
import { useI18n } from '../../i18n';
import * as table from '../../theme/table.css';
import { visuallyHidden } from '../../theme/utilities.css';
import { ToneIcon } from '../Badge/icons';
import { DataErrorState } from '../DataErrorState/DataErrorState';
import { OutdatedBadge } from '../OutdatedBadge/OutdatedBadge';
import { ScrollRegion } from '../ScrollRegion/ScrollRegion';
import * as styles from './HealthSummary.css';

export interface HealthSummaryProps {
  /** The sources to summarise (parsed). The counts are derived by the domain rules, never typed in. @default [] */
  sources?: readonly Source[];
  /** The instant staleness is judged at; defaults to the nearest `NowProvider`'s. */
  now?: Date;
  /** `loading` shows a skeleton; `error` shows what is wrong with the data (`issues`). @default 'ready' */
  state?: 'ready' | 'loading' | 'error';
  /** What is wrong with the data, for `state="error"` (e.g. `parseDataSet(input).issues`). @default [] */
  issues?: readonly DataIssue[];
  /** When given, every metric is a button that calls back with its name, e.g. to filter a table by it. */
  onSelectMetric?: (metric: HealthMetric) => void;
  /** The metric currently applied as a filter by the host (shown pressed). */
  selectedMetric?: HealthMetric | null;
}

/**
 * The seed page's "Source Health": every count derived from the sources by the domain rules,
 * critical issues emphasised, and "Data may be outdated" when a source is stale.
 */
export function HealthSummary({
  sources = [],
  now: explicitNow,
  state = 'ready',
  issues = [],
  onSelectMetric,
  selectedMetric = null,
}: HealthSummaryProps) {
  const { t } = useI18n();
  const now = useNow(explicitNow);
  const hintId = useId();
  const analysis = useMemo(() => analyse(sources, now), [sources, now]);

  if (state === 'error') return <DataErrorState issues={issues} />;
  const loading = state === 'loading';
  const { summary } = analysis;

  return (
    <div data-state={loading ? 'loading' : 'ready'}>
      <ScrollRegion label={t('health.caption')}>
        <table
          className={table.table}
          aria-busy={loading || undefined}
          aria-describedby={onSelectMetric ? hintId : undefined}
        >
          <caption className={table.caption}>
            <span className={table.captionRow}>
              {t('health.caption')}
              {loading ? null : <OutdatedBadge show={analysis.possiblyOutdated} />}
            </span>
            {loading ? <span className={visuallyHidden}>{t('health.loading')}</span> : null}
          </caption>
          <thead>
            <tr>
              <th scope="col" className={table.th}>
                {t('health.metric')}
              </th>
              <th scope="col" className={`${table.th} ${styles.count}`}>
                {t('health.count')}
              </th>
            </tr>
          </thead>
          <tbody>
            {HEALTH_METRICS.map((metric) => {
              const label = t(`health.metric.${metric}`);
              const value = summary[metric];
              const emphasised = metric === 'criticalIssues' && value > 0 && !loading;
              return (
                <tr key={metric} data-metric={metric} className={emphasised ? styles.critical : undefined}>
                  <th scope="row" className={`${table.td} ${table.label}`}>
                    {onSelectMetric && !loading ? (
                      <button
                        type="button"
                        className={styles.metricButton}
                        aria-pressed={selectedMetric === metric}
                        onClick={() => onSelectMetric(metric)}
                      >
                        {label}
                      </button>
                    ) : (
                      label
                    )}
                  </th>
                  <td className={`${table.td} ${styles.count}`}>
                    {loading ? (
                      <span className={styles.skeleton} aria-hidden="true" />
                    ) : emphasised ? (
                      <span className={styles.criticalCount}>
                        <ToneIcon tone="critical" /> {value}
                      </span>
                    ) : (
                      value
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </ScrollRegion>
      {onSelectMetric && !loading ? (
        <p id={hintId} className={styles.note}>
          {t('health.selectHint')}
        </p>
      ) : null}
      {!loading && summary.total === 0 ? <p className={styles.note}>{t('health.empty')}</p> : null}
    </div>
  );
}
