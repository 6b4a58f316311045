// Threaded CSV ingestion for Node (issue 15): the rows of a posts CSV file split into
// byte ranges, one per worker_thread, each read by the core's byte-level fast path
// (`readPostsCsvRange`), then stitched into one PostsTable identical to one thread's.
// The browser core stays single-threaded and unchanged.
import { closeSync, createReadStream, fstatSync, openSync, readSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
// Core modules by path: the CJS build splits the code shared by `govmedia` and
// `govmedia/node` into common chunks, and the ESM node entry imports the ESM core's own
// one-file-per-module output (tsup.config.ts), so the stitched table is the core's
// PostsTable (`instanceof` holds across the entries) and errors are the core's classes.
import { normalizeHeaders } from '../../ingest/locate-header.js';
import { openTable } from '../../ingest/open-table.js';
import { PostRowSink } from '../../ingest/post-row-sink.js';
import { postsCsvHeader, readPostsCsvRange, type PostsCsvRange } from '../../ingest/read-posts-csv-bytes.js';
import { rethrowWithLines, withLines } from '../../ingest/read-records.js';
import type { ReadOptions, ReadPostsResult, Rejection } from '../../index.js';
import { PostsTable } from '../../table/posts-table.js';
import { runIngestTask, type IngestTask, type RangeColumns } from './ingest-task.js';
import { startWorker } from './start-worker.js';

/** Thread options of {@link readPostsFile}. */
export interface ReadThreadOptions {
  /**
   * Threads reading a large CSV file, counting the calling thread (default
   * `os.availableParallelism()`); 1 = the calling thread alone.
   */
  threads?: number;
  /**
   * Smallest CSV file read with threads, in bytes (default 64 MiB, about 1.5 million
   * posts). Measured on this project's 2-core machine under load 22–31 (bench/ingest.ts,
   * README "Performance", 2026-11-30): 2 threads took 1.56× one thread's time on a 9 MB
   * file (starting the worker and stitching cost more than they save) and 1.07× on 43 MB
   * (built package, medians of 3 interleaved runs), 0.54× on 86 MB (sources, one run).
   */
  minBytes?: number;
}

/** Default {@link ReadThreadOptions.minBytes}. */
export const THREADED_MIN_BYTES = 64 << 20;

/** Test hooks: split points (file offsets, each moved to the next line start) and running every range on the calling thread. */
export interface SplitControl {
  splits?: number[];
  inProcess?: boolean;
}

const NOT_THREADED = undefined;

/**
 * Reads a posts CSV file with threads: the calling thread reads the header, cuts the
 * rows into `threads` byte ranges at line starts, reads the first range itself while
 * workers read the others (each with its own account dictionary), then stitches the
 * columns together: the account dictionary in first-seen order, rejected rows' numbers
 * shifted by the lines of the ranges before. A cut that falls inside a quoted field
 * spanning lines is caught (the previous range's last record then ends past the cut:
 * range i starts where range i − 1 stopped, or the range is read again from there), so
 * the result is identical to one thread's (property-tested over any cut points).
 *
 * Returns undefined when the file is not for threads: not a UTF-8 text table (GB18030,
 * UTF-16, workbooks, JSON, Parquet), `strict`, `fastPath: false`, one thread, smaller
 * than `minBytes`, or bytes past the sniffed start that are not UTF-8 (the caller then
 * reads it on one thread, which re-reads it as GB18030).
 * @internal
 */
export async function readPostsFileThreaded(path: string, options: ReadOptions, threadOptions: ReadThreadOptions = {}, control: SplitControl = {}): Promise<ReadPostsResult | undefined> {
  const fn = 'readPostsFile';
  const threads = threadOptions.threads ?? Math.max(1, availableParallelism());
  if (!Number.isInteger(threads) || threads < 1) throw new RangeError(`${fn}: threads must be a positive integer, got ${String(threads)}`);
  const minBytes = threadOptions.minBytes ?? THREADED_MIN_BYTES;
  if (!(minBytes >= 0)) throw new RangeError(`${fn}: minBytes must be a number ≥ 0, got ${String(minBytes)}`);
  if (threads === 1 && !control.splits) return NOT_THREADED;
  if (options.strict || options.fastPath === false || (options.format !== undefined && options.format !== 'csv')) return NOT_THREADED;
  const fd = openSync(path, 'r');
  let size: number, magic: Uint8Array;
  try {
    size = fstatSync(fd).size;
    magic = new Uint8Array(4);
    readSync(fd, magic, 0, 4, 0);
  } finally {
    closeSync(fd);
  }
  if (size < minBytes && !control.splits) return NOT_THREADED;
  if (String.fromCharCode(...magic) === 'PAR1') return NOT_THREADED;
  // The same encoding default as one thread: the read time of the plausibility bound fixed once for all ranges.
  const opts: ReadOptions = { ...options, at: options.at ?? Date.now() };
  try {
    return await readThreaded(path, size, opts, threads, control);
  } catch (e) {
    if ((e as Error | undefined)?.name === 'EncodingMismatch') return NOT_THREADED;
    throw e;
  }
}

async function readThreaded(path: string, size: number, options: ReadOptions, threads: number, control: SplitControl): Promise<ReadPostsResult | undefined> {
  const head = createReadStream(path, { highWaterMark: 1 << 20 });
  let header, input;
  try {
    input = await openTable(head, { ...options, kind: 'posts' });
    if (input.kind !== 'csv' || input.info.encoding !== 'utf-8') return NOT_THREADED;
    const bom = magicBom(path);
    header = await postsCsvHeader(input, bom, options);
  } finally {
    head.destroy();
  }
  if (!header) return NOT_THREADED;
  const info = input.info;
  info.headerRow = header.line;
  // The finishing sink: preset, keyedBy and ignored columns from the header, as one thread sets them.
  const sink = new PostRowSink(options);
  try {
    const headers = normalizeHeaders(header.cells);
    sink.setHeaders(headers);
    sink.conv.resolution(headers);
  } catch (e) {
    rethrowWithLines(e, info, options.sourceName);
  }

  // Cut points: at line starts after evenly spaced offsets (or the test's), increasing.
  const nominal = control.splits ?? Array.from({ length: threads - 1 }, (_, i) => header.dataStart + Math.floor(((size - header.dataStart) * (i + 1)) / threads));
  const cuts: number[] = [header.dataStart];
  for (const p of [...nominal].sort((a, b) => a - b)) {
    const s = lineStartAfter(path, Math.max(p, header.dataStart), size);
    if (s > cuts[cuts.length - 1]! && s < size) cuts.push(s);
  }
  const k = cuts.length;
  // Room for each range's rows at once (the builder otherwise doubles: up to 2× the range in
  // slack plus a copy per doubling): lines per byte from the first 256 KiB of rows, +10%.
  const perByte = linesPerByte(path, header.dataStart, size) * 1.1;
  const range = (i: number, offset = cuts[i]!, firstLine = 1): PostsCsvRange => {
    const stopAt = i + 1 < k ? cuts[i + 1]! : Infinity;
    return {
      headerCells: header.cells, delimiter: input.delimiter, fatal: input.fatal, offset, stopAt, firstLine,
      rows: Math.max(1024, Math.ceil(((Number.isFinite(stopAt) ? stopAt : size) - offset) * perByte)),
    };
  };
  const task = (i: number, r = range(i)): IngestTask => ({ path, range: r, options });
  const local = (t: IngestTask) => runIngestTask(t, readPostsCsvRange);
  // Workers read ranges 1 …; the calling thread reads range 0 meanwhile.
  const pending = Array.from({ length: k - 1 }, (_, j) => {
    if (control.inProcess) return null;
    const p = runOnWorker(task(j + 1));
    p.catch(() => undefined); // awaited below, in order; not an unhandled rejection meanwhile
    return p;
  });
  const parts: RangeColumns[] = [await local(task(0, range(0, cuts[0], header.dataLine)))];
  for (let i = 1; i < k; i++) parts.push(await (pending[i - 1] ?? local(task(i))));

  // Check the cuts: range i is right when range i − 1 (read from a true record start)
  // stopped exactly at its start; otherwise the cut fell inside a record spanning lines,
  // and range i is read again from where range i − 1 stopped.
  const kept: { part: RangeColumns; shift: number }[] = [{ part: parts[0]!, shift: 0 }];
  let stoppedAt = parts[0]!.stoppedAt, nextLine = parts[0]!.nextLine;
  for (let i = 1; i < k && stoppedAt >= 0; i++) {
    let part = parts[i]!, shift = nextLine - 1;
    if (stoppedAt !== cuts[i]) {
      if (i + 1 < k && stoppedAt >= cuts[i + 1]!) continue; // the record runs over the whole range
      part = await local(task(i, range(i, stoppedAt, nextLine)));
      shift = 0;
    }
    kept.push({ part, shift });
    stoppedAt = part.stoppedAt;
    nextLine = part.nextLine + shift;
  }

  const table = stitch(kept.map((p) => p.part));
  for (const { part, shift } of kept) {
    const move = (r: Rejection) => (shift ? { ...r, row: r.row + shift } : r);
    for (const r of part.rejected) sink.rejected.push(move(r));
    for (const r of part.rejectedCells) sink.rejectedCells.push(move(r));
    info.blankRows += part.blankRows;
  }
  const rows = sink.finish(table);
  return { ...rows, rejected: withLines(rows.rejected, info), rejectedCells: withLines(rows.rejectedCells, info), blankRows: info.blankRows, input: info };
}

/** Line breaks per byte in up to 256 KiB from `start` (a guess of the rows in a range). */
function linesPerByte(path: string, start: number, size: number): number {
  const fd = openSync(path, 'r');
  try {
    const buf = new Uint8Array(Math.min(256 << 10, size - start));
    const n = readSync(fd, buf, 0, buf.length, start);
    let lines = 0;
    for (let j = 0; j < n; j++) if (buf[j] === 10 || (buf[j] === 13 && buf[j + 1] !== 10)) lines++;
    return n > 0 ? Math.max(1, lines) / n : 0;
  } finally {
    closeSync(fd);
  }
}

/** UTF-8 BOM length at the start of the file. */
function magicBom(path: string): number {
  const fd = openSync(path, 'r');
  try {
    const b = new Uint8Array(3);
    const n = readSync(fd, b, 0, 3, 0);
    return n === 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf ? 3 : 0;
  } finally {
    closeSync(fd);
  }
}

/** Offset of the first line start after `p` (after LF, CRLF or a lone CR), or `size` when there is none within 1 MiB. */
function lineStartAfter(path: string, p: number, size: number): number {
  const fd = openSync(path, 'r');
  try {
    const buf = new Uint8Array(64 << 10);
    for (let at = p; at < size && at < p + (1 << 20); at += buf.length - 1) {
      const n = readSync(fd, buf, 0, Math.min(buf.length, size - at), at);
      for (let j = 0; j < n; j++) {
        const c = buf[j]!;
        if (c === 10) return at + j + 1;
        if (c === 13) {
          if (j + 1 < n) return buf[j + 1] === 10 ? at + j + 2 : at + j + 1;
          if (at + j + 1 >= size) return size;
          break; // a CR at the end of the window: look again from it
        }
      }
      if (n < buf.length) return size;
    }
    return size;
  } finally {
    closeSync(fd);
  }
}

/** The ranges' columns as one table: account dictionaries merged in first-seen order, each column copied once. */
function stitch(parts: RangeColumns[]): PostsTable {
  let n = 0;
  for (const p of parts) n += p.account.length;
  const accountIds = [...parts[0]!.accountIds];
  const index = new Map<string, number>();
  accountIds.forEach((id, i) => index.set(id, i));
  const account = new Uint32Array(n);
  let off = 0;
  for (const [w, p] of parts.entries()) {
    if (w === 0) account.set(p.account, 0);
    else {
      const remap = new Uint32Array(p.accountIds.length);
      p.accountIds.forEach((id, j) => {
        let g = index.get(id);
        if (g === undefined) { g = accountIds.length; index.set(id, g); accountIds.push(id); }
        remap[j] = g;
      });
      const a = p.account;
      for (let j = 0; j < a.length; j++) account[off + j] = remap[a[j]!]!;
    }
    off += p.account.length;
    (p as Partial<RangeColumns>).account = undefined; // released as soon as copied
  }
  const typed = <K extends 'time' | 'reads' | 'looks' | 'likes' | 'shares' | 'comments' | 'position' | 'original'>(key: K, make: (n: number) => RangeColumns[K]): RangeColumns[K] => {
    const out = make(n);
    let at = 0;
    for (const p of parts) { (out as Float64Array).set(p[key] as Float64Array, at); at += (p[key] as Float64Array).length; (p as Partial<RangeColumns>)[key] = undefined; }
    return out;
  };
  const f64 = (m: number) => new Float64Array(m);
  const strings = (key: 'ids' | 'titles' | 'texts' | 'pushIds' | 'repostOf'): (string | undefined)[] | undefined => {
    if (!parts.some((p) => p[key])) return undefined;
    const out: (string | undefined)[] = [];
    let at = 0;
    for (const p of parts) {
      const col = p[key];
      if (col) for (let j = 0; j < col.length; j++) { const v = col[j]; if (v !== undefined) out[at + j] = v; }
      at += p.size;
    }
    out.length = n; // rows without the field read as undefined, as the builder leaves them
    return out;
  };
  return new PostsTable({
    accountIds, account,
    time: typed('time', f64), reads: typed('reads', f64), looks: typed('looks', f64), likes: typed('likes', f64), shares: typed('shares', f64), comments: typed('comments', f64),
    position: typed('position', (m) => new Uint16Array(m)), original: typed('original', (m) => new Uint8Array(m)),
    ids: strings('ids'), titles: strings('titles'), texts: strings('texts'), pushIds: strings('pushIds'), repostOf: strings('repostOf'),
  });
}

function workerFile(): string {
  const self = typeof __filename === 'string' ? __filename : fileURLToPath(import.meta.url);
  return join(dirname(self), self.endsWith('.ts') ? 'ingest-worker.ts' : self.endsWith('.cjs') ? 'ingest-worker.cjs' : 'ingest-worker.js');
}

/** One range on a worker started for it (one-shot: ingestion is rare and long next to a worker's start). */
function runOnWorker(task: IngestTask): Promise<RangeColumns> {
  const entry = workerFile();
  const data = { workerData: { task: 'govmedia:readPostsRange', ...task } };
  const worker = startWorker(entry, data);
  return new Promise<RangeColumns>((resolve, reject) => {
    worker.once('message', (m: { result?: RangeColumns; error?: string; name?: string }) => {
      void worker.terminate();
      if (m.result) resolve(m.result);
      else reject(Object.assign(new Error(`readPostsFile: a reading thread failed: ${m.error}`), { name: m.name ?? 'Error' }));
    });
    worker.once('error', reject);
    worker.once('exit', (code) => { if (code !== 0) reject(new Error(`readPostsFile: a reading thread exited with code ${code}`)); });
  });
}

