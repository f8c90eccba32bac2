import { style, styleVariants } from '@vanilla-extract/css';
import { vars } from '../../theme/contract.css';
import { focusRing } from '../../theme/utilities.css';
import { toneSurface } from '../tone.css';

/** Height of each button size, in px: every button of the system is one of these two. */
export const BUTTON_HEIGHTS = { medium: 32, small: 24 } as const;

/**
 * The one button of the system: four variants, two sizes (both at least the 24 px target of
 * WCAG 2.5.8). Secondary is the default; primary is for the one main action of a view; danger
 * for a destructive one; quiet for an action inside a row or a sentence. Plain class maps rather
 * than a `recipe()`: the same variants with no run-time function shipped to hosts.
 */
export const base = style([
  focusRing,
  {
    display: 'inline-flex',
    alignItems: 'center',
    justifyContent: 'center',
    gap: vars.space.xs,
    boxSizing: 'border-box',
    margin: 0,
    border: '1px solid',
    borderRadius: vars.radius.sm,
    font: 'inherit',
    fontWeight: vars.font.weight.medium,
    lineHeight: vars.font.lineHeight.tight,
    textAlign: 'center',
    whiteSpace: 'nowrap',
    cursor: 'pointer',
    appearance: 'none',
    selectors: {
      '&:disabled, &[aria-disabled="true"]': { cursor: 'not-allowed', opacity: 0.6 },
    },
    // Forced colours (Windows High Contrast) replace the variants' colours with the system's, and
    // drop box shadows: a pressed toggle takes the system's selection colours, a disabled button
    // its disabled-text colour, so both states still show. The pressed toggle sets its own system
    // colours (`forced-color-adjust: none`), else the browser would draw its text on a backplate of
    // the page's colour, hiding HighlightText; its focus ring then takes the text colour of the page.
    '@media': {
      '(forced-colors: active)': {
        selectors: {
          '&[aria-pressed="true"]': {
            forcedColorAdjust: 'none',
            backgroundColor: 'Highlight',
            borderColor: 'Highlight',
            color: 'HighlightText',
            outlineColor: 'CanvasText',
          },
          '&:disabled, &[aria-disabled="true"]': { borderColor: 'GrayText', color: 'GrayText' },
        },
      },
    },
  },
]);

export const variant = styleVariants({
  primary: { background: vars.color.accent, borderColor: vars.color.accent, color: vars.color.accentText },
  secondary: { background: vars.color.surfaceRaised, borderColor: vars.color.border, color: vars.color.text },
  danger: [toneSurface.critical],
  quiet: { background: 'transparent', borderColor: 'transparent', color: vars.color.accent },
});

export const size = styleVariants({
  medium: {
    height: BUTTON_HEIGHTS.medium,
    paddingInline: vars.space.md,
    fontSize: vars.font.size.md,
  },
  small: {
    height: BUTTON_HEIGHTS.small,
    paddingInline: vars.space.sm,
    fontSize: vars.font.size.sm,
  },
});
