/**
 * The library build (`npm run build`): the package host apps install. Not the Storybook/Vitest
 * config (that is vite.config.ts).
 *
 * - ESM only; one output module per source module (preserveModules), so a host bundler drops
 *   what it does not import. Entries: src/index.ts ("."), src/locales/fr.ts ("./locales/fr": the
 *   French catalogue, which the main entry does not carry), src/theme/entry.ts ("./theme": the theme
 *   contract and the tokens to build a theme, which the main entry does not carry either) and
 *   fixtures/index.ts ("./fixtures").
 * - vanilla-extract's `.css.ts` files are compiled at build time: all their CSS goes to ONE file,
 *   dist/styles.css (the host imports "integrations-ui/styles.css"); the JS keeps only class and
 *   variable names. Any run-time helper a compiled stylesheet still needs (e.g. the recipe function of the Button) is
 *   bundled into dist/vendor, so no @vanilla-extract/* import is left in dist.
 * - Compiled `x.css.ts` modules are written as `x.styles.js`: a host that uses vanilla-extract
 *   itself (to make its own theme) would otherwise treat `*.css.js` in node_modules as vanilla-extract
 *   source files and try to evaluate them again.
 * - react, react-dom and zod stay imports: the host installs them.
 * - Declarations: after the bundle, `tsc -p tsconfig.build.json` (TypeScript 5.9) writes .d.ts files
 *   to .api-extractor-temp/declarations, and API Extractor rolls each entry up into ONE .d.ts beside
 *   its JS (dist/src/index.d.ts, dist/src/locales/fr.d.ts, dist/src/theme/entry.d.ts,
 *   dist/fixtures/index.d.ts). A rollup imports only packages (react, zod…), never a relative path,
 *   so it resolves the same under every `moduleResolution` of a host.
 * - `'use client'` (React Server Components, e.g. a Next.js App Router host): the first line of every
 *   output module that is a CLIENT module, added after bundling (renderChunk: a directive in the
 *   sources would be dropped by the bundler). A module is a client module when its output
 *     1. imports from react or react-dom anything but `Fragment` and the JSX runtime (hooks,
 *        `createContext`, `Component`, `forwardRef`, `createPortal`…), or
 *     2. calls or defines a hook (`useXxx(`), or
 *     3. passes an event handler (an `onXxx:` prop).
 *   Every other module has no directive, so a server component can import it and call it: the domain
 *   rules (parseDataSet, analyse…), catalogues (the French one included: dist/src/locales/fr.js and
 *   dist/src/i18n/fr.js) and formatters, theme tokens, contract and class names (the "./theme" entry
 *   dist/src/theme/entry.js included), the fixtures, the entry barrels (dist/src/index.js,
 *   dist/fixtures/index.js), and presentational components that only build elements. A function
 *   that itself calls into a client module cannot run on the server, so keep server-callable
 *   helpers out of modules that create a context or use hooks. `npm run check:package` checks the
 *   packed files.
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CompilerState, Extractor, ExtractorConfig, ExtractorLogLevel } from '@microsoft/api-extractor';
import { vanillaExtractPlugin } from '@vanilla-extract/vite-plugin';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const root = path.dirname(fileURLToPath(import.meta.url));
const outDir = path.join(root, 'dist');
/** Where tsc writes the declarations API Extractor reads (tsconfig.build.json "outDir"). */
const DECLARATIONS_TEMP = path.join(root, '.api-extractor-temp', 'declarations');

/** Bare imports the package leaves to the host: peers and runtime dependencies. */
const EXTERNAL = ['react', 'react-dom', 'zod'];
const isExternal = (id: string) => EXTERNAL.some((name) => id === name || id.startsWith(`${name}/`));

/** Output path (no extension) of a module, from its path relative to the project root. */
function outputName(name: string): string {
  const vendored = name.match(/node_modules\/((?:@[^/]+\/)?[^/]+)\/.*?([^/]+)$/);
  if (vendored?.[1] && vendored[2]) {
    const slug = vendored[1].replace('@', '').replace('/', '-');
    return `vendor/${vendored[2].startsWith(slug) ? vendored[2] : `${slug}-${vendored[2]}`}`;
  }
  return name.replace(/\.css$/, '.styles');
}

