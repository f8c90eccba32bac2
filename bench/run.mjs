#!/usr/bin/env node
/**
 * `npm run bench`: SourceTable against what a team would pick instead, TanStack Table v9 with
 * TanStack Virtual (bench/page/TanStackTable.tsx), and against a plain, non-virtualised table
 * (bench/page/PlainTable.tsx), all of the same sources and columns, in headless Chromium at 1,000
 * and 10,000 sources: first render, sort, filter, rows in the DOM. Then the whole page
 * (IntegrationsSettingsPage: first render, choosing a health metric, opening a source's detail
 * dialog) at the same sizes, beside the controls' first render, and the domain rules over 100,000
 * sources in Node.
 * Each browser figure is timed from the action to the paint of the next frame (a rAF, then a task
 * queued from it), not only until React commits; the figure printed is the median of the runs,
 * after one warm-up. Every action starts on an idle page, as a click does: started the instant a
 * frame that drew nothing was painted, any change (one CSS property as much as a sort) waits about
 * 17 ms for Chromium's next frame tick, which would time the tick, not the action. The control
 * figures, printed too, show that wait.
 * SourceTable's and TanStack's runs are interleaved, one of each in turn, so the machine's load
 * moves both alike; the plain table runs after them. Goals are ratios to
 * TanStack Table + Virtual measured that way, printed with their verdict; the 1-minute load
 * average is printed beside the figures.
 * It never fails on timings (exit 1 only on errors).
 *
 *   npm run bench [-- --runs 7]
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { vanillaExtractPlugin } from '@vanilla-extract/vite-plugin';
import react from '@vitejs/plugin-react';
import { chromium } from 'playwright';
import { build, preview } from 'vite';
import { CHROMIUM_ARGS, chromiumPath } from '../scripts/chromium.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const argRuns = process.argv.indexOf('--runs');
const RUNS = Math.max(5, argRuns > 0 ? Number(process.argv[argRuns + 1]) || 7 : 7);
const SIZES = [1_000, 10_000];
const RULES_COUNT = 100_000;
/** The tables measured, in print order (see bench/page/main.tsx). */
const IMPLS = ['SourceTable', 'TanStack', 'plain'];
const IMPL_NAMES = { SourceTable: 'SourceTable', TanStack: 'TanStack+Virtual', plain: 'plain table' };
/**
 * The goals, as SourceTable ÷ TanStack Table + Virtual in the same run (at every size), and the
 * absolute ones: rows in the DOM and the domain rules in Node.
 */
const GOALS = { mount: 1.0, sort: 0.5, filter: 0.5 };
const ROWS_GOAL = 100;
const RULES_GOAL = 50;
const ARGS = [
  ...CHROMIUM_ARGS,
  // Frames are produced as soon as there is something to paint instead of on the next 60 Hz tick,
  // so a figure is the work up to the painted frame, not that plus a wait for the display's refresh
  // (which alone is up to 16.7 ms and would hide the work being measured). "empty frame" shows the rest.
  '--disable-gpu-vsync',
  '--disable-frame-rate-limit',
  // `gc()` in the page: each action starts on a collected heap (bench/page/timing.ts, `idle`).
  '--js-flags=--expose-gc',
];

const out = (line = '') => process.stdout.write(`${line}\n`);
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const ms = (value) => `${value.toFixed(1)} ms`;
const times = (value) => `${value.toFixed(2)}×`;
const verdict = (value, goal) => (value <= goal ? 'ok' : 'OVER');
const loads = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
const count = (n) => n.toLocaleString('en');

/** Prints rows of cells: the first left-aligned in `first` characters, the others right-aligned in `widths`. */
function grid(rows, first, widths) {
  for (const [label, ...cells] of rows) {
    out(
      `${label.padEnd(first)}${cells.map((cell, i) => String(cell ?? '').padStart(widths[i] ?? 10)).join('')}`.trimEnd(),
    );
  }
}

function executablePath() {
  const found = chromiumPath();
  if (!found) throw new Error('No Chromium found: set CHROMIUM_PATH or apt-get install chromium');
  return found;
}

