/** Copy of the freshnessCell area: English, then French with exactly the same keys. */
export const freshnessCellEn = {} satisfies Record<string, string>;

export const freshnessCellFr: Record<keyof typeof freshnessCellEn, string> = {};
