import { defineConfig, type Options } from 'tsup';

// Library entries: the isomorphic core (`govmedia`) and the Node-only file readers
// (`govmedia/node`), each as ESM and CJS with their own .d.ts / .d.cts.
// The CLI is a separate ESM build with a shebang.
//
// `govmedia/node` must not carry a second copy of the core (two copies would make
// `instanceof InputError` / `instanceof PostsTable` false across the entries). Its
// sources import core modules by path, public or internal (the threaded reader needs
// ingest internals the curated surface does not export):
// - ESM: every core module is external (the ESM core is one file per module), and
//   scripts/fix-node-entry.mjs, run by `npm run build`, points '../../x.js' at './x.js';
// - CJS: `index` and `node` are one esbuild build with code splitting, so what both use
//   (PostsTable, the error classes, the readers …) lives once, in shared chunks;
// - declarations: the core barrel ('../../index.js') is external and fix-node-entry
//   points it at ./index.js / ./index.cjs, so node.d.ts refers to the core's types.
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
  // CJS (require): index + node in one build with shared chunks (tsup's CJS code splitting).
  // (tsup turns the split ESM into CJS with sucrase, which leaves `import.meta` — a syntax
  // error under require(). The node sources use it only after `typeof __filename` and on
  // the from-sources tsx path, neither taken in this build: defined away.)
  {
    ...lib, entry: { index: 'src/index.ts', node: 'src/io/node/index.ts' }, format: ['cjs'], splitting: true,
    esbuildOptions(o) { o.define = { ...o.define, 'import.meta.url': 'undefined', 'import.meta.resolve': 'undefined' }; },
  },
  // Declarations: one bundled .d.ts / .d.cts per entry.
  { ...lib, entry: { index: 'src/index.ts' }, format: ['esm', 'cjs'], dts: { only: true } },
  { ...lib, entry: { node: 'src/io/node/index.ts' }, format: ['esm'], external: [/^node:/, CORE_MODULE] },
  { ...lib, entry: { node: 'src/io/node/index.ts' }, format: ['esm', 'cjs'], external: [/^node:/, CORE_BARREL], dts: { only: true } },
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
