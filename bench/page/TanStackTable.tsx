import {
  type Cell,
  columnFilteringFeature,
  createColumnHelper,
  createFilteredRowModel,
  createSortedRowModel,
  type FilterFn,
  globalFilteringFeature,
  type Row,
  rowSortingFeature,
  type SortFn,
  tableFeatures,
  useTable,
} from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useMemo, useRef } from 'react';
import { StatusBadge } from '../../src/components/StatusBadge';
import { type Profile, type Source, type SyncStatus, syncStatusOf } from '../../src/domain';
import { foldText } from '../../src/domain/collation';
import { useI18n } from '../../src/i18n';

/**
 * What a team would write instead of SourceTable: TanStack Table v9 for sorting and filtering,
 * TanStack Virtual for the rows, over the same sources and columns (source, profile, platform,
 * status, last sync). The label sorts with the same collation SourceTable uses (an `Intl.Collator`
 * of the locale, numeric, base sensitivity) and the search matches the same way (the label folded
 * for case and accents contains the folded query); only the rows in view are rendered, at the
 * same row height and overscan, in a viewport of the same height.
 */

const features = tableFeatures({
  rowSortingFeature,
  sortedRowModel: createSortedRowModel(),
  columnFilteringFeature,
  globalFilteringFeature,
  filteredRowModel: createFilteredRowModel(),
});
type Features = typeof features;

const LOCALE = 'en';
const ROW_HEIGHT = 48;
const VIEWPORT = 560;
const OVERSCAN = 8;
const collator = new Intl.Collator(LOCALE, { numeric: true, sensitivity: 'base' });
const instant = new Intl.DateTimeFormat(LOCALE, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });

/** The label column's order: the collator's, as SourceTable sorts. */
const byCollation: SortFn<Features, Source> = (a, b, id) =>
  collator.compare(a.getValue<string>(id), b.getValue<string>(id));

/** SourceTable's search: the folded label contains the folded, trimmed query. */
const labelMatches: FilterFn<Features, Source> = (row, id, query: string) =>
  foldText(row.getValue<string>(id), LOCALE).includes(query);
labelMatches.resolveFilterValue = (value: unknown) => foldText(String(value ?? '').trim(), LOCALE);
labelMatches.autoRemove = (value: unknown) => String(value ?? '').trim() === '';

const helper = createColumnHelper<Features, Source>();

const cellStyle = { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap', padding: '0 12px' } as const;

export function TanStackTable({ sources, profiles }: { sources: readonly Source[]; profiles: readonly Profile[] }) {
  const { t } = useI18n();
  const scrollRef = useRef<HTMLDivElement>(null);
  const data = sources as Source[];
  const columns = useMemo(() => {
    const names = new Map(profiles.map((p) => [p.id, p.name]));
    return helper.columns([
      helper.accessor('label', { header: t('sourceTable.column.label'), sortFn: byCollation }),
      helper.accessor((s) => names.get(s.profileId) ?? s.profileId, {
        id: 'profile',
        header: t('sourceTable.column.profile'),
      }),
      helper.accessor('platform', {
        header: t('sourceTable.column.platform'),
        cell: (info) => t(`platform.${info.getValue()}`),
      }),
      helper.accessor((s) => syncStatusOf(s), {
        id: 'status',
        header: t('sourceTable.column.status'),
        cell: (info) => <StatusBadge syncStatus={info.getValue<SyncStatus>()} />,
      }),
      helper.accessor('lastSuccessfulSyncAt', {
        header: t('sourceTable.column.lastSync'),
        cell: (info) => {
          const at = info.getValue();
          return at === null ? t('sourceTable.never') : <time dateTime={at}>{instant.format(new Date(at))}</time>;
        },
      }),
    ]);
  }, [profiles, t]);

  const table = useTable({
    features,
    columns,
    data,
    getRowId: (s) => s.id,
    enableSortingRemoval: false,
    globalFilterFn: labelMatches,
    getColumnCanGlobalFilter: (column) => column.id === 'label',
  });
  const rows = table.getRowModel().rows;
  const virtualizer = useVirtualizer<HTMLDivElement, HTMLTableRowElement>({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: OVERSCAN,
    initialRect: { width: 0, height: VIEWPORT },
  });
  const items = virtualizer.getVirtualItems();
  const before = items[0]?.start ?? 0;
  const after = items.length > 0 ? virtualizer.getTotalSize() - (items[items.length - 1]?.end ?? 0) : 0;
  const span = columns.length;

  return (
    <div>
      <label>
        Search
        <input
          type="search"
          value={String(table.state.globalFilter ?? '')}
          onChange={(event) => table.setGlobalFilter(event.currentTarget.value)}
        />
      </label>
      <div ref={scrollRef} style={{ maxHeight: VIEWPORT, overflow: 'auto' }}>
        <table style={{ tableLayout: 'fixed', width: '100%', borderCollapse: 'collapse' }}>
          <thead style={{ position: 'sticky', top: 0, background: 'white' }}>
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id}>
                {group.headers.map((header) => {
                  const sorted = header.column.getIsSorted();
                  return (
                    <th
                      key={header.id}
                      aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined}
                      style={{ textAlign: 'start' }}
                    >
                      {header.column.getCanSort() ? (
                        <button type="button" onClick={header.column.getToggleSortingHandler()}>
                          <table.FlexRender header={header} />
                        </button>
                      ) : (
                        <table.FlexRender header={header} />
                      )}
                    </th>
                  );
                })}
              </tr>
            ))}
          </thead>
          <tbody>
            {before > 0 ? <Spacer height={before} span={span} /> : null}
            {items.map((item) => {
              const row = rows[item.index] as Row<Features, Source>;
              return (
                <tr key={row.id} style={{ height: ROW_HEIGHT }}>
                  {row.getAllCells().map((cell: Cell<Features, Source>) => (
                    <td key={cell.id} style={cellStyle}>
                      <table.FlexRender cell={cell} />
                    </td>
                  ))}
                </tr>
              );
            })}
            {after > 0 ? <Spacer height={after} span={span} /> : null}
          </tbody>
        </table>
      </div>
    </div>
  );
}

/** Keeps the scroll height of the rows not rendered. */
function Spacer({ height, span }: { height: number; span: number }) {
  return (
    // biome-ignore lint/a11y/noAriaHiddenOnFocusable: a spacer row holds no content and nothing focusable
    <tr aria-hidden="true">
      <td colSpan={span} style={{ height, padding: 0 }} />
    </tr>
  );
}
