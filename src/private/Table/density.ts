/** Body-row height of each table density, in px: every table of the system uses one of these. */
export const ROW_HEIGHTS = { regular: 48, compact: 40 } as const;
export type TableDensity = keyof typeof ROW_HEIGHTS;

/** Height of the (sticky) header row of every table, in px. */
export const HEADER_HEIGHT = 40;
