import { describe, expect, it } from 'vitest';
import { fixtures } from '../../fixtures';
import {
  analyse,
  DataSetSchema,
  fixedClock,
  flagKey,
  flagsOfSource,
  freshnessOf,
  HOUR_MS,
  isPossiblyOutdated,
  parseDataSet,
  qualityFlagsOf,
  SEED_NOW,
  type Source,
  type SourceInput,
  SourceSchema,
  syncStatusOf,
} from '../../src/domain';
import { SEED_FRESHNESS, SEED_HEALTH } from '../helpers/seed-figures';

const now = fixedClock(SEED_NOW).now();
const seed = fixtures.seed;
const byLabel = (label: string): Source => {
  const source = seed.sources.find((s) => s.label === label);
  if (!source) throw new Error(`no source ${label}`);
  return source;
};

describe('seed data set at 2026-05-03T06:10:00Z', () => {
  it('derives the health summary of the seed page', () => {
    expect(analyse(seed.sources, now).summary).toEqual(SEED_HEALTH);
  });

  it('derives freshness exactly as the seed\'s "Data Freshness" table', () => {
    const table = seed.sources.map((s) => [s.label, freshnessOf(s, now).state]);
    expect(table).toEqual(SEED_FRESHNESS.map(([label, state]) => [label, state]));
  });

  it('derives the sync statuses of the seed\'s "Source Sync Status" table', () => {
    expect(seed.sources.map((s) => [s.label, syncStatusOf(s)])).toEqual([
      ['Shopify France', 'CONNECTED'],
      ['GA4 France', 'CONNECTED'],
      ['Google Ads France', 'CONNECTED'],
      ['Meta Ads France', 'CONNECTED'],
      ['TikTok Ads France', 'CONNECTED_DISABLED'],
      ['Shopify Suisse', 'CONNECTED'],
      ['GA4 Suisse', 'CONNECTED'],
      ['Google Ads Suisse', 'PERMISSION_MISSING'],
      ['Meta Ads Suisse', 'DISCONNECTED'],
      ['Shopify Espagne', 'EXPIRED'],
    ]);
  });

  it('raises the six flags of the seed, one per affected source, sorted critical → warning → info', () => {
    const flags = qualityFlagsOf(seed.sources, now);
    expect(flags.map((f) => [f.severity, f.code, f.sourceLabel])).toEqual([
      ['critical', 'permission_missing', 'Google Ads Suisse'],
      ['critical', 'source_disconnected', 'Meta Ads Suisse'],
      ['critical', 'source_expired', 'Shopify Espagne'],
      ['warning', 'schema_changed', 'Shopify Suisse'],
      ['warning', 'source_stale', 'GA4 Suisse'],
      ['info', 'mapping_unconfirmed', 'GA4 France'],
    ]);
    expect(new Set(flags.map(flagKey)).size).toBe(flags.length);
  });

  it('says "Data may be outdated" because GA4 Suisse is stale, and not once it is fresh', () => {
    expect(isPossiblyOutdated(seed.sources, now)).toBe(true);
    const refreshed = seed.sources.map((s) =>
      s.label === 'GA4 Suisse' ? { ...s, lastSuccessfulSyncAt: '2026-05-03T06:00:00Z' } : s,
    );
    expect(isPossiblyOutdated(refreshed, now)).toBe(false);
    expect(analyse(refreshed, now).possiblyOutdated).toBe(false);
  });

  it('analyse() agrees with the single-purpose rules', () => {
    const analysis = analyse(seed.sources, now);
    expect(analysis.summary).toEqual(SEED_HEALTH);
    expect(analysis.flags).toEqual(qualityFlagsOf(seed.sources, now));
    expect(analysis.sources.map((v) => v.freshness)).toEqual(seed.sources.map((s) => freshnessOf(s, now)));
    expect(analysis.sources.map((v) => v.status)).toEqual(seed.sources.map((s) => syncStatusOf(s)));
    expect(analysis.possiblyOutdated).toBe(isPossiblyOutdated(seed.sources, now));
    expect(analysis.possiblyOutdated).toBe(true);
  });

  it('reports the age of GA4 Suisse as 3 days and 40 minutes', () => {
    expect(freshnessOf(byLabel('GA4 Suisse'), now).ageMs).toBe(3 * 24 * HOUR_MS + 40 * 60_000);
  });
});

