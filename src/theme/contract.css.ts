import { createThemeContract } from '@vanilla-extract/css';

const tone = { text: null, surface: null, border: null };

/** The theme contract: every stylesheet reads these variables; a theme fills them all. */
export const vars = createThemeContract({
  color: {
    background: null,
    surface: null,
    surfaceRaised: null,
    text: null,
    textMuted: null,
    border: null,
    accent: null,
    accentText: null,
    focusRing: null,
    skeleton: null,
    tone: { positive: tone, caution: tone, critical: tone, info: tone, neutral: tone },
  },
  space: { none: null, xxs: null, xs: null, sm: null, md: null, lg: null, xl: null, xxl: null },
  radius: { sm: null, md: null, lg: null, full: null },
  font: {
    family: null,
    familyMono: null,
    size: { xs: null, sm: null, md: null, lg: null, xl: null, xxl: null },
    lineHeight: { tight: null, normal: null },
    weight: { regular: null, medium: null, bold: null },
  },
  focus: { width: null, offset: null },
});
