import { describe, expect, it } from 'vitest';
import { clampCell, type KeyModifiers, nextCell, revealOffset } from '../../src/components/SourceTable/gridNavigation';

const NONE: KeyModifiers = { ctrlKey: false, metaKey: false, altKey: false, shiftKey: false };
const CTRL: KeyModifiers = { ...NONE, ctrlKey: true };
/** A 10,000-row table of 5 columns: the header row and 10,000 body rows; a page is 10 rows. */
const SIZE = { rows: 10_001, cols: 5, page: 10 };

describe('nextCell (the keyboard of the source table grid)', () => {
  it('moves along a row with ←/→ and stops at its ends', () => {
    expect(nextCell('ArrowRight', NONE, { row: 3, col: 1 }, SIZE)).toEqual({ row: 3, col: 2 });
    expect(nextCell('ArrowLeft', NONE, { row: 3, col: 1 }, SIZE)).toEqual({ row: 3, col: 0 });
    expect(nextCell('ArrowLeft', NONE, { row: 3, col: 0 }, SIZE)).toEqual({ row: 3, col: 0 });
    expect(nextCell('ArrowRight', NONE, { row: 3, col: 4 }, SIZE)).toEqual({ row: 3, col: 4 });
  });

  it('moves between rows with ↑/↓, the header row being row 0, and stops at the first and last rows', () => {
    expect(nextCell('ArrowDown', NONE, { row: 0, col: 2 }, SIZE)).toEqual({ row: 1, col: 2 });
    expect(nextCell('ArrowUp', NONE, { row: 1, col: 2 }, SIZE)).toEqual({ row: 0, col: 2 });
    expect(nextCell('ArrowUp', NONE, { row: 0, col: 2 }, SIZE)).toEqual({ row: 0, col: 2 });
    expect(nextCell('ArrowDown', NONE, { row: 10_000, col: 2 }, SIZE)).toEqual({ row: 10_000, col: 2 });
  });

  it('goes to the first/last cell of the row with Home/End, of the grid with Ctrl (or ⌘) + Home/End', () => {
    expect(nextCell('Home', NONE, { row: 7, col: 3 }, SIZE)).toEqual({ row: 7, col: 0 });
    expect(nextCell('End', NONE, { row: 7, col: 1 }, SIZE)).toEqual({ row: 7, col: 4 });
    expect(nextCell('Home', CTRL, { row: 7, col: 3 }, SIZE)).toEqual({ row: 0, col: 0 });
    expect(nextCell('End', CTRL, { row: 7, col: 1 }, SIZE)).toEqual({ row: 10_000, col: 4 });
    expect(nextCell('End', { ...NONE, metaKey: true }, { row: 7, col: 1 }, SIZE)).toEqual({ row: 10_000, col: 4 });
  });

  it('moves a page of rows with Page Up/Page Down, stopping at the first and last rows', () => {
    expect(nextCell('PageDown', NONE, { row: 1, col: 0 }, SIZE)).toEqual({ row: 11, col: 0 });
    expect(nextCell('PageDown', NONE, { row: 9_995, col: 0 }, SIZE)).toEqual({ row: 10_000, col: 0 });
    expect(nextCell('PageUp', NONE, { row: 25, col: 1 }, SIZE)).toEqual({ row: 15, col: 1 });
    expect(nextCell('PageUp', NONE, { row: 4, col: 1 }, SIZE)).toEqual({ row: 0, col: 1 });
    // A page is at least one row.
    expect(nextCell('PageDown', NONE, { row: 4, col: 1 }, { ...SIZE, page: 0 })).toEqual({ row: 5, col: 1 });
  });

  it('leaves other keys and modified keys to the browser', () => {
    for (const key of ['Enter', ' ', 'Tab', 'Escape', 'a']) {
      expect(nextCell(key, NONE, { row: 1, col: 0 }, SIZE)).toBeNull();
    }
    expect(nextCell('ArrowDown', { ...NONE, shiftKey: true }, { row: 1, col: 0 }, SIZE)).toBeNull();
    expect(nextCell('ArrowDown', { ...NONE, altKey: true }, { row: 1, col: 0 }, SIZE)).toBeNull();
    expect(nextCell('ArrowDown', CTRL, { row: 1, col: 0 }, SIZE)).toBeNull();
    expect(nextCell('PageDown', CTRL, { row: 1, col: 0 }, SIZE)).toBeNull();
  });

  it('stays in the header row of a grid without rows', () => {
    const empty = { rows: 1, cols: 4, page: 10 };
    expect(nextCell('ArrowDown', NONE, { row: 0, col: 1 }, empty)).toEqual({ row: 0, col: 1 });
    expect(nextCell('End', CTRL, { row: 0, col: 1 }, empty)).toEqual({ row: 0, col: 3 });
  });
});

describe('clampCell', () => {
  it('keeps a cell inside the grid, and returns the same cell when it is inside', () => {
    const cell = { row: 3, col: 2 };
    expect(clampCell(cell, { rows: 10, cols: 5 })).toBe(cell);
    // A filter leaves 3 rows: the active row becomes the last one.
    expect(clampCell({ row: 500, col: 2 }, { rows: 4, cols: 5 })).toEqual({ row: 3, col: 2 });
    // The other variant has 4 columns.
    expect(clampCell({ row: 2, col: 4 }, { rows: 10, cols: 4 })).toEqual({ row: 2, col: 3 });
    expect(clampCell({ row: 2, col: 4 }, { rows: 1, cols: 4 })).toEqual({ row: 0, col: 3 });
  });
});

describe('revealOffset (a row in view below the sticky header)', () => {
  const view = { top: 480, height: 520 };
  const HEADER = 40;
  it('keeps the offset when the row shows whole below the header', () => {
    expect(revealOffset(view, { top: 480 + HEADER, height: 48 }, HEADER)).toBe(480);
    expect(revealOffset(view, { top: 480 + 520 - 48, height: 48 }, HEADER)).toBe(480);
  });
  it('scrolls up so a row above, or under the header, shows just below it', () => {
    expect(revealOffset(view, { top: 480 + HEADER - 16, height: 48 }, HEADER)).toBe(480 - 16);
    expect(revealOffset(view, { top: HEADER + 2 * 48, height: 48 }, HEADER)).toBe(2 * 48);
  });
  it('scrolls down so a row below shows at the bottom', () => {
    expect(revealOffset(view, { top: 480 + 520 - 10, height: 48 }, HEADER)).toBe(480 + 38);
    expect(revealOffset(view, { top: 40 + 9_999 * 48, height: 48 }, HEADER)).toBe(40 + 10_000 * 48 - 520);
  });
});