/** Builds the bench page (library code + React, production mode) and the rules script. */
async function buildAll(dir) {
  const common = {
    configFile: false,
    logLevel: 'error',
    mode: 'production',
    plugins: [react(), vanillaExtractPlugin()],
  };
  await build({
    ...common,
    root: path.join(root, 'bench/page'),
    base: './',
    build: { outDir: path.join(dir, 'page'), emptyOutDir: true, minify: true },
  });
  await build({
    ...common,
    plugins: [],
    ssr: { noExternal: true },
    build: {
      ssr: path.join(root, 'bench/rules.ts'),
      outDir: path.join(dir, 'rules'),
      emptyOutDir: true,
      rollupOptions: { output: { entryFileNames: 'rules.mjs' } },
    },
  });
}

/** Serves the built page with Vite's `preview` on 127.0.0.1 at a free port; returns the server and its URL. */
async function serve(outDir) {
  const server = await preview({
    root,
    configFile: false,
    logLevel: 'silent',
    appType: 'mpa',
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0, strictPort: true, open: false },
  });
  const address = server.httpServer.address();
  if (typeof address !== 'object' || !address) throw new Error('the preview server has no address');
  return { server, url: `http://127.0.0.1:${address.port}/` };
}

/** Each key's median over the samples (every sample has the same numeric keys). */
const medians = (samples) =>
  Object.fromEntries(Object.keys(samples[0]).map((key) => [key, median(samples.map((s) => s[key]))]));

/** `window.__bench[fn](...args)` in `page`. */
const call = (page, fn, ...args) => page.evaluate(([f, a]) => window.__bench[f](...a), [fn, args]);

/**
 * Measures each of `subjects` (a page, a function of the bench page and its arguments): one warm-up
 * call each (not counted), then RUNS rounds, and the median of each figure, with the 1-minute load
 * average just before. The rounds are interleaved, one call of each subject per round, in an order
 * that turns from one round to the next: a shared machine's load changes from one second to the
 * next, and interleaved, it moves every subject alike instead of the one measured while it peaked.
 */
async function measureTogether(subjects) {
  const load = os.loadavg()[0];
  for (const { page, fn, args } of subjects) await call(page, fn, ...args);
  const samples = subjects.map(() => []);
  for (let r = 0; r < RUNS; r++) {
    for (let k = 0; k < subjects.length; k++) {
      const i = (r + k) % subjects.length;
      const { page, fn, args } = subjects[i];
      samples[i].push(await call(page, fn, ...args));
    }
  }
  return samples.map((s) => ({ ...medians(s), load }));
}

async function benchBrowser(url) {
  const browser = await chromium.launch({ executablePath: executablePath(), args: ARGS, headless: true });
  try {
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 }, deviceScaleFactor: 1 });
    page.on('pageerror', (error) => out(`page error: ${error.message}`));
    await page.goto(url);
    await page.waitForFunction(() => typeof window.__bench === 'object');
    const results = [];
    const pages = [];
    for (const size of SIZES) {
      await page.evaluate((n) => window.__bench.prepare(n), size);
      // SourceTable and TanStack, whose ratios are the goals, in turn; then the plain table alone,
      // whose thousands of rows would leave the other two garbage to collect in the middle of a run.
      for (const group of [['SourceTable', 'TanStack'], ['plain']]) {
        const measured = await measureTogether(group.map((impl) => ({ page, fn: 'run', args: [impl, size] })));
        for (const [i, impl] of group.entries()) results.push({ count: size, impl, ...measured[i] });
      }
      const [figures] = await measureTogether([{ page, fn: 'runPage', args: [size] }]);
      pages.push({ count: size, ...figures });
    }
    return { results, pages, version: browser.version() };
  } finally {
    await browser.close();
  }
}

const of = (results, size, impl) => results.find((r) => r.count === size && r.impl === impl);

/**
 * One block per size: the three tables side by side, then SourceTable ÷ TanStack with its goal
 * and verdict, and SourceTable ÷ plain. `keys` names the figures (`mount` or `mountWork`…).
 */
