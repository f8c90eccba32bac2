/**
 * The time a test that does a lot of work may take, from the amount of work rather than a flat
 * 5 s. Vitest's default suits a test that checks a few values; a test that parses 10,000 sources
 * or sweeps 600,000 instants does thousands of times more, and on a busy 2-core CI machine (other
 * jobs beside it, every browser project running at once) it may get a tenth of a core. The
 * allowance is per unit of work, generous enough for that (about 30× what one unit takes on a
 * quiet machine of this kind), and never below the default.
 *
 *   it('sorts 10,000 sources', () => { … }, timeoutFor(10_000, MS_PER.source));
 */
export const MS_PER = {
  /** Parsing, analysing, sorting or filtering one source (quiet: ~0.05 ms). */
  source: 1.6,
  /** Reading one instant with `parseInstant` and `Date.parse` (quiet: ~0.0015 ms). */
  instant: 0.05,
  /** Sorting and checking one label in one locale (quiet: ~0.04 ms). */
  label: 1.2,
} as const;

export function timeoutFor(units: number, msPerUnit: number): number {
  return Math.max(5_000, Math.ceil(units * msPerUnit));
}
