import { style, styleVariants } from '@vanilla-extract/css';
import { vars } from '../../theme/contract.css';

/**
 * One type scale for the whole system, read from the theme contract: a heading's size follows
 * its level, so the same level looks the same in every component (1: 24 px, 2: 20 px, 3: 16 px,
 * 4 and below: 14 px). Sentence case, bold.
 */
const headingBase = style({
  margin: 0,
  minWidth: 0,
  fontFamily: vars.font.family,
  fontWeight: vars.font.weight.bold,
  lineHeight: vars.font.lineHeight.tight,
  color: vars.color.text,
  overflowWrap: 'anywhere',
});

export const heading = styleVariants({
  1: [headingBase, { fontSize: vars.font.size.xxl }],
  2: [headingBase, { fontSize: vars.font.size.xl }],
  3: [headingBase, { fontSize: vars.font.size.lg }],
  4: [headingBase, { fontSize: vars.font.size.md }],
  5: [headingBase, { fontSize: vars.font.size.md }],
  6: [headingBase, { fontSize: vars.font.size.md }],
});

const textBase = style({ margin: 0, minWidth: 0, fontFamily: vars.font.family });

export const textSize = styleVariants({
  md: [textBase, { fontSize: vars.font.size.md, lineHeight: vars.font.lineHeight.normal }],
  sm: [textBase, { fontSize: vars.font.size.sm, lineHeight: vars.font.lineHeight.normal }],
});

export const textTone = styleVariants({
  default: { color: vars.color.text },
  muted: { color: vars.color.textMuted },
  inherit: { color: 'inherit' },
});

export const textWeight = styleVariants({
  regular: { fontWeight: vars.font.weight.regular },
  medium: { fontWeight: vars.font.weight.medium },
  bold: { fontWeight: vars.font.weight.bold },
});

/** Figures that line up in columns. */
export const numeric = style({ fontVariantNumeric: 'tabular-nums' });