function printTables(results, keys, withGoals) {
  const widths = [13, 18, 13, 14, 8, 8, 12];
  grid([['', ...IMPLS.map((i) => IMPL_NAMES[i]), 'ST÷TanStack', 'goal', '', 'ST÷plain']], 28, widths);
  for (const size of SIZES) {
    const [st, ts, plain] = IMPLS.map((impl) => of(results, size, impl));
    out(`${count(size)} sources`);
    const rows = [];
    for (const [label, key, goalKey] of keys) {
      const ratio = st[key] / ts[key];
      const goal = withGoals ? GOALS[goalKey] : undefined;
      rows.push([
        `  ${label}`,
        ms(st[key]),
        ms(ts[key]),
        ms(plain[key]),
        times(ratio),
        goal === undefined ? '' : `≤ ${goal.toFixed(1)}×`,
        goal === undefined ? '' : verdict(ratio, goal),
        times(st[key] / plain[key]),
      ]);
    }
    if (withGoals) {
      rows.push([
        '  <tr> in DOM (most seen)',
        st.rows,
        ts.rows,
        plain.rows,
        times(st.rows / ts.rows),
        `≤ ${ROWS_GOAL}`,
        verdict(st.rows, ROWS_GOAL),
        times(st.rows / plain.rows),
      ]);
      rows.push(['  empty frame', ms(st.floor), ms(ts.floor), ms(plain.floor)]);
    }
    rows.push(['  load average (1 min) before', st.load.toFixed(2), ts.load.toFixed(2), plain.load.toFixed(2)]);
    grid(rows, 28, widths);
  }
}

/** The whole-page figures, one column per size, with the tables' own first render beside them. */
function printPage(pages, results) {
  const widths = pages.map(() => 16);
  out(`\nThe whole page, IntegrationsSettingsPage (raw data, validated inside; admin, English), the same way:`);
  out(`each action started on an idle page and timed to the paint of the next frame; median of ${RUNS} runs.`);
  out('No goal yet: figures only, beside the first render of each table alone at the same size (measured');
  out("earlier in the run: the ratio compares runs made at different moments of the machine's load).\n");
  const row = (label, cell) => [label, ...pages.map(cell)];
  const firstOf = (impl, key) => (p) => ms(of(results, p.count, impl)[key]);
  grid(
    [
      row('', (p) => `${count(p.count)} sources`),
      ['to the painted frame'],
      row('  first render', (p) => ms(p.mount)),
      row('  choose the "Expired" health metric', (p) => ms(p.metric)),
      row("  open a source's detail dialog", (p) => ms(p.dialog)),
      row('  first render ÷ TanStack+Virtual alone', (p) => times(p.mount / of(results, p.count, 'TanStack').mount)),
      ['  for comparison, first render of'],
      row('    TanStack Table + Virtual alone', firstOf('TanStack', 'mount')),
      row('    SourceTable alone', firstOf('SourceTable', 'mount')),
      row('    plain table alone', firstOf('plain', 'mount')),
      ['main-thread work only (to layout)'],
      row('  first render', (p) => ms(p.mountWork)),
      row('  choose the "Expired" health metric', (p) => ms(p.metricWork)),
      row("  open a source's detail dialog", (p) => ms(p.dialogWork)),
      ['  for comparison, first render of'],
      row('    TanStack Table + Virtual alone', firstOf('TanStack', 'mountWork')),
      row('    SourceTable alone', firstOf('SourceTable', 'mountWork')),
      row('    plain table alone', firstOf('plain', 'mountWork')),
      row('empty frame', (p) => ms(p.floor)),
      row('load average (1 min) before', (p) => p.load.toFixed(2)),
      row('connected sources left by "Expired"', (p) => `${count(p.shown)} of ${count(p.count)}`),
    ],
    42,
    widths,
  );
}

