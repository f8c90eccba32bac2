/**
 * Time is always injected. Rules take the instant to judge against (`now`); a `Clock` is how a
 * host or a story supplies it, read once per evaluation so every figure on a page agrees.
 */
export interface Clock {
  now(): Date;
}

/** A clock stopped at one instant: stories, tests and screenshots never drift. */
export function fixedClock(instant: Date | string): Clock {
  const date = typeof instant === 'string' ? new Date(instant) : new Date(instant.getTime());
  if (Number.isNaN(date.getTime())) {
    throw new RangeError(`fixedClock: "${String(instant)}" is not a valid date`);
  }
  return { now: () => new Date(date.getTime()) };
}

/** The real clock, for host apps. Components never call it: they receive `now`. */
export const systemClock: Clock = { now: () => new Date() };

/** The instant of the seed page capture (SPEC.md): the default clock of every story. */
export const SEED_NOW = '2026-05-03T06:10:00Z';

export const HOUR_MS = 3_600_000;
