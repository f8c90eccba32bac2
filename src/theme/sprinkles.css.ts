import { createSprinkles, defineProperties } from '@vanilla-extract/sprinkles';
import { vars } from './contract.css';

/**
 * Atomic layout classes on the theme's space scale, so per-component CSS stays small and a host can
 * lay out its own panels on the same scale. Deliberately few properties: every value is a class in
 * the shipped CSS and a name in the shipped JS.
 */
const layout = defineProperties({
  properties: {
    display: ['none', 'block', 'flex', 'inline-flex', 'grid'],
    flexDirection: ['row', 'column'],
    flexWrap: ['wrap', 'nowrap'],
    alignItems: ['flex-start', 'center', 'flex-end', 'baseline'],
    justifyContent: ['flex-start', 'center', 'space-between'],
    gap: vars.space,
    padding: vars.space,
  },
});

export const sprinkles = createSprinkles(layout);
export type Sprinkles = Parameters<typeof sprinkles>[0];
