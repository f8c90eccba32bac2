import { style } from '@vanilla-extract/css';
import { vars } from '../../theme/contract.css';

export const root = style({
  display: 'inline-flex',
  flexWrap: 'wrap',
  alignItems: 'center',
  gap: vars.space.sm,
  minWidth: 0,
});

export const details = style({ display: 'grid', gap: vars.space.xs, margin: 0 });

export const row = style({ display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: vars.space.sm });

export const value = style({ margin: 0, fontVariantNumeric: 'tabular-nums', overflowWrap: 'anywhere' });
