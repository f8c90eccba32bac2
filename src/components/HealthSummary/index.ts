export { HealthSummary, type HealthSummaryProps } from './HealthSummary';
