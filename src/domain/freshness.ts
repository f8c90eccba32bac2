import { HOUR_MS } from './clock';
import type { FreshnessState, FreshnessWindow, Platform, Source } from './schemas';

/** The window each platform gets when a source sets none (SPEC.md: 24 h unless the data says otherwise). */
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
  const window = windowFor(source, defaults);
  const syncing = source.syncStartedAt !== null;
  const lastMs = source.lastSuccessfulSyncAt === null ? Number.NaN : Date.parse(source.lastSuccessfulSyncAt);
  const ageMs = Number.isNaN(lastMs) ? null : now.getTime() - lastMs;
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
