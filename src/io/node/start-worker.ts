import { pathToFileURL } from 'node:url';
import { Worker, type WorkerOptions } from 'node:worker_threads';

/**
 * Starts a worker thread on `entry`, a built worker file (`dist/*.js` / `*.cjs`) or,
 * when the library runs from its TypeScript sources (tests, benches under tsx/vitest),
 * a `.ts` file, for which the worker registers tsx first.
 *
 * The worker inherits the parent's Node flags except `--input-type`: Node refuses that
 * flag for a worker started on a file, so without this a user's one-liner
 * (`node --input-type=module -e "…readPostsFile…"`, or a script piped to stdin) failed
 * with "--input-type can only be used with string input".
 * @param entry Absolute path of the worker file.
 * @param options `worker_threads` options (`workerData` …).
 * @returns The started worker.
 * @internal
 */
export function startWorker(entry: string, options: WorkerOptions = {}): Worker {
  const execArgv = process.execArgv.filter((a) => !a.startsWith('--input-type'));
  return entry.endsWith('.ts')
    ? new Worker(`import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}).then((m) => { m.register(); return import(${JSON.stringify(pathToFileURL(entry).href)}); })`, { execArgv, ...options, eval: true })
    : new Worker(entry, { execArgv, ...options });
}
