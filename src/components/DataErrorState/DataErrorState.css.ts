import { style } from '@vanilla-extract/css';
import { vars } from '../../theme/contract.css';

export const list = style({
  display: 'grid',
  gap: vars.space.xs,
  margin: 0,
  paddingInlineStart: vars.space.xl,
  overflowWrap: 'anywhere',
});

export const path = style({ fontFamily: vars.font.familyMono, fontSize: vars.font.size.sm, overflowWrap: 'anywhere' });
