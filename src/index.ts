// integrations-ui — the public API. Named exports only: anything not listed here is internal
// (src/private, component helpers) and may change without notice. Recorded in api/*.api.md.

// Components
export { Badge, type BadgeProps } from './components/Badge';
export { DataErrorState, type DataErrorStateProps } from './components/DataErrorState';
export { DataProblems, type DataProblemsProps } from './components/DataProblems';
export {
  FreshnessCell,
  type FreshnessCellProps,
  FreshnessTable,
  type FreshnessTableProps,
} from './components/FreshnessCell';
export { HealthSummary, type HealthSummaryProps } from './components/HealthSummary';
export {
  type CredentialsOptions,
  type ExportState,
  type GuardrailsOptions,
  IntegrationsSettingsPage,
  type IntegrationsSettingsPageProps,
  type LegacyNoticeOptions,
  type MockDataNoticeOptions,
} from './components/IntegrationsSettingsPage';
export {
  type LegacyLinkRenderProps,
  LegacyRouteNotice,
  type LegacyRouteNoticeProps,
} from './components/LegacyRouteNotice';
export { OutdatedBadge, type OutdatedBadgeProps } from './components/OutdatedBadge';
export {
  QualityAlertBanner,
  type QualityAlertBannerProps,
  QualityAlertList,
  type QualityAlertListProps,
  QualityFlagTable,
  type QualityFlagTableProps,
} from './components/QualityAlertBanner';
export {
  type CredentialMetadata,
  SHOPIFY_SCOPES,
  type ShopifyCredential,
  ShopifyCredentialsPanel,
  type ShopifyCredentialsPanelProps,
} from './components/ShopifyCredentialsPanel';
export {
  PREVIEW_ACTIONS,
  type PreviewAction,
  SourceDetailDialog,
  type SourceDetailDialogProps,
  SourceTable,
  type SourceTableProps,
  type SourceTableVariant,
} from './components/SourceTable';
export {
  CONNECTION_TONE,
  FRESHNESS_TONE,
  SEVERITY_TONE,
  StatusBadge,
  type StatusBadgeProps,
  SYNC_STATUS_TONE,
} from './components/StatusBadge';
export {
  type CredentialCheck,
  type CredentialRejection,
  checkCredentialValue,
  isMaskValue,
  MASK_CHARACTERS,
  type SubmissionState,
  WriteOnlyCredentialField,
  type WriteOnlyCredentialFieldProps,
} from './components/WriteOnlyCredentialField';
export { NowProvider, type NowProviderProps, useNow } from './context/NowProvider';
// Domain: schemas (the types are z.infer of them), validation, and the rules
export {
  type Analysis,
  analyse,
  byAttention,
  type Clock,
  CONNECTIONS,
  type Connection,
  ConnectionSchema,
  countBySeverity,
  type DataIssue,
  type DataIssueCode,
  type DataSet,
  type DataSetInput,
  type DataSetReading,
  DataSetSchema,
  DEFAULT_FRESHNESS_WINDOWS,
  EMPTY_FILTERS,
  FLAG_CODES,
  FLAG_SEVERITY,
  type FlagCode,
  FlagCodeSchema,
  FRESHNESS_LEVELS,
  FRESHNESS_STATES,
  type Freshness,
  type FreshnessLevel,
  type FreshnessState,
  FreshnessStateSchema,
  type FreshnessWindow,
  FreshnessWindowSchema,
  type FreshnessWindows,
  filtersForMetric,
  fixedClock,
  flagKey,
  freshnessLevel,
  freshnessOf,
  HEALTH_METRICS,
  type HealthCounts,
  type HealthMetric,
  type InstantReading,
  InstantSchema,
  isPossiblyOutdated,
  type LegacyRouteState,
  LOCALES,
  type Locale,
  LocaleSchema,
  legacyRouteStateOf,
  type ParseResult,
  PLATFORMS,
  type Platform,
  PlatformSchema,
  type Profile,
  ProfileSchema,
  parseDataSet,
  previewActionsFor,
  type QualityFlag,
  QualityFlagSchema,
  qualityFlagsOf,
  readDataSet,
  readInstant,
  SEED_NOW,
  SEVERITIES,
  type SetAsideItem,
  type Severity,
  SeveritySchema,
  SOURCE_TABLE_COLUMNS,
  type SortDirection,
  type Source,
  type SourceInput,
  SourceSchema,
  type SourceTableColumn,
  type SourceTableFilters,
  type SourceTableSort,
  type SourceView,
  SYNC_STATUSES,
  type SyncStatus,
  SyncStatusSchema,
  safeParseWith,
  sortFlags,
  syncStatusOf,
  systemClock,
  toInstant,
  USER_ROLES,
  type UserRole,
  UserRoleSchema,
  windowFor,
} from './domain';
// Words: locale provider and the English catalogue (French: integrations-ui/locales/fr)
export {
  createTranslator,
  en,
  type I18n,
  type LocaleChoice,
  LocaleProvider,
  type LocaleProviderProps,
  type MessageKey,
  type MessageParams,
  type Messages,
  useI18n,
} from './i18n';
export type { DataState, RootProps } from './private/props';
export type { HeadingLevel } from './private/Typography/Typography';

// Theme: the shipped themes and the tones of component props (the contract and the tokens to build
// your own theme: integrations-ui/theme)
export { darkTheme, lightTheme, TONES, type Tone } from './theme';
