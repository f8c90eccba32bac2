/**
 * Raw design tokens. The vanilla-extract theme contract (`contract.css.ts`) gives them names every
 * stylesheet reads; the light and dark themes fill it from here. Plain values, so unit tests can
 * compute contrast from the same numbers the CSS uses.
 */

/** The tones of status colour, in the order the palettes list them. */
export const TONES = ['positive', 'caution', 'critical', 'info', 'neutral'] as const;
/** One tone of status colour: Badge's `tone` prop takes one. */
export type Tone = (typeof TONES)[number];

/** The colours of one tone. */
export interface ToneColours {
  /** Text and icon colour on the tone's surface. */
  text: string;
  /** Background of a badge or banner of this tone. */
  surface: string;
  /** Border (never the only carrier of meaning). */
  border: string;
}

/** Every colour of a theme: a palette (`lightColours`, `darkColours`, or a host's own). */
export interface ColourTokens {
  /** Page background. */
  background: string;
  /** Panels and tables. */
  surface: string;
  /** Raised surfaces: table headers, hovered rows, dialogs. */
  surfaceRaised: string;
  text: string;
  textMuted: string;
  border: string;
  /** Links and primary actions. */
  accent: string;
  /** Text on an `accent` background. */
  accentText: string;
  focusRing: string;
  /** Skeleton placeholders while loading. */
  skeleton: string;
  tone: Record<Tone, ToneColours>;
}

/** The palette of the shipped light theme (`lightTheme`). */
export const lightColours: ColourTokens = {
  background: '#f6f7f9',
  surface: '#ffffff',
  surfaceRaised: '#f0f2f5',
  text: '#1b1f27',
  textMuted: '#545c6a',
  border: '#c9ced6',
  accent: '#1f4fd1',
  accentText: '#ffffff',
  focusRing: '#1f4fd1',
  skeleton: '#e3e6eb',
  tone: {
    positive: { text: '#0b6b2e', surface: '#e5f4ea', border: '#4f9e6a' },
    caution: { text: '#7a4700', surface: '#fff3d6', border: '#a87200' },
    critical: { text: '#a3141c', surface: '#fde8e8', border: '#d9474e' },
    info: { text: '#0b4b9c', surface: '#e6effc', border: '#4f83e0' },
    neutral: { text: '#3b4350', surface: '#eceef2', border: '#7d8694' },
  },
};

/** The palette of the shipped dark theme (`darkTheme`). */
export const darkColours: ColourTokens = {
  background: '#0e1014',
  surface: '#161920',
  surfaceRaised: '#1f232c',
  text: '#e8eaef',
  textMuted: '#a5acb9',
  border: '#3a404c',
  accent: '#8fb2ff',
  accentText: '#0e1014',
  focusRing: '#8fb2ff',
  skeleton: '#2a2f39',
  tone: {
    positive: { text: '#86e0a5', surface: '#10291b', border: '#3a8a57' },
    caution: { text: '#ffd27d', surface: '#2d2108', border: '#9a7218' },
    critical: { text: '#ffa3a3', surface: '#351419', border: '#b0434b' },
    info: { text: '#a6c8ff', surface: '#10213f', border: '#3f6fbe' },
    neutral: { text: '#cdd2db', surface: '#232730', border: '#6b7483' },
  },
};

/** The spacing scale (`vars.space`). */
export const space = {
  none: '0',
  xxs: '2px',
  xs: '4px',
  sm: '8px',
  md: '12px',
  lg: '16px',
  xl: '24px',
  xxl: '32px',
} as const;

/** The corner radii (`vars.radius`). */
export const radii = { sm: '4px', md: '6px', lg: '10px', full: '999px' } as const;

/** The typefaces, sizes, line heights and weights (`vars.font`). */
export const typography = {
  fontFamily: '"Inter", "Liberation Sans", Arial, sans-serif',
  fontFamilyMono: '"Liberation Mono", "DejaVu Sans Mono", monospace',
  fontSize: { xs: '12px', sm: '13px', md: '14px', lg: '16px', xl: '20px', xxl: '24px' },
  lineHeight: { tight: '1.25', normal: '1.5' },
  fontWeight: { regular: '400', medium: '500', bold: '600' },
} as const;

/** The focus ring's width and offset (`vars.focus`; its colour is `focusRing` of the palette). */
export const focus = { width: '2px', offset: '2px' } as const;

/** Builds a full theme value from a colour set; a host theme can reuse it with its own colours. */
export function themeValues(color: ColourTokens) {
  return {
    color,
    space,
    radius: radii,
    font: {
      family: typography.fontFamily,
      familyMono: typography.fontFamilyMono,
      size: typography.fontSize,
      lineHeight: typography.lineHeight,
      weight: typography.fontWeight,
    },
    focus,
  };
}
