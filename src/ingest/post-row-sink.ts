import type { Platform } from '../model/enums.js';
import { InputError, type Rejection } from '../model/errors.js';
import { ORIGINAL_UNKNOWN, PostsTableBuilder, type PostsTable } from '../table/posts-table.js';
import { COLUMN_PRESETS } from './column-presets.js';
import { EXCEL_SCIENTIFIC, RecordConverter, cellOptions, type CellOptions } from './convert-record.js';
import { dropDuplicatePosts } from './drop-duplicate-posts.js';
import { detectPostPreset, type PostPreset } from './post-presets.js';
import type { RawRecord, RawRecordError } from './raw-records.js';
import type { ReadOptions } from './read-options.js';
import type { PostRowsResult } from './read-posts.js';

const num = (v: unknown) => (v === undefined ? NaN : (v as number));

/** Fields whose bad cell rejects the whole row (the rest reject only the cell). */
const REQUIRED = new Set(['accountId', 'accountName', 'publishedAt']);

/**
 * Turns raw post records (cells as text) into table rows or rejections: the one
 * definition of what a valid post row is, shared by `readPosts` and the byte-level
 * fast path (which hands it every row it cannot take on its own), so both paths give
 * identical tables and identical rejections.
 *
 * A bad required cell (account, time) rejects the row; a bad optional cell (在看数 `abc`)
 * is reported in `rejectedCells` (row, column, reason) and read as missing, the row kept.
 */
export class PostRowSink {
  readonly conv: RecordConverter;
  readonly builder: PostsTableBuilder;
  readonly rejected: Rejection[] = [];
  readonly rejectedCells: Rejection[] = [];
  readonly cells: CellOptions;
  keyedBy: 'accountId' | 'accountName' | undefined;
  preset: PostPreset | undefined;
  /** Whether the header has a column for the position in push (位置/是否头条). */
  hasPosition = false;
  /**
   * Whether a header without a publication-time column is refused as a whole (one header
   * error naming the accepted headers, not one "缺少发布时间" per row). Off for JSON/NDJSON,
   * whose "header" is the first record's keys (a later record may carry the field).
   */
  requireTimeColumn = true;

  /**
   * @param options the reader's options
   * @param capacity rows to make room for at once (a good guess saves the table's regrowth copies; default 65,536).
   */
  constructor(readonly options: ReadOptions, capacity = 1 << 16) {
    this.builder = new PostsTableBuilder(capacity);
    this.cells = cellOptions(options);
    this.conv = new RecordConverter('posts', options.columns, this.cells);
  }

  /**
   * Fixes the preset from the (first) header row and checks the file can give an
   * account and a publication time for every row. Throws `InputError` (row 0 = the
   * header) when there is no account column and no `account` option, or (text tables and
   * workbooks, see `requireTimeColumn`) no publication-time column.
   * @throws {InputError} when no column or option gives each row's account, or no column gives its publication time (row 0 = the header).
   */
  setHeaders(headers: readonly string[]): void {
    if (this.preset) return;
    this.preset = detectPostPreset(headers, this.options.preset);
    this.conv.presetColumns = this.preset.columns;
    const fields = new Set(this.conv.resolution(headers).byIndex.map((s) => s?.field));
    this.hasPosition = fields.has('position') || fields.has('headline');
    const idCol = fields.has('accountId'), nameCol = fields.has('accountName');
    if (!idCol && !nameCol && this.options.account === undefined) {
      const what = this.preset.oneAccount ? `${this.preset.label} 导出文件每个文件只含一个账号，没有账号列` : '没有账号列（账号ID / 账号名称 / 公众号名称 …）';
      throw new InputError([{ row: 0, column: '(header)', reason: `${what}：请用 account 选项（命令行 --account 账号名）指明账号，或用 columns / --columns 映射一列` }], this.options.sourceName);
    }
    if (this.requireTimeColumn && !fields.has('publishedAt')) {
      // The headers this read accepts for the time: the column presets, the export preset's own, the `columns` option's.
      const accepted = new Set<string>(COLUMN_PRESETS.posts.find((f) => f.field === 'publishedAt')!.headers);
      for (const [h, f] of Object.entries({ ...this.preset.columns, ...this.options.columns })) if (f === 'publishedAt') accepted.add(h);
      throw new InputError([{
        row: 0, column: '(header)',
        reason: `没有发布时间列：表头（${headers.filter((h) => h !== '').join('、') || '空'}）中没有可作发布时间的列；可用的列名：${[...accepted].join('、')}；或用 columns / --columns 把一列映射为 publishedAt`,
      }], this.options.sourceName);
    }
    this.keyedBy = idCol ? 'accountId' : 'accountName';
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
    if (!this.preset) this.setHeaders(rec.headers);
    const conv = this.conv;
    const { fields, rejections } = conv.convert(rec);
    const idHeader = conv.headerOf(rec.headers, 'accountId');
    const nameHeader = conv.headerOf(rec.headers, 'accountName');
    const accountId = (fields.get('accountId') ?? (idHeader === undefined ? fields.get('accountName') : undefined) ?? (idHeader === undefined && nameHeader === undefined ? this.options.account : undefined)) as string | undefined;
    if (accountId === undefined && !rejections.some((r) => r.column === idHeader || r.column === nameHeader))
      rejections.push({ row: rec.row, column: idHeader ?? nameHeader ?? '账号ID', reason: '缺少账号ID' });
    const time = fields.get('publishedAt') as number | undefined;
    const timeHeader = conv.headerOf(rec.headers, 'publishedAt');
    if (time === undefined && !rejections.some((r) => r.column === timeHeader))
      rejections.push({ row: rec.row, column: timeHeader ?? '发布时间', reason: '缺少发布时间' });
    if (rejections.length > 0) {
      const byIndex = conv.resolution(rec.headers).byIndex;
      const required = rejections.some((r) => {
        const col = rec.headers.indexOf(r.column);
        return col < 0 || REQUIRED.has(byIndex[col]?.field ?? '');
      });
      if (required) { this.reject(rejections); return; }
      if (this.options.strict) throw new InputError(rejections, this.options.sourceName);
      this.rejectedCells.push(...rejections);
    }
    const headline = fields.get('headline') as boolean | undefined;
    const position = (fields.get('position') as number | undefined) ?? (headline === true ? 1 : 0);
    if (headline === false && position === 1) {
      this.reject([{ row: rec.row, column: conv.headerOf(rec.headers, 'headline')!, reason: '标为非头条，但位置是 1（头条）' }]);
      return;
    }
    const original = fields.get('isOriginal') as boolean | undefined;
    const b = this.builder;
    const i = b.pushValues(
      b.accountIndexOf(accountId!), time!,
      num(fields.get('reads')), num(fields.get('looks')), num(fields.get('likes')), num(fields.get('shares')), num(fields.get('comments')),
      position, original === undefined ? ORIGINAL_UNKNOWN : original ? 1 : 0,
    );
    b.setString('ids', i, (fields.get('id') ?? fields.get('link')) as string | undefined);
    b.setString('titles', i, fields.get('title') as string | undefined);
    b.setString('texts', i, fields.get('text') as string | undefined);
    b.setString('pushIds', i, fields.get('pushId') as string | undefined);
    b.setString('repostOf', i, fields.get('repostOf') as string | undefined);
  }

