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
    overflowWrap: 'anywhere',
  },
]);

export const numericCell = style([cellBase, { textAlign: 'end', fontVariantNumeric: 'tabular-nums' }]);

/** A body cell that keeps exactly one line (virtualised tables need a fixed row height). */
export const singleLine = style({ overflow: 'hidden', whiteSpace: 'nowrap', textOverflow: 'ellipsis' });
