/**
 * What the source table renders of 1,000 sources in its 560 px frame: the rows in view first —
 * 11 of them at the top (the 520 px below the 40 px sticky header row, in 48 px rows; the last
 * one partly) — and the four rows on each side that a scroll shows next in the browser's next
 * idle period. A sort or a filter changes the rows: again the rows in view first, then the
 * others, so an action paints only what it shows. At every step each rendered row is the right source in the right
 * place (`aria-rowindex`), and the spacers keep the table's full height.
 */
import { act, createElement } from 'react';
import { describe, expect, it } from 'vitest';
import { generatedFixture } from '../../fixtures';
import { LocaleProvider, SourceTable } from '../../src';
import { SEED_NOW } from '../../src/domain/clock';
import { lightTheme } from '../../src/theme';
import { browserIdle, mountEachTest } from '../helpers/mount';

const view = mountEachTest();
const COUNT = 1_000;
const ROW = 48;
const MAX_HEIGHT = 560;
const HEADER = 40;
const OVERSCAN = 4;
/** The frame's viewport is 560 px high (its borders outside); the sticky header row covers its top 40 px. */
const IN_VIEW = Math.ceil((MAX_HEIGHT - HEADER) / ROW);

function renderTable() {
  const data = generatedFixture(COUNT);
  view.render(
    createElement(
      'div',
      { className: lightTheme },
      createElement(LocaleProvider, { locale: 'en' }, createElement(SourceTable, { data, now: SEED_NOW })),
    ),
  );
  const grid = view.container.querySelector<HTMLTableElement>('table[role="grid"]');
  const frame = view.container.querySelector<HTMLElement>('[data-table-frame="grid"]');
  if (!grid || !frame) throw new Error('no grid rendered');
  return { grid, frame, data };
}

/** The body rows rendered (not the spacers), as their `aria-rowindex`. */
const rendered = (grid: HTMLTableElement) =>
  [...grid.querySelectorAll('tbody > tr:not([data-spacer])')].map((row) => Number(row.getAttribute('aria-rowindex')));

/** Rows `from`, `from + 1`, … as `aria-rowindex` (the header row is 1, so the first body row is 2). */
const rowIndices = (from: number, count: number) => Array.from({ length: count }, (_, i) => from + i);

/** The spacers and rows together are as tall as every row of the table. */
function expectFullHeight(grid: HTMLTableElement, rows: number) {
  expect(grid.tBodies[0]?.getBoundingClientRect().height).toBe(rows * ROW);
}

describe('the rows the source table renders', () => {
  it('first the rows in view, then four more below them when idle', async () => {
    expect(IN_VIEW).toBe(11);
    const { grid, frame } = renderTable();
    expect(frame.clientHeight).toBe(MAX_HEIGHT);
    expect(rendered(grid)).toEqual(rowIndices(2, IN_VIEW));
    // Exactly the rows in view: the last one starts above the frame's bottom edge and reaches past it.
    expect(grid.tHead?.getBoundingClientRect().height).toBe(HEADER);
    const bottom = frame.getBoundingClientRect().top + frame.clientTop + frame.clientHeight;
    const last = grid.querySelector(`tr[aria-rowindex="${IN_VIEW + 1}"]`)?.getBoundingClientRect();
    expect(last?.top).toBeLessThan(bottom);
    expect(last?.bottom).toBeGreaterThan(bottom);
    expectFullHeight(grid, COUNT);
    await browserIdle();
    expect(rendered(grid)).toEqual(rowIndices(2, IN_VIEW + OVERSCAN));
    expectFullHeight(grid, COUNT);
  });

  it('a sort renders the rows in view of the new order first, then the others when idle', async () => {
    const { grid, data } = renderTable();
    await browserIdle();
    const sortBySource = [...grid.querySelectorAll<HTMLButtonElement>('th button')].find((b) =>
      b.textContent?.startsWith('Source'),
    );
    act(() => sortBySource?.click());
    expect(rendered(grid)).toEqual(rowIndices(2, IN_VIEW));
    const labels = [...data.sources]
      .map((s) => s.label)
      .sort(new Intl.Collator('en', { numeric: true, sensitivity: 'base' }).compare);
    const firstLabels = () =>
      [...grid.querySelectorAll('tbody > tr:not([data-spacer]) > th')].map((cell) => cell.textContent);
    expect(firstLabels()).toEqual(labels.slice(0, IN_VIEW));
    await browserIdle();
    expect(rendered(grid)).toEqual(rowIndices(2, IN_VIEW + OVERSCAN));
    expect(firstLabels()).toEqual(labels.slice(0, IN_VIEW + OVERSCAN));
    expectFullHeight(grid, COUNT);
  });

  it('a filter renders the matching rows in view first, then the others when idle', async () => {
    const { grid, data } = renderTable();
    await browserIdle();
    const search = view.container.querySelector<HTMLInputElement>('input[type="search"]');
    if (!search) throw new Error('no search field');
    act(() => {
      Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(search, 'France');
      search.dispatchEvent(new Event('input', { bubbles: true }));
    });
    const matches = data.sources.filter((s) => s.label.includes('France')).length;
    expect(matches).toBeGreaterThan(IN_VIEW + OVERSCAN);
    expect(grid.getAttribute('aria-rowcount')).toBe(String(matches + 1));
    expect(rendered(grid)).toEqual(rowIndices(2, IN_VIEW));
    await browserIdle();
    expect(rendered(grid)).toEqual(rowIndices(2, IN_VIEW + OVERSCAN));
    for (const cell of grid.querySelectorAll('tbody > tr:not([data-spacer]) > th')) {
      expect(cell.textContent).toContain('France');
    }
    expectFullHeight(grid, matches);
  });

  it('scrolled to the middle: the rows in view and four more on each side (and the active row, kept)', async () => {
    const { grid, frame } = renderTable();
    await browserIdle();
    // Row 100 (0-based) at the top of the viewport.
    await act(async () => {
      frame.scrollTop = 100 * ROW;
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
    });
    // The grid's active row (its tab stop, the first row) stays rendered where it sits.
    expect(rendered(grid)).toEqual([2, ...rowIndices(102 - OVERSCAN, IN_VIEW + 2 * OVERSCAN)]);
    expectFullHeight(grid, COUNT);
  });
});
