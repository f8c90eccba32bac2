import type { FlagCode, FreshnessState, Platform, Role, Severity, SyncStatus } from '../domain';
import type { Tone } from '../theme/tokens';

/**
 * English catalogue: the reference. Keys are domain values where there is one
 * (`platform.SHOPIFY`, `freshness.STALE`, `flag.source_expired`); `{name}` marks a parameter.
 * Copy is the seed page's.
 */
export const en = {
  'platform.SHOPIFY': 'Shopify',
  'platform.GA4': 'GA4',
  'platform.GOOGLE_ADS': 'Google Ads',
  'platform.META_ADS': 'Meta Ads',
  'platform.TIKTOK_ADS': 'TikTok Ads',

  'connection.CONNECTED': 'Connected',
  'connection.EXPIRED': 'Token expired',
  'connection.PERMISSION_MISSING': 'Permission missing',
  'connection.DISCONNECTED': 'Disconnected',

  'syncStatus.connected': 'Connected',
  'syncStatus.connected_disabled': 'Connected (disabled)',
  'syncStatus.permission_missing': 'Permission missing',
  'syncStatus.disconnected': 'Disconnected',
  'syncStatus.expired': 'Disconnected — token expired',

  'freshness.FRESH': 'FRESH',
  'freshness.STALE': 'STALE',
  'freshness.MISSING': 'MISSING',
  'freshness.UNKNOWN': 'UNKNOWN',
  'freshnessHelp.FRESH': 'The last successful sync is within the freshness window.',
  'freshnessHelp.STALE': 'The last successful sync is older than the freshness window.',
  'freshnessHelp.MISSING': 'This source has never synced successfully.',
  'freshnessHelp.UNKNOWN': 'No freshness expectation: the source is disabled or has no window.',

  'severity.critical': 'CRITICAL',
  'severity.warning': 'WARNING',
  'severity.info': 'INFO',

  'flag.schema_changed': 'Schema changed — review required.',
  'flag.mapping_unconfirmed': 'Field mapping unconfirmed — metrics hidden from widgets.',
  'flag.source_stale': 'Data may be outdated — last successful sync exceeds the freshness window',
  'flag.permission_missing': 'Missing permission/scope — cannot sync fully.',
  'flag.source_disconnected': 'Source disconnected.',
  'flag.source_expired': 'Source disconnected — token expired. Reconnect required.',

  'tone.positive': 'OK',
  'tone.caution': 'Attention',
  'tone.critical': 'Problem',
  'tone.info': 'Information',
  'tone.neutral': 'Neutral',

  'role.admin': 'Admin',
  'role.editor': 'Editor',
  'role.viewer': 'Viewer',

  'common.dataMayBeOutdated': 'Data may be outdated',
  'common.unknownValue': 'Unknown value: {value}',
  'common.invalidData': 'This data could not be shown',
  'common.invalidDataHint': '{count} problem(s) found in the data:',
} satisfies Record<string, string>;

export type MessageKey = keyof typeof en;
export type Messages = Record<MessageKey, string>;

/**
 * Compile-time check that every domain value has its copy: adding a platform, status, freshness
 * state, severity, flag code, tone or role without a message is a type error here.
 */
type DomainKeys =
  | `platform.${Platform}`
  | `syncStatus.${SyncStatus}`
  | `freshness.${FreshnessState}`
  | `freshnessHelp.${FreshnessState}`
  | `severity.${Severity}`
  | `flag.${FlagCode}`
  | `tone.${Tone}`
  | `role.${Role}`;
type MissingDomainKeys = Exclude<DomainKeys, MessageKey>;
// Fails to compile, naming the missing keys, when a domain value has no message.
true satisfies [MissingDomainKeys] extends [never] ? true : MissingDomainKeys;
