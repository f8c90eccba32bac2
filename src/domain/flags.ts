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

/**
 * A flag's identity: one flag per code per source, so `sourceId` and `code` name it. Built where a
 * key is needed (the rendered rows) rather than stored: 100,000 sources raise about 50,000 flags,
 * and a stored id string each made the rules a fifth slower.
 */
export function flagKey(flag: Pick<QualityFlag, 'sourceId' | 'code'>): string {
  return `${flag.sourceId}:${flag.code}`;
}

function flag(source: Source, code: FlagCode, severity: Severity = FLAG_SEVERITY[code]): QualityFlag {
  return {
    code,
    severity,
    sourceId: source.id,
    sourceLabel: source.label,
    profileId: source.profileId,
  };
}

/** Shared by every source without a flag: most of them, so 100,000 sources allocate far fewer arrays. */
const NO_FLAGS: readonly QualityFlag[] = Object.freeze([]);

/** The flags one source raises, given its freshness, in rule order: connection, stale, schema changed, mapping unconfirmed. */
export function flagsOfSource(source: Source, freshness: Freshness): readonly QualityFlag[] {
  const stale = freshness.state === 'STALE';
  const { schemaChanged, mappingUnconfirmed } = source;
  // The flag the connection raises, if any (a switch: constant strings compare by identity).
  let connection: FlagCode | null;
  switch (source.connection) {
    case 'CONNECTED':
      connection = null;
      break;
    case 'EXPIRED':
      connection = 'source_expired';
      break;
    case 'DISCONNECTED':
      connection = 'source_disconnected';
      break;
    case 'PERMISSION_MISSING':
      connection = 'permission_missing';
      break;
  }
  const count =
    (connection === null ? 0 : 1) + (stale ? 1 : 0) + (schemaChanged ? 1 : 0) + (mappingUnconfirmed ? 1 : 0);
  if (count === 0) return NO_FLAGS;
  const staleFlag = () => flag(source, 'source_stale', freshness.pastErrorWindow ? 'critical' : 'warning');
  const first =
    connection !== null
      ? flag(source, connection)
      : stale
        ? staleFlag()
        : schemaChanged
          ? flag(source, 'schema_changed')
          : flag(source, 'mapping_unconfirmed');
  // Most flagged sources raise exactly one flag. Otherwise an array literal of the exact length
  // is filled in rule order: `[]` then `push` would reserve room for 17 flags per flagged source,
  // and `new Array(count)` is a call into the engine for each.
  if (count === 1) return [first];
  const flags = count === 2 ? [first, first] : count === 3 ? [first, first, first] : [first, first, first, first];
  let at = 1;
  if (connection !== null && stale) flags[at++] = staleFlag();
  if ((connection !== null || stale) && schemaChanged) flags[at++] = flag(source, 'schema_changed');
  // With two flags or more, mapping unconfirmed is never the first.
  if (mappingUnconfirmed) flags[at++] = flag(source, 'mapping_unconfirmed');
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
