/**
 * The "./theme" entry point (integrations-ui/theme): what a host needs to build its own theme, apart
 * from the main entry so that a host that only renders components does not bundle it. The theme
 * contract `vars`, the shipped palettes (`lightColours`, `darkColours`), `themeValues` (a palette
 * plus the token scales, a full value for `createTheme(vars, …)`), the token scales themselves
 * (`space`, `radii`, `typography`, `focus`) and their types. A host's vanilla-extract `.css.ts`
 * file imports it at build time: no React and no 'use client', so a server component can import it
 * too. The shipped theme class names (`lightTheme`, `darkTheme`) and `Tone` / `TONES` (component
 * props use them) are in the main entry. Recorded in api/integrations-ui-theme.api.md.
 */
export { vars } from './contract.css';
export {
  type ColourTokens,
  darkColours,
  focus,
  lightColours,
  radii,
  space,
  TONES,
  type Tone,
  type ToneColours,
  themeValues,
  typography,
} from './tokens';
