import { style, styleVariants } from '@vanilla-extract/css';
import { vars } from '../../theme/contract.css';
import { TONES, type Tone } from '../../theme/tokens';

// Plain classes rather than a `recipe()`: the same variants with no runtime function shipped to hosts
// (it kept StatusBadge-only imports and the whole library inside their size budgets).

export const base = style({
  display: 'inline-flex',
  alignItems: 'center',
  gap: vars.space.xs,
  maxWidth: '100%',
  paddingInline: vars.space.sm,
  paddingBlock: vars.space.xxs,
  border: '1px solid',
  borderRadius: vars.radius.full,
  fontFamily: vars.font.family,
  fontSize: vars.font.size.sm,
  fontWeight: vars.font.weight.medium,
  lineHeight: vars.font.lineHeight.tight,
  whiteSpace: 'nowrap',
  verticalAlign: 'middle',
});

const toneNames = Object.fromEntries(TONES.map((name) => [name, name])) as { [T in Tone]: T };

export const tone = styleVariants(toneNames, (name: Tone) => ({
  color: vars.color.tone[name].text,
  background: vars.color.tone[name].surface,
  borderColor: vars.color.tone[name].border,
}));

export const emphasis = styleVariants({
  normal: {},
  strong: { fontWeight: vars.font.weight.bold, letterSpacing: '0.02em' },
});
