import { style } from '@vanilla-extract/css';
import { vars } from '../../theme/contract.css';

/** The one banner frame: a toned surface, a thicker start border, the tone's shape, then the text. */
export const root = style({
  display: 'grid',
  gridTemplateColumns: 'max-content minmax(0, 1fr)',
  alignItems: 'start',
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

export const lead = style({ display: 'flex', alignItems: 'center', minHeight: '1.5em', fontSize: vars.font.size.lg });

export const body = style({ display: 'grid', gap: vars.space.xs, minWidth: 0, color: vars.color.text });

export const title = style({ fontWeight: vars.font.weight.bold });

export const actions = style({ display: 'flex', flexWrap: 'wrap', gap: vars.space.sm, marginTop: vars.space.xxs });

export const text = style({ margin: 0, overflowWrap: 'anywhere' });
