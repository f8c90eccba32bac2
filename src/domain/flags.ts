import { DEFAULT_FRESHNESS_WINDOWS, type Freshness, type FreshnessWindows, freshnessOf } from './freshness';
import type { FlagCode, QualityFlag, Severity, Source } from './schemas';

/** Fixed severity of each flag code; `source_stale` becomes critical past `errorAfterHours`. */
export const FLAG_SEVERITY = {
  source_expired: 'critical',
  source_disconnected: 'critical',
  permission_missing: 'critical',
  source_stale: 'warning',
  schema_changed: 'warning',
  mapping_unconfirmed: 'info',
} as const satisfies Record<FlagCode, Severity>;

export const SEVERITY_RANK = { critical: 0, warning: 1, info: 2 } as const satisfies Record<Severity, number>;

function flag(source: Source, code: FlagCode, severity: Severity = FLAG_SEVERITY[code]): QualityFlag {
  return {
    id: `${source.id}:${code}`,
    code,
    severity,
    sourceId: source.id,
    sourceLabel: source.label,
    profileId: source.profileId,
  };
}

/** The flags one source raises, given its freshness, in the order SPEC.md lists the rules. */
/** Shared by every source without a flag: most of them, so 100,000 sources allocate far fewer arrays. */
const NO_FLAGS: readonly QualityFlag[] = Object.freeze([]);

export function flagsOfSource(source: Source, freshness: Freshness): readonly QualityFlag[] {
  if (
    source.connection === 'CONNECTED' &&
    freshness.state !== 'STALE' &&
    !source.schemaChanged &&
    !source.mappingUnconfirmed
  ) {
    return NO_FLAGS;
  }
  const flags: QualityFlag[] = [];
  if (source.connection === 'EXPIRED') flags.push(flag(source, 'source_expired'));
  if (source.connection === 'DISCONNECTED') flags.push(flag(source, 'source_disconnected'));
  if (source.connection === 'PERMISSION_MISSING') flags.push(flag(source, 'permission_missing'));
  if (freshness.state === 'STALE') {
    flags.push(flag(source, 'source_stale', freshness.pastErrorWindow ? 'critical' : 'warning'));
  }
  if (source.schemaChanged) flags.push(flag(source, 'schema_changed'));
  if (source.mappingUnconfirmed) flags.push(flag(source, 'mapping_unconfirmed'));
  return flags;
}

/** Sorts critical → warning → info; within a severity the data set's order is kept (stable). */
export function sortFlags(flags: readonly QualityFlag[]): QualityFlag[] {
  // A stable partition into the three severities: the same result as a stable sort, in one pass.
  const critical: QualityFlag[] = [];
  const warning: QualityFlag[] = [];
  const info: QualityFlag[] = [];
  for (const f of flags) {
    if (f.severity === 'critical') critical.push(f);
    else if (f.severity === 'warning') warning.push(f);
    else info.push(f);
  }
  for (const f of warning) critical.push(f);
  for (const f of info) critical.push(f);
  return critical;
}

/** Every open quality flag of a data set at `now`, sorted critical → warning → info. */
export function qualityFlagsOf(
  sources: readonly Source[],
  now: Date,
  defaults: FreshnessWindows = DEFAULT_FRESHNESS_WINDOWS,
): QualityFlag[] {
  return sortFlags(sources.flatMap((source) => flagsOfSource(source, freshnessOf(source, now, defaults))));
}

/** Open flags counted per severity. */
export function countBySeverity(flags: readonly QualityFlag[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { critical: 0, warning: 0, info: 0 };
  for (const f of flags) counts[f.severity] += 1;
  return counts;
}
