import { InputError, type Rejection } from '../model/errors.js';
import { ORIGINAL_UNKNOWN, PostsTableBuilder, type PostsTable } from '../table/posts-table.js';
import { RecordConverter } from './convert-record.js';
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

const num = (v: unknown) => (v === undefined ? NaN : (v as number));

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
  const conv = new RecordConverter('posts', options.columns);
  const builder = new PostsTableBuilder();
  const rejected: Rejection[] = [];
  let keyedBy: 'accountId' | 'accountName' | undefined;
  const reject = (rs: Rejection[]) => {
    if (options.strict) throw new InputError(rs, options.sourceName);
    rejected.push(...rs);
  };
  for await (const rec of rawRecords(source, options)) {
    if ('error' in rec) {
      reject([{ row: rec.row, column: '(record)', reason: rec.error }]);
      continue;
    }
    const { fields, rejections } = conv.convert(rec);
    const idHeader = conv.headerOf(rec.headers, 'accountId');
    const nameHeader = conv.headerOf(rec.headers, 'accountName');
    keyedBy ??= idHeader !== undefined || nameHeader === undefined ? 'accountId' : 'accountName';
    const accountId = (fields.get('accountId') ?? (idHeader === undefined ? fields.get('accountName') : undefined)) as string | undefined;
    if (accountId === undefined && !rejections.some((r) => r.column === idHeader || r.column === nameHeader))
      rejections.push({ row: rec.row, column: idHeader ?? nameHeader ?? '账号ID', reason: 'missing account id' });
    const time = fields.get('publishedAt') as number | undefined;
    const timeHeader = conv.headerOf(rec.headers, 'publishedAt');
    if (time === undefined && !rejections.some((r) => r.column === timeHeader))
      rejections.push({ row: rec.row, column: timeHeader ?? '发布时间', reason: 'missing publication time' });
    if (rejections.length > 0) {
      reject(rejections);
      continue;
    }
    const headline = fields.get('headline') as boolean | undefined;
    const position = (fields.get('position') as number | undefined) ?? (headline === true ? 1 : 0);
    if (headline === false && position === 1) {
      reject([{ row: rec.row, column: conv.headerOf(rec.headers, 'headline')!, reason: 'says not a headline, but the position is 1' }]);
      continue;
    }
    const original = fields.get('isOriginal') as boolean | undefined;
    const i = builder.pushValues(
      builder.accountIndexOf(accountId!), time!,
      num(fields.get('reads')), num(fields.get('looks')), num(fields.get('likes')), num(fields.get('shares')), num(fields.get('comments')),
      position, original === undefined ? ORIGINAL_UNKNOWN : original ? 1 : 0,
    );
    builder.setString('ids', i, fields.get('id') as string | undefined);
    builder.setString('titles', i, fields.get('title') as string | undefined);
    builder.setString('texts', i, fields.get('text') as string | undefined);
    builder.setString('pushIds', i, fields.get('pushId') as string | undefined);
    builder.setString('repostOf', i, fields.get('repostOf') as string | undefined);
  }
  return { table: builder.build(), rejected, ignoredColumns: conv.ignoredColumns, keyedBy: keyedBy ?? 'accountId' };
}
