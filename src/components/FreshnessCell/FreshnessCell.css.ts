import { style } from '@vanilla-extract/css';
import { vars } from '../../theme/contract.css';

export const root = style({
  display: 'inline-flex',
  flexWrap: 'wrap',
  alignItems: 'center',
  gap: vars.space.sm,
  minWidth: 0,
});

export const age = style({ color: vars.color.text, fontSize: vars.font.size.sm });

export const muted = style({ color: vars.color.textMuted, fontSize: vars.font.size.sm });

export const details = style({ display: 'grid', gap: vars.space.xs, margin: 0 });

export const row = style({ display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: vars.space.sm });

export const term = style({ fontWeight: vars.font.weight.bold, margin: 0 });

export const value = style({ margin: 0, fontVariantNumeric: 'tabular-nums', overflowWrap: 'anywhere' });

export const help = style({ margin: 0 });
