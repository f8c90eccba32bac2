#!/usr/bin/env node
/**
 * `npm run check:package`: is the built package what a host needs, and only that?
 *   1. dist/ JS: ESM, and its only bare imports are the peers and dependencies the host installs
 *      (react, react-dom, zod) — in particular no @vanilla-extract/*:
 *      no CSS-in-JS at run time. Exactly one CSS file, dist/styles.css. Exactly one declaration
 *      file per entry point (dist/src/index.d.ts, dist/src/locales/fr.d.ts, dist/src/theme/entry.d.ts,
 *      dist/fixtures/index.d.ts), with no relative import. The main entry does not carry the French
 *      catalogue (it is "./locales/fr") nor the theme contract (it is "./theme"): no module it
 *      imports, directly or not, is dist/src/i18n/fr.js or dist/src/theme/contract.styles.js. The
 *      "./theme" entry imports no package at all (no React: a host's build-time stylesheet imports it).
 *   2. publint (every message, suggestions included, fails the check).
 *   3. @arethetypeswrong/cli on the packed tarball, ESM-only profile (node10 and require() from CJS
 *      are out of scope for an ESM-only package); "./styles.css" is excluded because a stylesheet
 *      has no types.
 *   4. `npm pack --dry-run`: only dist/**.{js,d.ts}, dist/styles.css, package.json, README, LICENSE,
 *      and every path of the "exports" map is in it.
 *   5. 'use client' in the packed TARBALL (`npm pack`, extracted): every module that uses a client-only
 *      React API (a hook, createContext, Component, createPortal, flushSync: none of them is in
 *      React's server build) or calls a hook starts with the directive; no server-safe module has it
 *      (the root and fixtures barrels, src/domain, the fixtures, the theme, the compiled stylesheets,
 *      the i18n catalogues, formatters and messages, the French catalogue's entry src/locales, the
 *      theme entry src/theme/entry.js), so a server component can call them; and no module has it
 *      anywhere but first, where a bundler would ignore it.
 * Builds dist/ first unless `--no-build`. Prints PASS, or FAIL with every reason; exits 1 on FAIL.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = path.join(root, 'dist');
const bin = (name) => path.join(root, 'node_modules', '.bin', name);
const failures = [];
const fail = (reason) => failures.push(reason);

/** Every file under `dir`, recursively. */
function listFiles(dir) {
  return readdirSync(dir, { recursive: true })
    .map((name) => path.join(dir, name))
    .filter((file) => statSync(file).isFile());
}

if (!process.argv.includes('--no-build')) {
  const build = spawnSync(bin('vite'), ['build', '-c', 'vite.lib.config.ts'], { cwd: root, encoding: 'utf8' });
  if (build.status !== 0) {
    console.error(`${build.stdout}\n${build.stderr}`.trim());
    console.error('FAIL: npm run build failed (see above).');
    process.exit(1);
  }
}
if (!existsSync(path.join(dist, 'src', 'index.js'))) {
  console.error('FAIL: dist/ is missing: run npm run build.');
  process.exit(1);
}
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));

