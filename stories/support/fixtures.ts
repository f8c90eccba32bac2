import { fixtures } from '../../fixtures';
import type { FreshnessCellProps } from '../../src/components/FreshnessCell';
import { type DataSet, freshnessOf, SEED_NOW, type Source } from '../../src/domain';

export const seedNow = new Date(SEED_NOW);

/** A source of a fixture by id, failing loudly when the fixture changes under a story. */
export function sourceOf(dataSet: DataSet, id: string): Source {
  const source = dataSet.sources.find((s) => s.id === id);
  if (!source) throw new Error(`fixture has no source "${id}"`);
  return source;
}

/** FreshnessCell props for a fixture source, judged at the seed's instant by the domain rule. */
export function freshnessCellProps(
  id: string,
  dataSet: DataSet = fixtures.everyFreshness,
  now = seedNow,
): FreshnessCellProps {
  const source = sourceOf(dataSet, id);
  const profile = dataSet.profiles.find((p) => p.id === source.profileId);
  return {
    freshness: freshnessOf(source, now),
    lastSuccessfulSyncAt: source.lastSuccessfulSyncAt,
    syncStartedAt: source.syncStartedAt,
    timeZone: profile?.timeZone ?? 'UTC',
  };
}
