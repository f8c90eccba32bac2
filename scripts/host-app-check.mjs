#!/usr/bin/env node
/**
 * The host-app check: does the PACKED package work in fresh host apps? Three hosts, each a temp
 * copy that installs the same tarball, one after the other:
 *   - Vite + React 19: test/host-app, with its own theme made with createTheme(vars, …) (vars and
 *     lightColours from integrations-ui/theme);
 *   - Vite + React 18: the same app source, with react, react-dom and their types at the versions
 *     of test/host-app-react18/package.json;
 *   - Next.js App Router: test/host-app-next, where a server component reads the clock and the data
 *     on the server, says the source count in French with the French catalogue
 *     (integrations-ui/locales/fr, server-safe), and renders the page (a client component: the
 *     package's modules say 'use client').
 * Steps:
 *   1. builds dist/ (unless --no-build) and `npm pack`s it into a temp folder, once;
 *   2. for each host: copies its app to the temp folder, writes its package.json with the root
 *      package.json's versions (so the npm cache from `npm ci` serves them; the React 18 host's own
 *      four exceptions excepted) and installs the tarball with `npm install --prefer-offline`;
 *   3. Vite hosts: typecheck against the shipped .d.ts (tsc, checkJs, skipLibCheck off), Vite build,
 *      Vite's `preview` server. Next.js host: `next build` (which runs tsc), tsc again with
 *      skipLibCheck off, `next start`;
 *   4. loads the page in headless Chromium: the expected text is there, the package's CSS applies
 *      (Vite: with the host's custom theme, from computed styles), no console error or warning, and
 *      no request outside its own server. Next.js: the server-rendered HTML already has the text;
 *      the browser's clock runs 90 s ahead of the server's, and the page hydrates without a
 *      mismatch (a "View details" button opens its dialog).
 * Prints one line per host, then PASS, or FAIL with the reasons; exits 1 on FAIL.
 * Options: --no-build; --keep (keep the temp folder); --host=vite-react19,vite-react18,next (default: all).
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, lstatSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright';
import { preview } from 'vite';
import { CHROMIUM_ARGS, chromiumPath } from './chromium.mjs';

/** The text the page must show (seed fixture, English). */
const EXPECTED_TEXT = [
  'Shopify France',
  'GA4 Suisse',
  'Shopify Espagne',
  'Disconnected — token expired',
  'Data may be outdated',
];

/** The host theme's values (test/host-app/src/theme.css.js), as computed styles report them. */
const HOST_THEME = {
  criticalText: 'rgb(91, 10, 145)', // #5b0a91
  criticalSurface: 'rgb(243, 232, 255)', // #f3e8ff
  fontFamily: 'Georgia',
};
/** The built-in light theme's critical text (#a3141c): the Next.js host uses that theme. */
const LIGHT_CRITICAL_TEXT = 'rgb(163, 20, 28)';
/** How far ahead of the server the browser's clock runs in the Next.js host. */
const CLIENT_CLOCK_AHEAD_MS = 90_000;

const HOSTS = {
  'vite-react19': { kind: 'vite', app: 'test/host-app' },
  'vite-react18': { kind: 'vite', app: 'test/host-app', versions: 'test/host-app-react18/package.json' },
  next: { kind: 'next', app: 'test/host-app-next' },
};

const root = fileURLToPath(new URL('..', import.meta.url));
const keep = process.argv.includes('--keep');
const hostArg = process.argv.find((arg) => arg.startsWith('--host='));
const selected = hostArg ? hostArg.slice('--host='.length).split(',') : Object.keys(HOSTS);
for (const id of selected) {
  if (!HOSTS[id]) {
    console.error(`Unknown host "${id}": expected ${Object.keys(HOSTS).join(', ')}`);
    process.exit(2);
  }
}
const started = Date.now();
const failures = [];
const summaries = [];
const env = {
  ...process.env,
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1',
  NEXT_TELEMETRY_DISABLED: '1',
  npm_config_update_notifier: 'false',
};
const seconds = (since) => ((Date.now() - since) / 1000).toFixed(1);