describe('freshness rule', () => {
  const fresh = byLabel('Shopify France');
  const at = (iso: string | null, extra: Partial<Source> = {}): Source => ({
    ...fresh,
    lastSuccessfulSyncAt: iso,
    ...extra,
  });
  const edge = new Date(now.getTime() - 24 * HOUR_MS).toISOString();
  const pastEdge = new Date(now.getTime() - 24 * HOUR_MS - 1).toISOString();

  it('is FRESH when the age equals the window exactly', () => {
    expect(freshnessOf(at(edge), now).state).toBe('FRESH');
  });

  it('is STALE one millisecond past the window', () => {
    expect(freshnessOf(at(pastEdge), now).state).toBe('STALE');
  });

  it('is MISSING without a successful sync', () => {
    expect(freshnessOf(at(null), now).state).toBe('MISSING');
  });

  it('is UNKNOWN when disabled, even with an old sync', () => {
    expect(freshnessOf(at('2026-01-01T00:00:00Z', { enabled: false }), now).state).toBe('UNKNOWN');
  });

  it('is UNKNOWN when the source has no window (null), even with an old sync', () => {
    expect(freshnessOf(at('2026-01-01T00:00:00Z', { freshnessWindow: null }), now).state).toBe('UNKNOWN');
  });

  it('uses a per-source window over the platform default', () => {
    const source = at('2026-05-02T00:00:00Z', { freshnessWindow: { warnAfterHours: 48 } });
    expect(freshnessOf(source, now).state).toBe('FRESH');
    expect(freshnessOf(at('2026-05-02T00:00:00Z'), now).state).toBe('STALE');
  });

  it('uses injected platform defaults', () => {
    const defaults = {
      SHOPIFY: { warnAfterHours: 1 },
      GA4: { warnAfterHours: 24 },
      GOOGLE_ADS: { warnAfterHours: 24 },
      META_ADS: { warnAfterHours: 24 },
      TIKTOK_ADS: { warnAfterHours: 24 },
    };
    expect(freshnessOf(at('2026-05-03T05:00:00Z'), now, defaults).state).toBe('STALE');
    expect(freshnessOf(at('2026-05-03T05:10:00Z'), now, defaults).state).toBe('FRESH');
  });

  it('turns source_stale critical past errorAfterHours, warning before it', () => {
    const window = { warnAfterHours: 24, errorAfterHours: 72 };
    const warning = at('2026-05-01T06:10:00Z', { freshnessWindow: window });
    const critical = at('2026-04-30T06:09:59Z', { freshnessWindow: window });
    expect(qualityFlagsOf([warning], now).map((f) => f.severity)).toEqual(['warning']);
    expect(qualityFlagsOf([critical], now).map((f) => f.severity)).toEqual(['critical']);
    expect(analyse([critical], now).summary.criticalIssues).toBe(1);
  });

  it('keeps the last completed result while a sync runs', () => {
    const syncing = at(pastEdge, { syncStartedAt: '2026-05-03T06:09:00Z' });
    const result = freshnessOf(syncing, now);
    expect(result.state).toBe('STALE');
    expect(result.syncing).toBe(true);
  });

  it('depends only on the injected instant', () => {
    const later = new Date(now.getTime() + 24 * HOUR_MS);
    expect(freshnessOf(fresh, now).state).toBe('FRESH');
    expect(freshnessOf(fresh, later).state).toBe('STALE');
  });
});

