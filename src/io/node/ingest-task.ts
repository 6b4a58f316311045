// One byte range of a posts CSV file read by the core's fast path, as plain columns: run
// by the reading threads (ingest-worker.ts) and by the calling thread for its own range
// (read-posts-threaded.ts), so both run the same code. The reader is passed in: the
// worker imports it from its module (a small bundle), the node entry through the core's
// barrel (no second copy of the core in govmedia/node; see tsup.config.ts).
import { createReadStream } from 'node:fs';
import type { Rejection } from '../../model/errors.js';
import type { ReadOptions } from '../../ingest/read-options.js';
import type { PostsTableColumns } from '../../table/posts-table.js';
import type { PostsCsvRange, PostsCsvRangeResult, readPostsCsvRange } from '../../ingest/read-posts-csv-bytes.js';

/** One range to read. */
export interface IngestTask {
  path: string;
  range: PostsCsvRange;
  options: ReadOptions;
}

/** A range's rows as plain columns (what crosses threads): a table's columns plus what the range's read reported. */
export interface RangeColumns extends PostsTableColumns {
  size: number;
  rejected: Rejection[];
  rejectedCells: Rejection[];
  blankRows: number;
  stoppedAt: number;
  nextLine: number;
}

/**
 * Reads one range of the file (streamed from its offset, 1 MiB chunks) into plain columns.
 * @internal
 */
export async function runIngestTask(task: IngestTask, read: typeof readPostsCsvRange): Promise<RangeColumns> {
  const bytes = createReadStream(task.path, { start: task.range.offset, highWaterMark: 1 << 20 });
  try {
    return rangeColumns(await read(bytes, task.range, task.options));
  } finally {
    bytes.destroy();
  }
}

function rangeColumns(r: PostsCsvRangeResult): RangeColumns {
  const t = r.table;
  return {
    size: t.size, accountIds: t.accountIds, account: t.account, time: t.time, reads: t.reads, looks: t.looks, likes: t.likes, shares: t.shares,
    comments: t.comments, position: t.position, original: t.original, ids: t.ids, titles: t.titles, texts: t.texts, pushIds: t.pushIds, repostOf: t.repostOf,
    rejected: r.rejected, rejectedCells: r.rejectedCells, blankRows: r.blankRows, stoppedAt: r.stoppedAt, nextLine: r.nextLine,
  };
}