  /**
   * Finishes the rows: headline inference or its warning, Excel-mangled ids, duplicates.
   * `table` = the rows read elsewhere into one table (the threaded reader of
   * `govmedia/node` stitches its ranges together, then finishes here); default this
   * sink's own rows.
   */
  finish(table: PostsTable = this.builder.build()): PostRowsResult {
    const rowsRead = table.size;
    const warnings: string[] = [];
    const preset = this.preset ?? detectPostPreset([], this.options.preset);
    const platform: Platform | undefined = preset.platform ?? this.options.platform;
    if (table.size > 0 && !this.hasPosition && (platform === undefined || platform === 'wechat')) {
      if (this.options.inferHeadline) {
        inferHeadlines(table);
        warnings.push('无位置列：按“同一账号、同一分钟的第一篇”推定头条（inferHeadline）');
      } else warnings.push('无位置列（位置/是否头条）：WCI 的头条指标 H 对每个账号都为 0；如导出中同一次推送按顺序排列，可用 inferHeadline（--infer-headline）推定头条');
    }
    const mangled = table.ids?.some((id) => id !== undefined && EXCEL_SCIENTIFIC.test(id)) ?? false;
    if (mangled) warnings.push('文章ID 形如 Excel 科学计数法（如 4.98765E+15），长数字已被 Excel 截断、不同文章可能变成同一 ID：去重不使用文章ID；请在 Excel 中把该列设为文本后重新导出');
    if (table.repostOf?.some((id) => id !== undefined && EXCEL_SCIENTIFIC.test(id))) warnings.push('转载来源ID 形如 Excel 科学计数法，长数字已被 Excel 截断');
    let duplicates = 0;
    if (!this.options.keepDuplicates) {
      const d = dropDuplicatePosts(table, { useIds: !mangled });
      table = d.table;
      duplicates = d.duplicates;
      warnings.push(...d.warnings);
    }
    return {
      table, rejected: this.rejected, rejectedCells: this.rejectedCells, ignoredColumns: this.conv.ignoredColumns,
      keyedBy: this.keyedBy ?? 'accountId', preset: preset.name, platform, duplicates, warnings, rowCount: rowsRead + new Set(this.rejected.map((r) => r.row)).size,
    };
  }
}

/** Position 1 for the first post of each (account, China minute) in file order, 2, 3 … for the next ones. */
function inferHeadlines(table: PostsTable): void {
  const seen = new Map<string, number>();
  const pos = table.position as Uint16Array;
  for (let i = 0; i < table.size; i++) {
    const k = `${table.account[i]}:${Math.floor(table.time[i]! / 60_000)}`;
    const c = (seen.get(k) ?? 0) + 1;
    seen.set(k, c);
    pos[i] = Math.min(c, 65535);
  }
}
