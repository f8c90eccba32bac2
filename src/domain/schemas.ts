import * as z from 'zod/mini';
import { _isoDateTime } from 'zod/v4/core';
import { issueMessage, DATA_ISSUE_MESSAGES as M, type SchemaIssueCode } from './issues';

/**
 * The zod schemas are the single source of truth for the data the design system accepts:
 * every exported type is `z.infer` of one of them, so data and types cannot drift. They are
 * written with `zod/mini` (functions and `.check(...)` instead of methods), so a host's bundler
 * keeps only the parts of zod they use.
 */

export const PLATFORMS = ['SHOPIFY', 'GA4', 'GOOGLE_ADS', 'META_ADS', 'TIKTOK_ADS'] as const;
export const CONNECTIONS = ['CONNECTED', 'EXPIRED', 'PERMISSION_MISSING', 'DISCONNECTED'] as const;
export const USER_ROLES = ['admin', 'editor', 'viewer'] as const;
export const LOCALES = ['en', 'fr'] as const;
export const SEVERITIES = ['critical', 'warning', 'info'] as const;
export const FRESHNESS_STATES = ['FRESH', 'STALE', 'MISSING', 'UNKNOWN'] as const;
export const SYNC_STATUSES = [
  'CONNECTED',
  'CONNECTED_DISABLED',
  'PERMISSION_MISSING',
  'DISCONNECTED',
  'EXPIRED',
] as const;
export const FLAG_CODES = [
  'source_expired',
  'source_disconnected',
  'permission_missing',
  'source_stale',
  'schema_changed',
  'mapping_unconfirmed',
] as const;

export const PlatformSchema = z.enum(PLATFORMS);
export const ConnectionSchema = z.enum(CONNECTIONS);
export const UserRoleSchema = z.enum(USER_ROLES);
export const LocaleSchema = z.enum(LOCALES);
export const SeveritySchema = z.enum(SEVERITIES);
export const FreshnessStateSchema = z.enum(FRESHNESS_STATES);
export const SyncStatusSchema = z.enum(SYNC_STATUSES);
export const FlagCodeSchema = z.enum(FLAG_CODES);

export type Platform = z.infer<typeof PlatformSchema>;
export type Connection = z.infer<typeof ConnectionSchema>;
export type UserRole = z.infer<typeof UserRoleSchema>;
export type Locale = z.infer<typeof LocaleSchema>;
export type Severity = z.infer<typeof SeveritySchema>;
export type FreshnessState = z.infer<typeof FreshnessStateSchema>;
export type SyncStatus = z.infer<typeof SyncStatusSchema>;
export type FlagCode = z.infer<typeof FlagCodeSchema>;

const IdSchema = z
  .string({ error: M.id_type })
  .check(z.trim(), z.minLength(1, { error: M.id_empty }), z.maxLength(128, { error: M.id_too_long }));

/**
 * An ISO-8601 instant with an explicit offset, e.g. `2026-05-03T06:10:00Z`: what `z.iso.datetime`
 * makes, built from its class (`z.iso` as a whole would bring zod's date, time and duration formats).
 */
export const InstantSchema: z.iso.ZodMiniISODateTime = _isoDateTime(z.ZodMiniISODateTime, {
  offset: true,
  error: M.instant,
});

/**
 * A check that reports `message` (at `path` under the value) when `ok` refuses the value: the issue
 * `z.refine` reports, from a plain check function (`z.refine` makes a schema of each check).
 */
function refined<T>(ok: (value: T) => boolean, message: string, path: readonly PropertyKey[] = []): z.core.CheckFn<T> {
  return (payload) => {
    if (!ok(payload.value)) {
      payload.issues.push({ code: 'custom', path: [...path], message, input: payload.value, continue: true });
    }
  };
}

const TimeZoneSchema = z.string().check(refined(isValidTimeZone, M.time_zone));

function isValidTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

