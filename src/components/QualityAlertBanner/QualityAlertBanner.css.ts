import { style, styleVariants } from '@vanilla-extract/css';
import { vars } from '../../theme/contract.css';
import { sprinkles } from '../../theme/sprinkles.css';
import { TONES, type Tone } from '../../theme/tokens';

export const banner = style({
  display: 'grid',
  gridTemplateColumns: 'max-content 1fr',
  alignItems: 'start',
  gap: `${vars.space.xs} ${vars.space.md}`,
  padding: `${vars.space.md} ${vars.space.lg}`,
  border: '1px solid',
  borderInlineStartWidth: '4px',
  borderRadius: vars.radius.md,
  margin: 0,
});

const toneNames = Object.fromEntries(TONES.map((name) => [name, name])) as { [T in Tone]: T };

export const tone = styleVariants(toneNames, (name: Tone) => ({
  background: vars.color.tone[name].surface,
  borderColor: vars.color.tone[name].border,
  color: vars.color.tone[name].text,
}));

export const body = style({ display: 'grid', gap: vars.space.xxs, minWidth: 0 });

export const message = style({ margin: 0, fontWeight: vars.font.weight.medium, color: vars.color.text });

export const source = style({
  margin: 0,
  fontSize: vars.font.size.sm,
  color: vars.color.textMuted,
  unicodeBidi: 'plaintext',
  overflowWrap: 'anywhere',
});

export const list = style({ listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: vars.space.sm });

export const header = style([
  sprinkles({ display: 'flex', flexWrap: 'wrap', alignItems: 'baseline', gap: 'sm' }),
  { margin: `0 0 ${vars.space.sm}` },
]);

export const title = style({ margin: 0, fontSize: vars.font.size.lg, fontWeight: vars.font.weight.bold });

export const counts = style({ margin: 0, color: vars.color.textMuted, fontSize: vars.font.size.sm });

export const empty = style({
  margin: 0,
  padding: vars.space.md,
  border: `1px dashed ${vars.color.border}`,
  borderRadius: vars.radius.md,
  color: vars.color.textMuted,
});
