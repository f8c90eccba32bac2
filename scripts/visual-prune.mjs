#!/usr/bin/env node
/**
 * `npm run visual:prune`: lists the baselines no story × mode expects any more (the story, its
 * stories file or the mode is gone, the story no longer takes that mode, or its snapshot is
 * disabled); `npm run visual:prune -- --delete` removes them. Reads the manifest of the last
 * complete `npm test` run (every story file, every mode), so a partial run never deletes anything.
 */
import { existsSync, readdirSync, readFileSync, rmdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { BASELINES, findOrphans, MANIFEST, ROOT } from './visual-paths.mjs';

const remove = process.argv.includes('--delete');

if (!existsSync(MANIFEST)) {
  console.error(
    'No manifest of a complete run: run `npm test` (or `npm run test:update`) first; it records every story × mode in .vitest-attachments/visual-manifest.json.',
  );
  process.exit(1);
}
const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8'));
if (!manifest.complete) {
  console.error(
    `The last run was not complete (${manifest.incomplete}): nothing can be called an orphan. Run \`npm test\` again.`,
  );
  process.exit(1);
}
const found = findOrphans(manifest.records, manifest.brokenFiles);
const unchecked = found.unchecked;
// A baseline written after that run started (e.g. by `vitest run -u` on a new story) is not judged.
const runStart = Date.parse(manifest.startedAt);
const newer = found.orphans.filter((orphan) => statSync(path.join(ROOT, orphan.path)).mtimeMs > runStart);
const orphans = found.orphans.filter((orphan) => !newer.includes(orphan));
if (newer.length > 0) {
  console.log(
    `${newer.length} baseline(s) written after the last run started were not judged; run \`npm test\` again to check them.`,
  );
}
if (unchecked.length > 0) {
  console.log(`${unchecked.length} baseline(s) of stories files that failed to load in the last run were not checked.`);
}
if (orphans.length === 0) {
  console.log(`No orphan baselines (run of ${manifest.finishedAt}).`);
  process.exit(0);
}
console.log(`${orphans.length} orphan baseline(s) (no story × mode expects them, run of ${manifest.finishedAt}):`);
for (const orphan of orphans) console.log(`  ${orphan.path}`);
if (!remove) {
  console.log('\nRemove them with:  npm run visual:prune -- --delete');
  process.exit(0);
}
for (const orphan of orphans) rmSync(path.join(ROOT, orphan.path));
// Drop the folders that are now empty.
const pruneEmpty = (dir) => {
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (existsSync(full) && !name.endsWith('.png')) {
      pruneEmpty(full);
      if (readdirSync(full).length === 0) rmdirSync(full);
    }
  }
};
if (existsSync(BASELINES)) pruneEmpty(BASELINES);
console.log(`Deleted ${orphans.length} baseline(s). Commit the deletion.`);
