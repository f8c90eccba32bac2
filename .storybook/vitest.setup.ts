/**
 * Vitest-only setup for the story projects (never loaded by `storybook dev`), one project per
 * visual mode (.storybook/modes.ts). For every story:
 *
 * 1. Guardrail 1 (mock-only): from before the story renders until after its play function and
 *    axe check, every network API and storage write is watched; any call fails the story, naming
 *    the API and its URL or key. See test/visual/README.md, "Guardrail 1".
 * 2. Modes: a story whose own `globals` already fix what this mode changes, or whose
 *    `parameters.chromatic.modes[mode].disable` is set, is skipped in this mode.
 * 3. No English in French: a story shown in French (the `fr` mode, or its own `globals.locale`)
 *    fails when a text node or label of its root is an English catalogue entry that differs from
 *    its French one (glossary terms, `[lang="en"]` subtrees and `<code>` excepted), naming them.
 * 4. Screenshot: its root is compared with `test/visual/baselines/<stories file>/<mode>/<story id>.png`,
 *    honouring Chromatic's `disableSnapshot`, `delay`, `diffThreshold`, `ignoreSelectors` and
 *    `data-chromatic="ignore"`. Each story × mode is recorded in the run's manifest, from which
 *    `npm test` finds orphan baselines and writes the review report.
 * 5. Forced colours: a story with `parameters.chromatic.forcedColors: 'active'` renders, plays and
 *    is screenshotted with the `forced-colors` media feature emulated (browser command
 *    `emulateForcedColors`, vite.config.ts); the emulation ends when the story's test finishes,
 *    whatever its result, so no other story sees it.
 */
import type { StoryContext } from '@storybook/react-vite';
import { afterEach, beforeEach, expect, inject, type TestContext } from 'vitest';
import { commands, page } from 'vitest/browser';
import type { VisualRecord } from '../scripts/visual-paths.mjs';
import { UNTRANSLATED_TERMS } from '../src/i18n/glossary';
import { catalogues } from '../src/locales/all';
import { BASE_MODE, EXTENDED_MODES_TAG, type ModeGlobals, type ModeName, visualModes } from './modes';
import { type GuardrailWatcher, watchNetworkAndStorage } from './vitest.guardrail';
// The typeface's @font-face rules, registered before any story module loads: `document.fonts.load`
// below then waits for Inter itself (with no rule registered yet it would resolve at once, and the
// first story of a file would lay its selects out in the fallback font).
import '../src/theme/fonts';

declare module 'vitest' {
  interface ProvidedContext {
    visualMode: ModeName;
  }
}

declare module 'vitest/browser' {
  interface BrowserCommands {
    visualBaseline: (mode: string, storyId: string) => Promise<{ path: string; exists: boolean }>;
    visualRecord: (record: Omit<VisualRecord, 'file'>) => Promise<void>;
    emulateForcedColors: (forcedColors: 'active' | 'none' | null) => Promise<void>;
  }
}

/** Chromatic's story parameters that mean something locally (https://www.chromatic.com/docs/config-with-story-params/). */
interface ChromaticParameters {
  disableSnapshot?: boolean;
  delay?: number;
  diffThreshold?: number;
  ignoreSelectors?: string[];
  modes?: Record<string, { disable?: boolean } & Record<string, unknown>>;
  /** The `forced-colors` media feature the story is captured with (https://www.chromatic.com/docs/media-features/). */
  forcedColors?: 'active' | 'none';
}

type ComposedStory = StoryContext & { storyName?: string };

const mode = inject('visualMode');
/** The weights of Inter the theme bundles (src/theme/fonts.ts). */
const FONT_WEIGHTS = [400, 500, 600] as const;
const modeDefinition = visualModes[mode];
const IGNORE_SELECTOR = '[data-chromatic="ignore"]';
/**
 * Time allowed for a screenshot comparison, from the work it does. Vitest captures the story and
 * compares it with its baseline; when they differ it captures again until two captures in a row
 * agree, so one comparison takes up to three captures. Each capture has a fixed part (round trips
 * to the browser, its stability check, encoding and decoding: about 0.3 s on a quiet 2-core
 * machine, 3 s measured with six CPU-bound processes beside the suite) and a part that grows with
 * the picture's area (a 360 px card is a few kilopixels, the 1,000-source page several
 * megapixels). Both are allowed about ten times their quiet cost.
 */
const SCREENSHOT_CAPTURES = 3;
const SCREENSHOT_MS_PER_CAPTURE = 3_000;
const SCREENSHOT_MS_PER_MEGAPIXEL = 6_000;
/** The screenshot hook's own limit: above any story's screenshot time (three captures' fixed cost, plus the 15-megapixel maximum's pixels). */
const STORY_HOOK_TIMEOUT = 120_000;

