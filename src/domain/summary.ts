import { flagsOfSource } from './flags';
import {
  DEFAULT_FRESHNESS_WINDOWS,
  type Freshness,
  type FreshnessWindows,
  freshnessOf,
  freshnessWithin,
} from './freshness';
import type { FreshnessWindow, QualityFlag, Source, SyncStatus } from './schemas';
import { syncStatusOf } from './status';

export const HEALTH_METRICS = [
  'total',
  'connected',
  'expired',
  'permissionMissing',
  'disconnected',
  'stale',
  'schemaChanged',
  'mappingUnconfirmed',
  'criticalIssues',
] as const;
export type HealthMetric = (typeof HEALTH_METRICS)[number];
/** The derived health counts, one per metric. */
export type HealthCounts = Record<HealthMetric, number>;

/** A source with everything derived from it at one instant. */
export interface SourceView {
  source: Source;
  status: SyncStatus;
  freshness: Freshness;
  flags: readonly QualityFlag[];
}

export interface Analysis {
  /** The instant every figure was derived at. */
  now: Date;
  sources: SourceView[];
  /** Open flags, sorted critical → warning → info. */
  flags: QualityFlag[];
  summary: HealthCounts;
  /** True when at least one source is STALE: panels show "Data may be outdated". */
  possiblyOutdated: boolean;
}

/** Derives status, freshness and flags of every source, the health summary and the outdated notice, in one pass. */
export function analyse(
  sources: readonly Source[],
  now: Date,
  defaults: FreshnessWindows = DEFAULT_FRESHNESS_WINDOWS,
): Analysis {
  const summary: HealthCounts = {
    total: sources.length,
    connected: 0,
    expired: 0,
    permissionMissing: 0,
    disconnected: 0,
    stale: 0,
    schemaChanged: 0,
    mappingUnconfirmed: 0,
    criticalIssues: 0,
  };
  const views: SourceView[] = new Array(sources.length);
  // Flags go straight into their severity (data set order kept): the same as sortFlags, without a second pass.
  const critical: QualityFlag[] = [];
  const warning: QualityFlag[] = [];
  const info: QualityFlag[] = [];
  // The instant and each platform's window, read once (the same values `freshnessOf` reads per source).
  const nowMs = now.getTime();
  const shopify = defaults.SHOPIFY;
  const ga4 = defaults.GA4;
  const googleAds = defaults.GOOGLE_ADS;
  const metaAds = defaults.META_ADS;
  const tiktokAds = defaults.TIKTOK_ADS;
  for (let i = 0; i < sources.length; i++) {
    const source = sources[i] as Source;
    let window: FreshnessWindow | null | undefined = source.freshnessWindow;
    if (window === undefined) {
      switch (source.platform) {
        case 'SHOPIFY':
          window = shopify;
          break;
        case 'GA4':
          window = ga4;
          break;
        case 'GOOGLE_ADS':
          window = googleAds;
          break;
        case 'META_ADS':
          window = metaAds;
          break;
        case 'TIKTOK_ADS':
          window = tiktokAds;
          break;
      }
    }
    const freshness = freshnessWithin(source, nowMs, window as FreshnessWindow | null);
    const flags = flagsOfSource(source, freshness);
    views[i] = { source, status: syncStatusOf(source), freshness, flags };
    for (let k = 0; k < flags.length; k++) {
      const f = flags[k] as QualityFlag;
      if (f.severity === 'critical') critical.push(f);
      else if (f.severity === 'warning') warning.push(f);
      else info.push(f);
    }
    if (source.connection === 'CONNECTED') summary.connected += 1;
    else if (source.connection === 'EXPIRED') summary.expired += 1;
    else if (source.connection === 'PERMISSION_MISSING') summary.permissionMissing += 1;
    else summary.disconnected += 1;
    if (freshness.state === 'STALE') summary.stale += 1;
    if (source.schemaChanged) summary.schemaChanged += 1;
    if (source.mappingUnconfirmed) summary.mappingUnconfirmed += 1;
  }
  summary.criticalIssues = critical.length;
  for (const f of warning) critical.push(f);
  for (const f of info) critical.push(f);
  return { now, sources: views, flags: critical, summary, possiblyOutdated: summary.stale > 0 };
}

/** "Data may be outdated" shows on a panel whose sources include a STALE one. */
export function isPossiblyOutdated(
  sources: readonly Source[],
  now: Date,
  defaults: FreshnessWindows = DEFAULT_FRESHNESS_WINDOWS,
): boolean {
  return sources.some((source) => freshnessOf(source, now, defaults).state === 'STALE');
}

export type { Freshness };

/** Rank of a source by what it needs: its worst flag (critical 0, warning 1, info 2), else 3 (healthy). */
function attentionRank(view: SourceView): number {
  // A source's flags are in rule order, not by severity: take the most severe.
  let rank = 3;
  for (const flag of view.flags) {
    const r = flag.severity === 'critical' ? 0 : flag.severity === 'warning' ? 1 : 2;
    if (r < rank) rank = r;
  }
  return rank;
}

/**
 * The same analysis with its sources ordered by what they need, so the ones to act on come first:
 * a critical flag (token expired, disconnected, permission missing, overdue), then a warning
 * (stale, schema changed), then information only (mapping unconfirmed), then healthy sources. The
 * data set's order is kept within each group. Seed at 2026-05-03T06:10:00Z: Google Ads Suisse,
 * Meta Ads Suisse, Shopify Espagne, then Shopify Suisse, GA4 Suisse, then GA4 France, then the 4
 * healthy sources.
 */
export function byAttention(analysis: Analysis): Analysis {
  const groups: SourceView[][] = [[], [], [], []];
  for (const view of analysis.sources) (groups[attentionRank(view)] as SourceView[]).push(view);
  return { ...analysis, sources: groups.flat() };
}
