import { style } from '@vanilla-extract/css';
import { vars } from '../../theme/contract.css';

/** The Count header lines up with its end-aligned figures. */
export const countHeader = style({ textAlign: 'end' });

/** A metric button, its label lined up with the column header; pressed (the host's current filter): outlined, bold. */
export const metric = style({
  marginInlineStart: `calc(-1 * ${vars.space.sm})`,
  selectors: { '&[aria-pressed="true"]': { borderColor: 'currentColor', fontWeight: vars.font.weight.bold } },
});

/** The compact layout: one wrapping line of metrics, each its figure over its name. */
export const compact = style({
  display: 'flex',
  flexWrap: 'wrap',
  gap: vars.space.sm,
  margin: 0,
  padding: 0,
  listStyle: 'none',
});

export const compactItem = style({
  border: `1px solid ${vars.color.border}`,
  borderRadius: vars.radius.md,
  minWidth: 0,
  maxWidth: '100%',
  selectors: { '&[data-zero]': { color: vars.color.textMuted } },
});

/** The metric's figure, then its name, on one line of the medium button's height. */
export const compactButton = style({
  display: 'inline-flex',
  alignItems: 'center',
  gap: vars.space.xs,
  minHeight: 32,
  paddingInline: vars.space.sm,
  color: 'inherit',
  selectors: {
    '&[aria-pressed="true"]': { boxShadow: 'inset 0 0 0 2px currentColor', fontWeight: vars.font.weight.bold },
    // A long name ("Correspondance des champs non confirmée", with WCAG 1.4.12 text spacing) wraps
    // inside the button on a narrow screen instead of running off it: one line where it fits.
    '&[data-variant]': { height: 'auto', maxWidth: '100%', whiteSpace: 'normal', textAlign: 'start' },
  },
});

export const compactValue = style({
  display: 'inline-flex',
  alignItems: 'center',
  gap: vars.space.xs,
  fontWeight: vars.font.weight.bold,
  fontVariantNumeric: 'tabular-nums',
});
