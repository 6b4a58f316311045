import { pathToFileURL } from 'node:url';
import { Worker, type WorkerOptions } from 'node:worker_threads';

/**
 * Starts a worker thread on `entry`, a built worker file (`dist/*.js` / `*.cjs`) or,
 * when the library runs from its TypeScript sources (tests, benches under tsx/vitest),
 * a `.ts` file, for which the worker registers tsx first.
 *
 * A worker inherits the parent's Node flags, and Node refuses `--input-type` for a
 * worker started on a file: a user's one-liner (`node --input-type=module -e
 * "…readPostsFile…"`, or a script piped to stdin) failed with "--input-type can only be
 * used with string input". Under that flag the worker starts from a one-line string
 * that imports the file. (Filtering the flags instead fails on flags a worker may not be
 * given explicitly, such as `--expose-gc`.)
 * @param entry Absolute path of the worker file.
 * @param options `worker_threads` options (`workerData` …).
 * @returns The started worker.
 * @internal
 */
export function startWorker(entry: string, options: WorkerOptions = {}): Worker {
  const url = JSON.stringify(pathToFileURL(entry).href);
  if (entry.endsWith('.ts'))
    return new Worker(`import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}).then((m) => { m.register(); return import(${url}); })`, { ...options, eval: true });
  if (process.execArgv.some((a) => a.startsWith('--input-type'))) return new Worker(`import(${url})`, { ...options, eval: true });
  return new Worker(entry, options);
}
