#!/usr/bin/env node
/**
 * `npm run chromatic`: publishes Storybook to Chromatic with chromatic.config.json (TurboSnap
 * `onlyChanged`, `exitZeroOnChanges`, built by `npm run build-storybook`). The project token comes
 * from the environment only (CHROMATIC_PROJECT_TOKEN), never from a file. CI here never runs it:
 * the local visual tests (`npm test`) are the gate; Chromatic is the hosted review for teams with a token.
 * Extra arguments go to the chromatic CLI, e.g. `npm run chromatic -- --branch-name main`.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { ROOT } from './visual-paths.mjs';

if (!process.env.CHROMATIC_PROJECT_TOKEN) {
  console.error(
    [
      '✖ CHROMATIC_PROJECT_TOKEN is not set: nothing was built or published.',
      '  Get the project token from your Chromatic project (Manage → Configure), then:',
      '    CHROMATIC_PROJECT_TOKEN=chpt_… npm run chromatic',
      '  Keep the token in your CI secrets or shell, never in a committed file.',
    ].join('\n'),
  );
  process.exit(1);
}
const bin = path.join(ROOT, 'node_modules', '.bin', 'chromatic');
const run = spawnSync(bin, ['--config-file', 'chromatic.config.json', ...process.argv.slice(2)], {
  cwd: ROOT,
  stdio: 'inherit',
  env: { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1' },
});
process.exit(run.status ?? 1);
