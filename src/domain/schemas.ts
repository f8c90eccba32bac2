import { z } from 'zod';

/**
 * The zod schemas are the single source of truth for the data the design system accepts:
 * every exported type is `z.infer` of one of them, so data and types cannot drift.
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
  .string({ error: 'must be a string identifier' })
  .trim()
  .min(1, { error: 'must not be empty' })
  .max(128, { error: 'must be at most 128 characters' });

/** An ISO-8601 instant with an explicit offset, e.g. `2026-05-03T06:10:00Z`. */
export const InstantSchema = z.iso.datetime({
  offset: true,
  error: 'must be an ISO-8601 date-time with a time zone, e.g. 2026-05-03T06:10:00Z',
});

const TimeZoneSchema = z.string().refine(isValidTimeZone, {
  error: 'must be an IANA time zone such as Europe/Paris',
});

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
  name: z.string().trim().min(1, { error: 'Profile name is required' }).max(200),
  /** IANA time zone used to show exact sync times in the profile's local time. */
  timeZone: TimeZoneSchema,
});
export type Profile = z.infer<typeof ProfileSchema>;

const HoursSchema = z
  .number({ error: 'must be a number of hours' })
  .positive({ error: 'must be greater than 0 hours' })
  .max(24 * 366, { error: 'must be at most a year' });

/**
 * How long a source may go without a successful sync (dbt's `warn_after` / `error_after`).
 * `null` on a source means "no expectation": its freshness is UNKNOWN.
 */
export const FreshnessWindowSchema = z
  .strictObject({
    warnAfterHours: HoursSchema,
    errorAfterHours: HoursSchema.optional(),
  })
  .refine((w) => w.errorAfterHours === undefined || w.errorAfterHours > w.warnAfterHours, {
    error: 'errorAfterHours must be greater than warnAfterHours',
    path: ['errorAfterHours'],
  });
export type FreshnessWindow = z.infer<typeof FreshnessWindowSchema>;

export const SourceSchema = z.strictObject({
  id: IdSchema,
  /** Human label shown on every row and alert; required and never empty (guardrail 5). */
  label: z
    .string({ error: 'Source label is required' })
    .trim()
    .min(1, { error: 'Source label must not be empty' })
    .max(500, { error: 'Source label must be at most 500 characters' }),
  profileId: IdSchema,
  platform: PlatformSchema,
  connection: ConnectionSchema,
  enabled: z.boolean({ error: 'must be true or false' }),
  /** The last completed successful sync; `null` when there has never been one. */
  lastSuccessfulSyncAt: InstantSchema.nullable(),
  /** Set while a sync runs; it never replaces the last completed result. */
  syncStartedAt: InstantSchema.nullable().default(null),
  /** Per-source window; omitted = the platform default, `null` = no expectation. */
  freshnessWindow: FreshnessWindowSchema.nullable().optional(),
  schemaChanged: z.boolean().default(false),
  mappingUnconfirmed: z.boolean().default(false),
});
export type Source = z.infer<typeof SourceSchema>;
export type SourceInput = z.input<typeof SourceSchema>;

/** A data set: the profiles and their sources, with referential checks across both. */
export const DataSetSchema = z
  .strictObject({
    profiles: z.array(ProfileSchema),
    sources: z.array(SourceSchema),
  })
  .superRefine((data, ctx) => {
    const profileIds = new Set<string>();
    data.profiles.forEach((profile, index) => {
      if (profileIds.has(profile.id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['profiles', index, 'id'],
          message: `Duplicate profile id "${profile.id}"`,
        });
      }
      profileIds.add(profile.id);
    });
    const sourceIds = new Set<string>();
    data.sources.forEach((source, index) => {
      if (sourceIds.has(source.id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['sources', index, 'id'],
          message: `Duplicate source id "${source.id}"`,
        });
      }
      sourceIds.add(source.id);
      if (!profileIds.has(source.profileId)) {
        ctx.addIssue({
          code: 'custom',
          path: ['sources', index, 'profileId'],
          message: `Unknown profile "${source.profileId}"`,
        });
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
  sourceLabel: z.string().min(1),
  profileId: IdSchema,
});
export type QualityFlag = z.infer<typeof QualityFlagSchema>;
