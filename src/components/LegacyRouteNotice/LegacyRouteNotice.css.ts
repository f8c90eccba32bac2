import { style } from '@vanilla-extract/css';
import { vars } from '../../theme/contract.css';

export const link = style({
  color: vars.color.accent,
  fontWeight: vars.font.weight.medium,
  textUnderlineOffset: '3px',
  borderRadius: vars.radius.sm,
  selectors: {
    '&:focus-visible': {
      outline: `${vars.focus.width} solid ${vars.color.focusRing}`,
      outlineOffset: vars.focus.offset,
    },
  },
});

export const ticket = style({ fontFamily: vars.font.familyMono, fontSize: vars.font.size.sm });
