#!/usr/bin/env node
/**
 * `npm run visual:merge -- <dir> <dir> …`: the shards of one CI run brought together. Each <dir> is
 * the `.vitest-attachments/` folder one shard (`npm test -- --shard=i/n`) left behind, downloaded
 * from its CI machine. On a checkout of the same commit it
 * - checks that shards 1…n are all there, once each, and that each recorded its stories;
 * - adds up the shards' test counts;
 * - finds orphan baselines over the union of every shard's story × mode records (one shard alone
 *   cannot: the others ran the rest);
 * - writes ONE review report (`.vitest-attachments/report/index.html`, or `--out <dir>`) with every
 *   changed or new screenshot of every shard, linked to the static Storybook like a one-machine run's.
 * Exits 1 when a shard is missing or failed, or a baseline is an orphan.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ATTACHMENTS, findOrphans, MANIFEST, REPORT_DIR } from './visual-paths.mjs';
import { collectChanges, writeReport } from './visual-report.mjs';

const args = process.argv.slice(2);
const outAt = args.indexOf('--out');
if (outAt >= 0 && (args[outAt + 1] === undefined || args[outAt + 1].startsWith('--'))) {
  console.error('✖ --out needs a folder: --out <dir>');
  process.exit(2);
}
const out = outAt >= 0 ? path.resolve(args[outAt + 1]) : REPORT_DIR;
const dirs = outAt >= 0 ? [...args.slice(0, outAt), ...args.slice(outAt + 2)] : args;

/** Reads one shard's consolidated manifest (scripts/test.mjs writes it after the tests). */
function readShard(dir) {
  const file = path.join(dir, 'visual-manifest.json');
  if (!existsSync(file)) return { dir, problem: `${file} is missing: did npm test -- --shard=i/n run there?` };
  const manifest = JSON.parse(readFileSync(file, 'utf8'));
  if (!manifest.shard) return { dir, problem: `${file} is not from a sharded run (no --shard)` };
  const [index, count] = manifest.shard.split('/').map(Number);
  // A shard may hold only unit and browser test files, and so record no story: that is fine.
  if (manifest.records.length === 0) console.log(`Note: shard ${manifest.shard} ran no story (${dir}).`);
  return { dir, index, count, manifest };
}

function fail(lines) {
  for (const line of lines) console.error(`✖ ${line}`);
  process.exit(1);
}

if (dirs.length === 0)
  fail(['usage: npm run visual:merge -- <shard 1 attachments> <shard 2 attachments> … [--out <dir>]']);

const shards = dirs.map(readShard);
const unreadable = shards.filter((s) => s.problem).map((s) => s.problem);
if (unreadable.length > 0) fail(unreadable);

const count = shards[0].count;
const problems = [];
if (shards.some((s) => s.count !== count))
  problems.push(`shards of different splits: ${shards.map((s) => s.manifest.shard).join(', ')}`);
for (let index = 1; index <= count; index++) {
  const found = shards.filter((s) => s.index === index).length;
  if (found !== 1) problems.push(`shard ${index}/${count} found ${found} times (expected once)`);
}
if (problems.length > 0) fail(problems);

const records = shards.flatMap((s) => s.manifest.records);
const brokenFiles = shards.flatMap((s) => s.manifest.brokenFiles ?? []);
const passed = shards.reduce((sum, s) => sum + (s.manifest.counts?.passed ?? 0), 0);
const failed = shards.reduce((sum, s) => sum + (s.manifest.counts?.failed ?? 0), 0);
for (const s of shards.sort((a, b) => a.index - b.index)) {
  const c = s.manifest.counts;
  console.log(
    `Shard ${s.manifest.shard}: ${s.manifest.records.length} story × mode, ${c ? `${c.passed} passed, ${c.failed} failed` : 'no test results'} (${s.dir})`,
  );
}
console.log(`All ${count} shards: ${records.length} story × mode, ${passed} tests passed, ${failed} failed.`);

const { orphans } = findOrphans(records, brokenFiles);
mkdirSync(ATTACHMENTS, { recursive: true });
// The merged manifest of the whole run, as a one-machine run writes it: `npm run visual:prune`
// (which acts only on a complete run) can then remove the orphans found here.
writeFileSync(
  MANIFEST,
  `${JSON.stringify({ complete: true, incomplete: null, shards: count, mergedAt: new Date().toISOString(), brokenFiles, records }, null, 2)}\n`,
);
const changes = shards.flatMap((s) => collectChanges(s.manifest.records, path.join(s.dir, 'visual')));
const report = writeReport({ changes, dir: out, source: `npm run visual:merge (${count} shards)` });
if (report) console.log(`Visual review report of all shards: ${report} (${changes.length} entries)`);
else console.log('No screenshot differs from its baseline in any shard.');

const missingResults = shards
  .filter((s) => !s.manifest.counts)
  .map((s) => `shard ${s.manifest.shard} wrote no test results`);
const errors = [
  ...missingResults,
  ...(failed > 0 ? [`${failed} test(s) failed across the shards`] : []),
  ...(orphans.length > 0
    ? [
        `${orphans.length} orphan baseline(s), no shard's story × mode expects them:`,
        ...orphans.map((o) => `  ${o.path}`),
      ]
    : []),
];
if (errors.length > 0) fail(errors);
console.log('✔ Shards merged: every shard ran, no test failed, no orphan baseline.');
