/** How an age is worded: a count of one unit, or (past 30 days) the absolute date instead. */
export type AgeWording =
  | { kind: 'relative'; value: number; unit: 'second' | 'minute' | 'hour' | 'day' }
  | { kind: 'absolute' };

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Past this age the exact date says more than "45 days ago". */
export const ABSOLUTE_AFTER_MS = 30 * DAY;

/**
 * Picks the unit for an age in ms, rounding down: 3 days 40 minutes is "3 days ago", 23 h 59 min is
 * "23 hours ago". Negative ages (a sync time after `now`: clock skew) are worded as zero.
 */
export function ageWording(ageMs: number): AgeWording {
  const age = Math.max(0, ageMs);
  if (age > ABSOLUTE_AFTER_MS) return { kind: 'absolute' };
  if (age >= DAY) return { kind: 'relative', value: Math.floor(age / DAY), unit: 'day' };
  if (age >= HOUR) return { kind: 'relative', value: Math.floor(age / HOUR), unit: 'hour' };
  if (age >= MINUTE) return { kind: 'relative', value: Math.floor(age / MINUTE), unit: 'minute' };
  return { kind: 'relative', value: Math.floor(age / 1000), unit: 'second' };
}

/** True once `now` has reached the sunset instant (legacy route notices switch wording). */
export function isPastSunset(sunsetAt: string, now: Date): boolean {
  const sunset = Date.parse(sunsetAt);
  return !Number.isNaN(sunset) && now.getTime() >= sunset;
}