/** Runs a command to its end; throws with the last lines of its output when it fails. */
function step(title, command, args, cwd) {
  const t0 = Date.now();
  const run = spawnSync(command, args, { cwd, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (run.status !== 0) {
    const output = `${run.stdout ?? ''}\n${run.stderr ?? ''}`.trim().split('\n').slice(-40).join('\n');
    throw new Error(`${title} failed (exit ${run.status}) after ${seconds(t0)} s:\n${output}`);
  }
  console.log(`  ✔ ${title} (${seconds(t0)} s)`);
  return run.stdout;
}

/** The version npm ci installed at the root (what the npm cache holds), else the root's pin. */
function rootVersion(name) {
  const installed = path.join(root, 'node_modules', name, 'package.json');
  if (existsSync(installed)) return JSON.parse(readFileSync(installed, 'utf8')).version;
  const rootPkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
  return rootPkg.devDependencies?.[name] ?? rootPkg.dependencies?.[name];
}

/** Copies a host's app to `dir`, writes its package.json's versions and installs the tarball. */
function installHost(host, dir, tarball) {
  cpSync(path.join(root, host.app), dir, {
    recursive: true,
    filter: (source) => !/[/\\](node_modules|dist|\.next)([/\\]|$)|next-env\.d\.ts$/.test(path.relative(root, source)),
  });
  const pkg = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8'));
  const own = host.versions ? JSON.parse(readFileSync(path.join(root, host.versions), 'utf8')) : {};
  for (const field of ['dependencies', 'devDependencies']) {
    for (const name of Object.keys(pkg[field] ?? {})) {
      const version = own[field]?.[name] ?? rootVersion(name);
      if (!version) throw new Error(`${host.app} needs ${name}, which the root package.json does not pin`);
      if (!/^\d+\.\d+\.\d+$/.test(version)) throw new Error(`${name}@${version}: the host apps install exact versions`);
      pkg[field][name] = version;
    }
    for (const name of Object.keys(own[field] ?? {})) {
      if (!pkg[field]?.[name]) throw new Error(`${host.versions} pins ${name}, which ${host.app} does not use`);
    }
  }
  writeFileSync(path.join(dir, 'package.json'), `${JSON.stringify(pkg, null, 2)}\n`);
  step(
    'npm install (the tarball, offline-first)',
    'npm',
    ['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', tarball],
    dir,
  );
  const installed = path.join(dir, 'node_modules', 'integrations-ui');
  const problems = [];
  if (lstatSync(installed).isSymbolicLink())
    problems.push('integrations-ui is installed as a link, not from the tarball');
  if (existsSync(path.join(installed, 'src')) || existsSync(path.join(installed, 'stories'))) {
    problems.push('the installed package contains source folders (src/ or stories/)');
  }
  return problems;
}

/** The installed version of a package in a host app. */
const versionIn = (dir, name) =>
  JSON.parse(readFileSync(path.join(dir, 'node_modules', name, 'package.json'), 'utf8')).version;

/** A page that records every console error or warning, uncaught error, failed or outside request. */
async function watchedPage(context, origin) {
  const page = await context.newPage();
  const problems = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') {
      problems.push(`console ${message.type()}: ${message.text()}`);
    }
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('request', (request) => {
    if (!request.url().startsWith(origin)) problems.push(`request outside the app: ${request.url()}`);
  });
  page.on('requestfailed', (request) => problems.push(`failed request: ${request.url()}`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()} for ${response.url()}`);
  });
  return { page, problems };
}

/** The expected text is in the page (visible text, compared ignoring case: badges set capitals with CSS). */
async function checkText(page, problems) {
  try {
    await page.getByText(EXPECTED_TEXT[0], { exact: false }).first().waitFor({ timeout: 10_000 });
  } catch {
    problems.push(`nothing rendered within 10 s (looked for "${EXPECTED_TEXT[0]}")`);
  }
  // biome-ignore lint/performance/useDomNodeTextContent: the visible, rendered text is what a person sees
  const body = (await page.locator('body').innerText()).toLowerCase();
  for (const text of EXPECTED_TEXT) {
    if (!body.includes(text.toLowerCase())) problems.push(`expected text not found: "${text}"`);
  }
}

/** The critical badge's computed style: styles.css applies, with the expected theme's colours. */
async function checkBadge(page, problems, expected) {
  const critical = page.locator('span[data-tone="critical"]').first();
  if ((await critical.count()) === 0) {
    problems.push('no critical badge (span[data-tone="critical"]) rendered');
    return;
  }
  const style = await critical.evaluate((element) => {
    const computed = getComputedStyle(element);
    return {
      color: computed.color,
      background: computed.backgroundColor,
      fontFamily: computed.fontFamily,
      display: computed.display,
    };
  });
  console.log(`  critical badge computed style: ${JSON.stringify(style)}`);
  // inline-flex, or flex where a grid or flex parent blockifies it (a banner's badge); unstyled it would be inline/block.
  if (!['inline-flex', 'flex'].includes(style.display)) {
    problems.push(`badge display is "${style.display}": styles.css did not apply`);
  }
  if (style.color !== expected.color) {
    problems.push(`critical badge colour is ${style.color}, expected ${expected.color} (${expected.theme})`);
  }
  if (expected.background && style.background !== expected.background) {
    problems.push(`critical badge background is ${style.background}, expected ${expected.background}`);
  }
  if (expected.fontFamily && !style.fontFamily.includes(expected.fontFamily)) {
    problems.push(`badge font is ${style.fontFamily}, expected the host theme's ${expected.fontFamily}`);
  }
}

/** Vite + React: typecheck, build, serve with Vite's preview and inspect in Chromium. Adds to `problems`. */
async function checkViteHost(dir, browser, problems) {
  step(
    'tsc --noEmit (host app, checkJs, skipLibCheck off)',
    path.join(dir, 'node_modules', '.bin', 'tsc'),
    ['--noEmit', '-p', '.'],
    dir,
  );
  step('vite build (host app)', path.join(dir, 'node_modules', '.bin', 'vite'), ['build'], dir);
  const server = await preview({
    root: dir,
    configFile: false,
    logLevel: 'silent',
    // No fallback to index.html: a missing file is a 404, which fails the check.
    appType: 'mpa',
    build: { outDir: path.join(dir, 'dist') },
    preview: { host: '127.0.0.1', port: 0, strictPort: true, open: false },
  });
  const context = await browser.newContext();
  try {
    const address = server.httpServer.address();
    const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    const t0 = Date.now();
    const { page, problems: seen } = await watchedPage(context, origin);
    await page.goto(`${origin}/`, { waitUntil: 'load' });
    await checkText(page, problems);
    await checkBadge(page, problems, {
      theme: "the host theme's",
      color: HOST_THEME.criticalText,
      background: HOST_THEME.criticalSurface,
      fontFamily: HOST_THEME.fontFamily,
    });
    problems.push(...seen);
    console.log(`  ✔ loaded in headless Chromium and inspected (${seconds(t0)} s)`);
    return { consoleMessages: seen.length };
  } finally {
    await context.close();
    await server.close();
  }
}

/** A free TCP port on 127.0.0.1. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** The visible text of server-rendered HTML: no scripts (the RSC payload repeats the props), no tags. */
function htmlText(html) {
  return html
    .replace(/<script\b[\s\S]*?<\/script>/gi, ' ')
    .replace(/<style\b[\s\S]*?<\/style>/gi, ' ')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/\s+/g, ' ');
}

