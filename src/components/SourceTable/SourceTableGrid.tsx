import { type FocusEvent, type KeyboardEvent, type RefObject, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import type { SourceView } from '../../domain';
import type { SourceTableColumn, SourceTableSort } from '../../domain/table';
import { useI18n } from '../../i18n';
import { Button } from '../../private/Button/Button';
import { cx } from '../../private/cx';
import { HEADER_HEIGHT, ROW_HEIGHTS } from '../../private/Table/density';
import {
  Cell,
  HeaderCell,
  RowHeaderCell,
  SkeletonRows,
  Table,
  TableFrame,
  tableStyles,
} from '../../private/Table/Table';
import { Icon, stroke } from '../../private/ToneIcon';
import { useBrowserLayoutEffect } from '../../private/useBrowserLayoutEffect';
import { type CellContext, COLUMNS, type ColumnDef, type SourceTableVariant } from './columns';
import { clampCell, type GridCell, nextCell, revealOffset } from './gridNavigation';
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
  /**
   * The rows above and below the ones in view (which a scroll shows next) are rendered too. The
   * table sets it once the browser is idle after the rows changed, so an action paints only the
   * rows it shows; a scroll in between is no gap (the window follows a scroll synchronously).
   * @default true
   */
  settled?: boolean;
}

/**
 * Rows rendered above and below the ones in view, once the browser is idle: what a scroll shows
 * before its event reaches the page (the window follows the event synchronously). Four rows are
 * 192 px; a sort or a filter removes them, and renders them again when idle.
 */
const OVERSCAN = 4;
const ROW_HEIGHT = ROW_HEIGHTS.regular;
/** The grid's one tab stop: the focus target of its active cell, the only element of the grid with `tabindex="0"`. */
const TAB_STOP = 'table[role="grid"] [tabindex="0"]';

/**
 * Moves focus to the source table's grid in `root`: to its one tab stop (the active cell, or the
 * button in it), after bringing the grid's frame into view at `block` (`scrollIntoView`). Returns
 * false, and moves nothing, when `root` holds no grid.
 */
export function focusGrid(root: ParentNode | null | undefined, block: ScrollLogicalPosition = 'nearest'): boolean {
  const stop = root?.querySelector<HTMLElement>(TAB_STOP);
  if (!stop) return false;
  stop.closest('[data-table-frame]')?.scrollIntoView?.({ block });
  stop.focus({ preventScroll: true });
  stop.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
  return true;
}

/** The grid cell an element is in (row 0 = the header row), or null outside the grid's cells. */
function cellAt(
  table: HTMLTableElement,
  node: EventTarget | null,
): { element: HTMLTableCellElement; at: GridCell } | null {
  if (!(node instanceof Element)) return null;
  const element = node.closest<HTMLTableCellElement>('td, th');
  const index = Number(element?.parentElement?.getAttribute('aria-rowindex'));
  if (!element || !index || element.closest('table') !== table) return null;
  return { element, at: { row: index - 1, col: element.cellIndex } };
}

/**
 * The roving tab stop of a grid (WAI-ARIA APG): one active cell, whose focus target (its button,
 * else the cell) has `tabIndex` 0 and every other cell and button -1. The active cell follows focus
 * (a click, Tab, a script) and the keys (`nextCell`). After each commit, when the grid had focus,
 * focus is on the active cell's target again: a row element that React recycled for another
 * source, moved, or removed (its row scrolled out of the window, or came back into it) took focus
 * away, and it is given back to the same cell — never left on `<body>`. Focus the person moved
 * elsewhere (Tab out, a click outside, a dialog) is left alone.
 */
