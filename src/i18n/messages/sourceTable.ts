/** Copy of the sourceTable area: English, then French with exactly the same keys. */
export const sourceTableEn = {} satisfies Record<string, string>;

export const sourceTableFr: Record<keyof typeof sourceTableEn, string> = {};
