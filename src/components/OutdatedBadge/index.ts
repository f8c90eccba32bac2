export { OutdatedBadge, type OutdatedBadgeProps } from './OutdatedBadge';
