export { StatusBadge, type StatusBadgeProps } from './StatusBadge';
export { CONNECTION_TONE, FRESHNESS_TONE, SEVERITY_TONE, SYNC_STATUS_TONE } from './tones';
