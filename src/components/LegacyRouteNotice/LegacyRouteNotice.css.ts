import { style } from '@vanilla-extract/css';
import { vars } from '../../theme/contract.css';

export const root = style({
  display: 'flex',
  gap: vars.space.md,
  alignItems: 'flex-start',
  padding: `${vars.space.md} ${vars.space.lg}`,
  border: `1px solid ${vars.color.tone.info.border}`,
  borderRadius: vars.radius.md,
  background: vars.color.tone.info.surface,
  color: vars.color.text,
});

export const icon = style({
  color: vars.color.tone.info.text,
  fontSize: vars.font.size.lg,
  flexShrink: 0,
  marginTop: '2px',
});

export const text = style({ margin: 0 });

export const title = style({ fontWeight: vars.font.weight.bold });

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
