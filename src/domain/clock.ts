/**
 * Time is always injected. Rules take the instant to judge against (`now`); a `Clock` is how a
 * host or a story supplies it, read once per evaluation so every figure on a page agrees.
 */
export interface Clock {
  now(): Date;
}

/** An ISO-8601 date-time with a time zone: `2026-05-03T06:10:00Z`, `2026-05-03T08:10:00.000+02:00`. */
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/i;

/**
 * Reads an instant given as a `Date` or an ISO-8601 date-time string with a time zone, once.
 * Anything else (a date without a time, `03/05/2026`, an invalid `Date`) throws a `RangeError` that
 * names `name` (the prop or argument it came from) and what it got: a wrong clock would otherwise
 * judge every source silently.
 */
export function toInstant(value: Date | string, name = 'now'): Date {
  const ms =
    value instanceof Date
      ? value.getTime()
      : typeof value === 'string' && INSTANT.test(value)
        ? Date.parse(value)
        : Number.NaN;
  if (Number.isNaN(ms)) {
    const shown = value instanceof Date ? 'an invalid Date' : JSON.stringify(value);
    throw new RangeError(
      `integrations-ui: \`${name}\` must be a Date or an ISO-8601 date-time with a time zone; got ${shown}.`,
    );
  }
  return new Date(ms);
}

/** A clock stopped at one instant: stories, tests and screenshots never drift. */
export function fixedClock(instant: Date | string): Clock {
  const date = toInstant(instant, 'fixedClock');
  return { now: () => new Date(date.getTime()) };
}

/** The real clock, for host apps. Components never call it: they receive `now`. */
export const systemClock: Clock = { now: () => new Date() };

/** The instant the seed page was captured at (2026-05-03T06:10:00Z): the default clock of every story. */
export const SEED_NOW = '2026-05-03T06:10:00Z';

export const HOUR_MS = 3_600_000;
