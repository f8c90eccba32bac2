#!/usr/bin/env node
/**
 * The host-app check: does the PACKED package work in a fresh host app?
 *   1. builds dist/ (unless --no-build) and `npm pack`s it into a temp folder;
 *   2. copies test/host-app to a temp folder and installs
 *      the tarball there with `npm install --prefer-offline --no-audit --no-fund` (react, react-dom,
 *      vite… at the root package.json's versions, so the npm cache from `npm ci` serves them);
 *   3. typechecks the host app against the shipped .d.ts (tsc, checkJs, skipLibCheck off) and
 *      builds it with Vite (its own theme made with createTheme(vars, …) from the contract);
 *   4. serves the built files on 127.0.0.1 with Vite's `preview` and loads them in headless Chromium:
 *      the expected text is there, the package's CSS and the host's custom theme apply (computed
 *      styles), and the page logs no error and requests nothing outside its own server.
 * Prints PASS, or FAIL with the reasons; exits 1 on FAIL. `--keep` keeps the temp folder.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, lstatSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
/** The built-in light theme's critical text (#a3141c): seeing it would mean the host theme did not apply. */
const LIGHT_CRITICAL_TEXT = 'rgb(163, 20, 28)';

const root = fileURLToPath(new URL('..', import.meta.url));
const keep = process.argv.includes('--keep');
const started = Date.now();
const failures = [];
const env = { ...process.env, PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1', npm_config_update_notifier: 'false' };

function step(title, command, args, cwd) {
  const t0 = Date.now();
  const run = spawnSync(command, args, { cwd, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const seconds = ((Date.now() - t0) / 1000).toFixed(1);
  if (run.status !== 0) {
    const output = `${run.stdout ?? ''}\n${run.stderr ?? ''}`.trim().split('\n').slice(-40).join('\n');
    throw new Error(`${title} failed (exit ${run.status}) after ${seconds} s:\n${output}`);
  }
  console.log(`  ✔ ${title} (${seconds} s)`);
  return run.stdout;
}

function finish() {
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (failures.length > 0) {
    console.error(`\nHost-app check: FAIL (${seconds} s)`);
    for (const reason of failures) console.error(`  - ${reason}`);
    process.exit(1);
  }
  console.log(`\nHost-app check: PASS (${seconds} s)`);
}

const work = mkdtempSync(path.join(tmpdir(), 'integrations-ui-host-'));
const app = path.join(work, 'app');
let server;
let browser;
try {
  console.log('Host-app check');
  if (!process.argv.includes('--no-build')) {
    step(
      'build dist/ (vite.lib.config.ts)',
      path.join(root, 'node_modules', '.bin', 'vite'),
      ['build', '-c', 'vite.lib.config.ts'],
      root,
    );
  }

  // 1. Pack.
  const packJson = step('npm pack', 'npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', work], root);
  const tarball = path.join(work, JSON.parse(packJson)[0].filename);

  // 2. A fresh host app with the tarball installed.
  cpSync(path.join(root, 'test', 'host-app'), app, {
    recursive: true,
    filter: (source) => !/[/\\](node_modules|dist)([/\\]|$)/.test(path.relative(root, source)),
  });
  const rootPkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
  const hostPkg = JSON.parse(readFileSync(path.join(app, 'package.json'), 'utf8'));
  for (const field of ['dependencies', 'devDependencies']) {
    for (const name of Object.keys(hostPkg[field])) {
      const version = rootPkg.devDependencies?.[name] ?? rootPkg.dependencies?.[name];
      if (!version) throw new Error(`test/host-app needs ${name}, which the root package.json does not pin`);
      hostPkg[field][name] = version;
    }
  }
  writeFileSync(path.join(app, 'package.json'), `${JSON.stringify(hostPkg, null, 2)}\n`);
  step(
    'npm install (the tarball, offline-first)',
    'npm',
    ['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', tarball],
    app,
  );
  const installed = path.join(app, 'node_modules', 'integrations-ui');
  if (lstatSync(installed).isSymbolicLink())
    failures.push('integrations-ui is installed as a link, not from the tarball');
  if (existsSync(path.join(installed, 'src')) || existsSync(path.join(installed, 'stories'))) {
    failures.push('the installed package contains source folders (src/ or stories/)');
  }

  // 3. Typecheck against the shipped declarations, then build.
  step(
    'tsc --noEmit (host app, checkJs, skipLibCheck off)',
    path.join(app, 'node_modules', '.bin', 'tsc'),
    ['--noEmit', '-p', '.'],
    app,
  );
  step('vite build (host app)', path.join(app, 'node_modules', '.bin', 'vite'), ['build'], app);

  // 4. Serve (Vite's preview server) and load in headless Chromium.
  server = await preview({
    root: app,
    configFile: false,
    logLevel: 'silent',
    // No fallback to index.html: a missing file is a 404, which fails the check.
    appType: 'mpa',
    build: { outDir: path.join(app, 'dist') },
    preview: { host: '127.0.0.1', port: 0, strictPort: true, open: false },
  });
  const address = server.httpServer.address();
  const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;

  browser = await chromium.launch({
    executablePath: chromiumPath() ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  const page = await browser.newPage();
  const errors = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
  page.on('request', (request) => {
    if (!request.url().startsWith(origin)) errors.push(`request outside the app: ${request.url()}`);
  });
  page.on('requestfailed', (request) => errors.push(`failed request: ${request.url()}`));
  page.on('response', (response) => {
    if (response.status() >= 400) errors.push(`HTTP ${response.status()} for ${response.url()}`);
  });
  await page.goto(`${origin}/`, { waitUntil: 'load' });
  const t0 = Date.now();
  try {
    await page.getByText(EXPECTED_TEXT[0], { exact: false }).first().waitFor({ timeout: 10_000 });
  } catch {
    failures.push(`nothing rendered within 10 s (looked for "${EXPECTED_TEXT[0]}")`);
  }
  // biome-ignore lint/performance/useDomNodeTextContent: the visible, rendered text is what a person sees
  const body = await page.locator('body').innerText();
  // Badges set their words in capitals with CSS (innerText reports them so): compare ignoring case.
  for (const text of EXPECTED_TEXT) {
    if (!body.toLowerCase().includes(text.toLowerCase())) failures.push(`expected text not found: "${text}"`);
  }

  // The package's CSS is loaded (badges are styled) and the host's theme fills the contract.
  const critical = page.locator('span[data-tone="critical"]').first();
  if ((await critical.count()) === 0) {
    failures.push('no critical badge (span[data-tone="critical"]) rendered');
  } else {
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
      failures.push(`badge display is "${style.display}": styles.css did not apply`);
    }
    if (style.color === LIGHT_CRITICAL_TEXT)
      failures.push('badge uses the built-in light theme colour, not the host theme');
    if (style.color !== HOST_THEME.criticalText) {
      failures.push(`critical badge colour is ${style.color}, expected the host theme's ${HOST_THEME.criticalText}`);
    }
    if (style.background !== HOST_THEME.criticalSurface) {
      failures.push(`critical badge background is ${style.background}, expected ${HOST_THEME.criticalSurface}`);
    }
    if (!style.fontFamily.includes(HOST_THEME.fontFamily)) {
      failures.push(`badge font is ${style.fontFamily}, expected the host theme's ${HOST_THEME.fontFamily}`);
    }
  }
  failures.push(...errors);
  console.log(`  ✔ loaded in headless Chromium and inspected (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
} catch (error) {
  failures.push(error instanceof Error ? error.message : String(error));
} finally {
  await browser?.close();
  await server?.close();
  if (keep) console.log(`Kept the temp folder: ${work}`);
  else rmSync(work, { recursive: true, force: true });
}
finish();
