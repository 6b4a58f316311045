import { defineConfig } from 'tsup';

// Library entries: the isomorphic core (`govmedia`) and the Node-only file readers
// (`govmedia/node`), each as ESM and CJS with their own .d.ts / .d.cts.
// The CLI is a separate ESM build with a shebang.
export default defineConfig([
  {
    // score-worker: the worker thread of scoreAccountsParallel (its own small file, so a worker loads neither the CLI nor the whole library).
    entry: { index: 'src/index.ts', node: 'src/io/node/index.ts', 'score-worker': 'src/io/node/score-worker.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: true,
    target: 'es2022',
    platform: 'neutral',
    splitting: false,
    external: [/^node:/],
  },
  {
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    target: 'node20',
    platform: 'node',
    sourcemap: true,
    banner: { js: '#!/usr/bin/env node' },
  },
]);
