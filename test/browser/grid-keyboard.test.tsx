/**
 * The source table as a keyboard grid, with real key presses (Playwright): one tab stop, and the
 * arrows, Page Up/Page Down and Ctrl+Home/Ctrl+End reach every one of 10,000 rows although only
 * the rows in view are rendered. At each step the focused element is in the expected row, shows
 * its focus ring, and is in view inside the table's frame, below the sticky header row.
 */
import { act, createElement } from 'react';
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { generatedFixture } from '../../fixtures';
import { LocaleProvider, SourceTable } from '../../src';
import { SEED_NOW } from '../../src/domain/clock';
import { lightTheme } from '../../src/theme';
import { mountEachTest } from '../helpers/mount';
import { MS_PER, timeoutFor } from '../helpers/work';

const view = mountEachTest();

/** Real key presses; React's updates from them are flushed before the test reads the page. */
const press = (keys: string) => act(() => userEvent.keyboard(keys));
const tab = (shift = false) => act(() => userEvent.tab({ shift }));
/** Scrolls the frame as a wheel would, and waits for the scroll event's update. */
const scrollTo = (frame: HTMLElement, top: number) =>
  act(async () => {
    frame.scrollTop = top;
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
  });
const COUNT = 10_000;
const data = () => generatedFixture(COUNT);

function renderTable() {
  view.render(
    createElement(
      'div',
      { className: lightTheme },
      createElement(LocaleProvider, { locale: 'en' }, createElement(SourceTable, { data: data(), now: SEED_NOW })),
    ),
  );
  const grid = view.container.querySelector<HTMLTableElement>('table[role="grid"]');
  const frame = view.container.querySelector<HTMLElement>('[data-table-frame="grid"]');
  if (!grid || !frame) throw new Error('no grid rendered');
  return { grid, frame };
}

/** The focused element, which must be inside the grid. */
function focused(grid: HTMLTableElement): HTMLElement {
  const active = document.activeElement;
  if (!(active instanceof HTMLElement) || !grid.contains(active)) {
    throw new Error(`focus is not in the grid but on <${active?.tagName.toLowerCase()}>`);
  }
  return active;
}

/** Focus is in the row with `rowIndex` (its `aria-rowindex`), visibly, and in view below the sticky header. */
function expectFocusInRow(grid: HTMLTableElement, frame: HTMLElement, rowIndex: number) {
  const active = focused(grid);
  expect(active.closest('tr')?.getAttribute('aria-rowindex')).toBe(String(rowIndex));
  expect(grid.getAttribute('aria-rowcount')).toBe(String(COUNT + 1));
  expect(active.matches(':focus-visible')).toBe(true);
  expect(grid.querySelectorAll('[tabindex="0"]')).toHaveLength(1);
  expect(grid.querySelector('[tabindex="0"]')).toBe(active);
  const box = frame.getBoundingClientRect();
  const inside = {
    top: box.top + frame.clientTop,
    bottom: box.top + frame.clientTop + frame.clientHeight,
    left: box.left + frame.clientLeft,
    right: box.left + frame.clientLeft + frame.clientWidth,
  };
  // The header row's cells are sticky (the <thead> itself scrolls away with the table).
  const header = grid.tHead?.rows[0]?.cells[0]?.getBoundingClientRect();
  const rect = active.getBoundingClientRect();
  // A body row shows whole below the sticky header row; the header row is at the top of the frame.
  const top = rowIndex === 1 ? inside.top : (header?.bottom ?? Number.POSITIVE_INFINITY);
  if (rowIndex !== 1) expect(header?.top).toBeCloseTo(inside.top, 0);
  expect(rect.top).toBeGreaterThanOrEqual(top - 0.5);
  expect(rect.bottom).toBeLessThanOrEqual(inside.bottom + 0.5);
  expect(rect.left).toBeGreaterThanOrEqual(inside.left - 0.5);
  expect(rect.right).toBeLessThanOrEqual(inside.right + 0.5);
}

/** The rows a Page Up / Page Down moves by: the rows the frame shows below its header row. */
const pageOf = (grid: HTMLTableElement, frame: HTMLElement) =>
  Math.floor((frame.clientHeight - (grid.tHead?.offsetHeight ?? 0)) / 48);

