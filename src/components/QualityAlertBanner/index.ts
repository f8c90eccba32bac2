export { QualityAlertBanner, type QualityAlertBannerProps } from './QualityAlertBanner';
export { QualityAlertList, type QualityAlertListProps } from './QualityAlertList';
export { QualityFlagTable, type QualityFlagTableProps } from './QualityFlagTable';
