import { style } from '@vanilla-extract/css';
import { vars } from '../../theme/contract.css';
import { focusRing } from '../../theme/utilities.css';

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
    maxWidth: '100%',
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

/** Space between trigger and bubble (px): transparent padding of the bubble, so hovering crosses no gap. */
const GAP = '6px';

/** The popover box in the top layer: placed by the component (top/left), transparent around the panel. */
export const bubble = style({
  position: 'fixed',
  inset: 'auto',
  margin: 0,
  border: 0,
  padding: 0,
  background: 'transparent',
  color: vars.color.text,
  overflow: 'visible',
  width: 'max-content',
  // At most 320 px of text (plus the panel's padding and border), and never wider than the viewport.
  // (A fixed box's 100% is the viewport without its scrollbar, as the component measures it.)
  maxWidth: `min(calc(320px + 2 * ${vars.space.md} + 2px), calc(100% - 16px))`,
  selectors: {
    '&:not([data-open])': { display: 'none' },
    '&[data-placement="below"]': { paddingTop: GAP },
    '&[data-placement="above"]': { paddingBottom: GAP },
  },
});

/** What a person sees: the raised surface with the content. */
export const panel = style({
  display: 'block',
  padding: `${vars.space.sm} ${vars.space.md}`,
  borderRadius: vars.radius.md,
  border: `1px solid ${vars.color.border}`,
  background: vars.color.surfaceRaised,
  color: vars.color.text,
  fontFamily: vars.font.family,
  fontSize: vars.font.size.sm,
  lineHeight: vars.font.lineHeight.normal,
  overflowWrap: 'anywhere',
  boxShadow: '0 4px 16px rgb(0 0 0 / 0.18)',
  '@media': { '(forced-colors: active)': { border: '1px solid CanvasText' } },
});
