/**
 * govmedia/node — Node-only entry: file readers and worker-thread helpers.
 *
 * The core's public surface (`govmedia`, src/index.ts — itself an explicit, curated
 * list) is re-exported whole so Node users need one import; the one `export *` of the
 * package, kept on purpose so that the two entries cannot drift apart (tested:
 * test/package/exports-snapshot.test.ts checks that `govmedia/node` exports everything
 * `govmedia` does, and snapshots the Node-only names below).
 */
export * from '../../index.js';

// Files: the core's readers on a path (streamed in 1 MiB chunks)
export { readAccountsFile, readMessagesFile, readPostsFile, readRegistryFile, type ReadPostsFileOptions } from './files.js';
export { THREADED_MIN_BYTES, type ReadThreadOptions } from './read-posts-threaded.js';

// Worker threads
export { lshBandKeysParallel } from './workers.js';
export {
  rankAccountsParallel, scoreAccountsParallel, type RankAccountsParallelOptions, type ScoreAccountsParallelOptions,
  type ThreadOptions,
} from './score-accounts-parallel.js';
