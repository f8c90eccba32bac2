/** Copy of the page area: English, then French with exactly the same keys. */
export const pageEn = {} satisfies Record<string, string>;

export const pageFr: Record<keyof typeof pageEn, string> = {};