export const ProfileSchema = z.strictObject({
  id: IdSchema,
  /** Display name, e.g. "Profile France". */
  name: z.string().check(z.trim(), z.minLength(1, { error: M.profile_name_required }), z.maxLength(200)),
  /** IANA time zone used to show exact sync times in the profile's local time. */
  timeZone: TimeZoneSchema,
});
export type Profile = z.infer<typeof ProfileSchema>;

const HoursSchema = z
  .number({ error: M.hours_type })
  .check(z.positive({ error: M.hours_positive }), z.maximum(24 * 366, { error: M.hours_max }));

/**
 * How long a source may go without a successful sync (dbt's `warn_after` / `error_after`).
 * `null` on a source means "no expectation": its freshness is UNKNOWN.
 */
export const FreshnessWindowSchema = z
  .strictObject({
    warnAfterHours: HoursSchema,
    errorAfterHours: z.optional(HoursSchema),
  })
  .check(
    refined((w) => w.errorAfterHours === undefined || w.errorAfterHours > w.warnAfterHours, M.error_after_order, [
      'errorAfterHours',
    ]),
  );
export type FreshnessWindow = z.infer<typeof FreshnessWindowSchema>;

export const SourceSchema = z.strictObject({
  id: IdSchema,
  /** Human label shown on every row and alert; required and never empty (guardrail 5). */
  label: z
    .string({ error: M.label_required })
    .check(z.trim(), z.minLength(1, { error: M.label_empty }), z.maxLength(500, { error: M.label_too_long })),
  profileId: IdSchema,
  platform: PlatformSchema,
  connection: ConnectionSchema,
  enabled: z.boolean({ error: M.boolean }),
  /** The last completed successful sync; `null` when there has never been one. */
  lastSuccessfulSyncAt: z.nullable(InstantSchema),
  /** Set while a sync runs; it never replaces the last completed result. */
  syncStartedAt: z._default(z.nullable(InstantSchema), null),
  /** Per-source window; omitted = the platform default, `null` = no expectation. */
  freshnessWindow: z.optional(z.nullable(FreshnessWindowSchema)),
  schemaChanged: z._default(z.boolean(), false),
  mappingUnconfirmed: z._default(z.boolean(), false),
});
export type Source = z.infer<typeof SourceSchema>;
export type SourceInput = z.input<typeof SourceSchema>;

/** A data set: the profiles and their sources, with referential checks across both. */
export const DataSetSchema = z
  .strictObject({
    profiles: z.array(ProfileSchema),
    sources: z.array(SourceSchema),
  })
  // A check function (what `z.superRefine` wraps): each cross-reference issue goes to the payload's
  // issues, and the checks that follow still run.
  .check((payload) => {
    const data = payload.value;
    /** One cross-reference issue: its code, the id it is about, and where it is. */
    const report = (path: (string | number)[], code: SchemaIssueCode, id: string) =>
      payload.issues.push({
        code: 'custom',
        path,
        message: issueMessage(code, { id }),
        params: { code, id },
        input: data,
        continue: true,
      });
    const profileIds = new Set<string>();
    data.profiles.forEach((profile, index) => {
      if (profileIds.has(profile.id)) report(['profiles', index, 'id'], 'duplicate_profile_id', profile.id);
      profileIds.add(profile.id);
    });
    const sourceIds = new Set<string>();
    data.sources.forEach((source, index) => {
      if (sourceIds.has(source.id)) report(['sources', index, 'id'], 'duplicate_source_id', source.id);
      sourceIds.add(source.id);
      if (!profileIds.has(source.profileId)) {
        report(['sources', index, 'profileId'], 'unknown_profile', source.profileId);
      }
    });
  });
export type DataSet = z.infer<typeof DataSetSchema>;
export type DataSetInput = z.input<typeof DataSetSchema>;

/** A derived quality flag: one per affected source, naming its source. */
export const QualityFlagSchema = z.strictObject({
  code: FlagCodeSchema,
  severity: SeveritySchema,
  sourceId: IdSchema,
  sourceLabel: z.string().check(z.minLength(1)),
  profileId: IdSchema,
});
export type QualityFlag = z.infer<typeof QualityFlagSchema>;
