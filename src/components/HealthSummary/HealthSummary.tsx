import { forwardRef, useId } from 'react';
import { HEALTH_METRICS, type HealthMetric } from '../../domain';
import { useI18n } from '../../i18n';
import { Button } from '../../private/Button/Button';
import { cx } from '../../private/cx';
import { type DataProps, DataSection, useDerived } from '../../private/DataSection';
import type { RootProps } from '../../private/props';
import { Skeleton } from '../../private/Skeleton/Skeleton';
import { HeaderCell, NumericCell, RowHeaderCell, Table, TableFrame } from '../../private/Table/Table';
import { ToneIcon } from '../../private/ToneIcon';
import { Text } from '../../private/Typography/Typography';
import { toneSurface, toneText } from '../../private/tone.css';
import * as styles from './HealthSummary.css';

export type HealthSummaryProps = RootProps<
  'section',
  DataProps & {
    /** When given, every metric is a button that calls back with its name, e.g. to filter a table by it. */
    onSelectMetric?: (metric: HealthMetric) => void;
    /** The metric currently applied as a filter by the host (shown pressed). @default null */
    selectedMetric?: HealthMetric | null;
    /**
     * `table`: the seed's Metric / Count table, in the rules' order. `compact`: one line of metrics,
     * the ones that need action first (critical issues, expired, permission missing, disconnected,
     * stale, schema changed, mapping unconfirmed, then connected and total), for the top of a page.
     * @default 'table'
     */
    layout?: 'table' | 'compact';
    /**
     * Say "All sources are healthy — nothing needs your attention." when there are sources and no
     * open flag. Pass `false` when something outside these sources needs attention (e.g. items of
     * the host's data that were set aside). @default true
     */
    confirmHealthy?: boolean;
  }
>;

/** The compact layout's order: what needs action first. */
const COMPACT_ORDER: readonly HealthMetric[] = [
  'criticalIssues',
  'expired',
  'permissionMissing',
  'disconnected',
  'stale',
  'schemaChanged',
  'mappingUnconfirmed',
  'connected',
  'total',
];

/**
 * The seed page's "Source health": every count derived from the sources by the domain rules,
 * critical issues emphasised, and "Data may be outdated" when a source is stale. With no source,
 * every count reads zero (there is no separate empty state). A region named by its heading alone
 * (not the badge beside it).
 *
 * Focus: a metric is a toggle that stays in place when pressed (`aria-pressed`); where focus goes
 * after the host filters (the page: to the connected sources) is the host's. Nothing here removes
 * itself.
 */
export const HealthSummary = forwardRef<HTMLElement, HealthSummaryProps>(function HealthSummary(
  {
    data,
    analysis: given,
    now,
    state = 'ready',
    issues,
    onSelectMetric,
    selectedMetric = null,
    layout = 'table',
    confirmHealthy = true,
    headingLevel,
    ...rest
  },
  ref,
) {
  const { t } = useI18n();
  const analysis = useDerived({ data, analysis: given, now });
  const id = useId();
  const titleId = `${id}-title`;
  const hintId = `${id}-hint`;
  const loading = state === 'loading';
  const { summary } = analysis;
  // With no source there is nothing to filter: the metrics are figures, not buttons.
  const selectable = onSelectMetric !== undefined && !loading && summary.total > 0;
  /** What one metric shows, in either layout. */
  const metricState = (metric: HealthMetric) => {
    const value = summary[metric];
    return {
      label: t(`health.metric.${metric}`),
      value,
      emphasised: metric === 'criticalIssues' && value > 0 && !loading,
      pressed: selectedMetric === metric,
    };
  };
  /** A metric's button as a toggle: pressed while it is the host's filter. */
  const toggle = (metric: HealthMetric, pressed: boolean) => ({
    'aria-pressed': pressed,
    'data-pressed': pressed || undefined,
    onClick: () => onSelectMetric?.(metric),
  });
  // Said plainly when there are sources and none has an open flag.
  const allHealthy =
    confirmHealthy && !loading && state === 'ready' && summary.total > 0 && analysis.flags.length === 0;

  return (
    <DataSection
      ref={ref}
      titleId={titleId}
      title={t('health.title')}
      headingLevel={headingLevel}
      outdated={analysis.possiblyOutdated}
      state={state}
      issues={issues}
      empty={null}
      loadingText={t('health.loading')}
      data-layout={layout}
      {...rest}
    >
      {allHealthy ? (
        <Text className={toneText.positive} data-state="all-healthy">
          <ToneIcon tone="positive" /> {t('health.allHealthy')}
        </Text>
      ) : null}
      {layout === 'compact' ? (
        <ul className={styles.compact} aria-labelledby={titleId} aria-describedby={selectable ? hintId : undefined}>
          {COMPACT_ORDER.map((metric) => {
            const { label, value, emphasised, pressed } = metricState(metric);
            // The name, then its figure: "Expired 1" reads right in every language whatever the count.
            const content = (
              <>
                {emphasised ? <ToneIcon tone="critical" /> : null}
                <span>{label}</span>{' '}
                <span className={styles.compactValue} data-figure="">
                  {loading ? <Skeleton width="2ch" /> : value}
                </span>
              </>
            );
            return (
              <li
                key={metric}
                data-metric={metric}
                data-zero={(!loading && value === 0) || undefined}
                className={cx(styles.compactItem, emphasised ? toneSurface.critical : undefined)}
              >
                {selectable ? (
                  <Button variant="quiet" className={styles.compactButton} {...toggle(metric, pressed)}>
                    {content}
                  </Button>
                ) : (
                  <span className={styles.compactButton}>{content}</span>
                )}
              </li>
            );
          })}
        </ul>
      ) : (
        <TableFrame labelledBy={titleId} fit="content">
          <Table
            density="compact"
            aria-labelledby={titleId}
            aria-describedby={selectable ? hintId : undefined}
            aria-busy={loading || undefined}
          >
            <thead>
              <tr>
                <HeaderCell>{t('health.metric')}</HeaderCell>
                <HeaderCell className={styles.countHeader}>{t('health.count')}</HeaderCell>
              </tr>
            </thead>
            <tbody>
              {HEALTH_METRICS.map((metric) => {
                const { label, value, emphasised, pressed } = metricState(metric);
                return (
                  <tr key={metric} data-metric={metric} className={emphasised ? toneSurface.critical : undefined}>
                    <RowHeaderCell>
                      {selectable ? (
                        <Button variant="quiet" size="small" className={styles.metric} {...toggle(metric, pressed)}>
                          {label}
                        </Button>
                      ) : (
                        <span className={emphasised ? toneText.critical : undefined}>{label}</span>
                      )}
                    </RowHeaderCell>
                    <NumericCell>
                      {loading ? (
                        <Skeleton width="3ch" />
                      ) : emphasised ? (
                        <strong className={toneText.critical}>
                          <ToneIcon tone="critical" /> {value}
                        </strong>
                      ) : (
                        value
                      )}
                    </NumericCell>
                  </tr>
                );
              })}
            </tbody>
          </Table>
        </TableFrame>
      )}
      {selectable ? (
        <Text id={hintId} size="sm" tone="muted">
          {t('health.selectHint')}
        </Text>
      ) : null}
      {!loading && summary.total === 0 ? (
        <Text size="sm" tone="muted">
          {t('health.empty')}
        </Text>
      ) : null}
    </DataSection>
  );
});
