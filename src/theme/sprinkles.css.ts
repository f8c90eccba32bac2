import { createSprinkles, defineProperties } from '@vanilla-extract/sprinkles';
import { vars } from './contract.css';

const layout = defineProperties({
  properties: {
    display: ['none', 'block', 'inline', 'inline-block', 'flex', 'inline-flex', 'grid'],
    flexDirection: ['row', 'column'],
    flexWrap: ['wrap', 'nowrap'],
    alignItems: ['flex-start', 'center', 'flex-end', 'stretch', 'baseline'],
    justifyContent: ['flex-start', 'center', 'flex-end', 'space-between'],
    gap: vars.space,
    padding: vars.space,
    paddingBlock: vars.space,
    paddingInline: vars.space,
    margin: vars.space,
    marginBlock: vars.space,
    borderRadius: vars.radius,
    fontSize: vars.font.size,
    fontWeight: vars.font.weight,
  },
  shorthands: { p: ['padding'], px: ['paddingInline'], py: ['paddingBlock'] },
});

const colours = defineProperties({
  properties: {
    color: { text: vars.color.text, muted: vars.color.textMuted, accent: vars.color.accent },
    background: { page: vars.color.background, surface: vars.color.surface, raised: vars.color.surfaceRaised },
  },
});

/** Atomic layout classes, so per-component CSS stays small. */
export const sprinkles = createSprinkles(layout, colours);
export type Sprinkles = Parameters<typeof sprinkles>[0];
