// integrations-ui — public API.
export * from './components/Badge';
export * from './components/DataErrorState';
export * from './components/FreshnessCell';
export * from './components/HealthSummary';
export * from './components/IntegrationsSettingsPage';
export * from './components/LegacyRouteNotice';
export * from './components/OutdatedBadge';
export * from './components/QualityAlertBanner';
export * from './components/ShopifyCredentialsPanel';
export * from './components/ShowMore';
export * from './components/SourceTable';
export * from './components/StatusBadge';
export * from './components/Tooltip';
export * from './components/WriteOnlyCredentialField';
export { NowProvider, type NowProviderProps, useNow } from './context/NowProvider';
export * from './domain';
export * from './i18n';
export * from './theme';
