// Worker side of the threaded CSV reader (read-posts-threaded.ts): reads one byte range
// of a posts CSV file with the core's fast path and hands back its columns (typed arrays
// transferred, not copied). Built as its own file (dist/ingest-worker.js) so a worker
// never loads the CLI or the whole library.
import { createReadStream } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import type { Rejection } from '../../model/errors.js';
import type { ReadOptions } from '../../ingest/read-options.js';
import { readPostsCsvRange, type PostsCsvRange, type PostsCsvRangeResult } from '../../ingest/read-posts-csv-bytes.js';

/** One range to read. */
export interface IngestTask {
  path: string;
  range: PostsCsvRange;
  options: ReadOptions;
}

/** A range's rows as plain columns (what crosses threads). */
export interface RangeColumns {
  size: number;
  accountIds: string[];
  account: Uint32Array;
  time: Float64Array;
  reads: Float64Array;
  looks: Float64Array;
  likes: Float64Array;
  shares: Float64Array;
  comments: Float64Array;
  position: Uint16Array;
  original: Uint8Array;
  ids: (string | undefined)[] | undefined;
  titles: (string | undefined)[] | undefined;
  texts: (string | undefined)[] | undefined;
  pushIds: (string | undefined)[] | undefined;
  repostOf: (string | undefined)[] | undefined;
  rejected: Rejection[];
  rejectedCells: Rejection[];
  blankRows: number;
  stoppedAt: number;
  nextLine: number;
}

/** Reads one range of the file (also called on the calling thread for its own range, so both run the same code). */
export async function runIngestTask(task: IngestTask): Promise<PostsCsvRangeResult> {
  const bytes = createReadStream(task.path, { start: task.range.offset, highWaterMark: 1 << 20 });
  try {
    return await readPostsCsvRange(bytes, task.range, task.options);
  } finally {
    bytes.destroy();
  }
}

/** A range's result as plain columns. */
export function rangeColumns(r: PostsCsvRangeResult): RangeColumns {
  const t = r.table;
  const s = (c: readonly (string | undefined)[] | undefined) => c as (string | undefined)[] | undefined;
  return {
    size: t.size, accountIds: t.accountIds as string[], account: t.account, time: t.time, reads: t.reads, looks: t.looks, likes: t.likes, shares: t.shares,
    comments: t.comments, position: t.position, original: t.original, ids: s(t.ids), titles: s(t.titles), texts: s(t.texts), pushIds: s(t.pushIds), repostOf: s(t.repostOf),
    rejected: r.rejected, rejectedCells: r.rejectedCells, blankRows: r.blankRows, stoppedAt: r.stoppedAt, nextLine: r.nextLine,
  };
}

if (parentPort && (workerData as { task?: string } | null)?.task === 'govmedia:readPostsRange') {
  const port = parentPort;
  runIngestTask(workerData as IngestTask).then(
    (r) => {
      const c = rangeColumns(r);
      port.postMessage({ result: c }, [c.account, c.time, c.reads, c.looks, c.likes, c.shares, c.comments, c.position, c.original].map((a) => a.buffer as ArrayBuffer));
    },
    (e: unknown) => port.postMessage({ error: e instanceof Error ? e.message : String(e), name: e instanceof Error ? e.name : 'Error' }),
  );
}
