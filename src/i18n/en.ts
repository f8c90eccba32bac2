import type {
  DataIssueCode,
  FlagCode,
  FreshnessState,
  HealthMetric,
  Platform,
  Severity,
  SyncStatus,
  UserRole,
} from '../domain';
import type { Tone } from '../theme/tokens';
import { commonEn } from './messages/common';
import { credentialsEn } from './messages/credentials';
import { dataIssuesEn } from './messages/dataIssues';
import { freshnessCellEn } from './messages/freshnessCell';
import { healthSummaryEn } from './messages/healthSummary';
import { legacyRouteNoticeEn } from './messages/legacyRouteNotice';
import { pageEn } from './messages/page';
import { qualityAlertsEn } from './messages/qualityAlerts';
import { sourceTableEn } from './messages/sourceTable';
import { statusEn } from './messages/status';

/**
 * English catalogue: the reference. Keys are domain values where there is one
 * (`platform.SHOPIFY`, `freshness.STALE`, `flag.source_expired`); `{name}` marks a parameter.
 * Each area keeps its copy in `messages/<area>.ts`, English and French side by side. Components
 * carry English only; French is its own entry (`fr.ts`, 'integrations-ui/locales/fr').
 */
export const en = {
  ...commonEn,
  ...statusEn,
  ...freshnessCellEn,
  ...healthSummaryEn,
  ...qualityAlertsEn,
  ...legacyRouteNoticeEn,
  ...credentialsEn,
  ...sourceTableEn,
  ...pageEn,
  ...dataIssuesEn,
};

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
  | `role.${UserRole}`
  | `health.metric.${HealthMetric}`
  | `dataIssue.${DataIssueCode}`;
type MissingDomainKeys = Exclude<DomainKeys, MessageKey>;
// Fails to compile, naming the missing keys, when a domain value has no message.
true satisfies [MissingDomainKeys] extends [never] ? true : MissingDomainKeys;
