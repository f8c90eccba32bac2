/// <reference types="vitest/config" />

import { appendFileSync, existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { vanillaExtractPlugin } from '@vanilla-extract/vite-plugin';
import react from '@vitejs/plugin-react';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vite';
import type { BrowserCommand } from 'vitest/node';
import { EXTENDED_MODES_TAG, MODE_NAMES, visualModes } from './.storybook/modes.ts';
import { browserDrift, CHROMIUM_ARGS, chromiumPath } from './scripts/chromium.mjs';
import { MANIFEST_LINES, type VisualRecord } from './scripts/visual-paths.mjs';

const root = path.dirname(fileURLToPath(import.meta.url));
const BASELINES = path.join(root, 'test/visual/baselines');
/** Height of the test runner's window, in CSS px: the tallest story it can capture at 1:1. */
const RUNNER_HEIGHT = 12_000;

/**
 * Screenshot comparison. Same Chromium build as the baselines: not one pixel may differ by more
 * than pixelmatch's colour threshold 0.01. Chromium rasterises the anti-aliased edge of a rounded
 * corner (badges, focus rings, inputs) ±1–2 in one colour channel from run to run under load; 0.01
 * absorbs exactly that, and any token change still fails (16/255 in one channel is ~4× over it).
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
    : { threshold: 0.01, allowedMismatchedPixels: 0 };

/**
 * Browser commands of the story setup (.storybook/vitest.setup.ts), run in Node:
 * where a story's baseline is and whether it exists, and the run's manifest of the screenshots
 * every story × mode is expected to have (read by scripts/test.mjs for orphan baselines and the
 * review report).
 */
const visualBaseline: BrowserCommand<[mode: string, storyId: string]> = (ctx, mode, storyId) => {
  const file = path.basename(ctx.testPath ?? '');
  // The name Vitest gives the screenshot of `${mode}/${storyId}` (it collapses runs of dashes).
  const name = storyId
    .replace(/\s+/g, '-')
    .replace(/[^\w-]+/g, '')
    .replace(/-{2,}/g, '-');
  const baseline = path.join(BASELINES, file, mode, `${name}.png`);
  return { path: path.relative(root, baseline), exists: existsSync(baseline) };
};
const visualRecord: BrowserCommand<[record: Omit<VisualRecord, 'file'>]> = (ctx, record) => {
  const file = path.relative(root, ctx.testPath ?? '');
  // The mode's globals go with the record: the review report links to the story in that mode.
  const globals = (visualModes as Record<string, { globals: Record<string, unknown> }>)[record.mode]?.globals;
  mkdirSync(path.dirname(MANIFEST_LINES), { recursive: true });
  appendFileSync(MANIFEST_LINES, `${JSON.stringify({ ...record, file, ...(globals ? { globals } : {}) })}\n`);
};
/**
 * Emulates the `forced-colors` media feature (Windows High Contrast and the like) on the test's
 * page, iframes included: `'active'` forces the system colours as Chromium does in that mode,
 * `null` ends the emulation. Each test session has its own page, so no other file sees it; the
 * story setup ends it after the story's screenshot (`parameters.chromatic.forcedColors`).
 */
const emulateForcedColors: BrowserCommand<[forcedColors: 'active' | 'none' | null]> = async (ctx, forcedColors) => {
  await ctx.page.emulateMedia({ forcedColors });
};

/** A fresh browser config per project: Vitest names (mutates) each project's instances. */
const browser = () => ({
  enabled: true,
  headless: true,
  provider: playwright({
    launchOptions: {
      executablePath: chromiumPath() ?? '/usr/bin/chromium',
      args: CHROMIUM_ARGS,
    },
    // The runner's own window is larger than any story (1200 × 900 by default, taller pages grow it), so
    // the story frame is never scaled down: screenshots are at 1:1 CSS pixels. The tallest story, the
    // 1,000-source page at 360 px, is about 10,600 px; vitest.setup.ts fails a story taller than this
    // window instead of letting it be scaled.
    contextOptions: {
      deviceScaleFactor: 1,
      reducedMotion: 'reduce',
      viewport: { width: 1280, height: RUNNER_HEIGHT },
    },
  }),
  instances: [{ browser: 'chromium' as const }],
  screenshotFailures: false,
  commands: { visualBaseline, visualRecord, emulateForcedColors },
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
  // Pre-bundled before any test runs: a dependency Vite only discovers while a browser test imports
  // it (zod's core, imported directly by the schemas) makes Vite re-optimise and reload mid-run,
  // and that run fails with "Failed to import test file".
  optimizeDeps: { include: ['zod', 'zod/mini', 'zod/v4/core'] },
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
      // Tests of the components in a real browser (conformance, derivation counts): not stories.
      {
        extends: true,
        test: {
          name: 'dom',
          include: ['test/browser/**/*.test.{ts,tsx}'],
          browser: browser(),
        },
      },
      // One project per visual mode (.storybook/modes.ts): every story runs (render, play, axe) and
      // is screenshotted in each base mode; the extended modes take only the stories tagged for them.
      ...MODE_NAMES.map((mode) => ({
        extends: true as const,
        plugins: [
          storybookTest({
            configDir: path.join(root, '.storybook'),
            initialGlobals: { ...visualModes[mode].globals },
            ...(visualModes[mode].scope === 'extended' ? { tags: { include: [EXTENDED_MODES_TAG] } } : {}),
          }),
        ],
        test: {
          name: `stories:${mode}`,
          browser: browser(),
          provide: { visualMode: mode },
          setupFiles: [path.join(root, '.storybook/vitest.setup.ts')],
        },
      })),
    ],
  },
});
