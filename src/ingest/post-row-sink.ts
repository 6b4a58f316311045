import { InputError, type Rejection } from '../model/errors.js';
import { ORIGINAL_UNKNOWN, PostsTableBuilder } from '../table/posts-table.js';
import { RecordConverter } from './convert-record.js';
import type { RawRecord, RawRecordError } from './raw-records.js';
import type { ReadOptions } from './read-options.js';
import type { PostRowsResult } from './read-posts.js';

const num = (v: unknown) => (v === undefined ? NaN : (v as number));

/**
 * Turns raw post records (cells as text) into table rows or rejections: the one
 * definition of what a valid post row is, shared by `readPosts` and the byte-level
 * fast path (which hands it every row it cannot take on its own), so both paths give
 * identical tables and identical rejections.
 */
export class PostRowSink {
  readonly conv: RecordConverter;
  readonly builder = new PostsTableBuilder(1 << 16);
  readonly rejected: Rejection[] = [];
  keyedBy: 'accountId' | 'accountName' | undefined;

  constructor(readonly options: ReadOptions) {
    this.conv = new RecordConverter('posts', options.columns);
  }

  reject(rs: Rejection[]): void {
    if (this.options.strict) throw new InputError(rs, this.options.sourceName);
    this.rejected.push(...rs);
  }

  push(rec: RawRecord | RawRecordError): void {
    if ('error' in rec) {
      this.reject([{ row: rec.row, column: '(record)', reason: rec.error }]);
      return;
    }
    const conv = this.conv;
    const { fields, rejections } = conv.convert(rec);
    const idHeader = conv.headerOf(rec.headers, 'accountId');
    const nameHeader = conv.headerOf(rec.headers, 'accountName');
    this.keyedBy ??= idHeader !== undefined || nameHeader === undefined ? 'accountId' : 'accountName';
    const accountId = (fields.get('accountId') ?? (idHeader === undefined ? fields.get('accountName') : undefined)) as string | undefined;
    if (accountId === undefined && !rejections.some((r) => r.column === idHeader || r.column === nameHeader))
      rejections.push({ row: rec.row, column: idHeader ?? nameHeader ?? '账号ID', reason: 'missing account id' });
    const time = fields.get('publishedAt') as number | undefined;
    const timeHeader = conv.headerOf(rec.headers, 'publishedAt');
    if (time === undefined && !rejections.some((r) => r.column === timeHeader))
      rejections.push({ row: rec.row, column: timeHeader ?? '发布时间', reason: 'missing publication time' });
    if (rejections.length > 0) {
      this.reject(rejections);
      return;
    }
    const headline = fields.get('headline') as boolean | undefined;
    const position = (fields.get('position') as number | undefined) ?? (headline === true ? 1 : 0);
    if (headline === false && position === 1) {
      this.reject([{ row: rec.row, column: conv.headerOf(rec.headers, 'headline')!, reason: 'says not a headline, but the position is 1' }]);
      return;
    }
    const original = fields.get('isOriginal') as boolean | undefined;
    const b = this.builder;
    const i = b.pushValues(
      b.accountIndexOf(accountId!), time!,
      num(fields.get('reads')), num(fields.get('looks')), num(fields.get('likes')), num(fields.get('shares')), num(fields.get('comments')),
      position, original === undefined ? ORIGINAL_UNKNOWN : original ? 1 : 0,
    );
    b.setString('ids', i, fields.get('id') as string | undefined);
    b.setString('titles', i, fields.get('title') as string | undefined);
    b.setString('texts', i, fields.get('text') as string | undefined);
    b.setString('pushIds', i, fields.get('pushId') as string | undefined);
    b.setString('repostOf', i, fields.get('repostOf') as string | undefined);
  }

  finish(): PostRowsResult {
    return { table: this.builder.build(), rejected: this.rejected, ignoredColumns: this.conv.ignoredColumns, keyedBy: this.keyedBy ?? 'accountId' };
  }
}