/** What Storybook told us about the story running now (its own globals are only on its context). */
let current: { test: TestContext; title?: string; name?: string; storyGlobals?: Record<string, unknown> } | null = null;
let watcher: GuardrailWatcher | null = null;
/** The `forced-colors` emulation is on (set by `emulateForcedColors`, ended when the story's test finishes). */
let forcedColorsEmulated = false;

async function endForcedColors() {
  if (!forcedColorsEmulated) return;
  await commands.emulateForcedColors(null);
  forcedColorsEmulated = false;
}

/** The globals this mode sets differently from the base mode: what a story can pin itself. */
const baseGlobals: Record<string, unknown> = visualModes[BASE_MODE].globals;
const modeGlobals: Record<string, unknown> = modeDefinition.globals;
const changedGlobals = Object.keys(modeGlobals).filter(
  (key) => JSON.stringify(modeGlobals[key]) !== JSON.stringify(baseGlobals[key]),
);

/**
 * A project-level Storybook `beforeEach`, added to the project annotations the addon composed,
 * runs inside the story's lifecycle right before it renders: the one place the story's own
 * `globals` are known. It skips the story in a mode it would only duplicate, and turns on the
 * `forced-colors` emulation a story asks for (`parameters.chromatic.forcedColors`).
 */
const storyBeforeEach = async (context: StoryContext) => {
  if (!current) return;
  current.title = context.title;
  current.name = context.name;
  current.storyGlobals = context.storyGlobals;
  const chromatic = (context.parameters.chromatic ?? {}) as ChromaticParameters;
  let reason: string | null = null;
  if (chromatic.modes?.[mode]?.disable) reason = `parameters.chromatic.modes.${mode}.disable`;
  else if (changedGlobals.length > 0 && changedGlobals.every((key) => key in context.storyGlobals))
    reason = `its own globals (${changedGlobals.join(', ')}) already fix what mode "${mode}" changes: same as its ${BASE_MODE} screenshot`;
  if (reason) {
    const test = current.test;
    return commands
      .visualRecord({
        mode,
        storyId: context.id,
        title: context.title,
        name: context.name,
        screenshot: 'skipped',
        reason,
        baseline: '',
      })
      .then(() => test.skip(`not run in mode "${mode}": ${reason}`));
  }
  if (chromatic.forcedColors) {
    // After the screenshot (afterEach), on any result: the next story starts without it.
    current.test.onTestFinished(endForcedColors);
    await commands.emulateForcedColors(chromatic.forcedColors);
    forcedColorsEmulated = true;
  }
};

type ProjectAnnotations = { beforeEach?: unknown };
const installed = new WeakSet<ProjectAnnotations>();

/** Adds `storyBeforeEach` to the annotations the addon composed from preview.tsx (its setup file runs after this one). */
function installStoryHook() {
  const project = (globalThis as { globalProjectAnnotations?: ProjectAnnotations }).globalProjectAnnotations;
  if (!project) {
    throw new Error(
      'vitest.setup.ts: Storybook project annotations are not set; @storybook/addon-vitest should have applied .storybook/preview.tsx.',
    );
  }
  if (installed.has(project)) return;
  const existing = project.beforeEach;
  project.beforeEach = [...(Array.isArray(existing) ? existing : existing ? [existing] : []), storyBeforeEach];
  installed.add(project);
}

beforeEach(async (context) => {
  installStoryHook();
  current = { test: context };
  // A story whose test ended without its own cleanup (a crashed run) leaves nothing behind.
  await endForcedColors();
  // Every weight of the bundled typeface is loaded before the story renders, not only those
  // already requested (what `fonts.ready` waits for): a form control laid out before its font
  // arrives keeps the fallback font's baseline, and its screenshot would depend on timing.
  await Promise.all(FONT_WEIGHTS.map((weight) => document.fonts.load(`${weight} 16px Inter`)));
  await document.fonts.ready;
  watcher?.restore();
  watcher = watchNetworkAndStorage();
});

