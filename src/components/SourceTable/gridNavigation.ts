/**
 * The keyboard model of the source table's grid, as pure functions: which cell a key moves the
 * active cell to. Rows are counted from the header row (row 0); data row `i` is row `i + 1`.
 */

/** A cell of the grid: its row (0 = the header row) and its column, both from 0. */
export interface GridCell {
  row: number;
  col: number;
}

/** The grid's size: its rows (header row included), its columns, and the rows a page moves by. */
export interface GridSize {
  rows: number;
  cols: number;
  /** Rows the viewport shows below the header: what Page Up / Page Down move by (at least 1). */
  page: number;
}

/** The modifier keys held with a key (a `KeyboardEvent` has them all). */
export interface KeyModifiers {
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
}

const clamp = (value: number, min: number, max: number) => Math.min(Math.max(value, min), max);

/** A cell inside the grid: the nearest one to `cell` (the first cell when the grid is empty). */
export function clampCell(cell: GridCell, size: Pick<GridSize, 'rows' | 'cols'>): GridCell {
  const row = clamp(cell.row, 0, Math.max(size.rows - 1, 0));
  const col = clamp(cell.col, 0, Math.max(size.cols - 1, 0));
  return row === cell.row && col === cell.col ? cell : { row, col };
}

/**
 * The cell a key moves the active cell to, following the WAI-ARIA APG data grid: ←/→ the
 * previous/next cell of the row, ↑/↓ the previous/next row, Home/End the first/last cell of the
 * row, Ctrl+Home/Ctrl+End the first cell of the first row (the header row)/the last cell of the
 * last row, Page Up/Page Down `size.page` rows up/down. Focus stops at the grid's edges (the cell
 * returned is then `from` itself). `null` for any other key, or a key held with modifiers the grid
 * leaves to the browser and assistive technology (Alt, Shift, Ctrl/⌘ with anything but Home/End).
 */
export function nextCell(key: string, modifiers: KeyModifiers, from: GridCell, size: GridSize): GridCell | null {
  if (modifiers.altKey || modifiers.shiftKey) return null;
  const command = modifiers.ctrlKey || modifiers.metaKey;
  const lastRow = Math.max(size.rows - 1, 0);
  const lastCol = Math.max(size.cols - 1, 0);
  const at = (row: number, col: number) => clampCell({ row, col }, size);
  if (command) {
    if (key === 'Home') return at(0, 0);
    if (key === 'End') return at(lastRow, lastCol);
    return null;
  }
  switch (key) {
    case 'ArrowLeft':
      return at(from.row, from.col - 1);
    case 'ArrowRight':
      return at(from.row, from.col + 1);
    case 'ArrowUp':
      return at(from.row - 1, from.col);
    case 'ArrowDown':
      return at(from.row + 1, from.col);
    case 'Home':
      return at(from.row, 0);
    case 'End':
      return at(from.row, lastCol);
    case 'PageUp':
      return at(from.row - Math.max(size.page, 1), from.col);
    case 'PageDown':
      return at(from.row + Math.max(size.page, 1), from.col);
    default:
      return null;
  }
}

/**
 * The scroll offset that shows a body row whole below a sticky header, moving as little as
 * possible (unchanged when it is already shown). Offsets are in px from the top of the scrolling
 * element's content.
 */
export function revealOffset(
  scroll: { top: number; height: number },
  row: { top: number; height: number },
  stickyHeader: number,
): number {
  const viewTop = scroll.top + stickyHeader;
  const viewBottom = scroll.top + scroll.height;
  if (row.top < viewTop) return Math.max(row.top - stickyHeader, 0);
  if (row.top + row.height > viewBottom) return row.top + row.height - scroll.height;
  return scroll.top;
}
