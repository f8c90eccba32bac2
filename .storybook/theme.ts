/**
 * Storybook's own UI themes (the manager around the stories, and the docs pages), made from the
 * design tokens: the accent, surfaces, text colours, radii and fonts of src/theme/tokens.ts. A
 * token change shows in Storybook's chrome as well as in the components.
 */
import { create } from 'storybook/theming';
import { type ColourTokens, darkColours, lightColours, radii, typography } from '../src/theme/tokens';
import type { ThemeName } from './modes';

const BRAND_TITLE = 'integrations-ui';

/** `'6px'` → `6` (Storybook's theme takes radii as numbers of px). */
const px = (value: string) => Number.parseFloat(value);

function storybookTheme(base: ThemeName, colours: ColourTokens) {
  return create({
    base,
    brandTitle: BRAND_TITLE,
    colorPrimary: colours.accent,
    colorSecondary: colours.accent,
    appBg: colours.background,
    appContentBg: colours.surface,
    appPreviewBg: colours.background,
    appHoverBg: colours.surfaceRaised,
    appBorderColor: colours.border,
    appBorderRadius: px(radii.md),
    fontBase: typography.fontFamily,
    fontCode: typography.fontFamilyMono,
    textColor: colours.text,
    textMutedColor: colours.textMuted,
    textInverseColor: colours.accentText,
    barTextColor: colours.textMuted,
    barHoverColor: colours.accent,
    barSelectedColor: colours.accent,
    barBg: colours.surface,
    buttonBg: colours.surfaceRaised,
    buttonBorder: colours.border,
    booleanBg: colours.surfaceRaised,
    booleanSelectedBg: colours.surface,
    inputBg: colours.surface,
    // A field's edge is the muted text colour, as in the components (src/private/control.css.ts).
    inputBorder: colours.textMuted,
    inputTextColor: colours.text,
    inputBorderRadius: px(radii.sm),
  });
}

/** The manager's theme (.storybook/manager.ts): the light tokens. */
export const managerTheme = storybookTheme('light', lightColours);

/** The docs pages' theme for each value of the `theme` global (.storybook/DocsContainer.tsx). */
export const docsThemes: Record<ThemeName, ReturnType<typeof create>> = {
  light: managerTheme,
  dark: storybookTheme('dark', darkColours),
};
