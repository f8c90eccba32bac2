import { style } from '@vanilla-extract/css';
import { vars } from '../../theme/contract.css';

/** A component's own section: its heading block, then its content, on one rhythm. */
export const section = style({
  display: 'grid',
  gridTemplateColumns: 'minmax(0, 1fr)',
  alignContent: 'start',
  gap: vars.space.md,
  minWidth: 0,
  fontFamily: vars.font.family,
  color: vars.color.text,
});

export const header = style({ display: 'grid', gap: vars.space.xs, minWidth: 0 });

export const titleRow = style({
  display: 'flex',
  flexWrap: 'wrap',
  alignItems: 'center',
  gap: vars.space.sm,
  minWidth: 0,
});
