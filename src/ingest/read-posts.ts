import type { Rejection } from '../model/errors.js';
import type { PostsTable } from '../table/posts-table.js';
import { PostRowSink } from './post-row-sink.js';
import { readPostsCsvBytes } from './read-posts-csv-bytes.js';
import { rawRecords } from './raw-records.js';
import type { ReadOptions } from './read-options.js';
import type { TextSource } from './text-chunks.js';

/** What {@link readPosts} resolves to. */
export interface ReadPostsResult {
  /** The good rows as a columnar table. */
  table: PostsTable;
  /** Every rejected row: 1-based data row, column as written, reason, raw value. */
  rejected: Rejection[];
  /** Input columns that no field uses (listed, never silently dropped). */
  ignoredColumns: string[];
  /** Whether posts were keyed by the account-id column or, lacking one, by the account-name column. */
  keyedBy: 'accountId' | 'accountName';
}

/**
 * Reads posts from CSV (UTF-8 with or without BOM, or GBK), JSON or NDJSON, given as
 * a string, bytes, or an (async) iterable of chunks (streamed: the text is never held
 * whole for CSV and NDJSON), into a columnar {@link PostsTable}. Chinese and English
 * headers are recognised through presets (阅读数/阅读量, 在看数, 点赞数, 转发数/分享数,
 * 评论数, 发布时间, 账号ID, 账号名称/公众号名称, 位置/是否头条, …); `options.columns`
 * maps any other header. Values: `10万+` → 100001, `1.2万` → 12000, `3,456` → 3456,
 * `-` and empty → missing; timestamps without an offset are China time (UTC+08:00).
 *
 * Bad rows: by default every rejected row is returned in `rejected` (row, column,
 * reason) and the good rows are kept; with `strict: true` the first bad row throws an
 * {@link InputError} naming row and column. A row missing its account or time is
 * rejected, never guessed.
 *
 * Complexity O(input size); memory O(table + one chunk).
 * @example (await readPosts('账号ID,发布时间,阅读数\na,2024-03-01 08:00,10万+\n')).table.reads[0] // 100001
 */
export async function readPosts(source: TextSource, options: ReadOptions = {}): Promise<ReadPostsResult> {
  const bytes = source instanceof ArrayBuffer ? new Uint8Array(source) : source;
  if ((options.fastPath ?? true) && options.format !== 'json' && options.format !== 'ndjson') {
    // CSV as bytes: the byte-level fast path (same table, same rejections).
    if (bytes instanceof Uint8Array && looksLikeCsv(bytes)) return readPostsCsvBytes(bytes, options);
    if (typeof bytes === 'object' && Symbol.asyncIterator in bytes) {
      const it = (bytes as AsyncIterable<string | Uint8Array>)[Symbol.asyncIterator]();
      const first = await it.next();
      const replay = async function* () {
        if (!first.done) yield first.value;
        for (let n = await it.next(); !n.done; n = await it.next()) yield n.value;
      };
      if (!first.done && first.value instanceof Uint8Array && looksLikeCsv(first.value))
        return readPostsCsvBytes(replay() as AsyncIterable<Uint8Array>, options);
      source = replay();
    }
  }
  const sink = new PostRowSink(options);
  for await (const rec of rawRecords(source, options)) sink.push(rec);
  return sink.finish();
}


/** CSV unless the first meaningful byte opens JSON (`[`) or NDJSON (`{`). */
function looksLikeCsv(b: Uint8Array): boolean {
  let i = b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf ? 3 : 0;
  while (i < b.length && (b[i] === 32 || b[i] === 9 || b[i] === 10 || b[i] === 13)) i++;
  return i < b.length && b[i] !== 0x5b && b[i] !== 0x7b;
}