/** The directive a client module starts with (React Server Components). */
const USE_CLIENT = '"use client";';
/** `import … from "…"` statements of an output module: [bindings clause, specifier]. */
const IMPORT_STATEMENT = /^import\s+([^'";]*?)\s*from\s*["']([^"']+)["']/gm;
/** The names a clause imports (`a, { b as c, d }` → a is "default", then b, d; `* as x` → "*"). */
function importedNames(clause: string): string[] {
  const named = clause.match(/\{([^}]*)\}/)?.[1] ?? '';
  const names = named
    .split(',')
    .map((part) => part.trim().split(/\s+as\s+/)[0] ?? '')
    .filter(Boolean);
  const rest = clause.replace(/\{[^}]*\}/, '').trim();
  if (rest.includes('*')) names.push('*');
  else if (rest.replace(/,/g, '').trim()) names.push('default');
  return names;
}

/** The rule of the header comment: does this output module need `'use client'`? */
function isClientModule(code: string): boolean {
  for (const [, clause = '', from = ''] of code.matchAll(IMPORT_STATEMENT)) {
    const names = importedNames(clause);
    const fromReact = /^react(-dom)?(\/|$)/.test(from) && !/\/jsx(-dev)?-runtime$/.test(from);
    if (fromReact && names.some((name) => name !== 'Fragment')) return true;
  }
  return /\buse[A-Z]\w*\(/.test(code) || /\bon[A-Z][A-Za-z]*:\s/.test(code);
}

/** Starts every client module (see isClientModule) with `'use client';`. */
function clientDirective(): Plugin {
  return {
    name: 'integrations-ui:use-client',
    apply: 'build',
    enforce: 'post',
    renderChunk(code) {
      // Sourcemaps are off in this build (build.sourcemap), so the shifted line needs no map.
      return isClientModule(code) ? { code: `${USE_CLIENT}\n${code}`, map: null } : null;
    },
  };
}

/** One API Extractor config per public entry: ".", "./locales/fr", "./theme", "./fixtures" (the first is the main one). */
const API_EXTRACTOR_CONFIGS = [
  'api-extractor.json',
  'api-extractor.locales-fr.json',
  'api-extractor.theme.json',
  'api-extractor.fixtures.json',
];

/** An API Extractor config (api-extractor*.json) for the build: the rollup only, no API report. */
function rollupConfig(file: string): ExtractorConfig {
  const configObject = ExtractorConfig.loadFile(path.join(root, file));
  // `npm run api` (scripts/api-report.mjs) compares the API reports; the build does not.
  configObject.apiReport = { ...configObject.apiReport, enabled: false };
  return ExtractorConfig.prepare({
    configObject,
    configObjectFullPath: path.join(root, file),
    packageJsonFullPath: path.join(root, 'package.json'),
  });
}

/**
 * The declarations: tsc writes them to a temporary folder, then API Extractor rolls each public
 * entry up into one file (api-extractor.json: dist/src/index.d.ts; api-extractor.locales-fr.json:
 * dist/src/locales/fr.d.ts; api-extractor.theme.json: dist/src/theme/entry.d.ts;
 * api-extractor.fixtures.json: dist/fixtures/index.d.ts), so no relative
 * import is left for a host's resolution to follow.
 */
function declarations(): Plugin {
  return {
    name: 'integrations-ui:declarations',
    apply: 'build',
    closeBundle() {
      rmSync(DECLARATIONS_TEMP, { recursive: true, force: true });
      const tsc = path.join(root, 'node_modules', '.bin', 'tsc');
      const run = spawnSync(tsc, ['-p', 'tsconfig.build.json'], { cwd: root, stdio: 'inherit' });
      if (run.status !== 0) throw new Error('Declarations: tsc -p tsconfig.build.json failed (see above).');
      const [main, ...others] = API_EXTRACTOR_CONFIGS.map(rollupConfig);
      if (!main) throw new Error('Declarations: no API Extractor config.');
      // One TypeScript program for every entry.
      const compilerState = CompilerState.create(main, {
        additionalEntryPoints: others.map((config) => config.mainEntryPointFilePath),
      });
      for (const config of [main, ...others]) {
        const result = Extractor.invoke(config, {
          compilerState,
          messageCallback: (message) => {
            // Warnings are for `npm run api` to report; the build stops on errors only.
            if (message.logLevel !== ExtractorLogLevel.Error) message.logLevel = ExtractorLogLevel.None;
          },
        });
        if (!result.succeeded) {
          const entry = path.relative(root, config.mainEntryPointFilePath);
          throw new Error(`Declarations: API Extractor could not roll up ${entry} (see above).`);
        }
      }
    },
  };
}

export default defineConfig({
  root,
  plugins: [react(), vanillaExtractPlugin(), clientDirective(), declarations()],
  publicDir: false,
  build: {
    outDir,
    emptyOutDir: true,
    target: 'es2022',
    minify: false,
    sourcemap: false,
    copyPublicDir: false,
    cssCodeSplit: false,
    reportCompressedSize: false,
    lib: {
      entry: {
        'src/index': path.join(root, 'src/index.ts'),
        'src/locales/fr': path.join(root, 'src/locales/fr.ts'),
        'src/theme/entry': path.join(root, 'src/theme/entry.ts'),
        'fixtures/index': path.join(root, 'fixtures/index.ts'),
      },
      formats: ['es'],
      cssFileName: 'styles',
    },
    rolldownOptions: {
      external: isExternal,
      output: {
        preserveModules: true,
        preserveModulesRoot: root,
        entryFileNames: (chunk) => `${outputName(chunk.name)}.js`,
      },
    },
  },
});
