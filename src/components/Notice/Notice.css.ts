import { style, styleVariants } from '@vanilla-extract/css';
import { vars } from '../../theme/contract.css';
import { TONES, type Tone } from '../../theme/tokens';

const toneNames = Object.fromEntries(TONES.map((name) => [name, name])) as { [T in Tone]: T };

export const root = style({
  display: 'flex',
  gap: vars.space.md,
  alignItems: 'flex-start',
  padding: `${vars.space.md} ${vars.space.lg}`,
  border: '1px solid',
  borderRadius: vars.radius.md,
  color: vars.color.text,
});

export const tone = styleVariants(toneNames, (name: Tone) => ({
  borderColor: vars.color.tone[name].border,
  background: vars.color.tone[name].surface,
}));

export const icon = styleVariants(toneNames, (name: Tone) => ({
  color: vars.color.tone[name].text,
  fontSize: vars.font.size.lg,
  flexShrink: 0,
  marginTop: '2px',
}));

export const text = style({ margin: 0 });

export const title = style({ fontWeight: vars.font.weight.bold });
