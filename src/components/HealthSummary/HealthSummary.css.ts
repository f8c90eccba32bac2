import { style } from '@vanilla-extract/css';
import { vars } from '../../theme/contract.css';

/** The Count header lines up with its end-aligned figures. */
export const countHeader = style({ textAlign: 'end' });

/** A metric button, its label lined up with the column header; pressed (the host's current filter): outlined, bold. */
export const metric = style({
  marginInlineStart: `calc(-1 * ${vars.space.sm})`,
  selectors: { '&[aria-pressed="true"]': { borderColor: 'currentColor', fontWeight: vars.font.weight.bold } },
});
