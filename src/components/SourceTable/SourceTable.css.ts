import { keyframes, style, styleVariants } from '@vanilla-extract/css';
import { vars } from '../../theme/contract.css';

/** Every body row has this height (px): the virtualiser relies on it. */
export const ROW_HEIGHT = 48;

export const root = style({
  display: 'grid',
  gap: vars.space.md,
  minWidth: 0,
  fontFamily: vars.font.family,
  color: vars.color.text,
});

export const header = style({ display: 'grid', gap: vars.space.xs });

export const titleRow = style({ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: vars.space.sm });

export const title = style({ margin: 0, fontSize: vars.font.size.lg, fontWeight: vars.font.weight.bold });

export const description = style({ margin: 0, color: vars.color.textMuted, fontSize: vars.font.size.sm });

export const filters = style({
  display: 'flex',
  flexWrap: 'wrap',
  alignItems: 'flex-end',
  gap: vars.space.md,
  margin: 0,
  padding: 0,
  border: 0,
  minWidth: 0,
});

export const field = style({ display: 'grid', gap: vars.space.xxs, fontSize: vars.font.size.sm, minWidth: 0 });

export const control = style({
  minHeight: 32,
  minWidth: 0,
  maxWidth: '100%',
  paddingInline: vars.space.sm,
  border: `1px solid ${vars.color.border}`,
  borderRadius: vars.radius.sm,
  background: vars.color.surface,
  color: vars.color.text,
  font: 'inherit',
  fontSize: vars.font.size.md,
});

/** The secondary button of the table and its detail panel (filter bar, "Clear filters", preview actions). */
export const buttonBase = style({
  minHeight: 32,
  paddingInline: vars.space.md,
  border: `1px solid ${vars.color.border}`,
  borderRadius: vars.radius.sm,
  background: vars.color.surfaceRaised,
  color: vars.color.text,
  font: 'inherit',
  fontWeight: vars.font.weight.medium,
  cursor: 'pointer',
});

export const button = style([
  buttonBase,
  {
    display: 'inline-flex',
    alignItems: 'center',
    gap: vars.space.xs,
    fontSize: vars.font.size.sm,
    whiteSpace: 'nowrap',
  },
]);

export const linkButton = style([
  button,
  { minHeight: 28, paddingInline: vars.space.sm, color: vars.color.accent, background: 'transparent' },
]);

export const count = style({
  margin: 0,
  fontSize: vars.font.size.sm,
  color: vars.color.textMuted,
  alignSelf: 'center',
});

export const scroll = style({
  position: 'relative',
  overflow: 'auto',
  minWidth: 0,
  border: `1px solid ${vars.color.border}`,
  borderRadius: vars.radius.md,
  background: vars.color.surface,
  overscrollBehavior: 'contain',
  // Always its own compositing layer: rasterised the same way on every run (screenshots compare pixels).
  willChange: 'transform',
});

export const table = style({
  width: '100%',
  tableLayout: 'fixed',
  borderCollapse: 'separate',
  borderSpacing: 0,
  fontSize: vars.font.size.md,
});

export const tableWidth = styleVariants({ connections: { minWidth: 760 }, syncStatus: { minWidth: 640 } });

export const th = style({
  position: 'sticky',
  top: 0,
  zIndex: 1,
  height: 40,
  padding: `0 ${vars.space.md}`,
  textAlign: 'start',
  background: vars.color.surfaceRaised,
  borderBottom: `1px solid ${vars.color.border}`,
  color: vars.color.text,
  fontSize: vars.font.size.sm,
  fontWeight: vars.font.weight.bold,
  whiteSpace: 'nowrap',
});

export const sortButton = style({
  display: 'inline-flex',
  alignItems: 'center',
  gap: vars.space.xs,
  minHeight: 28,
  margin: `0 calc(-1 * ${vars.space.xs})`,
  padding: `0 ${vars.space.xs}`,
  border: 0,
  borderRadius: vars.radius.sm,
  background: 'transparent',
  color: 'inherit',
  font: 'inherit',
  cursor: 'pointer',
});

export const sortIcon = style({ flexShrink: 0, color: vars.color.textMuted });

export const row = style({ height: ROW_HEIGHT });

export const td = style({
  boxSizing: 'border-box',
  height: ROW_HEIGHT,
  padding: `0 ${vars.space.md}`,
  borderBottom: `1px solid ${vars.color.border}`,
  verticalAlign: 'middle',
  overflow: 'hidden',
  whiteSpace: 'nowrap',
});

export const spacer = style({ padding: 0, border: 0 });

/** One line, cut with an ellipsis; the whole label stays in the DOM (read by assistive technology). */
export const truncate = style({
  display: 'block',
  overflow: 'hidden',
  textOverflow: 'ellipsis',
  whiteSpace: 'nowrap',
  unicodeBidi: 'plaintext',
});

export const muted = style({ color: vars.color.textMuted });

export const syncing = style({
  marginInlineStart: vars.space.xs,
  color: vars.color.textMuted,
  fontSize: vars.font.size.sm,
});

export const message = style({
  display: 'grid',
  justifyItems: 'start',
  gap: vars.space.sm,
  padding: vars.space.lg,
  whiteSpace: 'normal',
});

const pulse = keyframes({ '0%': { opacity: 1 }, '50%': { opacity: 0.55 }, '100%': { opacity: 1 } });

export const skeleton = style({
  display: 'block',
  height: 12,
  borderRadius: vars.radius.sm,
  background: vars.color.skeleton,
  animation: `${pulse} 1.6s ease-in-out infinite`,
  '@media': { '(prefers-reduced-motion: reduce)': { animation: 'none' } },
});
