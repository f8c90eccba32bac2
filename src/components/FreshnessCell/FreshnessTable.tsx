import { forwardRef, useMemo } from 'react';
import { freshnessLevel } from '../../domain/freshness';
import { useI18n } from '../../i18n';
import { type DataProps, EMPTY_DATA, useDerived } from '../../private/DataSection';
import { DataTable } from '../../private/DataTable';
import type { RootProps } from '../../private/props';
import { Cell, RowHeaderCell } from '../../private/Table/Table';
import { StatusBadge } from '../StatusBadge/StatusBadge';
import { FreshnessCell } from './FreshnessCell';

export type FreshnessTableProps = RootProps<
  'section',
  DataProps & {
    /** Render only this many rows at first, with a "Show more" button (long lists stay fast). @default all rows */
    initialCount?: number;
  }
>;

/**
 * The seed page's "Data freshness" table: Source, Freshness, Last sync, with "Data may be outdated".
 * A region named by its heading (the badge is not part of the name); the table is named the same.
 *
 * Focus: "Show more" moves focus to the first row it revealed (with the focus ring); the button,
 * gone once every row shows, never leaves focus on `<body>`.
 */
export const FreshnessTable = forwardRef<HTMLElement, FreshnessTableProps>(function FreshnessTable(
  { data = EMPTY_DATA, analysis: given, now, ...rest },
  ref,
) {
  const { t } = useI18n();
  const analysis = useDerived({ data, analysis: given, now });
  const timeZones = useMemo(() => new Map(data.profiles.map((p) => [p.id, p.timeZone])), [data]);

  return (
    <DataTable
      ref={ref}
      title={t('freshnessTable.title')}
      outdated={analysis.possiblyOutdated}
      empty={t('freshnessTable.empty')}
      loadingText={t('freshnessTable.loading')}
      headers={[t('freshnessTable.source'), t('freshnessTable.freshness'), t('freshnessTable.lastSync')]}
      items={analysis.sources}
      row={({ source, freshness }, rowProps) => (
        <tr key={source.id} data-source-id={source.id} {...rowProps}>
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
      )}
      {...rest}
    />
  );
});
