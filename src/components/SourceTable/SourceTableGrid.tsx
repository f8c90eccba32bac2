import { type FocusEvent, type RefObject, useEffect, useRef, useState } from 'react';
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
import { useBrowserLayoutEffect } from '../../private/useBrowserLayoutEffect';
import { whenIdle } from '../../private/whenIdle';
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
const ROW_HEIGHT = ROW_HEIGHTS.regular;

/** The elements of a row a keyboard can reach, in order. */
const focusablesOf = (row: Element) => [
  ...row.querySelectorAll<HTMLElement>('button, a[href], input, select, [tabindex]'),
];

/**
 * Keeps focus on the source it was on when the rows are recycled (a sort, a filter, a scroll): the
 * row element that had it may now show another source, or have been moved to the other end of the
 * window (a move takes focus away). After each commit, focus goes back to the same control in that
 * source's row when it is rendered, else to the table's scrolling region — never to `<body>`. Focus
 * the person moved elsewhere (Tab, a click outside) is left alone.
 */
function useFocusFollowsSource(frame: RefObject<HTMLDivElement | null>) {
  /** The source of the row focus is in, and the control's place among the row's controls; null when focus is elsewhere. */
  const focused = useRef<{ id: string; position: number } | null>(null);
  /** A render of the rows is under way: focus lost until its commit is the recycling's doing. */
  const rendering = useRef(false);
  rendering.current = true;

  useBrowserLayoutEffect(() => {
    rendering.current = false;
    const element = frame.current;
    const last = focused.current;
    if (!element || last === null) return;
    const active = document.activeElement;
    const lost = active === null || active === document.body;
    const row = active instanceof HTMLElement && element.contains(active) ? active.closest('tr[data-source-id]') : null;
    if (!lost && (row === null || row.getAttribute('data-source-id') === last.id)) return;
    const again = element.querySelector(`tr[data-source-id="${CSS.escape(last.id)}"]`);
    const target = again ? focusablesOf(again)[last.position] : undefined;
    if (target) {
      target.focus({ preventScroll: true });
    } else {
      element.focus({ preventScroll: true });
      focused.current = null;
    }
  });

  return {
    onFocus: (event: FocusEvent<HTMLDivElement>) => {
      const row = event.target.closest('tr[data-source-id]');
      const id = row?.getAttribute('data-source-id');
      focused.current = row && id != null ? { id, position: focusablesOf(row).indexOf(event.target) } : null;
    },
    onBlur: (event: FocusEvent<HTMLDivElement>) => {
      // Focus leaving for another element, or a click outside: not the recycling's doing.
      if (!rendering.current && !event.currentTarget.contains(event.relatedTarget as Node | null)) {
        focused.current = null;
      }
    },
  };
}

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
  // The first paint renders the rows in view only; the rows above and below them (which a scroll
  // shows next) follow in the browser's next idle period.
  const [overscan, setOverscan] = useState(0);
  useEffect(() => (overscan === OVERSCAN ? undefined : whenIdle([() => setOverscan(OVERSCAN)])), [overscan]);
  const { start, end, before, after } = useRowWindow(ref, count, ROW_HEIGHT, overscan, maxHeight);
  const indices = Array.from({ length: end - start }, (_, offset) => start + offset);
  // Rows are keyed by their place in the window, not by source: a sort, a filter or a scroll
  // updates the row elements in place (new text, new attributes) instead of removing them and
  // creating others, as virtualised grids recycle their rows. Any window fits in `slots`.
  const slots = Math.max(Math.ceil(maxHeight / ROW_HEIGHT) + 2 * OVERSCAN + 2, end - start);
  const focusHandlers = useFocusFollowsSource(ref);

  return (
    <TableFrame
      ref={ref}
      labelledBy={labelledBy}
      style={{ maxHeight }}
      data-testid="source-table-scroll"
      {...focusHandlers}
    >
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
                key={index % slots}
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
