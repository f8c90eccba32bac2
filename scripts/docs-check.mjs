#!/usr/bin/env node
/**
 * The built Storybook as a reader opens it (`npm run check:docs`; a step of `npm test`, after
 * `npm run build-storybook`):
 *
 * 1. Sidebar order: the first entry of `storybook-static/index.json` is the Introduction, and the
 *    top-level sections follow {@link SIDEBAR_ORDER} (what `parameters.options.storySort` in
 *    .storybook/preview.tsx asks for), each in one block; Foundations opens with Consistency, Tones.
 * 2. Landing: the manager opened at `/` lands on the Introduction (Storybook opens the first entry),
 *    and its sidebar lists the top-level sections in that order (Storybook would lift single pages
 *    above sections shown as headers: .storybook/manager.ts).
 * 3. Every docs entry (`type: 'docs'`) renders at `iframe.html?id=<id>&viewMode=docs` without a page
 *    error, a console error, Storybook's error display, a request leaving the machine, an empty page,
 *    or raw Markdown table text (a `| --- |` row the MDX compiler did not turn into a table).
 *
 * Served by Vite's `preview` on 127.0.0.1 at a free port; opened in the project's Chromium
 * (scripts/chromium.mjs). One line per docs page, then a summary; exits 1 on any failure.
 * `--dir <folder>` checks another build (default `storybook-static`).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright';
import { preview } from 'vite';
import { CHROMIUM_ARGS, ensureChromium } from './chromium.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const dirArg = process.argv.indexOf('--dir');
const DIR = path.resolve(ROOT, dirArg !== -1 ? (process.argv[dirArg + 1] ?? '') : 'storybook-static');

/** The top-level sections of the sidebar, in order (as in .storybook/preview.tsx). `optional` ones may be absent. */
const SIDEBAR_ORDER = [
  { title: 'Introduction' },
  { title: 'Foundations' },
  { title: 'Components' },
  { title: 'Pages' },
  { title: 'Guardrails (V1)' },
  { title: 'Rules' },
  { title: 'Vocabulary', optional: true },
];
/** The first pages of Foundations, in order; the foundations generated from the tokens follow. */
const FOUNDATIONS_FIRST = ['Consistency', 'Tones'];
const FIRST_ENTRY = 'introduction--docs';
/** A docs page taking longer than this to render is reported as failed. */
const PAGE_TIMEOUT_MS = 60_000;
/**
 * Console errors a docs page is expected to log, by docs id: a story that shows an error state by
 * throwing on purpose, whose error React reports as it catches it. Each must still appear (an entry
 * nothing matches any more fails the check, so the list cannot hide a change).
 */
const EXPECTED_CONSOLE_ERRORS = {
  // "A panel crashes": the host's link renderer throws; the legacy panel's boundary shows it.
  'pages-integrationssettingspage--docs': [/router not ready/],
};

const failures = [];
const fail = (message) => failures.push(message);

// ——— 1. Sidebar order, from the built index ———

const indexFile = path.join(DIR, 'index.json');
if (!existsSync(indexFile)) {
  console.error(`No built Storybook at ${path.relative(ROOT, DIR) || DIR}: run  npm run build-storybook  first.`);
  process.exit(1);
}
const entries = Object.values(JSON.parse(readFileSync(indexFile, 'utf8')).entries);
const topOf = (entry) => entry.title.split('/')[0].trim();

/** Consecutive runs of the same value: ['a', 'a', 'b', 'a'] → ['a', 'b', 'a']. */
const runs = (values) => values.filter((value, i) => i === 0 || value !== values[i - 1]);

function checkOrder() {
  const problems = [];
  if (entries[0]?.id !== FIRST_ENTRY) {
    problems.push(`the first entry is ${entries[0]?.id ?? 'missing'}, not ${FIRST_ENTRY}: Storybook would open there`);
  }
  const tops = runs(entries.map(topOf));
  const known = SIDEBAR_ORDER.map((s) => s.title);
  const unknown = [...new Set(tops.filter((top) => !known.includes(top)))];
  if (unknown.length > 0) {
    problems.push(
      `top-level section(s) ${unknown.map((t) => `"${t}"`).join(', ')} are not in the agreed order: add them to storySort (.storybook/preview.tsx) and SIDEBAR_ORDER (scripts/docs-check.mjs)`,
    );
  }
  const expected = SIDEBAR_ORDER.filter((s) => !s.optional || tops.includes(s.title)).map((s) => s.title);
  const actual = tops.filter((top) => known.includes(top));
  if (actual.join(' › ') !== expected.join(' › ')) {
    problems.push(`top-level order is ${actual.join(' › ')}; expected ${expected.join(' › ')}`);
  }
  const foundations = runs(
    entries.filter((e) => topOf(e) === 'Foundations').map((e) => e.title.split('/')[1]?.trim() ?? ''),
  );
  if (foundations.slice(0, FOUNDATIONS_FIRST.length).join(' › ') !== FOUNDATIONS_FIRST.join(' › ')) {
    problems.push(
      `Foundations starts with ${foundations.slice(0, 3).join(' › ')}; expected ${FOUNDATIONS_FIRST.join(' › ')} first`,
    );
  }
  return { problems, tops };
}

