import { style } from '@vanilla-extract/css';
import { vars } from '../../theme/contract.css';
import { focusRing } from '../../theme/utilities.css';

export const link = style([
  focusRing,
  {
    color: vars.color.accent,
    fontWeight: vars.font.weight.medium,
    textUnderlineOffset: '3px',
    borderRadius: vars.radius.sm,
  },
]);

export const ticket = style({ fontFamily: vars.font.familyMono, fontSize: vars.font.size.sm });

/** The button-styled link to the new page (after the sunset): a link, never underlined like one. */
export const buttonLink = style({ textDecoration: 'none' });
