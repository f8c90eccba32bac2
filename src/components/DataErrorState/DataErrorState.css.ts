import { style } from '@vanilla-extract/css';
import { vars } from '../../theme/contract.css';
import { sprinkles } from '../../theme/sprinkles.css';

export const root = style({
  display: 'grid',
  alignContent: 'start',
  alignSelf: 'start',
  minWidth: 0,
  overflowWrap: 'anywhere',
  gap: vars.space.sm,
  padding: vars.space.lg,
  border: `1px solid ${vars.color.tone.critical.border}`,
  borderRadius: vars.radius.md,
  background: vars.color.tone.critical.surface,
  color: vars.color.tone.critical.text,
});

export const title = style([
  sprinkles({ display: 'flex', alignItems: 'center', gap: 'sm' }),
  {
    margin: 0,
    fontSize: vars.font.size.lg,
    fontWeight: vars.font.weight.bold,
  },
]);

export const hint = style({ margin: 0 });

export const list = style({
  margin: 0,
  paddingInlineStart: vars.space.xl,
  display: 'grid',
  gap: vars.space.xs,
});

export const path = style({
  fontFamily: vars.font.familyMono,
  fontSize: vars.font.size.sm,
  overflowWrap: 'anywhere',
});
