import { style } from '@vanilla-extract/css';
import { vars } from '../../theme/contract.css';

export const scopeList = style({
  display: 'flex',
  flexWrap: 'wrap',
  gap: vars.space.md,
  margin: 0,
  padding: 0,
  listStyle: 'none',
});

export const scope = style({ display: 'inline-flex', alignItems: 'center', gap: vars.space.xs });

export const code = style({ fontFamily: vars.font.familyMono, fontSize: vars.font.size.sm });

export const fields = style({ display: 'grid', gap: vars.space.md, maxWidth: '48rem' });
