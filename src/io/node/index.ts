/**
 * govmedia/node — Node-only entry: file readers and worker-thread helpers.
 * Everything in the core (`govmedia`) is re-exported so Node users need one import.
 */
export * from '../../index.js';
export * from './files.js';
export { THREADED_MIN_BYTES, type ReadThreadOptions } from './read-posts-threaded.js';
export * from './workers.js';
export * from './score-accounts-parallel.js';
