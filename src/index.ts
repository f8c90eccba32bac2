// integrations-ui — public API.
export * from './components/Badge';
export * from './components/DataErrorState';
export * from './components/StatusBadge';
export { NowProvider, type NowProviderProps, useNow } from './context/NowProvider';
export * from './domain';
export * from './i18n';
export * from './theme';