const dir = mkdtempSync(path.join(os.tmpdir(), 'integrations-ui-bench-'));
try {
  out(`Building the bench page… (${os.cpus().length} CPUs, load average ${loads()})`);
  await buildAll(dir);

  // The rules run in a fresh Node process: the build's heap would slow the garbage collector.
  const rulesUrl = pathToFileURL(path.join(dir, 'rules/rules.mjs')).href;
  const rulesLoad = os.loadavg()[0];
  const child = spawnSync(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      `const { benchRules } = await import(${JSON.stringify(rulesUrl)}); process.stdout.write(JSON.stringify(benchRules(${RULES_COUNT}, ${Math.max(RUNS, 9)})));`,
    ],
    { encoding: 'utf8' },
  );
  if (child.status !== 0) throw new Error(`rules bench failed: ${child.stderr}`);
  const rules = median(JSON.parse(child.stdout));

  const { server, url } = await serve(path.join(dir, 'page'));
  let browserRun;
  try {
    browserRun = await benchBrowser(url);
  } finally {
    await server.close();
  }
  const { results, pages, version } = browserRun;

  out(`\nSourceTable vs TanStack Table v9 + TanStack Virtual vs a plain table — headless Chromium ${version},`);
  out(`median of ${RUNS} runs (after 1 warm-up; SourceTable's and TanStack's interleaved, one of each in turn),`);
  out('each action started on an idle page (heap collected, last frame painted, then 50 ms) and timed to');
  out('the paint of the next frame. "empty frame" is that wait with no work at all: the floor of every');
  out('figure. Goals are SourceTable ÷ TanStack+Virtual in this run. The plain table ran after the two:');
  out("ST÷plain compares runs made at different moments of the machine's load.\n");
  printTables(
    results,
    [
      ['first render', 'mount', 'mount'],
      ['sort (source, A→Z)', 'sort', 'sort'],
      ['filter ("France")', 'filter', 'filter'],
    ],
    true,
  );
  out('\nThe same, main-thread work only (render, commit, style, layout; no frame wait, no paint):\n');
  printTables(
    results,
    [
      ['first render', 'mountWork'],
      ['sort (source, A→Z)', 'sortWork'],
      ['filter ("France")', 'filterWork'],
    ],
    false,
  );
  out('\nThe control: started the instant an empty frame was painted (no idle pause), any change waits for');
  out("Chromium's next frame tick (after a frame that drew nothing it keeps one, vsync off or not), so a");
  out('one-property paint change takes about as long as the sort: that wait is not the table.\n');
  grid(
    [
      ['', 'sort (other way)', 'one-property change'],
      ...results.map((r) => [`${count(r.count)}  ${IMPL_NAMES[r.impl]}`, ms(r.pacedSort), ms(r.pacedChange)]),
    ],
    28,
    [18, 21],
  );
  out('On a screen, a painted frame is shown at the next refresh (0–16.7 ms later at 60 Hz) whatever the table.');

  printPage(pages, results);

  out(
    `\nDomain rules (analyse: freshness, flags, summary) over ${count(RULES_COUNT)} sources in Node ${process.version}:`,
  );
  grid(
    [
      [
        `  median of ${Math.max(RUNS, 9)} (after 3 warm-ups)`,
        ms(rules),
        `≤ ${RULES_GOAL} ms`,
        verdict(rules, RULES_GOAL),
      ],
      ['  load average (1 min) before', rulesLoad.toFixed(2)],
    ],
    36,
    [11, 10, 6],
  );

  const checks = [];
  for (const size of SIZES) {
    const st = of(results, size, 'SourceTable');
    const ts = of(results, size, 'TanStack');
    for (const [key, label] of [
      ['mount', 'first render'],
      ['sort', 'sort'],
      ['filter', 'filter'],
    ]) {
      checks.push([
        `${label} at ${count(size)}: ≤ ${GOALS[key].toFixed(1)}× TanStack+Virtual`,
        st[key] / ts[key] <= GOALS[key],
      ]);
    }
    checks.push([`<tr> in DOM at ${count(size)}: ≤ ${ROWS_GOAL}`, st.rows <= ROWS_GOAL]);
  }
  checks.push([`domain rules over ${count(RULES_COUNT)}: ≤ ${RULES_GOAL} ms`, rules <= RULES_GOAL]);
  const over = checks.filter(([, met]) => !met);
  out(`\nGoals: ${checks.length - over.length} of ${checks.length} met${over.length ? '; OVER:' : '.'}`);
  for (const [label] of over) out(`  ${label}`);
  out(`\nLoad average at the end: ${loads()}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
