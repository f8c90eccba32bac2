import { describe, expect, it } from 'vitest';
import {
  FixtureError,
  fixtures,
  generateDataSetInput,
  generatedFixture,
  invalidFixtureInput,
  loadFixture,
} from '../../fixtures';
import { analyse, FRESHNESS_STATES, parseDataSet, SEED_NOW, SYNC_STATUSES } from '../../src/domain';
import { MS_PER, timeoutFor } from '../helpers/work';

const now = new Date(SEED_NOW);

describe('fixtures', () => {
  // "parses every named state through the schemas" is in fixture-inputs.test.ts: it imports the raw
  // inputs only, so a broken fixture fails there as an assertion naming it (this file cannot load then).

  it('fails loudly, naming the fixture and the field, when a fixture is invalid', () => {
    expect(() => loadFixture('broken', invalidFixtureInput as never)).toThrow(FixtureError);
    expect(() => loadFixture('broken', invalidFixtureInput as never)).toThrow(
      /Fixture "broken".*\n(.|\n)*sources\[1\]\.label/,
    );
  });

  it('keeps the invalid state raw, with its three problems named', () => {
    const result = parseDataSet(invalidFixtureInput);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((i) => i.path)).toEqual([
      'sources[1].label',
      'sources[2].platform',
      'sources[3].lastSuccessfulSyncAt',
    ]);
  });

  it('covers every sync status', () => {
    const statuses = new Set(analyse(fixtures.everyConnection.sources, now).sources.map((v) => v.status));
    expect([...statuses].sort()).toEqual([...SYNC_STATUSES].sort());
  });

  it('covers every freshness state, the window edge and a critical stale source', () => {
    const analysis = analyse(fixtures.everyFreshness.sources, now);
    expect(new Set(analysis.sources.map((v) => v.freshness.state))).toEqual(new Set(FRESHNESS_STATES));
    const edge = analysis.sources.find((v) => v.source.id === 'f-edge');
    expect(edge?.freshness).toMatchObject({ state: 'FRESH', ageMs: 24 * 3_600_000 });
    expect(analysis.flags.some((f) => f.code === 'source_stale' && f.severity === 'critical')).toBe(true);
    expect(analysis.sources.some((v) => v.freshness.syncing)).toBe(true);
  });

  it('covers every severity', () => {
    const severities = analyse(fixtures.everySeverity.sources, now).flags.map((f) => f.severity);
    expect(severities).toEqual(['critical', 'warning', 'info']);
  });

  it('has the empty, one-profile, many-profiles and hostile states', () => {
    expect(fixtures.empty.sources).toHaveLength(0);
    expect(new Set(fixtures.oneProfile.sources.map((s) => s.profileId)).size).toBe(1);
    expect(new Set(fixtures.manyProfiles.sources.map((s) => s.profileId)).size).toBe(12);
    const labels = fixtures.hostileLabels.sources.map((s) => s.label);
    expect(labels.some((l) => l.length === 200)).toBe(true);
    expect(labels.some((l) => l.includes('<script>'))).toBe(true);
    expect(labels.some((l) => /[\u0590-\u06ff]/.test(l))).toBe(true);
  });

  it('has a healthy state with no flag', () => {
    const analysis = analyse(fixtures.allHealthy.sources, now);
    expect(analysis.flags).toEqual([]);
    expect(analysis.summary.connected).toBe(analysis.summary.total);
  });

  it(
    'generates 1,000 and 10,000 sources deterministically',
    () => {
      expect(generateDataSetInput({ count: 1000 })).toEqual(generateDataSetInput({ count: 1000 }));
      expect(generateDataSetInput({ count: 1000, seed: 1 })).not.toEqual(
        generateDataSetInput({ count: 1000, seed: 2 }),
      );
      const big = generatedFixture(10_000);
      expect(big.sources).toHaveLength(10_000);
      expect(generatedFixture(1000).sources).toHaveLength(1000);
      const summary = analyse(big.sources, now).summary;
      // A realistic mix: every kind of problem appears.
      for (const metric of ['expired', 'permissionMissing', 'disconnected', 'stale', 'schemaChanged'] as const) {
        expect(summary[metric], metric).toBeGreaterThan(0);
      }
    },
    timeoutFor(4 * 1_000 + 2 * 10_000, MS_PER.source),
  );
});
