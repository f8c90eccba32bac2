import { style, styleVariants } from '@vanilla-extract/css';
import { vars } from '../../theme/contract.css';

export const root = style({
  display: 'grid',
  alignContent: 'start',
  gap: vars.space.sm,
  padding: vars.space.lg,
  border: `1px solid ${vars.color.border}`,
  borderRadius: vars.radius.md,
  background: vars.color.surface,
  color: vars.color.text,
  fontFamily: vars.font.family,
  fontSize: vars.font.size.md,
  lineHeight: vars.font.lineHeight.normal,
  minWidth: 0,
  position: 'relative',
});

export const header = style({ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: vars.space.sm });

export const label = style({ fontWeight: vars.font.weight.bold, fontSize: vars.font.size.lg });

export const muted = style({ margin: 0, color: vars.color.textMuted, fontSize: vars.font.size.sm });

export const row = style({ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: vars.space.sm });

export const input = style({
  // Plain CSS boxes, not the native control painter: identical pixels on every paint.
  appearance: 'none',
  flex: '1 1 16rem',
  minWidth: 0,
  minHeight: '36px',
  paddingInline: vars.space.md,
  border: `1px solid ${vars.color.textMuted}`,
  borderRadius: vars.radius.sm,
  background: vars.color.surface,
  color: vars.color.text,
  fontFamily: vars.font.familyMono,
  fontSize: vars.font.size.md,
  selectors: {
    '&[aria-invalid="true"]': { borderColor: vars.color.tone.critical.border, borderWidth: '2px' },
    '&:disabled': { background: vars.color.surfaceRaised, cursor: 'not-allowed' },
  },
});

const buttonBase = style({
  appearance: 'none',
  minHeight: '36px',
  minWidth: '44px',
  paddingInline: vars.space.md,
  borderRadius: vars.radius.sm,
  border: '1px solid',
  fontFamily: vars.font.family,
  fontSize: vars.font.size.md,
  fontWeight: vars.font.weight.medium,
  cursor: 'pointer',
  selectors: { '&:disabled': { cursor: 'not-allowed', opacity: 0.6 } },
});

export const button = styleVariants({
  primary: [
    buttonBase,
    { background: vars.color.accent, color: vars.color.accentText, borderColor: vars.color.accent },
  ],
  secondary: [
    buttonBase,
    { background: vars.color.surface, color: vars.color.text, borderColor: vars.color.textMuted },
  ],
  toggle: [
    buttonBase,
    {
      background: vars.color.surface,
      color: vars.color.text,
      borderColor: vars.color.textMuted,
      selectors: {
        '&[aria-pressed="true"]': { background: vars.color.surfaceRaised, borderColor: vars.color.accent },
      },
    },
  ],
});

export const error = style({
  display: 'flex',
  alignItems: 'flex-start',
  gap: vars.space.xs,
  margin: 0,
  color: vars.color.tone.critical.text,
  fontSize: vars.font.size.sm,
  fontWeight: vars.font.weight.medium,
});

export const status = style({
  display: 'flex',
  alignItems: 'center',
  gap: vars.space.xs,
  margin: 0,
  fontSize: vars.font.size.sm,
  // Always in the DOM (a live region must exist before it speaks); out of the layout while empty.
  selectors: { '&:empty': { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden' } },
});
