// Where the visual-regression files live, and the run manifest written by the story setup.
// Shared by vite.config.ts, scripts/test.mjs, scripts/visual-report.mjs and scripts/visual-prune.mjs.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const BASELINES = path.join(ROOT, 'test/visual/baselines');
export const ATTACHMENTS = path.join(ROOT, '.vitest-attachments');
/** Actual and diff images of the failing comparisons (vite.config.ts: resolveDiffPath). */
export const DIFFS = path.join(ATTACHMENTS, 'visual');
/** One JSON line per story × mode, appended by the `visualRecord` browser command. */
export const MANIFEST_LINES = path.join(ATTACHMENTS, 'visual-manifest.jsonl');
/** The consolidated manifest of the last `npm test` run (scripts/test.mjs). */
export const MANIFEST = path.join(ATTACHMENTS, 'visual-manifest.json');
export const REPORT_DIR = path.join(ATTACHMENTS, 'report');

/** Every file under `dir`, recursively. */
export function listFiles(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true })
    .map((name) => path.join(dir, name))
    .filter((file) => statSync(file).isFile());
}

/** The committed baselines: `test/visual/baselines/<stories file>/<mode>/<story id>.png`. */
export function listBaselines() {
  return listFiles(BASELINES).map((file) => {
    const rel = path.relative(BASELINES, file);
    const parts = rel.split(path.sep);
    return {
      path: path.relative(ROOT, file),
      storiesFile: parts[0],
      mode: parts.length === 3 ? parts[1] : null,
      storyId: parts.length === 3 ? parts[2].replace(/\.png$/, '') : null,
    };
  });
}

/** The records of the run, one per story × mode (the last one wins when a story ran twice). */
export function readRecords(file = MANIFEST_LINES) {
  if (!existsSync(file)) return [];
  const byKey = new Map();
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const record = JSON.parse(line);
    byKey.set(`${record.file}|${record.mode}|${record.storyId}`, record);
  }
  return [...byKey.values()];
}

/**
 * Baselines no story × mode of a complete run expects: their story, stories file or mode is gone,
 * the story no longer takes that mode, or its snapshot is disabled. Baselines of stories files that
 * failed to load are left alone (`unchecked`): their stories are unknown in this run.
 */
export function findOrphans(records, brokenFiles = []) {
  const expected = new Set(records.filter((r) => r.screenshot === 'expected').map((r) => r.baseline));
  const broken = new Set(brokenFiles.map((file) => path.basename(file)));
  const orphans = [];
  const unchecked = [];
  for (const baseline of listBaselines()) {
    if (broken.has(baseline.storiesFile)) unchecked.push(baseline);
    else if (!expected.has(baseline.path)) orphans.push(baseline);
  }
  return { orphans, unchecked };
}
