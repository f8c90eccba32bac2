import { keyframes, style } from '@vanilla-extract/css';
import { vars } from '../../theme/contract.css';
import { focusRing } from '../../theme/utilities.css';

export const metricButton = style([
  focusRing,
  {
    appearance: 'none',
    background: 'none',
    border: 0,
    padding: 0,
    font: 'inherit',
    color: vars.color.accent,
    textDecoration: 'underline',
    textUnderlineOffset: '3px',
    cursor: 'pointer',
    textAlign: 'start',
    borderRadius: vars.radius.sm,
    minHeight: '24px',
    selectors: {
      '&[aria-pressed="true"]': { fontWeight: vars.font.weight.bold, textDecorationThickness: '2px' },
    },
  },
]);

export const count = style({ fontVariantNumeric: 'tabular-nums', textAlign: 'end', width: '8ch' });

export const critical = style({
  background: vars.color.tone.critical.surface,
  color: vars.color.tone.critical.text,
  fontWeight: vars.font.weight.bold,
});

export const criticalCount = style({ fontSize: vars.font.size.lg, fontWeight: vars.font.weight.bold });

export const note = style({ margin: `${vars.space.sm} 0 0`, color: vars.color.textMuted, fontSize: vars.font.size.sm });

const pulse = keyframes({ '0%': { opacity: 1 }, '50%': { opacity: 0.55 }, '100%': { opacity: 1 } });

export const skeleton = style({
  display: 'block',
  height: '0.9em',
  borderRadius: vars.radius.sm,
  background: vars.color.skeleton,
  animation: `${pulse} 1.6s ease-in-out infinite`,
  '@media': { '(prefers-reduced-motion: reduce)': { animation: 'none' } },
});
