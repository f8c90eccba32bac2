import { forwardRef, useId } from 'react';
import { HEALTH_METRICS, type HealthMetric } from '../../domain';
import { useI18n } from '../../i18n';
import { Button } from '../../private/Button/Button';
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
  }
>;

/**
 * The seed page's "Source health": every count derived from the sources by the domain rules,
 * critical issues emphasised, and "Data may be outdated" when a source is stale. With no source,
 * every count reads zero (there is no separate empty state).
 */
export const HealthSummary = forwardRef<HTMLElement, HealthSummaryProps>(function HealthSummary(
  { data, analysis: given, now, state = 'ready', issues, onSelectMetric, selectedMetric = null, headingLevel, ...rest },
  ref,
) {
  const { t } = useI18n();
  const analysis = useDerived({ data, analysis: given, now });
  const id = useId();
  const titleId = `${id}-title`;
  const hintId = `${id}-hint`;
  const loading = state === 'loading';
  const selectable = onSelectMetric !== undefined && !loading;
  const { summary } = analysis;

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
      {...rest}
    >
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
              const label = t(`health.metric.${metric}`);
              const value = summary[metric];
              const emphasised = metric === 'criticalIssues' && value > 0 && !loading;
              const pressed = selectedMetric === metric;
              return (
                <tr key={metric} data-metric={metric} className={emphasised ? toneSurface.critical : undefined}>
                  <RowHeaderCell>
                    {selectable ? (
                      <Button
                        variant="quiet"
                        size="small"
                        className={styles.metric}
                        aria-pressed={pressed}
                        data-pressed={pressed || undefined}
                        onClick={() => onSelectMetric(metric)}
                      >
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
