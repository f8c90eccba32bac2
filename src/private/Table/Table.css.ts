import { globalStyle, style, styleVariants } from '@vanilla-extract/css';
import { vars } from '../../theme/contract.css';
import { focusRing } from '../../theme/utilities.css';
import { HEADER_HEIGHT, ROW_HEIGHTS } from './density';

/**
 * The one table of the system. Every table sits in the same frame (border, radius, surface; it
 * scrolls inside itself on narrow screens and is focusable so a keyboard can scroll it), has a
 * sticky header, and one body-row height per density.
 */
export const frame = style([
  focusRing,
  {
    position: 'relative',
    overflow: 'auto',
    maxWidth: '100%',
    minWidth: 0,
    border: `1px solid ${vars.color.border}`,
    borderRadius: vars.radius.md,
    background: vars.color.surface,
    overscrollBehavior: 'contain',
  },
]);

export const frameFit = styleVariants({
  full: {},
  content: { width: 'fit-content' },
});

export const table = style({
  width: '100%',
  borderCollapse: 'separate',
  borderSpacing: 0,
  fontFamily: vars.font.family,
  fontSize: vars.font.size.md,
  lineHeight: vars.font.lineHeight.normal,
  color: vars.color.text,
});

/** Density classes: they set the body-row height below. */
export const density = styleVariants({ regular: {}, compact: {} });

for (const [name, height] of Object.entries(ROW_HEIGHTS) as Array<[keyof typeof ROW_HEIGHTS, number]>) {
  globalStyle(`${density[name]} > tbody > tr`, { height });
}

const cellBase = style({
  boxSizing: 'border-box',
  padding: `0 ${vars.space.md}`,
  borderBottom: `1px solid ${vars.color.border}`,
  verticalAlign: 'middle',
  textAlign: 'start',
});

globalStyle(`${table} > tbody > tr:last-child > *`, { borderBottom: 0 });

export const headerCell = style([
  cellBase,
  {
    position: 'sticky',
    top: 0,
    zIndex: 1,
    height: HEADER_HEIGHT,
    background: vars.color.surfaceRaised,
    color: vars.color.textMuted,
    fontSize: vars.font.size.sm,
    fontWeight: vars.font.weight.bold,
    whiteSpace: 'nowrap',
  },
]);

export const cell = style([cellBase, { color: vars.color.text }]);

/** The cell that names its row (a source's label): start-aligned, wraps long labels, isolates right-to-left text. */
export const rowHeaderCell = style([
  cellBase,
  {
    color: vars.color.text,
    fontWeight: vars.font.weight.medium,
    unicodeBidi: 'plaintext',
    // A word is broken only when it cannot fit on a line of its own ("Google Ads" is never "Googl / e Ads").
    overflowWrap: 'break-word',
  },
]);

export const numericCell = style([cellBase, { textAlign: 'end', fontVariantNumeric: 'tabular-nums' }]);

/**
 * A body cell of a table whose rows all keep one height (a virtualised table counts on it).
 *
 * - A data cell (`td`: a badge, a date, a name) wraps instead of being cut: a badge or a date that
 *   no longer fits its column on one line (the WCAG 1.4.12 text-spacing override, a longer
 *   translation) takes a second line. Two lines fit the regular row, even with the override's
 *   line height of 1.5: two lines of a badge (2 × 18 px, plus its padding and border: 42 px) or of
 *   body text (2 × 21 px = 42 px) stay within 48 px. A table using it keeps every row at its
 *   height as long as its columns, at the table's minimum width, give their content two lines at
 *   most. A word breaks only when it cannot fit whole.
 * - The row header (`th`, a source's label, which can be any length) keeps one line and ends
 *   with an ellipsis; its full text is its `title` and the detail panel's heading.
 */
/**
 * Host text of any length inside a wrapping cell (a profile's name): it wraps like any cell, and
 * past two lines (what a 48 px row holds) it ends with an ellipsis, its full text in a `title`, so
 * a very long name never makes its row taller than the others.
 */
export const truncate = style({
  display: '-webkit-box',
  overflow: 'hidden',
  overflowWrap: 'break-word',
  WebkitBoxOrient: 'vertical',
  WebkitLineClamp: 2,
});

export const singleLine = style({
  whiteSpace: 'normal',
  overflowWrap: 'break-word',
  selectors: {
    'th&': { overflow: 'hidden', whiteSpace: 'nowrap', textOverflow: 'ellipsis' },
  },
});
