/// <reference types="vitest/config" />
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { vanillaExtractPlugin } from '@vanilla-extract/vite-plugin';
import react from '@vitejs/plugin-react';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vite';
import { modes } from './.storybook/modes.ts';
import { browserDrift, chromiumPath } from './scripts/chromium.mjs';

const root = path.dirname(fileURLToPath(import.meta.url));
const BASELINES = path.join(root, 'test/visual/baselines');

/**
 * Screenshot comparison. Same Chromium build as the baselines: not one pixel may differ.
 * A newer build of the same major version (Debian ships only its current build): anti-aliased
 * pixels are ignored and at most 0.05 % of pixels may differ, enough for glyph rasterisation
 * changes between builds and far below what any token change produces (a badge's surface alone is
 * ~1.5 % of a screenshot). A different major version is stopped earlier, by scripts/test.mjs,
 * with a message asking for a re-baseline. See test/visual/README.md.
 */
const drift = browserDrift();
const comparatorOptions =
  drift === 'patch'
    ? { threshold: 0.05, allowedMismatchedPixelRatio: 0.0005 }
    : { threshold: 0, allowedMismatchedPixels: 0 };

/** A fresh browser config per project: Vitest names (mutates) each project's instances. */
const browser = () => ({
  enabled: true,
  headless: true,
  provider: playwright({
    launchOptions: {
      executablePath: chromiumPath() ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-quic',
        '--no-first-run',
        '--font-render-hinting=none',
        '--force-color-profile=srgb',
        '--hide-scrollbars',
      ],
    },
    contextOptions: { deviceScaleFactor: 1, reducedMotion: 'reduce' },
  }),
  instances: [{ browser: 'chromium' as const }],
  screenshotFailures: false,
  expect: {
    toMatchScreenshot: {
      comparatorName: 'pixelmatch' as const,
      comparatorOptions,
      resolveScreenshotPath: ({ arg, ext, testFileName }: { arg: string; ext: string; testFileName: string }) =>
        path.join(BASELINES, testFileName, `${arg}${ext}`),
      resolveDiffPath: ({
        arg,
        ext,
        testFileName,
        attachmentsDir,
      }: {
        arg: string;
        ext: string;
        testFileName: string;
        attachmentsDir: string;
      }) => path.join(root, attachmentsDir, 'visual', testFileName, `${arg}${ext}`),
    },
  },
});

export default defineConfig({
  plugins: [react(), vanillaExtractPlugin()],
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/**/*.test.{ts,tsx}'],
          exclude: ['test/browser/**'],
          environment: 'node',
        },
      },
      // One project per visual mode: every story runs (render, play, axe) and is screenshotted in each.
      ...Object.entries(modes).map(([mode, globals]) => ({
        extends: true as const,
        plugins: [storybookTest({ configDir: path.join(root, '.storybook'), initialGlobals: globals })],
        test: {
          name: `stories:${mode}`,
          browser: browser(),
          setupFiles: [path.join(root, '.storybook/vitest.setup.ts')],
        },
      })),
    ],
  },
});
