export { vars } from './contract.css';
export { darkTheme, lightTheme } from './themes.css';
export {
  type ColourTokens,
  darkColours,
  lightColours,
  TONES,
  type Tone,
  type ToneColours,
  themeValues,
} from './tokens';
export { focusRing, visuallyHidden } from './utilities.css';
