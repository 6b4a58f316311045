// Node worker_threads helpers (Node only: the browser core stays single-threaded).
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
// Core values come through the core's barrel: the built `govmedia/node` imports the
// built core (`./index.js`) instead of bundling a second copy (tsup.config.ts), so
// `instanceof PostsTable` holds across the two entries. `comparedText` is internal
// (a pure function, bundled).
import { comparedText } from '../../homogeneity/find-homogeneous-accounts.js';
import { lshBandKeys, PostsTable, type LshBandKeys, type MinHashLshOptions } from '../../index.js';
import { startWorker } from './start-worker.js';

const TASK = 'govmedia:lshBandKeys';

/**
 * `lshBandKeys` split across threads: the texts are cut into `threads` contiguous
 * chunks; the calling thread signs the first while `threads − 1` workers sign the
 * others (structured-clone copy of their strings in, transferred typed arrays
 * out); the band-major keys are stitched back together, so the result is
 * identical to `lshBandKeys(texts, options)`.
 * Pass it as `bandKeys` to `findHomogeneousAccounts(table, { ...options, bandKeys })`.
 *
 * Given a `PostsTable`, the texts are chosen as `findHomogeneousAccounts` does
 * (`options.field`, default 'auto': text, else title). `options.preprocess` cannot
 * cross threads (functions are not cloneable): convert texts first instead.
 * Worth it for large inputs only (starting workers and copying strings costs
 * tens of ms; see bench/homogeneity.ts). Complexity O(total characters / threads).
 *
 * @param input a posts table or an array of texts
 * @param options MinHash/LSH options as for `lshBandKeys`, plus `field` for a table
 * @param parallel `threads`, counting the calling thread (default: available parallelism, at least 1)
 * @throws {TypeError} for `options.preprocess` (a function cannot be sent to a worker), or an input that is neither a `PostsTable` nor an array of texts.
 * @throws {RangeError} for a `threads` that is not a positive integer, or LSH options out of range (as {@link lshBandKeys}).
 * @returns As `lshBandKeys`, bit for bit.
 * @example
 * const bandKeys = await lshBandKeysParallel(table, {}, { threads: 2 });
 * findHomogeneousAccounts(table, { bandKeys }); // same result as without bandKeys
 */
export async function lshBandKeysParallel(
  input: PostsTable | readonly (string | undefined)[],
  options: MinHashLshOptions & { field?: 'auto' | 'text' | 'title' } = {},
  parallel: { threads?: number } = {},
): Promise<LshBandKeys> {
  const fn = 'lshBandKeysParallel';
  if (options.preprocess) throw new TypeError(`${fn}: options.preprocess cannot be sent to worker threads; preprocess the texts first`);
  let texts: readonly (string | undefined)[];
  if (input instanceof PostsTable) {
    const textOf = comparedText(fn, input, options.field ?? 'auto');
    texts = Array.from({ length: input.size }, (_, i) => textOf(i));
  } else if (Array.isArray(input)) texts = input;
  else throw new TypeError(`${fn}: input must be a PostsTable or an array of texts`);
  const threads = parallel.threads ?? Math.max(1, availableParallelism());
  if (!Number.isInteger(threads) || threads < 1) throw new RangeError(`${fn}: threads must be a positive integer, got ${threads}`);
  const { field: _field, ...lshOptions } = options;
  void _field;
  const n = texts.length;
  if (threads === 1 || n < 2 * threads) return lshBandKeys(texts, lshOptions);
  const size = Math.ceil(n / threads);
  // threads − 1 workers take chunks 1…; the calling thread signs chunk 0 meanwhile
  // (a worker's strings are copied when it starts, so only they cross threads).
  const pending = Array.from({ length: threads - 1 }, (_, w) => {
    const chunk = texts.slice((w + 1) * size, Math.min(n, (w + 2) * size));
    return new Promise<LshBandKeys>((resolve, reject) => {
      const data = { workerData: { task: TASK, texts: chunk, options: lshOptions } };
      const entry = workerEntry();
      const worker = startWorker(entry, data);
      worker.once('message', (m: LshBandKeys) => { resolve(m); void worker.terminate(); });
      worker.once('error', reject);
      worker.once('exit', (code) => { if (code !== 0) reject(new Error(`${fn}: worker exited with code ${code}`)); });
    });
  });
  const first = lshBandKeys(texts.slice(0, Math.min(n, size)), lshOptions);
  const parts = [first, ...(await Promise.all(pending))];
  const bands = parts[0]!.bands, rows = parts[0]!.rows;
  const sketchWords = parts[0]!.sketchWords;
  const keys = new Uint32Array(bands * n), signed = new Uint8Array(n), sketch = new Uint32Array(sketchWords * n);
  parts.forEach((p, w) => {
    const off = w * size;
    signed.set(p.signed, off);
    sketch.set(p.sketch, off * sketchWords);
    for (let b = 0; b < bands; b++) keys.set(p.keys.subarray(b * p.size, (b + 1) * p.size), b * n + off);
  });
  return { bands, rows, size: n, keys, signed, sketch, sketchWords };
}

/** This module's own file, run as the worker (CJS build: __filename; ESM: import.meta.url). */
function workerEntry(): string {
  return typeof __filename === 'string' ? __filename : fileURLToPath(import.meta.url);
}

// Worker side: compute the chunk's band keys and transfer the typed arrays back.
if (!isMainThread && parentPort && (workerData as { task?: string } | null)?.task === TASK) {
  const { texts, options } = workerData as { texts: (string | undefined)[]; options: MinHashLshOptions };
  const k = lshBandKeys(texts, options);
  parentPort.postMessage(k, [k.keys.buffer as ArrayBuffer, k.signed.buffer as ArrayBuffer, k.sketch.buffer as ArrayBuffer]);
}
