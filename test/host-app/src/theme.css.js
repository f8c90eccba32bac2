// @ts-check
/**
 * The host's own theme, made with the package's theme contract (integrations-ui/theme, imported at
 * build time): `createTheme(vars, values)` type-checks that every token is given. Distinctive values so the check can see them in computed styles.
 */
import { createTheme } from '@vanilla-extract/css';
import { lightColours, vars } from 'integrations-ui/theme';

/** The host's colours: the light palette with its own text and critical tone (asserted by the check). */
export const hostColours = {
  ...lightColours,
  text: '#123456',
  background: '#fdf6e3',
  tone: {
    ...lightColours.tone,
    critical: { text: '#5b0a91', surface: '#f3e8ff', border: '#8e44ad' },
  },
};

export const hostTheme = createTheme(vars, {
  color: hostColours,
  space: { none: '0', xxs: '2px', xs: '4px', sm: '8px', md: '12px', lg: '16px', xl: '24px', xxl: '32px' },
  radius: { sm: '2px', md: '4px', lg: '8px', full: '999px' },
  font: {
    family: 'Georgia, "Liberation Serif", serif',
    familyMono: '"Liberation Mono", monospace',
    size: { xs: '12px', sm: '13px', md: '15px', lg: '17px', xl: '21px', xxl: '26px' },
    lineHeight: { tight: '1.25', normal: '1.5' },
    weight: { regular: '400', medium: '500', bold: '700' },
  },
  focus: { width: '3px', offset: '2px' },
});