// 1. What the JS imports at run time.
console.log('▶ dist/ contents and imports');
const ALLOWED_BARE = ['react', 'react-dom', 'zod'];
const files = listFiles(dist);
const jsFiles = files.filter((file) => file.endsWith('.js'));
const cssFiles = files.filter((file) => file.endsWith('.css'));
if (cssFiles.length !== 1 || path.relative(dist, cssFiles[0] ?? '') !== 'styles.css') {
  fail(
    `expected exactly one CSS file, dist/styles.css; found: ${cssFiles.map((f) => path.relative(root, f)).join(', ') || 'none'}`,
  );
}
const importPattern = /(?:\bfrom\s*|\bimport\s*\(?\s*)(['"])([^'"]+)\1/g;
const bareImports = new Set();
for (const file of jsFiles) {
  const text = readFileSync(file, 'utf8');
  if (/\brequire\s*\(|module\.exports/.test(text))
    fail(`${path.relative(root, file)} is not pure ESM (require/module.exports)`);
  for (const match of text.matchAll(importPattern)) {
    const specifier = match[2];
    if (specifier.startsWith('.')) {
      if (!existsSync(path.resolve(path.dirname(file), specifier))) {
        fail(`${path.relative(root, file)} imports ${specifier}, which is not in dist/`);
      }
      continue;
    }
    bareImports.add(specifier);
    const allowed = ALLOWED_BARE.some((name) => specifier === name || specifier.startsWith(`${name}/`));
    if (!allowed)
      fail(`${path.relative(root, file)} imports "${specifier}" at run time (only ${ALLOWED_BARE.join(', ')} may be)`);
  }
}
const declared = { ...pkg.dependencies, ...pkg.peerDependencies };
for (const specifier of bareImports) {
  const name = specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0];
  if (!declared[name]) fail(`dist imports "${specifier}", but "${name}" is neither a dependency nor a peer dependency`);
}
// Declarations: one rollup per entry point (API Extractor, vite.lib.config.ts), importing packages only.
const dtsFiles = files.filter((file) => file.endsWith('.d.ts'));
const ROLLUPS = [
  'dist/fixtures/index.d.ts',
  'dist/src/index.d.ts',
  'dist/src/locales/fr.d.ts',
  'dist/src/theme/entry.d.ts',
];
const foundDts = dtsFiles.map((file) => path.relative(root, file).split(path.sep).join('/')).sort();
if (foundDts.join() !== ROLLUPS.join()) {
  fail(
    `expected one declaration file per entry point (${ROLLUPS.join(', ')}); found: ${foundDts.join(', ') || 'none'}`,
  );
}
for (const file of dtsFiles) {
  for (const match of readFileSync(file, 'utf8').matchAll(importPattern)) {
    if (match[2].startsWith('.'))
      fail(`${path.relative(root, file)} imports ${match[2]}: a rollup imports packages only`);
  }
}
/** The modules an entry imports, directly or not (itself included), and the packages they import. */
function moduleGraph(entry) {
  const graph = new Set();
  const packages = new Set();
  for (const pending = [entry]; pending.length > 0; ) {
    const file = pending.pop();
    if (graph.has(file) || !existsSync(file)) continue;
    graph.add(file);
    for (const match of readFileSync(file, 'utf8').matchAll(importPattern)) {
      if (match[2].startsWith('.')) pending.push(path.resolve(path.dirname(file), match[2]));
      else packages.add(match[2]);
    }
  }
  return { graph, packages };
}
// The main entry's module graph: the French catalogue is "./locales/fr" and the theme contract is
// "./theme", never part of it.
const FRENCH = path.join(dist, 'src', 'i18n', 'fr.js');
const CONTRACT = path.join(dist, 'src', 'theme', 'contract.styles.js');
const THEME_ENTRY = path.join(dist, 'src', 'theme', 'entry.js');
const { graph: mainGraph } = moduleGraph(path.join(dist, 'src', 'index.js'));
if (mainGraph.has(FRENCH))
  fail('the main entry imports dist/src/i18n/fr.js: the French catalogue is "./locales/fr" only');
if (!existsSync(FRENCH)) fail('dist/src/i18n/fr.js is missing: the "./locales/fr" entry has no catalogue');
if (mainGraph.has(CONTRACT))
  fail('the main entry imports dist/src/theme/contract.styles.js: the theme contract is "./theme" only');
// The "./theme" entry: the contract and the tokens, and no package (React above all).
const themeEntry = moduleGraph(THEME_ENTRY);
if (!existsSync(THEME_ENTRY)) fail('dist/src/theme/entry.js is missing: the "./theme" entry has no module');
else if (!themeEntry.graph.has(CONTRACT)) fail('the "./theme" entry does not import the theme contract');
if (themeEntry.packages.size > 0)
  fail(`the "./theme" entry imports ${[...themeEntry.packages].join(', ')}: it must import no package`);
console.log(`  ${jsFiles.length} JS modules, ${dtsFiles.length} declaration files, ${cssFiles.length} CSS file`);
console.log(`  the main entry imports ${mainGraph.size} modules, not the French catalogue nor the theme contract`);
console.log(`  the "./theme" entry imports ${themeEntry.graph.size} modules and no package`);
console.log(`  run-time imports outside the package: ${[...bareImports].sort().join(', ') || 'none'}`);

// 2. publint.
console.log('▶ publint');
const lint = await publint({ pkgDir: root, level: 'suggestion', strict: true, pack: 'npm' });
for (const message of lint.messages) {
  const text = `publint ${message.type}: ${formatMessage(message, lint.pkg, { color: false })}`;
  console.log(`  ${text}`);
  fail(text);
}
if (lint.messages.length === 0) console.log('  no errors, warnings or suggestions');

// 3. Are the types wrong?
console.log('▶ @arethetypeswrong/cli --pack --profile esm-only');
const attw = spawnSync(
  bin('attw'),
  ['--pack', '.', '--profile', 'esm-only', '--exclude-entrypoints', './styles.css', '--format', 'json'],
  { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
);
let attwReport;
try {
  attwReport = JSON.parse(attw.stdout);
} catch {
  fail(`attw did not produce a report (exit ${attw.status}): ${attw.stderr.trim().slice(0, 500)}`);
}
if (attwReport) {
  const entrypoints = Object.keys(attwReport.analysis?.entrypoints ?? {});
  // `problems` is keyed by kind; the profile's ignored resolutions are still listed, so filter them here.
  const problems = Object.values(attwReport.problems ?? {}).flat();
  const ignored = new Set(['node10', 'node16-cjs']);
  const relevant = problems.filter(
    (problem) => !ignored.has(problem.resolutionKind) && problem.resolutionOption !== 'node10',
  );
  console.log(`  entry points checked: ${entrypoints.join(', ')}`);
  console.log(
    `  problems: ${relevant.length} (plus ${problems.length - relevant.length} in ignored node10/CJS resolutions)`,
  );
  for (const problem of relevant) {
    const where = problem.entrypoint ?? problem.fileName ?? '?';
    const how = problem.resolutionKind ?? problem.resolutionOption ?? 'any';
    fail(
      `attw ${problem.kind} at ${where} (${how})${problem.moduleSpecifier ? ` importing "${problem.moduleSpecifier}"` : ''}`,
    );
  }
  for (const entry of ['.', './locales/fr', './theme', './fixtures']) {
    if (!entrypoints.includes(entry)) fail(`attw did not check the "${entry}" entry point`);
  }
  if (attw.status !== 0 && relevant.length === 0)
    fail(`attw exited ${attw.status}: ${attw.stderr.trim().slice(0, 500)}`);
}

// 4. What `npm pack` would publish.
console.log('▶ npm pack --dry-run');
const pack = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
  cwd: root,
  encoding: 'utf8',
  maxBuffer: 64 * 1024 * 1024,
});
let packed = [];
try {
  const [report] = JSON.parse(pack.stdout);
  packed = report.files.map((file) => file.path);
  console.log(
    `  ${packed.length} files, ${(report.size / 1000).toFixed(1)} kB packed, ${(report.unpackedSize / 1000).toFixed(1)} kB unpacked`,
  );
} catch {
  fail(`npm pack --dry-run failed (exit ${pack.status}): ${pack.stderr.trim().slice(0, 500)}`);
}
const PUBLISHABLE = [
  /^package\.json$/,
  /^README(\.md)?$/i,
  /^LICEN[CS]E(\.md|\.txt)?$/i,
  /^dist\/styles\.css$/,
  /^dist\/(src|fixtures|vendor)\/.+\.(js|d\.ts)$/,
];
const FORBIDDEN =
  /\.(stories|test|spec)\.|__screenshots__|baselines|\.png$|\.mdx?$|\.map$|(^|\/)(stories|test|\.storybook|scripts)\//;
for (const file of packed) {
  if (!PUBLISHABLE.some((pattern) => pattern.test(file)) || (FORBIDDEN.test(file) && !/^README\.md$/i.test(file))) {
    fail(`npm pack would publish ${file}, which a host does not need`);
  }
}
const exportTargets = [];
const collect = (value) => {
  if (typeof value === 'string') exportTargets.push(value.replace(/^\.\//, ''));
  else if (value && typeof value === 'object') Object.values(value).forEach(collect);
};
collect(pkg.exports);
for (const key of ['main', 'module', 'types']) if (pkg[key]) exportTargets.push(pkg[key].replace(/^\.\//, ''));
for (const target of exportTargets) {
  if (packed.length > 0 && !packed.includes(target))
    fail(`package.json points at ${target}, which npm pack would not publish`);
}
for (const needed of ['.', './styles.css', './locales/fr', './theme', './fixtures']) {
  if (!pkg.exports?.[needed]) fail(`package.json "exports" has no "${needed}" entry`);
}

// 5. 'use client' in the packed tarball.
console.log("▶ 'use client' in the packed tarball");
const packDir = mkdtempSync(path.join(tmpdir(), 'integrations-ui-pack-'));
try {
  const packRun = spawnSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', packDir], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const tarball = packRun.status === 0 ? path.join(packDir, JSON.parse(packRun.stdout)[0].filename) : null;
  const untar = tarball && spawnSync('tar', ['-xzf', tarball, '-C', packDir], { encoding: 'utf8' });
  if (!tarball || untar?.status !== 0) {
    fail(`npm pack or tar failed: ${(packRun.stderr || untar?.stderr || '').trim().slice(0, 500)}`);
  } else {
    checkDirectives(path.join(packDir, 'package'));
  }
} finally {
  rmSync(packDir, { recursive: true, force: true });
}

/** Checks the 'use client' directives of an extracted package (its folder `pkgDir`). */
function checkDirectives(pkgDir) {
  /** The directive as the first statement (comments and blank lines may come before it). */
  const FIRST = /^(?:\s+|\/\/[^\n]*\n|\/\*[\s\S]*?\*\/)*(['"])use client\1;?/;
  const ANYWHERE = /^\s*(['"])use client\1;?\s*$/m;
  /** React APIs that React's server build does not have: a module using one is a client module. */
  const CLIENT_API = /^(use[A-Z]\w*|createContext|Component|PureComponent|createPortal|flushSync)$/;
  /** Modules a server component may import and call: never 'use client'. */
  const SERVER_SAFE = [
    /^dist\/src\/index\.js$/,
    /^dist\/fixtures\//,
    /^dist\/src\/domain\//,
    /^dist\/src\/theme\//,
    /\.styles\.js$/,
    /^dist\/src\/i18n\/(catalogues|format|en|fr)\.js$/,
    /^dist\/src\/i18n\/messages\//,
    /^dist\/src\/locales\//,
  ];
  const modules = listFiles(path.join(pkgDir, 'dist'))
    .filter((file) => file.endsWith('.js'))
    .map((file) => ({ name: path.relative(pkgDir, file).split(path.sep).join('/'), text: readFileSync(file, 'utf8') }));
  const counts = { client: 0, marked: 0, serverSafe: 0, unmarked: 0, other: 0 };
  for (const { name, text } of modules) {
    const first = FIRST.test(text);
    const clientApi = [...text.matchAll(/^import\s*\{([^}]*)\}\s*from\s*["'](react|react-dom)["']/gm)]
      .flatMap((match) => (match[1] ?? '').split(',').map((part) => part.trim().split(/\s+as\s+/)[0] ?? ''))
      .filter((binding) => CLIENT_API.test(binding));
    const callsHook = /\buse[A-Z]\w*\(/.test(text);
    const serverSafe = SERVER_SAFE.some((pattern) => pattern.test(name));
    if (!first && ANYWHERE.test(text)) fail(`${name} has 'use client' below its first statement, where it is ignored`);
    if (serverSafe) {
      counts.serverSafe++;
      if (!first) counts.unmarked++;
      if (first) fail(`${name} starts with 'use client', but a server component must be able to call it`);
      if (clientApi.length > 0 || callsHook) {
        fail(`${name} is meant to be server-safe but uses ${clientApi.join(', ') || 'a hook'}`);
      }
    } else if (clientApi.length > 0 || callsHook) {
      counts.client++;
      if (first) counts.marked++;
      if (!first) fail(`${name} uses ${clientApi.join(', ') || 'a hook'} but does not start with 'use client'`);
    } else {
      counts.other++;
      // Presentational components that only build elements, or pure helpers: either is fine.
    }
  }
  const page = modules.find((m) => m.name.endsWith('/IntegrationsSettingsPage/IntegrationsSettingsPage.js'));
  if (!page || !FIRST.test(page.text))
    fail("IntegrationsSettingsPage.js is missing or does not start with 'use client'");
  if (counts.client === 0 || counts.serverSafe === 0) fail(`nothing to check: ${JSON.stringify(counts)}`);
  const domain = modules.filter((m) => m.name.startsWith('dist/src/domain/')).length;
  console.log(
    `  ${counts.marked} of ${counts.client} client modules start with 'use client'; ${counts.unmarked} of ${counts.serverSafe} server-safe modules (${domain} domain, the barrels, fixtures, theme and its entry, styles, catalogues, French entry) do not; ${counts.other} other modules (presentational or helpers) left as built`,
  );
}

if (failures.length > 0) {
  console.error(`\nFAIL: ${failures.length} problem(s):`);
  for (const reason of failures) console.error(`  - ${reason}`);
  process.exit(1);
}
console.log("\nPASS: package contents, publint, attw, the pack list and the 'use client' directives are all in order.");
