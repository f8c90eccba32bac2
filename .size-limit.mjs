/**
 * Size budgets of the built package: `npm run size` (builds dist/, then runs size-limit), or
 * `size-limit` alone on an already-built dist/ (as `npm test` does).
 *
 * Measured the way a host app pays it: each public entry is bundled from dist/ by esbuild WITH
 * its dependencies (zod…), with react, react-dom, react/jsx-runtime and react-dom/client left out
 * (the host has its own React), minified, ESM, then gzip -9 (`gzip: true`: every budget below is gzip). The package's own package.json
 * (`sideEffects`) applies, so an entry that imports one component carries only that component.
 *
 * Units: size-limit reads and prints sizes with bytes-iec, 1 kB = 1,000 bytes (not 1,024).
 *
 * After the rows in view below the sticky header and the memoised row badge (kB gzip): page 38.80,
 * library 40.00 (39,999 bytes: no room left), paid for by the three test ids the markup already
 * names (the live region, the grid's frame, the Shopify notice).
 *
 * After the faster sort and filter of 0.4.0 (kB gzip): page 38.80, library 40.00 (39,996 bytes: no
 * room left), the others unchanged; the bytes came from the table itself (one idle step for the
 * rows around the view and the profile options, the shared instant formatter, an unused message).
 *
 * Figures of 0.4.0 (kB gzip): page 38.81, library 39.97, StatusBadge 2.07, parseDataSet 9.42,
 * French catalogue 5.02, theme tokens 1.15, fixtures 11.63, CSS 3.37. 0.4.0 added the keyboard grid,
 * the news-only announcements and the English-word marking (about 2.4 kB of the library); the room
 * came from zod: the package words zod's issues itself instead of bundling zod's English locale
 * (0.8 kB), and the schemas build their ISO date-time and checks from zod's core directly (0.7 kB).
 *
 * Figures of 0.3.0 (kB gzip): page 38.17, library 39.31, StatusBadge 2.05, parseDataSet 10.51,
 * French catalogue 4.96, theme tokens 1.15, fixtures 12.67, CSS 3.13 (0.2.0: page 37.15, library
 * 39.24, StatusBadge 2.21). 0.3.0 added the per-item reading of host data (`readDataSet`, about
 * 4 kB of the library before it was slimmed to the strict schemas it already had), the data
 * problems summary and the action-first page; the French catalogue and the theme tokens, moved to
 * their own entries, made the room. The page, library, StatusBadge and CSS
 * budgets are fixed; do not raise them to make room: find the bytes (an esbuild metafile names
 * them) and remove them.
 */

/** The host's own copy of React: never counted. */
const REACT = ['react', 'react-dom', 'react/jsx-runtime', 'react-dom/client'];

/** Bundled as a host bundler would: ESM for a modern browser, resolved through package.json. */
const asHost = (config) => ({ ...config, format: 'esm', platform: 'browser', target: 'es2022' });

const js = (check) => ({ gzip: true, ignore: REACT, modifyEsbuildConfig: asHost, ...check });

export default [
  js({
    name: 'Whole page (IntegrationsSettingsPage)',
    path: 'dist/src/index.js',
    import: '{ IntegrationsSettingsPage }',
    limit: '40 kB',
  }),
  js({
    // Every export: the page plus what it does not use itself (primitives, createTranslator,
    // the credential helpers…). It fits the page's budget, and must keep fitting it.
    name: 'Whole library (import *)',
    path: 'dist/src/index.js',
    import: '*',
    limit: '40 kB',
  }),
  js({
    // Also proves tree-shaking: StatusBadge alone may not carry zod (~9 kB), the schemas, the
    // page's copy or any other component.
    name: 'StatusBadge alone',
    path: 'dist/src/index.js',
    import: '{ StatusBadge }',
    limit: '3 kB',
  }),
  js({
    // What a host pays to validate its data without rendering anything: zod/mini's core for
    // strict objects, ISO date-times and checks (~8.3 kB), zod's English wording of its own issues
    // (~1.1 kB, for the log message), our schemas and issue codes (~1.1 kB). 12 kB holds that with
    // room for one more field or check, not for zod's full `z` namespace (that would be ~20 kB more).
    name: 'parseDataSet alone',
    path: 'dist/src/index.js',
    import: '{ parseDataSet }',
    limit: '12 kB',
  }),
  js({
    // The French catalogue, apart from the main entry so that an English host does not pay it: a
    // French host imports it and passes it to the LocaleProvider (or the page) as `messages`. Every
    // message of the page in French, nothing else (no React, no formatter).
    name: 'French catalogue (integrations-ui/locales/fr)',
    path: 'dist/src/locales/fr.js',
    import: '{ fr }',
    limit: '7 kB',
  }),
  js({
    // The theme tokens, apart from the main entry so that a host that only renders components does
    // not pay them: a host that builds its own theme imports them in a vanilla-extract stylesheet, at
    // build time. The contract `vars` (every variable name), the two palettes, `themeValues` and the
    // token scales; no React. About 1 kB of room above its size, for a few more tokens.
    name: 'Theme tokens (integrations-ui/theme)',
    path: 'dist/src/theme/entry.js',
    import: '*',
    limit: '2 kB',
  }),
  js({
    // The demo and test data (integrations-ui/fixtures), never needed by the page: parseDataSet
    // (its fixtures are parsed on load), the seed and state data sets and the generator (~2.2 kB).
    // 14 kB is parseDataSet's budget plus that, with the same small margin.
    name: 'Fixtures entry (integrations-ui/fixtures)',
    path: 'dist/fixtures/index.js',
    import: '*',
    limit: '14 kB',
  }),
  {
    name: 'CSS (dist/styles.css)',
    path: 'dist/styles.css',
    gzip: true,
    limit: '10 kB',
  },
];
