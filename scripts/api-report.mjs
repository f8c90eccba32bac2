#!/usr/bin/env node
/**
 * `npm run api`: compares the public API of the declarations `npm run build` wrote (tsc's output in
 * .api-extractor-temp/declarations, which the build rolled up into dist/) with the committed API
 * reports in api/ (@microsoft/api-extractor; one config per entry point: api-extractor.json for ".",
 * api-extractor.locales-fr.json for "./locales/fr", api-extractor.theme.json for "./theme",
 * api-extractor.fixtures.json for "./fixtures").
 * Exits 1 if they differ, or if api-extractor has a warning about the declarations. It reads the
 * build's declarations: tsc does not run again.
 * `--update` (`npm run api:update`): rewrites the reports instead. Review the diff, commit it with the change.
 */
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CompilerState, Extractor, ExtractorConfig, ExtractorLogLevel } from '@microsoft/api-extractor';

const root = fileURLToPath(new URL('..', import.meta.url));
const update = process.argv.includes('--update');
const configs = [
  'api-extractor.json',
  'api-extractor.locales-fr.json',
  'api-extractor.theme.json',
  'api-extractor.fixtures.json',
].map((file) => {
  const configObject = ExtractorConfig.loadFile(path.join(root, file));
  // The rollups in dist/ are the build's; this script only compares the reports.
  configObject.dtsRollup = { ...configObject.dtsRollup, enabled: false };
  return ExtractorConfig.prepare({
    configObject,
    configObjectFullPath: path.join(root, file),
    packageJsonFullPath: path.join(root, 'package.json'),
    ignoreMissingEntryPoint: true,
  });
});
/** api-extractor's notes about the report itself: this script says it in its own words. */
const OWN_WORDS = new Set([
  'console-preamble',
  'console-compiler-version-notice',
  'console-api-report-not-copied',
  'console-api-report-copied',
  'console-api-report-created',
]);

const missing = configs.map((config) => config.mainEntryPointFilePath).filter((entry) => !existsSync(entry));
if (missing.length > 0) {
  console.error(
    `✖ ${missing.map((entry) => path.relative(root, entry)).join(', ')} missing: run  npm run build  first.`,
  );
  process.exit(1);
}

/** Extractor.invoke; a crash (e.g. on declarations of a build that failed) becomes one clear line. */
function invoke(config, options) {
  try {
    return Extractor.invoke(config, options);
  } catch (error) {
    console.error(`✖ api-extractor could not analyse ${path.relative(root, config.mainEntryPointFilePath)}:`);
    console.error(`  ${error.unformattedMessage ?? error.message}`);
    console.error('  Are the declarations in .api-extractor-temp/declarations from a successful  npm run build ?');
    process.exit(1);
  }
}

// One TypeScript program for every entry point (the slow part).
const compilerState = CompilerState.create(configs[0], {
  additionalEntryPoints: configs.slice(1).map((config) => config.mainEntryPointFilePath),
});
const program = compilerState.program;
const checker = program.getTypeChecker();

let failed = false;
const summary = [];
for (const config of configs) {
  const report = path.relative(root, path.join(config.reportFolder, config.reportConfigs[0].fileName));
  if (update) mkdirSync(config.reportFolder, { recursive: true });
  let problems = 0;
  const result = invoke(config, {
    compilerState,
    localBuild: update,
    printApiReportDiff: !update,
    messageCallback: (message) => {
      if (OWN_WORDS.has(message.messageId)) message.logLevel = ExtractorLogLevel.None;
      else if (message.messageId === 'console-api-report-diff') return;
      else if (message.logLevel === ExtractorLogLevel.Error || message.logLevel === ExtractorLogLevel.Warning) {
        problems++;
      }
    },
  });
  const entry = checker.getSymbolAtLocation(program.getSourceFile(config.mainEntryPointFilePath));
  const exports = entry ? checker.getExportsOfModule(entry).length : '?';

  if (problems > 0) {
    console.error(
      `\n✖ api-extractor reported ${problems} problem(s) in the declarations behind ${report} (above).` +
        '\n  Fix them in the source (or, for a false alarm, in api-extractor.json / tsdoc.json).',
    );
    failed = true;
  }
  if (result.apiReportChanged && !update) {
    console.error(
      [
        '',
        existsSync(path.join(root, report))
          ? `✖ The public API changed: the built declarations no longer match ${report} (diff above).`
          : `✖ ${report} is missing (it records the public API; it is committed).`,
        '  If the change is intended:  npm run api:update   then review the diff (git diff api/)',
        '  and commit the report together with the change.',
      ].join('\n'),
    );
    failed = true;
  } else {
    summary.push(`${report} (${exports} exports${result.apiReportChanged ? ', rewritten: review and commit it' : ''})`);
  }
}

if (failed) process.exit(1);
console.log(`API report ${update ? 'up to date' : 'unchanged'}: ${summary.join(', ')}.`);
