import type { Decorator, Preview } from '@storybook/react-vite';
import '../src/theme/fonts';
import { NowProvider } from '../src/context/NowProvider';
import { type Locale, SEED_NOW } from '../src/domain';
import { LocaleProvider } from '../src/i18n';
import { fr } from '../src/locales/fr';
import { darkTheme, lightTheme, vars } from '../src/theme';
import { CanvasTheme } from './CanvasTheme';
import { ThemedDocsContainer } from './DocsContainer';
import { chromaticModes, type TextSpacing, type ThemeName, viewportOptions } from './modes';
import { TextSpacingStyle } from './TextSpacing';

const themeClass: Record<ThemeName, string> = { light: lightTheme, dark: darkTheme };

/**
 * Every story renders inside the theme, locale and clock chosen by the toolbar (globals) or the
 * story (`globals`, `parameters.clock`); French with its catalogue (`messages={fr}`), as a host
 * passes it. The clock defaults to the seed's instant, so relative times never drift between runs.
 * The `textSpacing` global applies the WCAG 1.4.12 text-spacing override (.storybook/TextSpacing.tsx).
 */
const withProviders: Decorator = (Story, context) => {
  const theme = (context.globals.theme as ThemeName | undefined) ?? 'light';
  const locale = (context.globals.locale as Locale | undefined) ?? 'en';
  const now = (context.parameters.clock as string | undefined) ?? SEED_NOW;
  const textSpacing = (context.globals.textSpacing as TextSpacing | undefined) ?? 'off';
  return (
    <LocaleProvider {...(locale === 'fr' ? { locale, messages: fr } : { locale })}>
      <NowProvider now={now}>
        <div
          className={themeClass[theme] ?? lightTheme}
          lang={locale}
          data-theme={theme}
          data-testid="story-root"
          data-text-spacing={textSpacing === 'wcag' ? textSpacing : undefined}
          style={{
            background: vars.color.background,
            padding: context.parameters.layout === 'fullscreen' ? 0 : 16,
            minHeight: 0,
          }}
        >
          {context.viewMode === 'story' ? <CanvasTheme theme={theme} /> : null}
          <TextSpacingStyle spacing={textSpacing} wholeDocument={context.viewMode === 'story'} />
          <Story />
        </div>
      </NowProvider>
    </LocaleProvider>
  );
};

const preview: Preview = {
  decorators: [withProviders],
  tags: ['autodocs'],
  globalTypes: {
    theme: {
      description: 'Colour theme',
      toolbar: {
        title: 'Theme',
        icon: 'contrast',
        items: [
          { value: 'light', title: 'Light', icon: 'sun' },
          { value: 'dark', title: 'Dark', icon: 'moon' },
        ],
        dynamicTitle: true,
      },
    },
    locale: {
      description: 'Language',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: [
          { value: 'en', title: 'English', right: 'en' },
          { value: 'fr', title: 'Français', right: 'fr' },
        ],
        dynamicTitle: true,
      },
    },
    // WCAG 1.4.12: line height 1.5, paragraph spacing 2× the font size, letter spacing 0.12 em,
    // word spacing 0.16 em, forced on every element. Nothing may be cut or overlap under it.
    textSpacing: {
      description: 'WCAG 1.4.12 text-spacing override',
      toolbar: {
        title: 'Text spacing',
        icon: 'paragraph',
        items: [
          { value: 'off', title: 'Text spacing as designed' },
          { value: 'wcag', title: 'WCAG 1.4.12 text spacing', right: '1.4.12' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { theme: 'light', locale: 'en', textSpacing: 'off' },
  parameters: {
    // The sidebar's order; the first entry is where Storybook opens. Read statically by Storybook
    // (keep it inline); scripts/docs-check.mjs checks the built index follows it.
    options: {
      storySort: {
        order: [
          'Introduction',
          'Foundations',
          ['Consistency', 'Tones', 'Colours', 'Typography', 'Spacing', 'Tone matrix', 'Icons', '*'],
          'Components',
          'Pages',
          'Guardrails (V1)',
          'Rules',
          'Vocabulary',
          '*',
        ],
      },
    },
    // Docs pages follow the theme toolbar (the dark docs theme when the global is dark).
    docs: { container: ThemedDocsContainer },
    layout: 'padded',
    clock: SEED_NOW,
    controls: { matchers: { date: /At$/ } },
    a11y: {
      // Every story fails its test on any WCAG 2.2 AA violation.
      test: 'error',
      options: {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
      },
    },
    // The visual modes (.storybook/modes.ts): the viewport option the narrow mode selects, and the
    // base modes Chromatic captures every story in (tagged metas add the extended ones).
    viewport: { options: viewportOptions },
    chromatic: { modes: chromaticModes },
  },
};

export default preview;
