import { forwardRef, useId, useMemo } from 'react';
import { freshnessLevel } from '../../domain/freshness';
import { useI18n } from '../../i18n';
import { type DataProps, DataSection, EMPTY_DATA, useDerived } from '../../private/DataSection';
import type { RootProps } from '../../private/props';
import { ShowMoreButton, useShowMore } from '../../private/ShowMore/ShowMore';
import { Cell, HeaderCell, RowHeaderCell, SkeletonRows, Table, TableFrame } from '../../private/Table/Table';
import { StatusBadge } from '../StatusBadge/StatusBadge';
import { FreshnessCell } from './FreshnessCell';

export type FreshnessTableProps = RootProps<
  'section',
  DataProps & {
    /** Render only this many rows at first, with a "Show more" button (long lists stay fast). @default all rows */
    initialCount?: number;
  }
>;

/** The seed page's "Data freshness" table: Source, Freshness, Last sync, with "Data may be outdated". */
export const FreshnessTable = forwardRef<HTMLElement, FreshnessTableProps>(function FreshnessTable(
  { data = EMPTY_DATA, analysis: given, now, state = 'ready', issues, initialCount, headingLevel, ...rest },
  ref,
) {
  const { t } = useI18n();
  const analysis = useDerived({ data, analysis: given, now });
  const titleId = `${useId()}-title`;
  const timeZones = useMemo(() => new Map(data.profiles.map((p) => [p.id, p.timeZone])), [data]);
  const { visible, remaining, more } = useShowMore(analysis.sources.length, initialCount);
  const loading = state === 'loading';

  return (
    <DataSection
      ref={ref}
      titleId={titleId}
      title={t('freshnessTable.title')}
      headingLevel={headingLevel}
      outdated={analysis.possiblyOutdated}
      state={state}
      issues={issues}
      empty={analysis.sources.length === 0 ? t('freshnessTable.empty') : null}
      loadingText={t('freshnessTable.loading')}
      {...rest}
    >
      <TableFrame labelledBy={titleId}>
        <Table density="regular" aria-labelledby={titleId} aria-busy={loading || undefined}>
          <thead>
            <tr>
              <HeaderCell>{t('freshnessTable.source')}</HeaderCell>
              <HeaderCell>{t('freshnessTable.freshness')}</HeaderCell>
              <HeaderCell>{t('freshnessTable.lastSync')}</HeaderCell>
            </tr>
          </thead>
          <tbody>
            {loading ? (
              <SkeletonRows columns={3} />
            ) : (
              analysis.sources.slice(0, visible).map(({ source, freshness }) => (
                <tr key={source.id} data-source-id={source.id}>
                  <RowHeaderCell>{source.label}</RowHeaderCell>
                  <Cell>
                    <StatusBadge freshness={freshnessLevel(freshness)} />
                  </Cell>
                  <Cell>
                    <FreshnessCell
                      badge={false}
                      freshness={freshness}
                      lastSuccessfulSyncAt={source.lastSuccessfulSyncAt}
                      syncStartedAt={source.syncStartedAt}
                      timeZone={timeZones.get(source.profileId) ?? 'UTC'}
                    />
                  </Cell>
                </tr>
              ))
            )}
          </tbody>
        </Table>
      </TableFrame>
      {loading ? null : <ShowMoreButton remaining={remaining} step={initialCount ?? remaining} onMore={more} />}
    </DataSection>
  );
});