function useActiveCell(tableRef: RefObject<HTMLTableElement | null>, rows: number, columns: readonly ColumnDef[]) {
  const [stored, setActive] = useState<GridCell>({ row: 1, col: 0 });
  const size = { rows: rows + 1, cols: columns.length };
  // After a sort, a filter or new data the active cell stays where it was, within the rows there
  // are now. Without rows (loading) the header is active, and the first row again once they come.
  const active = clampCell(stored, size);
  if (rows > 0 && active !== stored) setActive(active);

  /** Focus is on the grid (it came in and did not leave for something else). */
  const hasFocus = useRef(false);
  /** A render of the rows is under way: focus lost until its commit is the recycling's doing. */
  const rendering = useRef(false);
  rendering.current = true;

  /** The element that takes focus for a cell: its widget (a sort button, "View details"), else the cell. */
  const targetOf = (table: HTMLTableElement, cell: GridCell): HTMLElement | null => {
    const row = table.querySelector<HTMLTableRowElement>(`tr[aria-rowindex="${cell.row + 1}"]`);
    const element = row?.cells[cell.col];
    const column = columns[cell.col];
    if (!element || !column) return null;
    const widget = cell.row === 0 ? column.sortable : column.widget === true;
    return widget ? element.querySelector<HTMLElement>('button') : element;
  };

  useBrowserLayoutEffect(() => {
    rendering.current = false;
    const table = tableRef.current;
    if (!hasFocus.current || !table) return;
    const target = targetOf(table, active);
    if (target && document.activeElement !== target) target.focus({ preventScroll: true });
  });

  return {
    active,
    targetOf,
    /** Moves the active cell now (a synchronous render), and `sync` in the same render. */
    moveTo: (cell: GridCell, sync: () => void) => {
      flushSync(() => {
        setActive(cell);
        sync();
      });
    },
    onFocus: (event: FocusEvent<HTMLTableElement>) => {
      hasFocus.current = true;
      const table = event.currentTarget;
      const cell = cellAt(table, event.target);
      if (!cell) return;
      if (cell.at.row !== active.row || cell.at.col !== active.col) setActive(cell.at);
      // A cell that holds a widget (a click beside its button) hands focus to the widget.
      const target = targetOf(table, cell.at);
      if (target && target !== event.target && cell.element.contains(target)) target.focus({ preventScroll: true });
    },
    onBlur: (event: FocusEvent<HTMLTableElement>) => {
      // Focus leaving for another element, or a click outside: not the recycling's doing.
      if (!rendering.current && !event.currentTarget.contains(event.relatedTarget as Node | null)) {
        hasFocus.current = false;
      }
    },
  };
}

