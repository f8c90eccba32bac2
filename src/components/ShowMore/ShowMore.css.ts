import { style } from '@vanilla-extract/css';
import { vars } from '../../theme/contract.css';
import { focusRing } from '../../theme/utilities.css';

export const button = style([
  focusRing,
  {
    justifySelf: 'start',
    marginTop: vars.space.sm,
    appearance: 'none',
    border: `1px solid ${vars.color.border}`,
    background: vars.color.surface,
    color: vars.color.accent,
    font: 'inherit',
    fontWeight: vars.font.weight.medium,
    padding: `${vars.space.xs} ${vars.space.md}`,
    borderRadius: vars.radius.md,
    minHeight: '32px',
    cursor: 'pointer',
  },
]);
