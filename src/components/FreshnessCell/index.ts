export { FreshnessCell, type FreshnessCellProps } from './FreshnessCell';
export { FreshnessTable, type FreshnessTableProps } from './FreshnessTable';
