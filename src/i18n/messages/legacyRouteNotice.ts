/** Copy of the legacyRouteNotice area: English, then French with exactly the same keys. */
export const legacyRouteNoticeEn = {} satisfies Record<string, string>;

export const legacyRouteNoticeFr: Record<keyof typeof legacyRouteNoticeEn, string> = {};
