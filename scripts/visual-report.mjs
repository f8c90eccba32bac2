#!/usr/bin/env node
/**
 * The review report: a static HTML page (no server) showing, for every story × mode whose
 * screenshot differs from its baseline, the baseline, the actual screenshot and the diff side by
 * side, with the story's title, name, id and mode; and the stories that have no baseline yet.
 * Each entry links to its story, in its mode's globals, in the static Storybook expected at
 * `storybook-static/` beside `.vitest-attachments/` (links are relative, so both folders published
 * together work as they do locally; `.ci/run` builds it even when the tests fail).
 * Written by `npm test` on every failing visual run to .vitest-attachments/report/index.html;
 * `node scripts/visual-report.mjs` rewrites it from the last run's files.
 */
import { copyFileSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DIFFS, MANIFEST_LINES, REPORT_DIR, ROOT, readRecords } from './visual-paths.mjs';

const html = (text) =>
  String(text).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);

/** The static Storybook (`npm run build-storybook`). */
export const STORYBOOK_STATIC = path.join(ROOT, 'storybook-static');

/**
 * Storybook's URL form of globals: `theme:dark;locale:fr`, nested values with dots
 * (`viewport.value:narrow;viewport.isRotated:!false`), booleans as `!true` / `!false`.
 */
export function globalsParam(globals, prefix = '') {
  return Object.entries(globals ?? {})
    .flatMap(([key, value]) =>
      value !== null && typeof value === 'object'
        ? [globalsParam(value, `${prefix}${key}.`)]
        : [`${prefix}${key}:${typeof value === 'boolean' ? `!${value}` : encodeURIComponent(String(value))}`],
    )
    .filter(Boolean)
    .join(';');
}

/** Links to a story in the static Storybook, relative to `fromDir`: the manager, and the canvas alone. */
export function storyLinks(storyId, globals, fromDir = REPORT_DIR) {
  const base = path.relative(fromDir, STORYBOOK_STATIC).split(path.sep).join('/');
  const query = globals && Object.keys(globals).length > 0 ? `&globals=${globalsParam(globals)}` : '';
  const id = encodeURIComponent(storyId);
  return {
    manager: `${base}/index.html?path=/story/${id}${query}`,
    canvas: `${base}/iframe.html?id=${id}&viewMode=story${query}`,
  };
}

/** The story × mode entries of the run that left images in `diffs` (.vitest-attachments/visual). */
export function collectChanges(records = readRecords(MANIFEST_LINES), diffs = DIFFS) {
  const changes = [];
  for (const record of records) {
    if (record.screenshot !== 'expected') continue;
    const base = path.join(diffs, path.basename(record.file), record.mode, path.basename(record.baseline, '.png'));
    const actual = `${base}-actual.png`;
    const diff = `${base}-diff.png`;
    const created = `${base}-reference.png`; // a missing baseline's screenshot, when CI writes none
    if (existsSync(actual)) {
      changes.push({
        ...record,
        kind: 'changed',
        images: { baseline: path.join(ROOT, record.baseline), actual, diff },
      });
    } else if (existsSync(created)) {
      changes.push({ ...record, kind: 'new', images: { actual: created } });
    }
  }
  const order = { changed: 0, new: 1 };
  return changes.sort(
    (a, b) =>
      order[a.kind] - order[b.kind] ||
      a.title.localeCompare(b.title) ||
      a.name.localeCompare(b.name) ||
      a.mode.localeCompare(b.mode),
  );
}

