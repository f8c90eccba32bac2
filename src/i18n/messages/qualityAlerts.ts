/** Copy of the qualityAlerts area: English, then French with exactly the same keys. */
export const qualityAlertsEn = {} satisfies Record<string, string>;

export const qualityAlertsFr: Record<keyof typeof qualityAlertsEn, string> = {};