describe('flags and analyse over every combination', () => {
  const base = byLabel('Shopify France');
  const stale = new Date(now.getTime() - 30 * HOUR_MS).toISOString();
  const older = new Date(now.getTime() - 80 * HOUR_MS).toISOString();
  const connections = ['CONNECTED', 'EXPIRED', 'DISCONNECTED', 'PERMISSION_MISSING'] as const;
  const combinations: Source[] = [];
  for (const connection of connections) {
    for (const lastSuccessfulSyncAt of [null, '2026-05-03T06:00:00Z', stale, older]) {
      for (const schemaChanged of [false, true]) {
        for (const mappingUnconfirmed of [false, true]) {
          combinations.push({
            ...base,
            id: `c${combinations.length}`,
            connection,
            lastSuccessfulSyncAt,
            schemaChanged,
            mappingUnconfirmed,
            freshnessWindow: combinations.length % 3 === 0 ? { warnAfterHours: 24, errorAfterHours: 72 } : undefined,
          });
        }
      }
    }
  }

  it('raises the flags of a source in rule order, whatever the combination', () => {
    for (const source of combinations) {
      const freshness = freshnessOf(source, now);
      const expected = [
        source.connection === 'EXPIRED' ? 'source_expired' : null,
        source.connection === 'DISCONNECTED' ? 'source_disconnected' : null,
        source.connection === 'PERMISSION_MISSING' ? 'permission_missing' : null,
        freshness.state === 'STALE' ? 'source_stale' : null,
        source.schemaChanged ? 'schema_changed' : null,
        source.mappingUnconfirmed ? 'mapping_unconfirmed' : null,
      ].filter((code) => code !== null);
      const flags = flagsOfSource(source, freshness);
      expect(flags.map((f) => f.code)).toEqual(expected);
      expect(flags.every((f) => f.sourceId === source.id && f.profileId === source.profileId)).toBe(true);
      const staleFlag = flags.find((f) => f.code === 'source_stale');
      if (staleFlag) expect(staleFlag.severity).toBe(freshness.pastErrorWindow ? 'critical' : 'warning');
    }
  });

  it('analyse() agrees with the single-purpose rules, with per-source windows and injected defaults', () => {
    const defaults = {
      SHOPIFY: { warnAfterHours: 1 },
      GA4: { warnAfterHours: 12, errorAfterHours: 48 },
      GOOGLE_ADS: { warnAfterHours: 24 },
      META_ADS: { warnAfterHours: 36 },
      TIKTOK_ADS: { warnAfterHours: 72 },
    };
    const platforms = ['SHOPIFY', 'GA4', 'GOOGLE_ADS', 'META_ADS', 'TIKTOK_ADS'] as const;
    const sources = combinations.map((s, i) => ({
      ...s,
      platform: platforms[i % platforms.length] as Source['platform'],
    }));
    for (const windows of [undefined, defaults]) {
      const analysis = analyse(sources, now, windows);
      expect(analysis.sources.map((v) => v.freshness)).toEqual(sources.map((s) => freshnessOf(s, now, windows)));
      expect(analysis.sources.map((v) => v.flags)).toEqual(
        sources.map((s) => flagsOfSource(s, freshnessOf(s, now, windows))),
      );
      expect(analysis.flags).toEqual(qualityFlagsOf(sources, now, windows));
    }
  });
});

describe('fixed clock', () => {
  it('always returns the same instant, as a fresh Date', () => {
    const clock = fixedClock(SEED_NOW);
    const a = clock.now();
    a.setFullYear(2000);
    expect(clock.now().toISOString()).toBe('2026-05-03T06:10:00.000Z');
  });

  it('refuses an invalid date', () => {
    expect(() => fixedClock('not a date')).toThrow(/`fixedClock` must be a Date or an ISO-8601 date-time/);
    expect(() => fixedClock('2026-05-03')).toThrow(/got "2026-05-03"/);
  });
});

