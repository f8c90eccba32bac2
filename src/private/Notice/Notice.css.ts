import { style } from '@vanilla-extract/css';
import { vars } from '../../theme/contract.css';

/**
 * The one banner frame: a toned surface, a thicker start border, the tone's shape, then the text.
 * The text sits beside the shape while it has 12rem there, else under it (a wide severity badge on
 * a 320 px screen, or with WCAG 1.4.12 text spacing): nothing runs off the screen.
 */
export const root = style({
  display: 'flex',
  flexWrap: 'wrap',
  alignItems: 'flex-start',
  gap: `${vars.space.xs} ${vars.space.md}`,
  margin: 0,
  padding: `${vars.space.md} ${vars.space.lg}`,
  border: '1px solid',
  borderInlineStartWidth: '4px',
  borderRadius: vars.radius.md,
  fontFamily: vars.font.family,
  fontSize: vars.font.size.md,
  lineHeight: vars.font.lineHeight.normal,
});

export const lead = style({
  display: 'flex',
  flex: 'none',
  alignItems: 'center',
  minHeight: '1.5em',
  fontSize: vars.font.size.lg,
});

export const body = style({
  display: 'grid',
  flex: '1 1 12rem',
  gap: vars.space.xs,
  minWidth: 0,
  color: vars.color.text,
});

export const title = style({ fontWeight: vars.font.weight.bold });

export const actions = style({ display: 'flex', flexWrap: 'wrap', gap: vars.space.sm, marginTop: vars.space.xxs });

export const text = style({ margin: 0, overflowWrap: 'anywhere' });
