import { createTheme, globalStyle } from '@vanilla-extract/css';
import { vars } from './contract.css';
import { darkColours, lightColours, themeValues } from './tokens';

/** Class name of the light theme: put it on any ancestor of the components. */
export const lightTheme = createTheme(vars, themeValues(lightColours), 'light');
/** Class name of the dark theme. */
export const darkTheme = createTheme(vars, themeValues(darkColours), 'dark');

for (const theme of [lightTheme, darkTheme]) {
  globalStyle(theme, {
    color: vars.color.text,
    fontFamily: vars.font.family,
    fontSize: vars.font.size.md,
    lineHeight: vars.font.lineHeight.normal,
  });
}
globalStyle(darkTheme, { colorScheme: 'dark' });
globalStyle(lightTheme, { colorScheme: 'light' });