describe('malformed input gives a zod error that names the field', () => {
  const good: SourceInput = {
    id: 'shopify-fr',
    label: 'Shopify France',
    profileId: 'profile-fr',
    platform: 'SHOPIFY',
    connection: 'CONNECTED',
    enabled: true,
    lastSuccessfulSyncAt: '2026-05-03T06:00:00Z',
  };
  const profile = { id: 'profile-fr', name: 'Profile France', timeZone: 'Europe/Paris' };
  const dataSet = (...sources: unknown[]) => ({ profiles: [profile], sources });
  const without = (key: keyof SourceInput) => {
    const copy: Record<string, unknown> = { ...good };
    delete copy[key];
    return copy;
  };

  const cases: Array<[string, unknown, string, RegExp]> = [
    ['missing label', dataSet(without('label')), 'sources[0].label', /label is required/i],
    ['empty label', dataSet({ ...good, label: '' }), 'sources[0].label', /must not be empty/],
    ['blank label', dataSet({ ...good, label: '   ' }), 'sources[0].label', /must not be empty/],
    ['label not a string', dataSet({ ...good, label: 42 }), 'sources[0].label', /label is required/i],
    ['unknown platform', dataSet({ ...good, platform: 'PINTEREST' }), 'sources[0].platform', /SHOPIFY/],
    ['unknown connection', dataSet({ ...good, connection: 'PAUSED' }), 'sources[0].connection', /CONNECTED/],
    [
      'unparsable date',
      dataSet({ ...good, lastSuccessfulSyncAt: 'yesterday' }),
      'sources[0].lastSuccessfulSyncAt',
      /ISO-8601/,
    ],
    [
      'date without time zone',
      dataSet({ ...good, lastSuccessfulSyncAt: '2026-05-03T06:00:00' }),
      'sources[0].lastSuccessfulSyncAt',
      /time zone/,
    ],
    [
      'negative window',
      dataSet({ ...good, freshnessWindow: { warnAfterHours: -1 } }),
      'sources[0].freshnessWindow.warnAfterHours',
      /greater than 0/,
    ],
    [
      'zero window',
      dataSet({ ...good, freshnessWindow: { warnAfterHours: 0 } }),
      'sources[0].freshnessWindow.warnAfterHours',
      /greater than 0/,
    ],
    [
      'error window before warn window',
      dataSet({ ...good, freshnessWindow: { warnAfterHours: 24, errorAfterHours: 12 } }),
      'sources[0].freshnessWindow.errorAfterHours',
      /greater than warnAfterHours/,
    ],
    ['enabled not a boolean', dataSet({ ...good, enabled: 'yes' }), 'sources[0].enabled', /true or false/],
    ['missing id', dataSet(without('id')), 'sources[0].id', /string identifier/],
    ['duplicate ids', dataSet(good, { ...good, label: 'Copy' }), 'sources[1].id', /Duplicate source id "shopify-fr"/],
    [
      'unknown profile reference',
      dataSet({ ...good, profileId: 'profile-xx' }),
      'sources[0].profileId',
      /Unknown profile "profile-xx"/,
    ],
    ['unknown field (typo)', dataSet({ ...good, lable: 'Typo' }), 'sources[0]', /lable/],
    [
      'invalid time zone',
      { profiles: [{ ...profile, timeZone: 'Mars/Olympus' }], sources: [] },
      'profiles[0].timeZone',
      /IANA time zone/,
    ],
    ['duplicate profile ids', { profiles: [profile, profile], sources: [] }, 'profiles[1].id', /Duplicate profile id/],
    ['sources not an array', { profiles: [profile], sources: {} }, 'sources', /array/],
    ['label too long', dataSet({ ...good, label: 'x'.repeat(501) }), 'sources[0].label', /at most 500/],
  ];

  it.each(cases)('%s', (_name, input, path, message) => {
    const result = parseDataSet(input);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const issue = result.issues.find((i) => i.path === path);
    expect(issue, `expected an issue at ${path}, got ${result.message}`).toBeDefined();
    expect(issue?.message).toMatch(message);
    expect(result.message).toContain(path);
  });

  it('accepts the well-formed source and fills defaults', () => {
    const parsed = SourceSchema.parse(good);
    expect(parsed).toMatchObject({ schemaChanged: false, mappingUnconfirmed: false, syncStartedAt: null });
    expect(DataSetSchema.safeParse(dataSet(good)).success).toBe(true);
  });
});
