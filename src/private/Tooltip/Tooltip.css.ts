import { style } from '@vanilla-extract/css';
import { vars } from '../../theme/contract.css';
import { focusRing } from '../../theme/utilities.css';

export const wrapper = style({ position: 'relative', display: 'inline-flex', maxWidth: '100%' });

export const trigger = style([
  focusRing,
  {
    appearance: 'none',
    background: 'none',
    border: 0,
    padding: 0,
    margin: 0,
    font: 'inherit',
    color: 'inherit',
    textAlign: 'start',
    cursor: 'help',
    // A dotted underline drawn as a background, not `text-decoration: dotted`: the same text's
    // dotted decoration came out with its dots shifted from one run to the next (seen in the
    // screenshots), while a background is laid out from the element's own box, the same every time.
    paddingBottom: '2px',
    backgroundImage: 'linear-gradient(to right, currentColor 50%, transparent 50%)',
    backgroundSize: '4px 1px',
    backgroundRepeat: 'repeat-x',
    backgroundPosition: '0 100%',
    borderRadius: vars.radius.sm,
  },
]);

export const bubble = style({
  position: 'absolute',
  insetBlockStart: 'calc(100% + 6px)',
  insetInlineStart: 0,
  zIndex: 10,
  width: 'max-content',
  maxWidth: '320px',
  padding: `${vars.space.sm} ${vars.space.md}`,
  borderRadius: vars.radius.md,
  border: `1px solid ${vars.color.border}`,
  background: vars.color.surfaceRaised,
  color: vars.color.text,
  fontSize: vars.font.size.sm,
  lineHeight: vars.font.lineHeight.normal,
  boxShadow: '0 4px 16px rgb(0 0 0 / 0.18)',
  selectors: { '&[hidden]': { display: 'none' } },
});
