import { style } from '@vanilla-extract/css';
import { vars } from '../theme/contract.css';
import { focusRing } from '../theme/utilities.css';
import { BUTTON_HEIGHTS } from './Button/Button.css';

/**
 * The one look of a form control (search field, select, credential input): as tall as a medium
 * button, so a control and the button beside it line up; its border is the muted text colour, at
 * least 3:1 against the surface (WCAG 1.4.11), so the field's edge can be seen.
 */
export const control = style([
  focusRing,
  {
    boxSizing: 'border-box',
    height: BUTTON_HEIGHTS.medium,
    minWidth: 0,
    maxWidth: '100%',
    paddingInline: vars.space.sm,
    border: `1px solid ${vars.color.textMuted}`,
    borderRadius: vars.radius.sm,
    background: vars.color.surface,
    color: vars.color.text,
    font: 'inherit',
    fontSize: vars.font.size.md,
    // `aria-disabled`: inert while a submission is under way, yet still focused (focus never falls to `<body>`).
    selectors: {
      '&:disabled, &[aria-disabled="true"]': { background: vars.color.surfaceRaised, cursor: 'not-allowed' },
    },
  },
]);
