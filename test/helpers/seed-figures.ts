import type { FreshnessState, HealthCounts } from '../../src/domain';

/**
 * The figures the seed page shows (its Source Health and Data Freshness tables), written out once: the domain tests and the stories
 * assert the rules and components against them.
 */

/** "Source Health" at 2026-05-03T06:10:00Z. */
export const SEED_HEALTH: HealthCounts = {
  total: 10,
  connected: 7,
  expired: 1,
  permissionMissing: 1,
  disconnected: 1,
  stale: 1,
  schemaChanged: 1,
  mappingUnconfirmed: 1,
  criticalIssues: 3,
};

/** "Data Freshness": source, freshness and last successful sync, in the seed's order. */
export const SEED_FRESHNESS: ReadonlyArray<readonly [string, FreshnessState, string | null]> = [
  ['Shopify France', 'FRESH', '2026-05-03T06:00:00Z'],
  ['GA4 France', 'FRESH', '2026-05-03T05:30:00Z'],
  ['Google Ads France', 'FRESH', '2026-05-03T05:45:00Z'],
  ['Meta Ads France', 'FRESH', '2026-05-03T05:50:00Z'],
  ['TikTok Ads France', 'UNKNOWN', null],
  ['Shopify Suisse', 'FRESH', '2026-05-03T06:05:00Z'],
  ['GA4 Suisse', 'STALE', '2026-04-30T05:30:00Z'],
  ['Google Ads Suisse', 'MISSING', null],
  ['Meta Ads Suisse', 'MISSING', null],
  ['Shopify Espagne', 'MISSING', null],
];