const order = checkOrder();
if (order.problems.length === 0) console.log(`✔ Sidebar order: ${order.tops.join(' › ')} (first entry ${FIRST_ENTRY})`);
else {
  console.error('✖ Sidebar order');
  for (const problem of order.problems) console.error(`    ${problem}`);
  fail('sidebar order');
}

// ——— 2 and 3. The built Storybook in Chromium ———

const executablePath = ensureChromium();
if (!executablePath) process.exit(1);

const server = await preview({
  root: ROOT,
  configFile: false,
  logLevel: 'silent',
  appType: 'mpa',
  build: { outDir: DIR },
  preview: { host: '127.0.0.1', port: 0, strictPort: true, open: false },
});
const address = server.httpServer.address();
const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });
const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce' });

/** A page that records what went wrong on it: page errors, console errors, requests off the machine. */
async function watchedPage() {
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message.split('\n')[0]}`));
  const consoleErrors = [];
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    // iframe.html names no icon, so the browser asks for /favicon.ico on its own.
    if (message.location().url.endsWith('/favicon.ico')) return;
    consoleErrors.push(message.text());
  });
  await page.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.origin === base || url.protocol === 'data:' || url.protocol === 'blob:') return route.continue();
    problems.push(`request leaving the machine: ${url.href}`);
    return route.abort();
  });
  return { page, problems, consoleErrors };
}

/** Console errors not expected on `id`, and expected ones that did not appear. */
function consoleProblems(id, messages) {
  const expected = EXPECTED_CONSOLE_ERRORS[id] ?? [];
  const problems = messages
    .filter((message) => !expected.some((pattern) => pattern.test(message)))
    .map((message) => `console error: ${message.split('\n')[0]}`);
  for (const pattern of expected) {
    if (!messages.some((message) => pattern.test(message))) {
      problems.push(`the expected console error ${pattern} did not appear: update EXPECTED_CONSOLE_ERRORS`);
    }
  }
  return problems;
}

try {
  // 2. Landing.
  {
    const { page, problems, consoleErrors } = await watchedPage();
    const t0 = Date.now();
    await page.goto(`${base}/`);
    const landed = await page
      .waitForURL(/[?&]path=\/docs\/introduction--docs/, { timeout: PAGE_TIMEOUT_MS })
      .then(() => true)
      .catch(() => false);
    // The sidebar as a reader sees it on arrival (nothing expanded): one item per top-level section.
    const sidebar = landed
      ? await page
          .waitForSelector('#storybook-explorer-tree [data-item-id]', { timeout: PAGE_TIMEOUT_MS })
          .then(() =>
            page.$$eval('#storybook-explorer-tree [data-item-id]', (items) =>
              items.map(
                (item) =>
                  item.querySelector('a[id], button[id]')?.textContent?.trim() || item.getAttribute('data-item-id'),
              ),
            ),
          )
      : [];
    const expectedSidebar = SIDEBAR_ORDER.filter((s) => order.tops.includes(s.title)).map((s) => s.title);
    if (landed && sidebar.join(' › ') !== expectedSidebar.join(' › ')) {
      problems.push(`the sidebar reads ${sidebar.join(' › ')}; expected ${expectedSidebar.join(' › ')}`);
    }
    const seconds = ((Date.now() - t0) / 1000).toFixed(1);
    problems.push(...consoleProblems('manager', consoleErrors));
    if (landed && problems.length === 0) {
      console.log(`✔ Storybook opens on the Introduction, sidebar ${sidebar.join(' › ')} (${seconds} s)`);
    } else {
      console.error(
        landed
          ? '✖ Storybook opens on the Introduction, but:'
          : `✖ Storybook opened at ${page.url()}, not on the Introduction (${FIRST_ENTRY})`,
      );
      for (const problem of problems) console.error(`    ${problem}`);
      fail('landing');
    }
    await page.close();
  }

  // 3. Every docs page.
  const docs = entries.filter((entry) => entry.type === 'docs');
  console.log(`Docs pages (${docs.length}):`);
  let clean = 0;
  for (const entry of docs) {
    const { page, problems, consoleErrors } = await watchedPage();
    const t0 = Date.now();
    try {
      await page.goto(`${base}/iframe.html?id=${encodeURIComponent(entry.id)}&viewMode=docs`);
      // Storybook announces a finished docs render on its channel (`docsRendered`, with the id),
      // or shows its error display.
      await page.waitForFunction(
        (id) => {
          if (document.body.classList.contains('sb-show-errordisplay')) return true;
          const channel = globalThis.__STORYBOOK_ADDONS_CHANNEL__;
          return channel?.last?.('docsRendered')?.[0] === id;
        },
        entry.id,
        { timeout: PAGE_TIMEOUT_MS, polling: 100 },
      );
      // The stories embedded in the page render after it, each in its block: wait for every block's
      // story root (a story that throws has none, and the page is reported).
      const storiesRendered = await page
        .waitForFunction(
          () => {
            const blocks = document.querySelectorAll('#storybook-docs .docs-story').length;
            const roots = document.querySelectorAll('#storybook-docs .docs-story [data-testid="story-root"]').length;
            return document.body.classList.contains('sb-show-errordisplay') || roots >= blocks;
          },
          undefined,
          { timeout: PAGE_TIMEOUT_MS, polling: 100 },
        )
        .then(() => true)
        .catch(() => false);
      await page.waitForLoadState('networkidle', { timeout: PAGE_TIMEOUT_MS });
      if (!storiesRendered) {
        const [roots, blocks] = await page.evaluate(() => [
          document.querySelectorAll('#storybook-docs .docs-story [data-testid="story-root"]').length,
          document.querySelectorAll('#storybook-docs .docs-story').length,
        ]);
        problems.push(`${roots} of the ${blocks} stories on the page rendered`);
      }
      const seen = await page.evaluate(() => {
        const errorShown = document.body.classList.contains('sb-show-errordisplay');
        const errorText = errorShown
          ? `${document.querySelector('#error-message')?.textContent ?? ''}`.trim().split('\n')[0]
          : '';
        const root = document.querySelector('#storybook-docs');
        const rawTables = [];
        if (root) {
          const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            // A Markdown table's delimiter row (`| --- | :-: |`) left as text; code samples may show one.
            if (node.parentElement?.closest('pre, code')) continue;
            if (/\|\s*:?-{3,}:?\s*\|/.test(node.nodeValue ?? ''))
              rawTables.push((node.nodeValue ?? '').trim().slice(0, 80));
          }
        }
        return {
          errorShown,
          errorText,
          text: (root?.textContent ?? '').trim().length,
          title: root?.querySelector('h1')?.textContent?.trim() ?? '',
          rawTables,
        };
      });
      if (seen.errorShown) problems.push(`Storybook shows an error: ${seen.errorText || '(no message)'}`);
      if (!seen.errorShown && seen.text === 0) problems.push('the page rendered no text');
      for (const raw of seen.rawTables) problems.push(`raw Markdown table text: "${raw}…"`);
    } catch (error) {
      problems.push(
        `did not finish rendering: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`,
      );
    }
    const seconds = ((Date.now() - t0) / 1000).toFixed(1);
    problems.push(...consoleProblems(entry.id, consoleErrors));
    if (problems.length === 0) {
      clean += 1;
      console.log(`  ✔ ${entry.id}  (${entry.title}, ${seconds} s)`);
    } else {
      console.error(`  ✖ ${entry.id}  (${entry.title}, ${seconds} s)`);
      for (const problem of [...new Set(problems)]) console.error(`      ${problem}`);
      fail(entry.id);
    }
    await page.close();
  }
  console.log(`\nDocs pages: ${clean} of ${docs.length} rendered cleanly.`);
} finally {
  await browser.close();
  await server.close();
}

if (failures.length > 0) {
  console.error(`Docs check failed: ${failures.join(', ')}.`);
  process.exit(1);
}
console.log('Docs check passed: sidebar order, landing page, every docs page.');
