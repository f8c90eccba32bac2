import { useVirtualizer } from '@tanstack/react-virtual';
import { type ReactNode, type RefObject, useRef } from 'react';
import type { SourceView } from '../../domain';
import type { SourceTableColumn, SourceTableSort } from '../../domain/table';
import { useI18n } from '../../i18n';
import { focusRing } from '../../theme/utilities.css';
import { type CellContext, COLUMNS, type SourceTableVariant } from './columns';
import * as styles from './SourceTable.css';

export interface SourceTableGridProps {
  variant: SourceTableVariant;
  /** Id of the element naming the table (the panel's heading). */
  labelledBy: string;
  views: readonly SourceView[];
  /** Indices into `views`, already filtered and sorted. */
  rows: Uint32Array;
  sort: SourceTableSort | null;
  onSort: (column: SourceTableColumn) => void;
  cellContext: CellContext;
  /** Height of the scrolling viewport, in px. */
  maxHeight: number;
  /** Shown in one full-width row instead of data (empty, no match, loading). */
  placeholder?: ReactNode;
  busy?: boolean;
  scrollRef?: RefObject<HTMLDivElement | null>;
}

const OVERSCAN = 8;
const estimateSize = () => styles.ROW_HEIGHT;

/**
 * The table itself: a real `<table>` whose body renders only the rows in view (plus a few),
 * through @tanstack/react-virtual. Two spacer rows keep the scroll height; `aria-rowcount` and
 * `aria-rowindex` tell assistive technology where each rendered row sits in the whole set.
 */
export function SourceTableGrid({
  variant,
  labelledBy,
  views,
  rows,
  sort,
  onSort,
  cellContext,
  maxHeight,
  placeholder,
  busy = false,
  scrollRef,
}: SourceTableGridProps) {
  const { t } = useI18n();
  const ownRef = useRef<HTMLDivElement>(null);
  const ref = scrollRef ?? ownRef;
  const columns = COLUMNS[variant];
  const count = placeholder === undefined && !busy ? rows.length : 0;
  const virtualizer = useVirtualizer<HTMLDivElement, HTMLTableRowElement>({
    count,
    getScrollElement: () => ref.current,
    estimateSize,
    overscan: OVERSCAN,
    initialRect: { width: 0, height: maxHeight },
    // Index keys (the default): every row has the same height, so the virtualiser's measurements
    // stay valid across a sort or a filter instead of being rebuilt for every row of the set.
  });
  const items = virtualizer.getVirtualItems();
  const before = items.length > 0 ? (items[0]?.start ?? 0) : 0;
  const after = items.length > 0 ? virtualizer.getTotalSize() - (items[items.length - 1]?.end ?? 0) : 0;

  return (
    // biome-ignore lint/a11y/useSemanticElements: the scrolling viewport is a named region inside the panel's section
    <div
      ref={ref}
      className={`${styles.scroll} ${focusRing}`}
      style={{ maxHeight }}
      role="region"
      aria-labelledby={labelledBy}
      // A keyboard user can scroll the region itself (arrows, Page Down) as well as tab through it.
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be focusable (WCAG 2.1.1)
      tabIndex={0}
      data-testid="source-table-scroll"
    >
      <table
        className={`${styles.table} ${styles.tableWidth[variant]}`}
        aria-labelledby={labelledBy}
        aria-rowcount={placeholder === undefined && !busy ? count + 1 : undefined}
        aria-busy={busy || undefined}
        data-variant={variant}
      >
        <colgroup>
          {columns.map((column) => (
            <col key={column.id} style={{ width: column.width }} />
          ))}
        </colgroup>
        <thead>
          <tr aria-rowindex={1}>
            {columns.map((column) => {
              const active = column.sortable && sort?.column === column.id;
              return (
                <th
                  key={column.id}
                  scope="col"
                  className={styles.th}
                  aria-sort={active && sort ? sort.direction : undefined}
                  data-column={column.id}
                >
                  {column.sortable ? (
                    <button
                      type="button"
                      className={`${styles.sortButton} ${focusRing}`}
                      onClick={() => onSort(column.id as SourceTableColumn)}
                    >
                      {t(column.header)}
                      <SortIcon direction={active && sort ? sort.direction : null} />
                    </button>
                  ) : (
                    t(column.header)
                  )}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {busy ? <SkeletonRows columns={columns.length} /> : null}
          {placeholder === undefined || busy ? null : (
            <tr>
              <td colSpan={columns.length} className={styles.td} style={{ height: 'auto' }}>
                {placeholder}
              </td>
            </tr>
          )}
          {before > 0 ? <Spacer height={before} span={columns.length} /> : null}
          {items.map((item) => {
            const view = views[rows[item.index] as number] as SourceView;
            return (
              <tr
                key={view.source.id}
                className={styles.row}
                aria-rowindex={item.index + 2}
                data-source-id={view.source.id}
                data-status={view.status}
              >
                {columns.map((column) => (
                  <td key={column.id} className={styles.td}>
                    {column.render(view, cellContext)}
                  </td>
                ))}
              </tr>
            );
          })}
          {after > 0 ? <Spacer height={after} span={columns.length} /> : null}
        </tbody>
      </table>
    </div>
  );
}

/** Grey bars in the shape of rows while the data loads (static under reduced motion). */
function SkeletonRows({ columns }: { columns: number }) {
  return (
    <>
      {[0, 1, 2, 3, 4].map((row) => (
        // biome-ignore lint/a11y/noAriaHiddenOnFocusable: placeholder bars, nothing focusable; the status text announces loading
        <tr key={row} className={styles.row} aria-hidden="true" data-state="skeleton">
          {Array.from({ length: columns }, (_, column) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: static placeholder cells
            <td key={column} className={styles.td}>
              <span className={styles.skeleton} style={{ width: `${50 + ((row * 7 + column * 13) % 40)}%` }} />
            </td>
          ))}
        </tr>
      ))}
    </>
  );
}

function Spacer({ height, span }: { height: number; span: number }) {
  return (
    // biome-ignore lint/a11y/noAriaHiddenOnFocusable: a spacer row holds no content and nothing focusable
    <tr aria-hidden="true" data-spacer="">
      <td colSpan={span} className={styles.spacer} style={{ height }} />
    </tr>
  );
}

/** ↑ / ↓ for the sorted column, ↕ (muted) for the others; `aria-sort` carries the meaning. */
function SortIcon({ direction }: { direction: 'ascending' | 'descending' | null }) {
  const d =
    direction === 'ascending'
      ? 'M8 3v10M4 7l4-4 4 4'
      : direction === 'descending'
        ? 'M8 3v10M4 9l4 4 4-4'
        : 'M5 6l3-3 3 3M5 10l3 3 3-3';
  return (
    <svg className={styles.sortIcon} viewBox="0 0 16 16" width="12" height="12" aria-hidden="true" focusable="false">
      <path d={d} fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}
