#!/usr/bin/env node
/**
 * `npm run size`: the size budget of the built package. Builds dist/ first (unless
 * `--no-build`), then bundles it the way a host bundler would — esbuild, minified, ESM, resolved
 * through the package's own package.json (`exports`, `sideEffects`) — and gzips the result (zlib, level 9).
 *
 * Budgets (1 kB = 1,000 bytes):
 *   - whole library JS (`export * from 'integrations-ui'`), min+gzip      ≤ 28 kB
 *       react and react-dom are excluded (peer dependencies). zod and @tanstack/react-virtual are
 *       excluded from the budgeted figure too: they are ordinary dependencies that a host shares
 *       with its own code (npm dedupes them), and zod's full `z` namespace alone is several times
 *       the budget. The figure WITH them is printed beside it so nobody is misled.
 *   - CSS (dist/styles.css), gzip                                         ≤ 10 kB
 *   - importing only StatusBadge (`export { StatusBadge } from 'integrations-ui'`), min+gzip ≤ 4 kB
 *       (same exclusions) — proves tree-shaking: it must also leave zod and the other components out.
 * Exits 1 when any budget is exceeded or a check fails.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import * as esbuild from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const KB = 1000;
/**
 * The library budget was 25 kB for 0.1.0 (24.90 kB measured). 0.2.0 adds what its users asked
 * for and the bytes it costs, measured: the design-system layer (primitives, ref/className/rest
 * forwarding on every component, loading/empty/error states in every data component, a checked
 * `now`) +0.86 kB; real plurals and data errors in the page's language (a message formatter,
 * 29 issue messages in English and French) +2.02 kB. 28 kB holds that and no more; the all-in
 * budget (the whole page with its dependencies, as a host pays it) is to replace this one.
 */
const BUDGET = { library: 28 * KB, css: 10 * KB, statusBadge: 4 * KB };
const PEERS = ['react', 'react-dom', 'react/*', 'react-dom/*'];
const DEPENDENCIES = ['zod', 'zod/*', '@tanstack/react-virtual', '@tanstack/*'];

const gzip = (bytes) => gzipSync(bytes, { level: 9 }).length;
const kb = (bytes) => `${(bytes / KB).toFixed(2)} kB`;

if (!process.argv.includes('--no-build')) {
  const t0 = Date.now();
  const build = spawnSync(path.join(root, 'node_modules', '.bin', 'vite'), ['build', '-c', 'vite.lib.config.ts'], {
    cwd: root,
    encoding: 'utf8',
  });
  if (build.status !== 0) {
    console.error(`${build.stdout}\n${build.stderr}`.trim());
    console.error('FAIL: npm run build failed (see above).');
    process.exit(1);
  }
  console.log(`Built dist/ in ${((Date.now() - t0) / 1000).toFixed(1)} s.`);
}
const css = path.join(root, 'dist', 'styles.css');
if (!existsSync(css) || !existsSync(path.join(root, 'dist', 'src', 'index.js'))) {
  console.error('FAIL: dist/ is missing or incomplete: run npm run build.');
  process.exit(1);
}

// A throwaway host folder whose node_modules/integrations-ui is this package, so esbuild resolves
// it exactly as a host would (package.json "exports" and "sideEffects").
const host = mkdtempSync(path.join(tmpdir(), 'integrations-ui-size-'));
mkdirSync(path.join(host, 'node_modules'));
symlinkSync(root, path.join(host, 'node_modules', 'integrations-ui'), 'dir');

async function measure(contents, external) {
  const result = await esbuild.build({
    stdin: { contents, resolveDir: host, loader: 'js', sourcefile: 'host-entry.js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    metafile: true,
    logLevel: 'error',
    nodePaths: [path.join(root, 'node_modules')],
    external,
  });
  const output = result.outputFiles[0].contents;
  const meta = Object.values(result.metafile.outputs)[0];
  const modules = Object.entries(meta.inputs)
    .filter(([, info]) => info.bytesInOutput > 0)
    .map(([file]) => file);
  return { min: output.length, gzip: gzip(output), modules };
}

const failures = [];
const rows = [];
function budget(label, bytes, limit) {
  const ok = bytes <= limit;
  rows.push(`${ok ? 'ok  ' : 'OVER'}  ${label.padEnd(58)} ${kb(bytes).padStart(10)}  (budget ${kb(limit)})`);
  if (!ok) failures.push(`${label}: ${kb(bytes)} is over the ${kb(limit)} budget by ${kb(bytes - limit)}`);
}
function info(label, bytes) {
  rows.push(`      ${label.padEnd(58)} ${kb(bytes).padStart(10)}`);
}

try {
  const all = await measure("export * from 'integrations-ui';", [...PEERS, ...DEPENDENCIES]);
  const allWithDeps = await measure("export * from 'integrations-ui';", PEERS);
  const badge = await measure("export { StatusBadge } from 'integrations-ui';", [...PEERS, ...DEPENDENCIES]);
  const badgeWithDeps = await measure("export { StatusBadge } from 'integrations-ui';", PEERS);
  const fixtures = await measure("export * from 'integrations-ui/fixtures';", [...PEERS, ...DEPENDENCIES]);
  const cssBytes = readFileSync(css);

  budget('Whole library JS, min+gzip (excl. react, zod, react-virtual)', all.gzip, BUDGET.library);
  info(`  same, minified only`, all.min);
  info('  same WITH zod and @tanstack/react-virtual, min+gzip', allWithDeps.gzip);
  info('  → what zod + react-virtual add for a host without them', allWithDeps.gzip - all.gzip);
  budget('CSS dist/styles.css, gzip', gzip(cssBytes), BUDGET.css);
  info('  same, raw', cssBytes.length);
  budget('Only StatusBadge, min+gzip (tree-shaken)', badge.gzip, BUDGET.statusBadge);
  info('  same WITH zod and @tanstack/react-virtual, min+gzip', badgeWithDeps.gzip);
  info('Fixtures entry (integrations-ui/fixtures), min+gzip — no budget', fixtures.gzip);

  // Tree-shaking must actually happen: StatusBadge alone may not drag in zod, the schemas or other components.
  const leaked = badgeWithDeps.modules.filter(
    (file) =>
      /node_modules\/zod\//.test(file) ||
      /dist\/src\/domain\/schemas\.js$/.test(file) ||
      (/dist\/src\/components\//.test(file) && !/components\/(StatusBadge|Badge)\//.test(file)),
  );
  if (leaked.length > 0) {
    failures.push(
      `tree-shaking: importing only StatusBadge also bundles ${leaked.length} module(s): ${leaked.slice(0, 8).join(', ')}`,
    );
  }
  if (badge.gzip >= all.gzip) failures.push('tree-shaking: StatusBadge alone is not smaller than the whole library');

  console.log('\nintegrations-ui size budget (esbuild minify + zlib gzip -9; 1 kB = 1000 B)\n');
  for (const row of rows) console.log(row);
  if (process.argv.includes('--verbose')) {
    console.log('\nModules in the StatusBadge-only bundle:');
    for (const file of badge.modules) console.log(`  ${file}`);
  }
} finally {
  rmSync(host, { recursive: true, force: true });
}

if (failures.length > 0) {
  console.error('\nFAIL:');
  for (const failure of failures) console.error(`  - ${failure}`);
  process.exit(1);
}
console.log('\nPASS: every figure is within its budget.');
