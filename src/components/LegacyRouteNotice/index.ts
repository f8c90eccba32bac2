export { type LegacyLinkRenderProps, LegacyRouteNotice, type LegacyRouteNoticeProps } from './LegacyRouteNotice';
