import { style } from '@vanilla-extract/css';
import { vars } from '../../theme/contract.css';

export const root = style({
  display: 'grid',
  alignContent: 'start',
  gap: vars.space.sm,
  padding: vars.space.lg,
  border: `1px solid ${vars.color.border}`,
  borderRadius: vars.radius.md,
  background: vars.color.surface,
  color: vars.color.text,
  fontFamily: vars.font.family,
  minWidth: 0,
  position: 'relative',
});

export const row = style({ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: vars.space.sm });

/** The credential input: the system's control, stretched along the row, in the monospace face. */
export const input = style({
  flex: '1 1 16rem',
  paddingInline: vars.space.md,
  fontFamily: vars.font.familyMono,
  selectors: { '&[aria-invalid="true"]': { borderWidth: '2px' } },
});

export const message = style({ display: 'flex', alignItems: 'flex-start', gap: vars.space.xs });

/** The status line is always in the DOM (a live region must exist before it speaks); out of the layout while empty. */
export const status = style({
  selectors: { '&:empty': { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden' } },
});