afterEach(async (context) => {
  // Stop watching first: what follows (screenshot, records) is the runner's, not the story's.
  const calls = watcher?.restore() ?? [];
  watcher = null;
  const story = (context as typeof context & { story?: ComposedStory }).story;
  const info = current;
  current = null;
  if (!story || context.task.result?.state === 'skip') return;
  const title = info?.title ?? context.task.suite?.name ?? '';
  const name = info?.name ?? context.task.name;
  const label = `"${title} › ${name}" (${story.id}) in mode "${mode}"`;

  if (calls.length > 0) {
    throw new Error(
      [
        `Guardrail 1 (mock-only): story ${label} made ${calls.length} network or storage call(s) during its render/play:`,
        ...calls.map((call) => `  • ${call}`),
        'Stories render from fixtures only: no fetch, XHR, WebSocket, EventSource, sendBeacon or storage write (test/visual/README.md, "Guardrail 1").',
      ].join('\n'),
    );
  }

  if (!context.task.result?.errors?.length && info?.storyGlobals === undefined) {
    // Without the hook, stories pinned to a mode's globals would be screenshotted twice, silently.
    throw new Error(
      `vitest.setup.ts: the Storybook beforeEach added to the project annotations did not run for story ${label}; the mode-skipping logic needs it (has @storybook/addon-vitest changed how it composes stories?).`,
    );
  }

  const chromatic = (story.parameters.chromatic ?? {}) as ChromaticParameters;
  checkExtendedModes(story, chromatic, label);

  const french = (modeDefinition.globals as ModeGlobals).locale === 'fr' || info?.storyGlobals?.locale === 'fr';
  const storyRoot = document.querySelector('[data-testid="story-root"]');
  if (french && storyRoot && !context.task.result?.errors?.length) {
    const english = englishShownIn(storyRoot);
    if (english.length > 0) {
      throw new Error(
        [
          `Story ${label} is in French but shows ${english.length} English catalogue entr${english.length === 1 ? 'y' : 'ies'}:`,
          ...english.map((text) => `  • ${JSON.stringify(text)}`),
          'Say it in French (src/i18n/messages), mark a deliberate English part with lang="en", or list a product word in src/i18n/glossary.ts.',
        ].join('\n'),
      );
    }
  }

  const baseline = await commands.visualBaseline(mode, story.id);
  const disabled = chromatic.disableSnapshot === true;
  await commands.visualRecord({
    mode,
    storyId: story.id,
    title,
    name,
    screenshot: disabled ? 'disabled' : 'expected',
    ...(disabled ? { reason: 'parameters.chromatic.disableSnapshot' } : {}),
    baseline: baseline.path,
  });
  // disableSnapshot: the story still ran (render, play, axe); only its screenshot is skipped.
  if (disabled) return;
  // A story that already failed is reported for that failure; a screenshot would only add noise.
  if (context.task.result?.errors?.length) return;

  if (chromatic.delay && chromatic.delay > 0) await new Promise((resolve) => setTimeout(resolve, chromatic.delay));
  await document.fonts.ready;
  const root = document.querySelector('[data-testid="story-root"]');
  if (!root) throw new Error(`Story ${label} rendered no story root to screenshot`);
  // A story taller than the viewport (the page) is only painted where the viewport is: grow the
  // viewport to the story's full height for the capture, then give the next story the usual size.
  const { innerWidth: width, innerHeight: height } = window;
  const fullHeight = Math.ceil(root.getBoundingClientRect().bottom + window.scrollY);
  // Vitest scales the story frame down to fit the runner's window: past that height the capture
  // would no longer be at 1:1 CSS pixels, so say so instead of comparing a shrunken picture.
  const runnerHeight = window.parent.innerHeight;
  if (fullHeight > runnerHeight) {
    throw new Error(
      `Story ${label} is ${fullHeight} px tall, more than the test runner's window (${runnerHeight} px): its screenshot would be scaled down. Raise RUNNER_HEIGHT in vite.config.ts.`,
    );
  }
  if (fullHeight > height) await page.viewport(width, fullHeight);
  // Growing the viewport fires resize observers (the virtualised tables measure their viewport and
  // render the rows now in view): capture only once the story has stopped changing.
  await settled(root);
  const selectors = [IGNORE_SELECTOR, ...(chromatic.ignoreSelectors ?? [])].join(', ');
  const mask = Array.from(root.querySelectorAll(selectors));
  // The time allowed is the work of the comparison (see SCREENSHOT_CAPTURES): its captures' fixed
  // cost and their pixels, so a tall page and a small card on a busy machine each get what they take.
  const box = root.getBoundingClientRect();
  const megapixels = (Math.ceil(box.width) * Math.ceil(box.height)) / 1e6;
  const timeout = Math.ceil(SCREENSHOT_CAPTURES * SCREENSHOT_MS_PER_CAPTURE + megapixels * SCREENSHOT_MS_PER_MEGAPIXEL);
  try {
    await expect.element(page.elementLocator(root)).toMatchScreenshot(`${mode}/${story.id}`, {
      timeout,
      ...(mask.length > 0 ? { screenshotOptions: { mask } } : {}),
      ...(chromatic.diffThreshold !== undefined ? { comparatorOptions: { threshold: chromatic.diffThreshold } } : {}),
    });
  } catch (error) {
    if (baseline.exists) throw error;
    const detail = error instanceof Error ? error.message : String(error);
    throw new Error(
      [
        `Story ${label} has no baseline: ${baseline.path}.`,
        'Write it with `npm run test:update`, look at the image, and commit it with the story.',
        `(${detail.split('\n')[0]})`,
      ].join('\n'),
    );
  } finally {
    if (fullHeight > height) await page.viewport(width, height);
  }
}, STORY_HOOK_TIMEOUT);

