export { ColumnHeaders, type ColumnHeadersProps } from './ColumnHeaders';
export { ScrollRegion, type ScrollRegionProps } from './ScrollRegion';
