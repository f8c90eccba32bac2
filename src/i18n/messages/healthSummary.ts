/** Copy of the healthSummary area: English, then French with exactly the same keys. */
export const healthSummaryEn = {} satisfies Record<string, string>;

export const healthSummaryFr: Record<keyof typeof healthSummaryEn, string> = {};
