/**
 * Visual modes, defined once: the local visual tests run one Vitest project per mode
 * (see vite.config.ts), and `parameters.chromatic.modes` reads the same list.
 */
export const THEMES = ['light', 'dark'] as const;
export type ThemeName = (typeof THEMES)[number];

export const modes = {
  light: { theme: 'light' },
  dark: { theme: 'dark' },
} as const satisfies Record<string, { theme: ThemeName; locale?: 'en' | 'fr' }>;

export type ModeName = keyof typeof modes;
