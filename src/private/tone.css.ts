import { styleVariants } from '@vanilla-extract/css';
import { vars } from '../theme/contract.css';
import { TONES, type Tone } from '../theme/tokens';

/**
 * The one definition of what a tone looks like. Every toned element (badge, notice, banner, error
 * state, emphasised count, danger button) takes its colours from here, never from its own copy.
 */
const toneNames = Object.fromEntries(TONES.map((name) => [name, name])) as { [T in Tone]: T };

/** A toned surface: the tone's background, border and text colour. */
export const toneSurface = styleVariants(toneNames, (name: Tone) => ({
  color: vars.color.tone[name].text,
  background: vars.color.tone[name].surface,
  borderColor: vars.color.tone[name].border,
}));

/** The tone's text colour only (icons, an emphasised figure on a plain surface). */
export const toneText = styleVariants(toneNames, (name: Tone) => ({ color: vars.color.tone[name].text }));

/** The tone's border colour only (a field in error). */
export const toneBorder = styleVariants(toneNames, (name: Tone) => ({ borderColor: vars.color.tone[name].border }));
