/**
 * The library build (`npm run build`): the package host apps install. Not the Storybook/Vitest
 * config (that is vite.config.ts).
 *
 * - ESM only; one output module per source module (preserveModules), so a host bundler drops
 *   what it does not import. Entries: src/index.ts (".") and fixtures/index.ts ("./fixtures").
 * - vanilla-extract's `.css.ts` files are compiled at build time: all their CSS goes to ONE file,
 *   dist/styles.css (the host imports "integrations-ui/styles.css"); the JS keeps only class and
 *   variable names. Any run-time helper a compiled stylesheet still needs (e.g. the recipe function of the Button) is
 *   bundled into dist/vendor, so no @vanilla-extract/* import is left in dist.
 * - Compiled `x.css.ts` modules are written as `x.styles.js`: a host that uses vanilla-extract
 *   itself (to make its own theme) would otherwise treat `*.css.js` in node_modules as vanilla-extract
 *   source files and try to evaluate them again.
 * - react, react-dom, zod and @tanstack/react-virtual stay imports: the host installs them.
 * - Declarations: after the bundle, `tsc -p tsconfig.build.json` (TypeScript 5.9) writes .d.ts files
 *   beside the JS; their relative imports are then given explicit `.js` paths (and the `.styles`
 *   renaming), as Node's ESM resolution (`moduleResolution: node16/nodenext` in a host) requires.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { vanillaExtractPlugin } from '@vanilla-extract/vite-plugin';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const root = path.dirname(fileURLToPath(import.meta.url));
const outDir = path.join(root, 'dist');

/** Bare imports the package leaves to the host: peers and runtime dependencies. */
const EXTERNAL = ['react', 'react-dom', 'zod', '@tanstack/react-virtual'];
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

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const full = path.join(dir, entry);
    return statSync(full).isDirectory() ? listFiles(full) : [full];
  });
}

/** `./x` or `../y/z` in a .d.ts file → the explicit `.js` path of the module it names. */
function explicitSpecifier(fromFile: string, specifier: string): string {
  const dir = path.dirname(fromFile);
  const candidates = [`${specifier}.d.ts`, `${specifier}/index.d.ts`];
  const found = candidates.find((candidate) => {
    try {
      return statSync(path.join(dir, candidate)).isFile();
    } catch {
      return false;
    }
  });
  if (!found) throw new Error(`Declarations: cannot resolve "${specifier}" from ${path.relative(root, fromFile)}`);
  const target = found.replace(/\.d\.ts$/, '').replace(/\.css$/, '.styles');
  return `${target}.js`;
}

/** Runs tsc for the declarations, then makes them resolvable under Node ESM rules. */
function declarations(): Plugin {
  return {
    name: 'integrations-ui:declarations',
    apply: 'build',
    closeBundle() {
      const tsc = path.join(root, 'node_modules', '.bin', 'tsc');
      const run = spawnSync(tsc, ['-p', 'tsconfig.build.json', '--emitDeclarationOnly'], {
        cwd: root,
        stdio: 'inherit',
      });
      if (run.status !== 0) throw new Error('Declarations: tsc -p tsconfig.build.json failed (see above).');
      const files = listFiles(outDir).filter((file) => file.endsWith('.d.ts'));
      const pattern = /(\bfrom\s+|\bimport\s*\(\s*|\bimport\s+)(['"])(\.{1,2}\/[^'"]+)\2/g;
      for (const file of files) {
        const text = readFileSync(file, 'utf8');
        const next = text.replace(
          pattern,
          (_match, lead: string, quote: string, specifier: string) =>
            `${lead}${quote}${explicitSpecifier(file, specifier)}${quote}`,
        );
        if (next !== text) writeFileSync(file, next);
      }
      for (const file of files.filter((name) => name.endsWith('.css.d.ts'))) {
        renameSync(file, file.replace(/\.css\.d\.ts$/, '.styles.d.ts'));
      }
    },
  };
}

export default defineConfig({
  root,
  plugins: [react(), vanillaExtractPlugin(), declarations()],
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
