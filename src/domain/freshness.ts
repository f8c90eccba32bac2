import { HOUR_MS } from './clock';
import type { FreshnessState, FreshnessWindow, Platform, Source } from './schemas';

/** The window each platform gets when a source sets none (24 h on every platform; a source can set its own). */
export const DEFAULT_FRESHNESS_WINDOWS = {
  SHOPIFY: { warnAfterHours: 24 },
  GA4: { warnAfterHours: 24 },
  GOOGLE_ADS: { warnAfterHours: 24 },
  META_ADS: { warnAfterHours: 24 },
  TIKTOK_ADS: { warnAfterHours: 24 },
} as const satisfies Record<Platform, FreshnessWindow>;

export type FreshnessWindows = Readonly<Record<Platform, FreshnessWindow>>;

export interface Freshness {
  state: FreshnessState;
  /** `now − lastSuccessfulSyncAt` in ms, or `null` without a successful sync. */
  ageMs: number | null;
  /** The window that applied, or `null` when there is no expectation. */
  window: FreshnessWindow | null;
  /** True when the age also exceeds `errorAfterHours` (the stale flag becomes critical). */
  pastErrorWindow: boolean;
  /** True while a sync runs; the state still describes the last completed sync. */
  syncing: boolean;
}

/**
 * The freshness shown to people: the four states of the data, and `OVERDUE` for a `STALE` source
 * whose age also exceeds its window's `errorAfterHours` (its `source_stale` flag is then critical).
 * Data and analysis keep the four states; the level only tells people how much worse it is.
 */
export type FreshnessLevel = FreshnessState | 'OVERDUE';

/** Every freshness level, from the best to the worst of a synced source, then without a sync or a window. */
export const FRESHNESS_LEVELS = [
  'FRESH',
  'STALE',
  'OVERDUE',
  'MISSING',
  'UNKNOWN',
] as const satisfies readonly FreshnessLevel[];
// Fails to compile when a level is missing from the list.
true satisfies [Exclude<FreshnessLevel, (typeof FRESHNESS_LEVELS)[number]>] extends [never] ? true : never;

/** The level a freshness is shown at: `OVERDUE` when it is `STALE` and past its error window, else its state. */
export function freshnessLevel(f: Pick<Freshness, 'state' | 'pastErrorWindow'>): FreshnessLevel {
  return f.state === 'STALE' && f.pastErrorWindow ? 'OVERDUE' : f.state;
}

/** The window that applies to a source: its own, else its platform's default. */
export function windowFor(
  source: Pick<Source, 'platform' | 'freshnessWindow'>,
  defaults: FreshnessWindows = DEFAULT_FRESHNESS_WINDOWS,
): FreshnessWindow | null {
  return source.freshnessWindow === undefined ? defaults[source.platform] : source.freshnessWindow;
}

/**
 * dbt's source-freshness rule, made explicit:
 * UNKNOWN when disabled or without a window; MISSING without a successful sync;
 * STALE when `now − lastSuccessfulSyncAt` is strictly greater than the window; otherwise FRESH.
 */
export function freshnessOf(
  source: Source,
  now: Date,
  defaults: FreshnessWindows = DEFAULT_FRESHNESS_WINDOWS,
): Freshness {
  return freshnessWithin(source, now.getTime(), windowFor(source, defaults));
}

/**
 * `freshnessOf` with the instant in ms and the window already chosen (`windowFor`): the one rule,
 * for callers that judge many sources at one instant and look the windows up once.
 */
export function freshnessWithin(source: Source, nowMs: number, window: FreshnessWindow | null): Freshness {
  const syncing = source.syncStartedAt !== null;
  const lastMs = source.lastSuccessfulSyncAt === null ? Number.NaN : parseInstant(source.lastSuccessfulSyncAt);
  const ageMs = Number.isNaN(lastMs) ? null : nowMs - lastMs;
  if (!source.enabled || window === null) {
    return { state: 'UNKNOWN', ageMs, window, pastErrorWindow: false, syncing };
  }
  if (ageMs === null) {
    return { state: 'MISSING', ageMs, window, pastErrorWindow: false, syncing };
  }
  const stale = ageMs > window.warnAfterHours * HOUR_MS;
  const pastErrorWindow = stale && window.errorAfterHours !== undefined && ageMs > window.errorAfterHours * HOUR_MS;
  return { state: stale ? 'STALE' : 'FRESH', ageMs, window, pastErrorWindow, syncing };
}

const digit = (text: string, at: number): number => {
  const code = text.charCodeAt(at) - 0x30;
  return code >= 0 && code <= 9 ? code : Number.NaN;
};
const two = (text: string, at: number): number => digit(text, at) * 10 + digit(text, at + 1);
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const DAY_MS = 86_400_000;
const DASH = 0x2d;
const COLON = 0x3a;
const T = 0x54;
const Z = 0x5a;
const DOT = 0x2e;

/**
 * Days from 1970-01-01 to a valid proleptic Gregorian date (year ≥ 1), in whole-number arithmetic:
 * years start in March, so the leap day is the last day of its year, and every 400 years have the
 * same 146,097 days. The same figure `Date.UTC` reaches, without a call into the engine's date code.
 */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const monthFromMarch = month > 2 ? month - 3 : month + 9;
  const dayOfYear = Math.floor((153 * monthFromMarch + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/**
 * `Date.parse` for UTC instants as data sets write them (`2026-05-03T06:10:00Z`, optionally with
 * `.sss`), read field by field: the rules read one per source, and 100,000 sources must be judged
 * in a few milliseconds. Anything else goes to `Date.parse` itself, so the result is always the
 * same as `Date.parse(iso)`.
 */
export function parseInstant(iso: string): number {
  const n = iso.length;
  if (
    n < 20 ||
    iso.charCodeAt(4) !== DASH ||
    iso.charCodeAt(7) !== DASH ||
    iso.charCodeAt(10) !== T ||
    iso.charCodeAt(13) !== COLON ||
    iso.charCodeAt(16) !== COLON
  ) {
    return Date.parse(iso);
  }
  const year = two(iso, 0) * 100 + two(iso, 2);
  const month = two(iso, 5);
  const day = two(iso, 8);
  const hour = two(iso, 11);
  const minute = two(iso, 14);
  const second = two(iso, 17);
  // Milliseconds as `toISOString` writes them (three digits); other precisions go to Date.parse.
  const fraction = iso.charCodeAt(19) === DOT;
  const ms = fraction ? digit(iso, 20) * 100 + two(iso, 21) : 0;
  const at = fraction ? 23 : 19;
  // Data sets write UTC (`Z`); an instant with an offset is as valid, and `Date.parse` reads it.
  if (iso.charCodeAt(at) !== Z || at + 1 !== n) return Date.parse(iso);
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const monthDays = month === 2 && leap ? 29 : (DAYS_IN_MONTH[month - 1] ?? 0);
  // NaN fails every comparison: a non-digit anywhere falls back too (in the milliseconds it makes
  // the sum NaN, as Date.parse is).
  if (!(year >= 100 && month >= 1 && day >= 1 && day <= monthDays && hour <= 23 && minute <= 59 && second <= 59)) {
    return Date.parse(iso);
  }
  return daysFromCivil(year, month, day) * DAY_MS + ((hour * 60 + minute) * 60 + second) * 1000 + ms;
}
