#!/usr/bin/env node
/**
 * `npm test`: typecheck, lint, unit tests and every story as a browser test (render, play,
 * axe, screenshot against its committed baseline), then the static Storybook (built, its sidebar
 * order and every docs page checked in Chromium: scripts/docs-check.mjs), then the package checks
 * (build, public API report in api/, publint/attw, size budget, host-app check), in that order,
 * stopping at the first failure.
 * `npm run test:update` (`--update`): the same, but writes the screenshots as the new baselines
 * and records the Chromium build they were taken with, and rewrites the API reports. Review the
 * images and the report diff before committing them.
 * `npm test -- --shard=i/n`: one of n CI machines. The tests are split by Vitest's own `--shard`
 * (each test file × project runs on exactly one shard, so no shard takes another's screenshots);
 * shard 1 also runs the static checks, shard n the static Storybook and package checks. Each shard
 * passes or fails on its own; `npm run visual:merge -- <each shard's .vitest-attachments>` then
 * checks that every shard ran, finds orphan baselines over all of them, and writes one review report.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { baselineVersion, browserDrift, chromiumVersion, ensureChromium, VERSION_FILE } from './chromium.mjs';
import { findOrphans, MANIFEST, MANIFEST_LINES, readRecords } from './visual-paths.mjs';
import { writeReport } from './visual-report.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const update = process.argv.includes('--update');
const shardArgs = process.argv.filter((arg) => arg === '--shard' || arg.startsWith('--shard='));
const shard = parseShard(shardArgs.length === 0 ? undefined : (shardArgs[0].split('=')[1] ?? ''), shardArgs.length);
const bin = (name) => path.join(root, 'node_modules', '.bin', name);
const env = { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1', PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1' };
const started = Date.now();
const attachments = path.join(root, '.vitest-attachments');
const results = path.join(attachments, 'results.json');

function step(title, command, args) {
  const t0 = Date.now();
  console.log(`\n▶ ${title}`);
  const run = spawnSync(command, args, { cwd: root, env, stdio: 'inherit' });
  const seconds = ((Date.now() - t0) / 1000).toFixed(1);
  if (run.status !== 0) {
    console.error(`✖ ${title} failed after ${seconds} s`);
    return false;
  }
  console.log(`✔ ${title} (${seconds} s)`);
  return true;
}

function listFiles(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true })
    .map((name) => path.join(dir, name))
    .filter((file) => statSync(file).isFile());
}

/** `i/n` → `{ index, count }`; undefined → null. Anything else stops the run with the reason. */
function parseShard(value, given) {
  if (value === undefined) return null;
  if (given > 1) {
    console.error('✖ --shard given more than once');
    process.exit(2);
  }
  const match = /^(\d+)\/(\d+)$/.exec(value);
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || index < 1 || index > count) {
    console.error(`✖ --shard=${value}: expected i/n with 1 ≤ i ≤ n, e.g. --shard=2/4`);
    process.exit(2);
  }
  if (update) {
    console.error('✖ --update writes every baseline on one machine: run npm run test:update without --shard');
    process.exit(2);
  }
  return { index, count, label: `${index}/${count}` };
}

/** The static checks run on the first shard, the Storybook and package checks on the last. */
const firstShard = !shard || shard.index === 1;
const lastShard = !shard || shard.index === shard.count;

function finish(ok, counts) {
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (counts) console.log(`\nTests: ${counts.passed} passed, ${counts.failed} failed`);
  console.log(ok ? `\nAll checks passed in ${seconds} s.` : `\nnpm test failed after ${seconds} s.`);
  process.exit(ok ? 0 : 1);
}

// 1. The browser, and whether the baselines were taken with the same build.
if (!ensureChromium()) finish(false);
const current = chromiumVersion();
const recorded = baselineVersion();
const drift = browserDrift(current, recorded);
console.log(`Chromium ${current ?? 'unknown'}; baselines taken with ${recorded ?? 'nothing recorded'}.`);
if (!update && drift === 'major') {
  console.error(
    [
      '',
      `✖ The screenshot baselines were taken with Chromium ${recorded}, and this machine has Chromium ${current}.`,
      '  A new major version renders text and layout differently, so comparing would only produce noise.',
      '  Re-baseline on purpose:  npm run test:update   then review the changed images (git diff --stat test/visual)',
      '  and commit them together with test/visual/chromium-version.txt.',
    ].join('\n'),
  );
  finish(false);
}
if (!update && drift === 'patch') {
  console.log(
    `Note: baselines come from Chromium ${recorded}; this is ${current} (same major). The documented small tolerance applies (test/visual/README.md).`,
  );
}

// 2. Static checks.
if (shard) console.log(`Shard ${shard.label}.`);
if (firstShard) {
  if (!step('Typecheck (tsc --noEmit)', bin('tsc'), ['--noEmit'])) finish(false);
  if (!step('Lint and format (biome check)', bin('biome'), ['check', '.'])) finish(false);
}

