import { type RefObject, useRef } from 'react';
import type { SourceView } from '../../domain';
import type { SourceTableColumn, SourceTableSort } from '../../domain/table';
import { useI18n } from '../../i18n';
import { Button } from '../../private/Button/Button';
import { ROW_HEIGHTS } from '../../private/Table/density';
import {
  Cell,
  HeaderCell,
  RowHeaderCell,
  SkeletonRows,
  Table,
  TableFrame,
  tableStyles,
} from '../../private/Table/Table';
import { type CellContext, COLUMNS, type SourceTableVariant } from './columns';
import * as styles from './SourceTable.css';
import { useRowWindow } from './useRowWindow';

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
  /** Data is on its way: skeleton rows and `aria-busy` instead of rows. */
  busy?: boolean;
  scrollRef?: RefObject<HTMLDivElement | null>;
}

const OVERSCAN = 8;

/**
 * The table itself: a real `<table>` whose body renders only the rows in view (plus a few),
 * through `useRowWindow` (every row has the same height). Two spacer rows keep the scroll height; `aria-rowcount` and
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
  busy = false,
  scrollRef,
}: SourceTableGridProps) {
  const { t } = useI18n();
  const ownRef = useRef<HTMLDivElement>(null);
  const ref = scrollRef ?? ownRef;
  const columns = COLUMNS[variant];
  const count = busy ? 0 : rows.length;
  const { start, end, before, after } = useRowWindow(ref, count, ROW_HEIGHTS.regular, OVERSCAN, maxHeight);
  const indices = Array.from({ length: end - start }, (_, offset) => start + offset);

  return (
    <TableFrame ref={ref} labelledBy={labelledBy} style={{ maxHeight }} data-testid="source-table-scroll">
      <Table
        density="regular"
        className={styles.tableLayout[variant]}
        aria-labelledby={labelledBy}
        aria-rowcount={busy ? undefined : count + 1}
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
              const direction = column.sortable && sort?.column === column.id ? sort.direction : null;
              return (
                <HeaderCell key={column.id} aria-sort={direction ?? undefined} data-column={column.id}>
                  {column.sortable ? (
                    <Button
                      variant="quiet"
                      size="small"
                      className={styles.sortButton}
                      onClick={() => onSort(column.id as SourceTableColumn)}
                    >
                      {t(column.header)}
                      <SortIcon direction={direction} />
                    </Button>
                  ) : (
                    t(column.header)
                  )}
                </HeaderCell>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {busy ? <SkeletonRows columns={columns.length} rows={5} /> : null}
          {before > 0 ? <Spacer height={before} span={columns.length} /> : null}
          {indices.map((index) => {
            const view = views[rows[index] as number] as SourceView;
            return (
              <tr
                key={view.source.id}
                aria-rowindex={index + 2}
                data-source-id={view.source.id}
                data-status={view.status}
              >
                {columns.map((column) =>
                  column.rowHeader ? (
                    <RowHeaderCell key={column.id} className={tableStyles.singleLine} title={view.source.label}>
                      {column.render(view, cellContext)}
                    </RowHeaderCell>
                  ) : (
                    <Cell key={column.id} className={tableStyles.singleLine}>
                      {column.render(view, cellContext)}
                    </Cell>
                  ),
                )}
              </tr>
            );
          })}
          {after > 0 ? <Spacer height={after} span={columns.length} /> : null}
        </tbody>
      </Table>
    </TableFrame>
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

/** ↑ / ↓ for the sorted column, ↕ for the others; `aria-sort` carries the meaning. */
function SortIcon({ direction }: { direction: 'ascending' | 'descending' | null }) {
  const d =
    direction === 'ascending'
      ? 'M8 3v10M4 7l4-4 4 4'
      : direction === 'descending'
        ? 'M8 3v10M4 9l4 4 4-4'
        : 'M5 6l3-3 3 3M5 10l3 3 3-3';
  return (
    <svg viewBox="0 0 16 16" width="12" height="12" aria-hidden="true" focusable="false">
      <path d={d} fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}