/** The visible text of a page, line by line. */
async function visibleLines(page) {
  // biome-ignore lint/performance/useDomNodeTextContent: the visible, rendered text is what differs
  const text = await page.locator('body').innerText();
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
}

/** Lines of text in `a` that `b` does not have. */
const missingFrom = (a, b) => {
  const other = new Set(b);
  return a.filter((line) => !other.has(line));
};

/** Next.js App Router: next build, tsc (skipLibCheck off), next start, inspect in Chromium. Adds to `problems`. */
async function checkNextHost(dir, browser, problems) {
  const buildLog = step('next build', path.join(dir, 'node_modules', '.bin', 'next'), ['build'], dir);
  // next build runs the project's tsc (tsconfig.json: skipLibCheck on, as create-next-app writes it).
  if (!/Finished TypeScript/.test(buildLog)) problems.push('next build did not report its TypeScript check');
  // Then the package's declarations with skipLibCheck off. Next's own declarations need lib types that
  // TypeScript 5.9 and @types/node 20 do not have (PromiseWithResolvers, URLPattern): their errors are
  // counted, not held against the package; an error anywhere else fails.
  const tscStarted = Date.now();
  const tsc = spawnSync(
    path.join(dir, 'node_modules', '.bin', 'tsc'),
    ['--noEmit', '-p', '.', '--skipLibCheck', 'false', '--pretty', 'false'],
    { cwd: dir, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  const diagnostics = `${tsc.stdout}${tsc.stderr}`.split('\n').filter((line) => /error TS\d+/.test(line));
  const outsideNext = diagnostics.filter((line) => !line.startsWith('node_modules/next/'));
  problems.push(...outsideNext.map((line) => `tsc (skipLibCheck off): ${line}`));
  if (tsc.status !== 0 && diagnostics.length === 0) problems.push(`tsc exited ${tsc.status} with no diagnostic`);
  console.log(
    `  ${outsideNext.length === 0 ? '✔' : '✖'} tsc --noEmit --skipLibCheck false: ${outsideNext.length} error(s) in the app, the package or React's types; ${diagnostics.length - outsideNext.length} in next's own declarations (${seconds(tscStarted)} s)`,
  );

  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const server = spawn(
    path.join(dir, 'node_modules', '.bin', 'next'),
    ['start', '-p', String(port), '-H', '127.0.0.1'],
    {
      cwd: dir,
      env,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let serverLog = '';
  server.stdout.on('data', (chunk) => {
    serverLog += chunk;
  });
  server.stderr.on('data', (chunk) => {
    serverLog += chunk;
  });
  const context = await browser.newContext();
  try {
    // Up when it answers; at most 30 s.
    const t0 = Date.now();
    let html = null;
    while (html === null && Date.now() - t0 < 30_000) {
      if (server.exitCode !== null) break;
      try {
        const response = await fetch(`${origin}/`);
        if (response.status !== 200) {
          const log = serverLog.trim().split('\n').slice(-15).join('\n');
          problems.push(`GET / answered HTTP ${response.status}; the server said:\n${log}`);
        }
        html = await response.text();
      } catch {
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
    }
    if (html === null) throw new Error(`next start did not answer within 30 s:\n${serverLog.trim()}`);
    console.log(`  ✔ next start (${seconds(t0)} s)`);

    // The server render: the HTML itself, before any script runs, has the page's text.
    const serverText = htmlText(html).toLowerCase();
    for (const text of EXPECTED_TEXT) {
      if (!serverText.includes(text.toLowerCase())) problems.push(`server-rendered HTML lacks "${text}"`);
    }
    if (!/Judged on the server: \d+ sources/.test(htmlText(html))) {
      problems.push('server-rendered HTML lacks the server component\'s "Judged on the server" line');
    }
    // The French catalogue, imported and used by the server component: "n sur n sources".
    if (!/\d+ sur \d+ sources/.test(htmlText(html).replace(/[\u00A0\u202F]/g, ' '))) {
      problems.push('server-rendered HTML lacks the source count in French (integrations-ui/locales/fr on the server)');
    }

    // The browser: its clock 90 s ahead of the server's, installed before the page loads.
    const t1 = Date.now();
    const { page, problems: seen } = await watchedPage(context, origin);
    await page.clock.install({ time: new Date(Date.now() + CLIENT_CLOCK_AHEAD_MS) });
    await page.goto(`${origin}/`, { waitUntil: 'load' });
    const serverNow = await page.getByTestId('server-note').getAttribute('data-now', { timeout: 10_000 });
    const ahead = (await page.evaluate(() => Date.now())) - Date.parse(serverNow ?? '');
    if (!(ahead >= CLIENT_CLOCK_AHEAD_MS - 1000)) {
      problems.push(
        `the browser's clock is ${ahead} ms ahead of the server's, expected at least ${CLIENT_CLOCK_AHEAD_MS - 1000}`,
      );
    }
    await checkText(page, problems);
    await checkBadge(page, problems, { theme: 'the light theme', color: LIGHT_CRITICAL_TEXT });
    // The text once hydrated, before any click: compared with the server's on a mismatch (below).
    const fromBrowser = await visibleLines(page);

    // Hydrated: a button works. "View details" of a source opens its detail dialog.
    const details = page.getByRole('button', { name: /View details\s+Shopify France/ }).first();
    try {
      await details.click({ timeout: 10_000 });
      await page.locator('dialog[open]').getByRole('heading', { name: 'Shopify France' }).waitFor({ timeout: 10_000 });
    } catch {
      problems.push('not hydrated: "View details" of Shopify France did not open its dialog');
    }
    // Let late hydration reports arrive (React reports a mismatch after the first render).
    await page.waitForTimeout(500);

    // A hydration mismatch (React #418/#423/#425): name the text the server and the browser disagree on.
    if (seen.some((message) => /#4(18|23|25)\b|hydrat/i.test(message))) {
      const noScript = await browser.newContext({ javaScriptEnabled: false });
      try {
        const serverPage = await noScript.newPage();
        await serverPage.goto(`${origin}/`, { waitUntil: 'load' });
        const fromServer = await visibleLines(serverPage);
        for (const line of missingFrom(fromServer, fromBrowser).slice(0, 20)) {
          problems.push(`hydration: the server rendered "${line}", the browser does not show it`);
        }
        for (const line of missingFrom(fromBrowser, fromServer).slice(0, 20)) {
          problems.push(`hydration: the browser shows "${line}", the server did not render it`);
        }
      } finally {
        await noScript.close();
      }
    }
    problems.push(...seen);
    console.log(
      `  ✔ loaded in headless Chromium, client clock +${Math.round(ahead / 1000)} s, and inspected (${seconds(t1)} s)`,
    );
    return { consoleMessages: seen.length, ahead };
  } finally {
    await context.close();
    if (server.exitCode === null) {
      // The whole group: next start may run its server in a child process.
      try {
        process.kill(-server.pid, 'SIGTERM');
      } catch {
        server.kill('SIGTERM');
      }
    }
  }
}

const work = mkdtempSync(path.join(tmpdir(), 'integrations-ui-host-'));
let browser;
try {
  console.log(`Host-app check: ${selected.join(', ')}`);
  if (!process.argv.includes('--no-build')) {
    step(
      'build dist/ (vite.lib.config.ts)',
      path.join(root, 'node_modules', '.bin', 'vite'),
      ['build', '-c', 'vite.lib.config.ts'],
      root,
    );
  }
  const packJson = step('npm pack', 'npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', work], root);
  const tarball = path.join(work, JSON.parse(packJson)[0].filename);
  browser = await chromium.launch({ executablePath: chromiumPath() ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });

  for (const id of selected) {
    const host = HOSTS[id];
    const t0 = Date.now();
    const dir = path.join(work, id);
    let label = id;
    console.log(`\n▶ ${id} (${host.app}${host.versions ? ` with ${host.versions}` : ''})`);
    const problems = [];
    let result;
    try {
      problems.push(...installHost(host, dir, tarball));
      label =
        host.kind === 'next'
          ? `Next.js ${versionIn(dir, 'next')} App Router + React ${versionIn(dir, 'react')}`
          : `Vite ${versionIn(dir, 'vite')} + React ${versionIn(dir, 'react')}`;
      result =
        host.kind === 'next'
          ? await checkNextHost(dir, browser, problems)
          : await checkViteHost(dir, browser, problems);
    } catch (error) {
      problems.push(error instanceof Error ? error.message : String(error));
    }
    const what =
      host.kind === 'next'
        ? `server render, next build, hydration with client clock +${Math.round((result?.ahead ?? 0) / 1000)} s`
        : 'tsc (skipLibCheck off), vite build, host theme';
    if (problems.length === 0) {
      summaries.push(`✔ ${label}: ${what}, ${result.consoleMessages} console messages (${seconds(t0)} s)`);
    } else {
      summaries.push(`✖ ${label}: ${problems.length} problem(s) (${seconds(t0)} s)`);
      failures.push(...problems.map((problem) => `${label}: ${problem}`));
    }
  }
} catch (error) {
  failures.push(error instanceof Error ? error.message : String(error));
} finally {
  await browser?.close();
  if (keep) console.log(`Kept the temp folder: ${work}`);
  else rmSync(work, { recursive: true, force: true });
}

console.log('');
for (const line of summaries) console.log(line);
if (failures.length > 0) {
  console.error(`\nHost-app check: FAIL (${seconds(started)} s)`);
  for (const reason of failures) console.error(`  - ${reason}`);
  process.exit(1);
}
console.log(`\nHost-app check: PASS (${seconds(started)} s)`);
