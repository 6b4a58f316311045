import { createReadStream } from 'node:fs';
import { extname } from 'node:path';
// Core modules by path (shared with the core's build, see read-posts-threaded.ts).
// Types of public signatures through the core's barrel, so the built node.d.ts refers to
// the core's declarations (./index.js) instead of inlining a second PostsTable class
// (test/package/readme-examples.test.ts: a table from readPostsFile must type-check
// where the core wants one). Values by path (see read-posts-threaded.ts).
import type { InputFormat, ReadOptions, ReadPostsResult } from '../../index.js';
import { readAccounts, readMessages, readPosts, readRegistry } from '../../ingest/index.js';
import { reopenable } from '../../ingest/open-table.js';
import { readPostsFileThreaded, type ReadThreadOptions } from './read-posts-threaded.js';

/**
 * Format from the file extension (`.csv`, `.tsv`, `.json`, `.ndjson`/`.jsonl`), else
 * sniffed from the content (`.txt` from Excel's "Unicode 文本", `.xlsx`, `.xls`, no
 * extension…). Workbooks and binary files are told by their bytes whatever the name says.
 */
function formatOf(path: string, options: ReadOptions): InputFormat | undefined {
  if (options.format) return options.format;
  const ext = extname(path).toLowerCase();
  return ext === '.csv' || ext === '.tsv' ? 'csv' : ext === '.json' ? 'json' : ext === '.ndjson' || ext === '.jsonl' ? 'ndjson' : undefined;
}

/**
 * The file as 1 MiB chunks, openable again (a late sign that the file is not UTF-8 re-reads it as GB18030).
 * @param path The file.
 * @returns Its bytes, re-openable.
 * @example for await (const chunk of fileStream('posts.csv')) bytes += chunk.length;
 * @internal
 */
export function fileStream(path: string): AsyncIterable<Uint8Array> {
  return reopenable(() => createReadStream(path, { highWaterMark: 1 << 20 }));
}

/**
 * The reading options of a file: its format from the extension (else sniffed) and its path as the source name.
 * @param path The file.
 * @param options The caller's reading options.
 * @returns The options the readers get.
 * @example fileReadOptions('posts.tsv', {}).format // 'csv'
 * @internal
 */
export const fileReadOptions = (path: string, options: ReadOptions): ReadOptions => ({ ...options, format: formatOf(path, options), sourceName: options.sourceName ?? path });

/** Options of {@link readPostsFile}: those of `readPosts` plus threads for large CSV files. */
export type ReadPostsFileOptions = ReadOptions & ReadThreadOptions;

/**
 * Reads a posts file (Node only): a delimited text table in any of the encodings
 * `readPosts` sniffs, an Excel workbook (`.xlsx`, `.xls`, `.ods`), JSON or NDJSON.
 * Text is streamed in 1 MiB chunks, never held whole. Text tables go through the
 * byte-level fast path (`readPostsCsvBytes`, identical results, property-tested)
 * unless `fastPath: false`. Same result as `readPosts`; errors name the file.
 *
 * A UTF-8 CSV file of `minBytes` (default 64 MiB) or more is read on `threads` threads
 * (default all cores): byte ranges read in parallel and stitched together, with the same
 * table, account order, rejections and row numbers as one thread (`readPostsFileThreaded`;
 * not with `strict`, which stops at the first bad row, nor for other encodings).
 * @throws {RangeError} a bad `threads` or `minBytes`; otherwise as `readPosts`
 * @returns As `readPosts`.
 * @example const { table, rejected } = await readPostsFile('examples/data/posts.csv')
 */
export async function readPostsFile(path: string, options: ReadPostsFileOptions = {}): Promise<ReadPostsResult> {
  const { threads, minBytes, ...read } = options;
  const threaded = await readPostsFileThreaded(path, fileReadOptions(path, read), { ...(threads !== undefined ? { threads } : {}), ...(minBytes !== undefined ? { minBytes } : {}) });
  return threaded ?? readPosts(fileStream(path), fileReadOptions(path, read));
}

/**
 * Reads an account list file (Node only); see `readAccounts`.
 * @returns As `readAccounts`.
 * @example const { records, rejected } = await readAccountsFile('examples/data/accounts.csv')
 */
export function readAccountsFile(path: string, options: ReadOptions = {}) {
  return readAccounts(fileStream(path), fileReadOptions(path, options));
}

/**
 * Reads a messages file (Node only); see `readMessages`.
 * @returns As `readMessages`.
 * @example const { records } = await readMessagesFile('examples/data/messages.csv')
 */
export function readMessagesFile(path: string, options: ReadOptions = {}) {
  return readMessages(fileStream(path), fileReadOptions(path, options));
}

/**
 * Reads a registry (备案) file (Node only); see `readRegistry`.
 * @returns As `readRegistry`.
 * @example const { records } = await readRegistryFile('examples/data/registry.csv')
 */
export function readRegistryFile(path: string, options: ReadOptions = {}) {
  return readRegistry(fileStream(path), fileReadOptions(path, options));
}
