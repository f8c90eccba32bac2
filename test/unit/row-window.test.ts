import { describe, expect, it } from 'vitest';
import { rowWindow } from '../../src/components/SourceTable/useRowWindow';

const ROW = 48;
const OVERSCAN = 8;

describe('rowWindow (the rows the source table renders)', () => {
  it('renders the rows in view plus the overscan below, from the top', () => {
    // 480 px show rows 0–9; eight more below.
    expect(rowWindow({ top: 0, height: 480 }, 10_000, ROW, OVERSCAN)).toEqual({
      start: 0,
      end: 18,
      before: 0,
      after: (10_000 - 18) * ROW,
    });
  });

  it('renders the overscan on both sides in the middle, and spacers keep the full height', () => {
    const window = rowWindow({ top: 100 * ROW + 10, height: 480 }, 10_000, ROW, OVERSCAN);
    // Rows 100–110 are (partly) in view.
    expect(window).toEqual({ start: 92, end: 119, before: 92 * ROW, after: (10_000 - 119) * ROW });
    expect(window.before + (window.end - window.start) * ROW + window.after).toBe(10_000 * ROW);
  });

  it('stops at the last row, even when a header lets the element scroll past it', () => {
    const bottom = { top: 10_000 * ROW + 40 - 480, height: 480 };
    expect(rowWindow(bottom, 10_000, ROW, OVERSCAN)).toEqual({
      start: 10_000 - 10 - OVERSCAN,
      end: 10_000,
      before: (10_000 - 10 - OVERSCAN) * ROW,
      after: 0,
    });
  });

  it('renders every row of a short table, and nothing without rows or without height', () => {
    expect(rowWindow({ top: 0, height: 480 }, 3, ROW, OVERSCAN)).toEqual({ start: 0, end: 3, before: 0, after: 0 });
    expect(rowWindow({ top: 0, height: 480 }, 0, ROW, OVERSCAN)).toEqual({ start: 0, end: 0, before: 0, after: 0 });
    expect(rowWindow({ top: 0, height: 0 }, 100, ROW, OVERSCAN)).toEqual({ start: 0, end: 0, before: 0, after: 0 });
  });
});
