import { defineConfig, type Options } from 'tsup';

// Library entries: the isomorphic core (`govmedia`) and the Node-only file readers
// (`govmedia/node`), each as ESM and CJS with their own .d.ts / .d.cts.
// The CLI is a separate ESM build with a shebang.
//
// `govmedia/node` must not carry a second copy of the core (two copies would make
// `instanceof InputError` / `instanceof PostsTable` false across the entries): its
// sources import core values through the core's barrel (`../../index.js`), which is
// external here (JS and declarations); scripts/fix-node-entry.mjs, run by
// `npm run build`, then points it at the built core: ./index.js (ESM, index.d.ts)
// and ./index.cjs (CJS, index.d.cts).
const CORE_BARREL = /^\.\.\/\.\.\/index\.js$/;
const CORE_MODULE = /^\.\.\/\.\.\//;
const lib: Options = { target: 'es2022', platform: 'neutral', sourcemap: true, splitting: false, external: [/^node:/] };

export default defineConfig([
  // (dist is emptied by `npm run build` before tsup: a `clean` here could race the other builds.)
  // ESM: one file per source module (bundle: false), so that a bundler keeps only the
  // modules an app imports (package.json `sideEffects: false`): `import { wci }` then
  // carries neither zod nor the CSV reader. A single flattened file would keep every
  // module's top-level code (zod schemas …) and weigh ~1 MB (test/package/bundle-size).
  { ...lib, entry: ['src/**/*.ts', '!src/cli/**', '!src/io/node/**'], format: ['esm'], bundle: false, sourcemap: false },
  // CJS (require): one bundled file; declarations: one bundled .d.ts / .d.cts.
  { ...lib, entry: { index: 'src/index.ts' }, format: ['cjs'], dts: true },
  { ...lib, entry: { index: 'src/index.ts' }, format: ['esm'], dts: { only: true } },
  // ESM: every core module is external (the ESM core is one file per module), so the
  // node entry shares even the internals scoreAccountsParallel uses (one IndexInputError,
  // one per-table cluster cache). CJS: only the barrel is external (index.cjs is one
  // file); the few internals it uses are bundled (pure functions, plus a copy of the
  // IndexInputError class: under require(), `instanceof IndexInputError` does not hold
  // for errors thrown by scoreAccountsParallel).
  { ...lib, entry: { node: 'src/io/node/index.ts' }, format: ['esm'], external: [/^node:/, CORE_MODULE] },
  { ...lib, entry: { node: 'src/io/node/index.ts' }, format: ['esm'], external: [/^node:/, CORE_BARREL], dts: { only: true } },
  { ...lib, entry: { node: 'src/io/node/index.ts' }, format: ['cjs'], external: [/^node:/, CORE_BARREL], dts: true },
  // score-worker / ingest-worker: the worker threads of scoreAccountsParallel and readPostsFile (its own small file, so a
  // worker loads neither the CLI nor the whole library; no instanceof crosses threads).
  { ...lib, entry: { 'score-worker': 'src/io/node/score-worker.ts', 'ingest-worker': 'src/io/node/ingest-worker.ts' }, format: ['esm', 'cjs'] },
  {
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    target: 'node20',
    platform: 'node',
    sourcemap: true,
    banner: { js: '#!/usr/bin/env node' },
  },
]);
