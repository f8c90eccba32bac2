/**
 * Visual modes, defined once. The same list drives:
 * - the local visual tests: one Vitest project per mode (vite.config.ts), baselines in
 *   `test/visual/baselines/<stories file>/<mode>/<story id>.png`;
 * - Chromatic: `parameters.chromatic.modes` (preview.tsx for the base modes, `extendedChromaticModes`
 *   on the metas of the stories tagged `'extended-modes'`).
 *
 * Base modes (light, dark) apply to every story. Extended modes (French, 360 px wide) apply only to
 * the stories tagged `'extended-modes'` (pages and tables), where the locale and the width change
 * the layout. A story whose own `globals` already fix what a mode changes (e.g. a story pinned to
 * `globals: { locale: 'fr' }` in the `fr` mode) is not run again in that mode: it would only be a
 * copy of its light screenshot. See test/visual/README.md.
 */
export const THEMES = ['light', 'dark'] as const;
export type ThemeName = (typeof THEMES)[number];

/** The tag that opts a story (or a whole meta) into the extended modes. */
export const EXTENDED_MODES_TAG = 'extended-modes';

/** The narrow viewport: Storybook's toolbar option, the Vitest page size and Chromatic's width. */
export const NARROW_VIEWPORT = { width: 360, height: 800 } as const;

/** 1,280 × 1,024 CSS px at 400 % zoom: what WCAG 1.4.10 (reflow) asks content to fit. */
export const ZOOM400_VIEWPORT = { width: 320, height: 256 } as const;

/** `parameters.viewport.options` entries (Storybook's viewport toolbar and the Vitest runner). */
export const viewportOptions = {
  narrow: {
    name: `Narrow (${NARROW_VIEWPORT.width} px)`,
    styles: { width: `${NARROW_VIEWPORT.width}px`, height: `${NARROW_VIEWPORT.height}px` },
    type: 'mobile',
  },
  /** A 1,280 × 1,024 screen at 400 % zoom (WCAG 1.4.10 reflow): stories pin it to prove content still fits. */
  zoom400: {
    name: `400 % zoom (${ZOOM400_VIEWPORT.width} × ${ZOOM400_VIEWPORT.height})`,
    styles: { width: `${ZOOM400_VIEWPORT.width}px`, height: `${ZOOM400_VIEWPORT.height}px` },
    type: 'mobile',
  },
} as const;

export interface ModeGlobals {
  theme: ThemeName;
  locale?: 'en' | 'fr';
  viewport?: { value: keyof typeof viewportOptions; isRotated: boolean };
}

export interface VisualMode {
  /** Storybook globals applied to every story in this mode (Vitest `initialGlobals`). */
  globals: ModeGlobals;
  /** `'all'` stories, or only those tagged {@link EXTENDED_MODES_TAG}. */
  scope: 'all' | 'extended';
  /** Chromatic's viewport for this mode (Chromatic does not read the viewport global). */
  viewport?: { width: number; height: number };
}

export const visualModes = {
  light: { globals: { theme: 'light' }, scope: 'all' },
  dark: { globals: { theme: 'dark' }, scope: 'all' },
  fr: { globals: { theme: 'light', locale: 'fr' }, scope: 'extended' },
  narrow: {
    globals: { theme: 'light', viewport: { value: 'narrow', isRotated: false } },
    scope: 'extended',
    viewport: { ...NARROW_VIEWPORT },
  },
} as const satisfies Record<string, VisualMode>;

export type ModeName = keyof typeof visualModes;
export const MODE_NAMES = Object.keys(visualModes) as ModeName[];

/** The mode every other mode is a variation of: what a story pinned to a mode's globals renders. */
export const BASE_MODE: ModeName = 'light';

/** A Chromatic mode: the mode's globals, with `viewport` as Chromatic expects it (a size). */
type ChromaticMode = Record<string, unknown>;

function chromaticMode(mode: VisualMode): ChromaticMode {
  const { viewport: _viewportGlobal, ...globals } = mode.globals;
  return mode.viewport ? { ...globals, viewport: mode.viewport } : { ...globals };
}

function chromaticModesFor(scope: VisualMode['scope']): Record<string, ChromaticMode> {
  return Object.fromEntries(
    Object.entries(visualModes as Record<string, VisualMode>)
      .filter(([, mode]) => mode.scope === scope)
      .map(([name, mode]) => [name, chromaticMode(mode)]),
  );
}

/** `parameters.chromatic.modes` for every story (preview.tsx). */
export const chromaticModes = chromaticModesFor('all');

/**
 * The Chromatic modes a meta tagged `'extended-modes'` adds to the preview's base modes (Chromatic
 * reads parameters, not tags; Storybook merges both). The tag must be written literally in the
 * meta: Storybook reads tags statically, so a spread object would not select the story locally.
 *
 * ```ts
 * import { extendedChromaticModes } from '../.storybook/modes';
 * const meta = {
 *   title: 'Pages/…',
 *   component: Page,
 *   tags: ['extended-modes'],
 *   parameters: { chromatic: { modes: extendedChromaticModes } },
 * } satisfies Meta<typeof Page>;
 * ```
 *
 * The story tests fail when the tag and the Chromatic modes disagree (.storybook/vitest.setup.ts).
 */
export const extendedChromaticModes = chromaticModesFor('extended');

/** The given Chromatic modes at 320 × 256, the narrow one off (it would only repeat the light one). */
function atZoom400(modes: Record<string, ChromaticMode>): Record<string, ChromaticMode> {
  return Object.fromEntries(
    Object.entries(modes).map(([name, chromatic]) => [
      name,
      name === 'narrow' ? { ...chromatic, disable: true } : { ...chromatic, viewport: { ...ZOOM400_VIEWPORT } },
    ]),
  );
}

/**
 * The Chromatic modes of a story pinned to the `zoom400` viewport global (which Chromatic does not
 * read), in a meta tagged `'extended-modes'`: every mode at 320 × 256, the narrow one off.
 */
export const zoom400ChromaticModes = atZoom400({ ...chromaticModes, ...extendedChromaticModes });

/**
 * The same for a story pinned to `zoom400` in a meta that is not tagged `'extended-modes'`: the
 * base modes (light, dark) at 320 × 256.
 */
export const zoom400BaseChromaticModes = atZoom400(chromaticModes);

/**
 * The WCAG 1.4.12 text-spacing override (the `textSpacing` global, applied by the preview's
 * decorator): `wcag` sets line height 1.5, paragraph spacing 2× the font size, letter spacing
 * 0.12 em and word spacing 0.16 em on everything, with `!important`, as the W3C text-spacing
 * bookmarklet does; `off` leaves the styles as written.
 */
export const TEXT_SPACING = ['off', 'wcag'] as const;
export type TextSpacing = (typeof TEXT_SPACING)[number];