/** English catalogue entries (no placeholder) that differ from their French and are no glossary term, spaces normalised. */
const ENGLISH_ONLY: ReadonlySet<string> = (() => {
  const spaces = (text: string) => text.replace(/\s+/g, ' ').trim();
  const kept = new Set<string>(UNTRANSLATED_TERMS);
  const english = new Set<string>();
  for (const [key, text] of Object.entries(catalogues.en)) {
    const fr = catalogues.fr[key as keyof typeof catalogues.fr];
    if (!text.includes('{') && spaces(text) !== spaces(fr) && !kept.has(text)) english.add(spaces(text));
  }
  return english;
})();

/**
 * The English catalogue entries shown under `root`: its text nodes (an element's adjacent text
 * nodes joined) and its `aria-label`, `title`, `placeholder` and `alt`, outside `[lang="en"]`
 * subtrees, `<code>`, `<script>` and `<style>`.
 */
function englishShownIn(root: Element): string[] {
  const found = new Set<string>();
  const check = (text: string | null) => {
    const normalised = text?.replace(/\s+/g, ' ').trim();
    if (normalised && ENGLISH_ONLY.has(normalised)) found.add(normalised);
  };
  const skip = 'code, script, style, [lang="en"], [lang^="en-"]';
  const visit = (element: Element) => {
    if (element.matches(skip)) return;
    for (const name of ['aria-label', 'title', 'placeholder', 'alt']) check(element.getAttribute(name));
    let run = '';
    for (const child of element.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) run += child.textContent ?? '';
      else {
        check(run);
        run = '';
        if (child instanceof Element) visit(child);
      }
    }
    check(run);
  };
  visit(root);
  return [...found];
}

/**
 * Resolves once the story is still: two animation frames in a row with no DOM change under `root`
 * and no change of its size. Bounded (3 s of frames), then the comparison reports what it sees.
 */
async function settled(root: Element): Promise<void> {
  const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
  let changed = false;
  const observer = new MutationObserver(() => {
    changed = true;
  });
  observer.observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
  try {
    let size = `${root.getBoundingClientRect().width}x${root.getBoundingClientRect().height}`;
    for (let i = 0; i < 90; i++) {
      changed = false;
      await frame();
      await frame();
      const now = `${root.getBoundingClientRect().width}x${root.getBoundingClientRect().height}`;
      if (!changed && now === size) return;
      size = now;
    }
  } finally {
    observer.disconnect();
  }
}

/**
 * The tag selects the extended modes locally; Chromatic reads `parameters.chromatic.modes`.
 * Both must say the same, or Chromatic and the local run review different things.
 */
function checkExtendedModes(story: ComposedStory, chromatic: ChromaticParameters, label: string) {
  if (mode !== BASE_MODE) return;
  const extended = Object.entries(visualModes)
    .filter(([, definition]) => definition.scope === 'extended')
    .map(([name]) => name);
  const tagged = story.tags.includes(EXTENDED_MODES_TAG);
  const inChromatic = extended.filter((name) => chromatic.modes?.[name] && !chromatic.modes[name]?.disable);
  if (tagged && inChromatic.length === 0) {
    throw new Error(
      `Story ${label} is tagged '${EXTENDED_MODES_TAG}' but Chromatic would not capture its extended modes (${extended.join(', ')}): add \`parameters: { chromatic: { modes: extendedChromaticModes } }\` (from .storybook/modes.ts) to its meta.`,
    );
  }
  if (!tagged && inChromatic.length > 0) {
    throw new Error(
      `Story ${label} sets Chromatic modes ${inChromatic.join(', ')} but is not tagged '${EXTENDED_MODES_TAG}', so the local run never screenshots them: add \`tags: ['${EXTENDED_MODES_TAG}']\` to its meta.`,
    );
  }
}