// 3. Unit tests, then every story in every visual mode.
rmSync(attachments, { recursive: true, force: true });
mkdirSync(attachments, { recursive: true });
const vitestArgs = ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${results}`];
if (update) vitestArgs.push('--update');
if (shard) vitestArgs.push(`--shard=${shard.label}`);
const ok = step(
  update ? 'Tests, writing new baselines' : 'Unit tests and stories (render, play, axe, screenshot)',
  bin('vitest'),
  vitestArgs,
);

let counts;
let brokenFiles = [];
if (existsSync(results)) {
  const json = JSON.parse(readFileSync(results, 'utf8'));
  // A file that failed to load has no test results of its own: count it as a failure too.
  brokenFiles = json.testResults
    .filter((r) => r.status === 'failed' && r.assertionResults.length === 0)
    .map((r) => r.name);
  counts = { passed: json.numPassedTests, failed: json.numFailedTests + brokenFiles.length };
}

// 4. Baseline hygiene. Every story × mode of this (full) run is in the manifest written by the
// story setup; a baseline none of them expects is an orphan. Stories files that failed to load
// are not judged (their stories are unknown in this run).
const records = readRecords(MANIFEST_LINES);
const incomplete = !existsSync(results)
  ? 'Vitest wrote no results'
  : records.length === 0
    ? 'no story was recorded'
    : null;
writeFileSync(
  MANIFEST,
  `${JSON.stringify(
    {
      complete: !incomplete && !shard,
      incomplete: incomplete ?? (shard ? `shard ${shard.label} of the run` : null),
      shard: shard?.label ?? null,
      counts: counts ?? null,
      startedAt: new Date(started).toISOString(),
      finishedAt: new Date().toISOString(),
      brokenFiles,
      records,
    },
    null,
    2,
  )}\n`,
);
let clean = true;
if (shard) {
  console.log(
    `\nBaseline hygiene: checked over all shards by npm run visual:merge (this shard ran ${records.length} story × mode).`,
  );
} else if (!incomplete) {
  const { orphans, unchecked } = findOrphans(records, brokenFiles);
  const screenshots = records.filter((r) => r.screenshot === 'expected').length;
  console.log(
    `\nScreenshots: ${screenshots} story × mode compared (${records.length - screenshots} skipped or disabled).`,
  );
  if (unchecked.length > 0) {
    console.log(`Baseline hygiene: ${unchecked.length} baseline(s) of stories files that failed to load not checked.`);
  }
  if (orphans.length > 0) {
    clean = false;
    console.error(
      `\n✖ ${orphans.length} orphan baseline(s): no story × mode expects them any more (story, mode or stories file gone, or snapshot disabled):`,
    );
    for (const orphan of orphans.slice(0, 40)) console.error(`  - ${orphan.path}`);
    if (orphans.length > 40) console.error(`  … and ${orphans.length - 40} more`);
    console.error('Remove them with  npm run visual:prune -- --delete  and commit the deletion.');
  }
} else {
  console.error(`\nBaseline hygiene not checked: ${incomplete}.`);
}

if (update && ok && current) {
  writeFileSync(VERSION_FILE, `${current}\n`);
  console.log(
    `Recorded Chromium ${current} in ${path.relative(root, VERSION_FILE)}. Review the images, then commit them.`,
  );
}

// 5. The review report: baseline, actual and diff of every changed screenshot, side by side.
const diffs = listFiles(path.join(attachments, 'visual')).filter((file) => file.endsWith('.png'));
if (!ok && diffs.length > 0) {
  const report = writeReport();
  console.error(`\nScreenshots that differ from their baselines (or have none): actual and diff images are in`);
  console.error(`  ${path.join(attachments, 'visual')}`);
  for (const file of diffs.slice(0, 40)) console.error(`  - ${path.relative(root, file)}`);
  if (diffs.length > 40) console.error(`  … and ${diffs.length - 40} more`);
  if (report) console.error(`\nVisual review report (open in a browser): ${report}`);
  console.error('If the change is intended: npm run test:update, review, commit the baselines with the change.');
}
const node = process.execPath;
// 6. The static Storybook as a reader opens it: built, then its sidebar order, landing page and
// every docs page checked in headless Chromium.
const docsOk =
  ok &&
  clean &&
  lastShard &&
  step('Static Storybook (npm run build-storybook)', 'npm', ['run', '--silent', 'build-storybook', '--', '--quiet']) &&
  step('Docs pages and sidebar order (scripts/docs-check.mjs)', node, ['scripts/docs-check.mjs']);
// 7. The package as a host app gets it: library build, public API, package contents, size budget, host app.
const packageOk =
  docsOk &&
  step('Library build (npm run build)', 'npm', ['run', '--silent', 'build']) &&
  step('Public API report (api-extractor)', node, ['scripts/api-report.mjs', ...(update ? ['--update'] : [])]) &&
  step('Package contents (publint, attw, pack list)', node, ['scripts/package-check.mjs', '--no-build']) &&
  step('Size budget (size-limit, .size-limit.mjs)', bin('size-limit'), []) &&
  step('Host-app check (packed tarball in Vite + React 19, Vite + React 18 and Next.js App Router hosts)', node, [
    'scripts/host-app-check.mjs',
    '--no-build',
  ]);
if (!lastShard && ok && clean) {
  console.log(
    `\nShard ${shard.label}: the static Storybook and package checks run on shard ${shard.count}/${shard.count}.`,
  );
  finish(true, counts);
}
finish(ok && clean && docsOk && packageOk, counts);