/** Writes the report; returns its path, or null when no screenshot changed. */
export function writeReport({ changes = collectChanges(), dir = REPORT_DIR, source = 'npm test' } = {}) {
  // Only the report's own files are replaced: `dir` may be a folder that holds other things.
  rmSync(path.join(dir, 'index.html'), { force: true });
  rmSync(path.join(dir, 'img'), { recursive: true, force: true });
  if (changes.length === 0) return null;
  mkdirSync(path.join(dir, 'img'), { recursive: true });
  const copy = (from, label, change) => {
    if (!from || !existsSync(from)) return null;
    const name = `${change.mode}--${change.storyId}--${label}.png`;
    copyFileSync(from, path.join(dir, 'img', name));
    return `img/${encodeURIComponent(name)}`;
  };
  const figure = (src, caption) =>
    src
      ? `<figure><figcaption>${caption}</figcaption><a href="${src}"><img src="${src}" alt="${caption}" loading="lazy"></a></figure>`
      : `<figure class="none"><figcaption>${caption}</figcaption><p>none</p></figure>`;
  const sections = changes.map((change) => {
    const images =
      change.kind === 'changed'
        ? [
            figure(copy(change.images.baseline, 'baseline', change), 'Baseline'),
            figure(copy(change.images.actual, 'actual', change), 'Actual'),
            figure(copy(change.images.diff, 'diff', change), 'Diff'),
          ]
        : [figure(null, 'Baseline'), figure(copy(change.images.actual, 'actual', change), 'Actual (no baseline yet)')];
    const links = storyLinks(change.storyId, change.globals, dir);
    return `<section class="${change.kind}" id="${html(`${change.mode}--${change.storyId}`)}">
  <h2>${html(change.title)} › ${html(change.name)} <span class="mode">${html(change.mode)}</span>${change.kind === 'new' ? ' <span class="new">new</span>' : ''}</h2>
  <p class="meta"><code>${html(change.storyId)}</code> · <code>${html(change.file)}</code> · baseline <code>${html(change.baseline)}</code></p>
  <p class="links">Open in Storybook (${html(change.mode)}): <a href="${html(links.manager)}">with its controls</a> · <a href="${html(links.canvas)}">canvas only</a></p>
  <div class="images">${images.join('')}</div>
</section>`;
  });
  const changed = changes.filter((c) => c.kind === 'changed').length;
  const created = changes.length - changed;
  const page = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Visual review — ${changed} changed, ${created} new</title>
<style>
  body { font: 14px/1.4 system-ui, sans-serif; margin: 24px; color: #1b1f24; background: #fff; }
  h1 { font-size: 20px; margin: 0 0 4px; }
  .summary { margin: 0 0 16px; color: #444; }
  nav ul { columns: 2; padding-left: 18px; margin: 0 0 24px; }
  section { border-top: 1px solid #d0d7de; padding: 16px 0; }
  h2 { font-size: 16px; margin: 0 0 4px; }
  .mode, .new { font-size: 12px; font-weight: 600; padding: 2px 8px; border-radius: 10px; background: #ddf4ff; color: #0a3069; vertical-align: middle; }
  .new { background: #fff8c5; color: #4d2d00; }
  .meta { margin: 0 0 8px; color: #57606a; }
  .links { margin: 0 0 8px; }
  .images { display: grid; grid-template-columns: repeat(3, minmax(0, 1fr)); gap: 12px; align-items: start; }
  figure { margin: 0; }
  figcaption { font-weight: 600; margin-bottom: 4px; }
  img { max-width: 100%; border: 1px solid #d0d7de; background: repeating-conic-gradient(#eee 0 25%, #fff 0 50%) 0 0 / 16px 16px; }
  figure.none p { color: #57606a; border: 1px dashed #d0d7de; padding: 24px; text-align: center; margin: 0; }
</style>
</head>
<body>
<h1>Visual review</h1>
<p class="summary">${changed} screenshot(s) differ from their baseline, ${created} story × mode without a baseline. Generated ${html(new Date().toISOString())} by <code>${html(source)}</code>. If a change is intended: <code>npm run test:update</code>, review, commit the baselines with the change.</p>
<p class="summary">Each entry links to its story, in its mode, in the static Storybook expected at <code>${html(path.relative(dir, STORYBOOK_STATIC).split(path.sep).join('/'))}/</code> from this report (the project's <code>storybook-static/</code>, built by <code>npm run build-storybook</code>; <code>.ci/run</code> builds it even when the tests fail). Publish <code>.vitest-attachments/</code> and <code>storybook-static/</code> side by side and the links work.</p>
<nav><ul>${changes.map((c) => `<li><a href="#${html(`${c.mode}--${c.storyId}`)}">${html(c.title)} › ${html(c.name)}</a> (${html(c.mode)}${c.kind === 'new' ? ', new' : ''})</li>`).join('')}</ul></nav>
${sections.join('\n')}
</body>
</html>
`;
  const file = path.join(dir, 'index.html');
  writeFileSync(file, page);
  return file;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const file = writeReport();
  console.log(file ? `Visual review report: ${file}` : 'No screenshot differs from its baseline in the last run.');
}