/**
 * The table itself: a real `<table>` with the keyboard of a grid (`role="grid"`, WAI-ARIA APG data
 * grid), whose body renders only the rows in view (plus a few), through `useRowWindow` (every row
 * has the same height). Spacer rows keep the scroll height; `aria-rowcount` and `aria-rowindex`
 * tell assistive technology where each rendered row sits in the whole set.
 *
 * The grid is one tab stop: Tab enters it at its active cell (at first the first row's Source
 * cell) and leaves it in one press. ←/→ move to the previous/next cell of the row, ↑/↓ to the
 * previous/next row (the header row included), Home/End to the first/last cell of the row,
 * Ctrl+Home/Ctrl+End to the first cell of the header row/the last cell of the last row, Page
 * Up/Page Down by the rows the viewport shows. A cell's focus target is its button when it has one
 * (a header's sort button, "View details": Enter and Space press it), else the cell. Moving to a
 * row outside the rendered window scrolls it in below the sticky header; the active row stays
 * rendered when it is scrolled away (between split spacers), so focus never moves to another source.
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
  settled = true,
}: SourceTableGridProps) {
  const { t } = useI18n();
  const ownRef = useRef<HTMLDivElement>(null);
  const ref = scrollRef ?? ownRef;
  const tableRef = useRef<HTMLTableElement>(null);
  const columns = COLUMNS[variant];
  const count = busy ? 0 : rows.length;
  // The rows in view first; the rows above and below them (which a scroll shows next) once `settled`.
  const overscan = settled ? OVERSCAN : 0;
  // The rows under the sticky header row are not in view: 11 rows show in the default 560 px.
  const { start, end, before, after, sync } = useRowWindow(ref, count, ROW_HEIGHT, overscan, maxHeight, HEADER_HEIGHT);
  const indices = Array.from({ length: end - start }, (_, offset) => start + offset);
  // Rows are keyed by their place in the window, not by source: a sort, a filter or a scroll
  // updates the row elements in place (new text, new attributes) instead of removing them and
  // creating others, as virtualised grids recycle their rows. Any window fits in `slots`.
  const slots = Math.max(Math.ceil(maxHeight / ROW_HEIGHT) + 2 * OVERSCAN + 2, end - start);
  const grid = useActiveCell(tableRef, count, columns);
  const { active } = grid;
  // The active row outside the window is rendered too, where it sits (between split spacers).
  const activeIndex = active.row - 1;
  const pinned = activeIndex >= 0 && (activeIndex < start || activeIndex >= end) ? activeIndex : null;

  const onKeyDown = (event: KeyboardEvent<HTMLTableElement>) => {
    const table = event.currentTarget;
    const frame = ref.current;
    if (event.defaultPrevented || !frame) return;
    const header = table.tHead?.offsetHeight ?? 0;
    const page = Math.max(Math.floor((frame.clientHeight - header) / ROW_HEIGHT), 1);
    const from = cellAt(table, event.target)?.at ?? active;
    const next = nextCell(event.key, event, from, { rows: count + 1, cols: columns.length, page });
    if (next === null) return;
    event.preventDefault();
    if (next.row === 0 && from.row > 0) {
      // Up into the header row (Ctrl+Home, Page Up): the table from its top.
      frame.scrollTop = 0;
    } else if (next.row > 0) {
      // The row is scrolled in below the sticky header, and the window follows at once.
      const top = table.offsetTop + header + (next.row - 1) * ROW_HEIGHT;
      const scroll = { top: frame.scrollTop, height: frame.clientHeight };
      const offset = revealOffset(scroll, { top, height: ROW_HEIGHT }, header);
      if (offset !== scroll.top) frame.scrollTop = offset;
    }
    grid.moveTo(next, sync);
    const target = grid.targetOf(table, next);
    if (!target) return;
    if (document.activeElement !== target) target.focus({ preventScroll: true });
    // The whole cell (a button's focus ring with it) into view within the page, and sideways in a
    // table wider than its frame. The frame's own vertical offset stays the one set above: the
    // browser would scroll a sticky header cell as if it sat at the top of the table.
    const top = frame.scrollTop;
    (target.closest('td, th') ?? target).scrollIntoView({ block: 'nearest', inline: 'nearest' });
    frame.scrollTop = top;
  };

  const renderRow = (index: number, key: string | number) => {
    const view = views[rows[index] as number] as SourceView;
    const activeCol = active.row === index + 1 ? active.col : -1;
    return (
      <tr key={key} aria-rowindex={index + 2} data-source-id={view.source.id} data-status={view.status}>
        {columns.map((column, col) => {
          const stop = col === activeCol;
          // The cell is the tab stop when it has no widget; a cell with one hands focus to it.
          const tabIndex = stop && !column.widget ? 0 : -1;
          const CellTag = column.rowHeader ? RowHeaderCell : Cell;
          return (
            <CellTag
              key={column.id}
              className={tableStyles.singleLine}
              title={column.rowHeader ? view.source.label : undefined}
              tabIndex={tabIndex}
            >
              {column.render(view, cellContext, stop ? 0 : -1)}
            </CellTag>
          );
        })}
      </tr>
    );
  };

  /**
   * The rows from `first` to `last` (excluded) outside the window: a spacer `height` high, or, when
   * the active row is one of them, that row where it sits between two spacers.
   */
  const gap = (first: number, last: number, height: number) =>
    pinned !== null && pinned >= first && pinned < last ? (
      <>
        <Spacer height={(pinned - first) * ROW_HEIGHT} span={columns.length} />
        {renderRow(pinned, 'active')}
        <Spacer height={(last - pinned - 1) * ROW_HEIGHT} span={columns.length} />
      </>
    ) : (
      <Spacer height={height} span={columns.length} />
    );

  return (
    <TableFrame ref={ref} grid labelledBy={labelledBy} style={{ maxHeight }}>
      <Table
        ref={tableRef}
        role="grid"
        density="regular"
        className={cx(styles.grid, styles.tableLayout[variant])}
        aria-labelledby={labelledBy}
        aria-rowcount={busy ? undefined : count + 1}
        aria-busy={busy || undefined}
        data-variant={variant}
        onKeyDown={onKeyDown}
        onFocus={grid.onFocus}
        onBlur={grid.onBlur}
      >
        <colgroup>
          {columns.map((column) => (
            <col key={column.id} style={{ width: column.width }} />
          ))}
        </colgroup>
        <thead>
          <tr aria-rowindex={1}>
            {columns.map((column, col) => {
              const direction = column.sortable && sort?.column === column.id ? sort.direction : null;
              const stop = active.row === 0 && active.col === col;
              return (
                <HeaderCell
                  key={column.id}
                  aria-sort={direction ?? undefined}
                  data-column={column.id}
                  tabIndex={stop && !column.sortable ? 0 : -1}
                >
                  {column.sortable ? (
                    <Button
                      variant="quiet"
                      size="small"
                      className={styles.sortButton}
                      tabIndex={stop ? 0 : -1}
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
          {gap(0, start, before)}
          {indices.map((index) => renderRow(index, index % slots))}
          {gap(end, count, after)}
        </tbody>
      </Table>
    </TableFrame>
  );
}

/** Rows not rendered, as their height (nothing when there are none). */
function Spacer({ height, span }: { height: number; span: number }) {
  if (height <= 0) return null;
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
    <Icon size="12">
      <path d={d} {...stroke} />
    </Icon>
  );
}
