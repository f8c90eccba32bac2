import type { Connection, FreshnessLevel, Severity, SyncStatus } from '../../domain';
import type { Tone } from '../../theme/tokens';

/**
 * One typed map per vocabulary: a new domain value without a tone is a type error, so a status
 * looks the same everywhere.
 */
export const CONNECTION_TONE = {
  CONNECTED: 'positive',
  EXPIRED: 'critical',
  PERMISSION_MISSING: 'critical',
  DISCONNECTED: 'critical',
} as const satisfies Record<Connection, Tone>;

export const SYNC_STATUS_TONE = {
  CONNECTED: 'positive',
  CONNECTED_DISABLED: 'neutral',
  PERMISSION_MISSING: 'critical',
  DISCONNECTED: 'critical',
  EXPIRED: 'critical',
} as const satisfies Record<SyncStatus, Tone>;

/** Freshness levels: a source past its error window (`OVERDUE`) is critical, one just past its window caution. */
export const FRESHNESS_TONE = {
  FRESH: 'positive',
  STALE: 'caution',
  OVERDUE: 'critical',
  MISSING: 'critical',
  UNKNOWN: 'neutral',
} as const satisfies Record<FreshnessLevel, Tone>;

export const SEVERITY_TONE = {
  critical: 'critical',
  warning: 'caution',
  info: 'info',
} as const satisfies Record<Severity, Tone>;
