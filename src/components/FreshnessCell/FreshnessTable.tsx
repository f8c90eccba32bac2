import { useMemo } from 'react';
import { useNow } from '../../context/NowProvider';
import { analyse, type DataSet } from '../../domain';
import { useI18n } from '../../i18n';
import * as table from '../../theme/table.css';
import { OutdatedBadge } from '../OutdatedBadge/OutdatedBadge';
import { ScrollRegion } from '../ScrollRegion/ScrollRegion';
import { ShowMoreButton, useShowMore } from '../ShowMore/ShowMore';
import { StatusBadge } from '../StatusBadge/StatusBadge';
import { FreshnessCell } from './FreshnessCell';

export interface FreshnessTableProps {
  /** Profiles and sources (parsed with the domain schemas). */
  dataSet: DataSet;
  /** The instant freshness is judged at; defaults to the nearest `NowProvider`'s. */
  now?: Date;
  /** Render only this many rows at first, with a "Show more" button (long lists stay fast). @default all rows */
  initialRows?: number;
}

/** The seed page's "Data Freshness" table: Source, Freshness, Last sync, with "Data may be outdated". */
export function FreshnessTable({ dataSet, now: explicitNow, initialRows }: FreshnessTableProps) {
  const now = useNow(explicitNow);
  const { t } = useI18n();
  const analysis = useMemo(() => analyse(dataSet.sources, now), [dataSet, now]);
  const timeZones = useMemo(() => new Map(dataSet.profiles.map((p) => [p.id, p.timeZone])), [dataSet]);
  const { visible, remaining, more } = useShowMore(analysis.sources.length, initialRows);
  return (
    <ScrollRegion label={t('freshnessTable.caption')}>
      <table className={table.table}>
        <caption className={table.caption}>
          <span className={table.captionRow}>
            {t('freshnessTable.caption')}
            <OutdatedBadge show={analysis.possiblyOutdated} />
          </span>
        </caption>
        <thead>
          <tr>
            <th scope="col" className={table.th}>
              {t('freshnessTable.source')}
            </th>
            <th scope="col" className={table.th}>
              {t('freshnessTable.freshness')}
            </th>
            <th scope="col" className={table.th}>
              {t('freshnessTable.lastSync')}
            </th>
          </tr>
        </thead>
        <tbody>
          {analysis.sources.length === 0 ? (
            <tr>
              <td className={table.td} colSpan={3}>
                {t('freshnessTable.empty')}
              </td>
            </tr>
          ) : (
            analysis.sources.slice(0, visible).map(({ source, freshness }) => (
              <tr key={source.id} data-source-id={source.id}>
                <th scope="row" className={`${table.td} ${table.label}`} dir="auto">
                  {source.label}
                </th>
                <td className={table.td}>
                  <StatusBadge freshness={freshness.state} />
                </td>
                <td className={table.td}>
                  <FreshnessCell
                    badge={false}
                    freshness={freshness}
                    lastSuccessfulSyncAt={source.lastSuccessfulSyncAt}
                    syncStartedAt={source.syncStartedAt}
                    timeZone={timeZones.get(source.profileId) ?? 'UTC'}
                  />
                </td>
              </tr>
            ))
          )}
        </tbody>
      </table>
      <ShowMoreButton remaining={remaining} step={initialRows ?? remaining} onMore={more} />
    </ScrollRegion>
  );
}