describe('the source table is a keyboard grid', () => {
  it(
    'walks all 10,000 rows: Ctrl+End, Ctrl+Home, Page Down, arrows, Page Up',
    async () => {
      const { grid, frame } = renderTable();
      const selects = view.container.querySelectorAll<HTMLSelectElement>('fieldset select');
      selects[selects.length - 1]?.focus();
      // One Tab from the last filter: the first row's Source cell, the grid's one tab stop.
      await tab();
      expectFocusInRow(grid, frame, 2);
      expect(focused(grid).tagName).toBe('TH');
      expect(focused(grid).getAttribute('scope')).toBe('row');
      // Fewer than 40 rows are rendered of 10,000.
      expect(grid.querySelectorAll('tbody tr[aria-rowindex]').length).toBeLessThan(40);

      await press('{Control>}{End}{/Control}');
      expectFocusInRow(grid, frame, COUNT + 1);
      // The last cell of the last row: its "View details" button.
      expect(focused(grid).tagName).toBe('BUTTON');
      expect(focused(grid).textContent).toMatch(/^View details/);
      expect(frame.scrollTop).toBeGreaterThan(COUNT * 48 - frame.clientHeight - 48);

      await press('{Control>}{Home}{/Control}');
      // The first cell of the first row: the header row's "Source" sort button.
      expectFocusInRow(grid, frame, 1);
      expect(focused(grid).tagName).toBe('BUTTON');
      expect(focused(grid).closest('th')?.getAttribute('scope')).toBe('col');
      expect(frame.scrollTop).toBe(0);

      await press('{ArrowDown}');
      expectFocusInRow(grid, frame, 2);
      const page = pageOf(grid, frame);
      expect(page).toBeGreaterThanOrEqual(5);
      let row = 2;
      for (let step = 0; step < 12; step++) {
        await press('{PageDown}');
        row += page;
        expectFocusInRow(grid, frame, row);
      }
      for (let step = 0; step < 3; step++) {
        await press('{ArrowDown}');
        row += 1;
        expectFocusInRow(grid, frame, row);
      }
      // Right along the row to "View details", and back.
      await press('{End}');
      expectFocusInRow(grid, frame, row);
      expect(focused(grid).tagName).toBe('BUTTON');
      await press('{Home}');
      expectFocusInRow(grid, frame, row);
      expect(focused(grid).getAttribute('scope')).toBe('row');
      // Up past the top of the view: each row stops below the sticky header, never under it.
      const top = row - page;
      for (let step = 0; step < page + 3; step++) {
        await press('{ArrowUp}');
        row -= 1;
        expectFocusInRow(grid, frame, row);
      }
      expect(row).toBeLessThan(top);
      for (let step = 0; step < 4; step++) {
        await press('{PageUp}');
        row -= page;
        expectFocusInRow(grid, frame, row);
      }
      // Ctrl+End again, then Page Up from the last row.
      await press('{Control>}{End}{/Control}');
      expectFocusInRow(grid, frame, COUNT + 1);
      await press('{PageUp}');
      expectFocusInRow(grid, frame, COUNT + 1 - page);
      // One Tab leaves the grid; Shift+Tab comes back to the same cell.
      const cell = focused(grid);
      await tab();
      expect(grid.contains(document.activeElement)).toBe(false);
      await tab(true);
      expect(document.activeElement).toBe(cell);
      expectFocusInRow(grid, frame, COUNT + 1 - page);
      // A filter leaves one row: the active cell moves up to it, still the grid's one tab stop.
      act(() => view.container.querySelector<HTMLInputElement>('input[type="search"]')?.focus());
      await press('#9999');
      await expect.poll(() => grid.getAttribute('aria-rowcount')).toBe('2');
      const stops = grid.querySelectorAll('[tabindex="0"]');
      expect(stops).toHaveLength(1);
      expect(stops[0]?.closest('tr')?.getAttribute('aria-rowindex')).toBe('2');
      expect(stops[0]?.getAttribute('aria-label')).toMatch(/^View details .*#9999$/);
    },
    timeoutFor(COUNT, MS_PER.source),
  );

  it(
    'keeps focus on its source when the row is scrolled far away, and back',
    async () => {
      const { grid, frame } = renderTable();
      const selects = view.container.querySelectorAll<HTMLSelectElement>('fieldset select');
      selects[selects.length - 1]?.focus();
      await tab();
      for (let step = 0; step < 4; step++) await press('{ArrowDown}');
      const cell = focused(grid);
      const id = cell.closest('tr')?.getAttribute('data-source-id');
      expect(id).toBeTruthy();
      const height = frame.scrollHeight;
      await scrollTo(frame, height);
      expect(
        Number(grid.querySelectorAll('tbody tr[aria-rowindex]')[1]?.getAttribute('aria-rowindex')),
      ).toBeGreaterThan(9_000);
      // Still on the same source's cell (kept rendered above the window), not on <body>.
      expect(focused(grid).closest('tr')?.getAttribute('data-source-id')).toBe(id);
      expect(focused(grid).closest('tr')?.getAttribute('aria-rowindex')).toBe('6');
      // The scroll height is the same: the kept row sits between split spacers.
      expect(frame.scrollHeight).toBe(height);
      // Back at the top, the row is in the window again (a new element): focus is given back to it.
      await scrollTo(frame, 0);
      expect(grid.querySelector('tbody tr[aria-rowindex="2"]')).toBeTruthy();
      expect(focused(grid).closest('tr')?.getAttribute('data-source-id')).toBe(id);
      // An arrow key moves on from there.
      await press('{ArrowDown}');
      expectFocusInRow(grid, frame, 7);
      // Along the sticky header row, half-way down the table: the table stays where it is.
      await scrollTo(frame, 240_000);
      const sortButtons = grid.querySelectorAll<HTMLButtonElement>('thead button');
      act(() => sortButtons[0]?.focus());
      await press('{ArrowRight}');
      expect(document.activeElement).toBe(sortButtons[1]);
      await press('{End}');
      expect(document.activeElement).toBe(grid.tHead?.rows[0]?.cells[4]);
      expect(frame.scrollTop).toBe(240_000);
      // Down into the rows: "View details" of row 52, then the table scrolled so that row is half
      // under the sticky header. Tab out and Shift+Tab back: the browser brings it below the header.
      await press('{ArrowDown}{PageDown}{PageDown}{PageDown}{PageDown}{PageDown}');
      const page = pageOf(grid, frame);
      expectFocusInRow(grid, frame, 2 + 5 * page);
      expect(focused(grid).tagName).toBe('BUTTON');
      await scrollTo(frame, 5 * page * 48 + 16);
      await tab();
      expect(grid.contains(document.activeElement)).toBe(false);
      await tab(true);
      expectFocusInRow(grid, frame, 2 + 5 * page);
    },
    timeoutFor(COUNT, MS_PER.source),
  );
});
