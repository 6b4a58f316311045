import type { Platform } from '../model/enums.js';
import type { Rejection } from '../model/errors.js';
import type { PostsTable } from '../table/posts-table.js';
import { openTable, readAgainOnMismatch, type TableInfo } from './open-table.js';
import { PostRowSink } from './post-row-sink.js';
import { csvRecords } from './raw-records.js';
import { postsFromCsvInput } from './read-posts-csv-bytes.js';
import { rethrowWithLines, withLines } from './read-records.js';
import { parquetSource } from '../interop/parquet-source.js';
import type { ReadOptions } from './read-options.js';
import type { TextSource } from './text-chunks.js';

/** What {@link readPosts} resolves to. */
export interface ReadPostsResult {
  /** The good rows as a columnar table. */
  table: PostsTable;
  /**
   * Every rejected row: row (the line as a spreadsheet numbers it, header = line 1, title
   * and blank lines counted; the sheet's row for workbooks; the record index + 1 for
   * JSON), column as written, reason, raw value.
   */
  rejected: Rejection[];
  /** Input columns that no field uses (listed, never silently dropped; a repeated header lands here). */
  ignoredColumns: string[];
  /** Whether posts were keyed by the account-id column or, lacking one, by the account-name column (or the `account` option). */
  keyedBy: 'accountId' | 'accountName';
  /** Blank rows (also Excel's rows of delimiters only, `,,,,`) skipped, not rejected. */
  blankRows: number;
  /** Workbooks: the sheet that was read. */
  sheet?: string;
  /** How the input was read: format, encoding, delimiter, sheet, header row. */
  input: TableInfo;
  /** Bad optional cells (在看数 `abc`): row, column, reason; the cell was read as missing and the row kept. */
  rejectedCells: Rejection[];
  /** The export preset used (detected from the header, or forced by `preset`): `gsdata-wechat`, `mp-backend`, … or `govmedia`. */
  preset: string;
  /** The platform the preset implies (or the `platform` option), when known. */
  platform?: Platform;
  /** Rows dropped as repeats of an earlier row (same post read twice); 0 with `keepDuplicates`. */
  duplicates: number;
  /** Things the user should know (Chinese): headline block missing, ids mangled by Excel, … */
  warnings: string[];
  /** Data rows seen: rows kept (before dropping duplicates) plus rows rejected. */
  rowCount: number;
}

/** The part of {@link ReadPostsResult} that {@link PostRowSink} builds from the rows. */
export type PostRowsResult = Omit<ReadPostsResult, 'blankRows' | 'sheet' | 'input'>;

/**
 * Reads posts into a columnar {@link PostsTable} from what offices hold: delimited text
 * (comma, tab or semicolon, sniffed; UTF-8 with or without BOM, UTF-16 LE/BE with BOM,
 * GB18030/GBK; title lines above the header skipped; LF, CRLF or CR line ends), Excel
 * workbooks (`.xlsx`, legacy `.xls`, `.ods`; first sheet or `options.sheet`), JSON,
 * NDJSON, or Parquet (told by its magic bytes `PAR1`; see `readPostsParquet`); given as a string, bytes, or an (async) iterable of chunks (text tables are
 * streamed, never held whole). Binary files (PNG, gzip, a zip that is not a workbook)
 * and inputs with no header are refused with one {@link TableFormatError}. Chinese and
 * English headers are recognised through presets (阅读数/阅读量, 在看数, 点赞数,
 * 转发数/分享数, 评论数, 发布时间, 账号ID, 账号名称/公众号名称, 位置/是否头条, …);
 * `options.columns` maps any other header. Values: `10万+` → 100001, `1.2万` → 12000,
 * `3,456` → 3456, `-` and empty → missing; timestamps without an offset are China time.
 *
 * Bad rows: by default every rejected row is returned in `rejected` (row = the line as
 * a spreadsheet numbers it, column, reason) and the good rows are kept; with
 * `strict: true` the first bad row throws an {@link InputError} naming row and column.
 * A row missing its account or time is rejected, never guessed. A stray quote costs
 * its line only (see `CsvTokenizer`).
 *
 * Complexity O(input size); memory O(table + one chunk + 1 MiB), a workbook whole.
 * @throws {TableFormatError} a binary file, a zip that is not a workbook, no header
 * @throws {InputError} `strict` and a bad row
 * @returns The posts table, every rejected row and bad optional cell (row, column, reason), the columns not used, how posts were keyed, blank rows skipped, and how the input was read.
 * @example (await readPosts('账号ID,发布时间,阅读数\na,2024-03-01 08:00,10万+\n')).table.reads[0] // 100001
 */
export async function readPosts(source: TextSource, options: ReadOptions = {}): Promise<ReadPostsResult> {
  // Parquet (magic bytes PAR1): the columnar reader in src/interop, loaded on demand.
  const p = await parquetSource(source);
  if ('parquet' in p) return (await import('../interop/read-posts-parquet.js')).readPostsParquet(p.parquet, options);
  return readAgainOnMismatch(p.source, options, readPostsOnce);
}

/**
 * One reading of the input (see `readAgainOnMismatch` for the second).
 * @internal
 * @param source The input.
 * @param options The reader's options.
 * @returns The posts, rejections and what was read.
 * @throws {InputError} in strict mode, for the first bad row (with its line).
 * @throws {TableFormatError} for input that is not a table.
 */
export async function readPostsOnce(source: TextSource, options: ReadOptions): Promise<ReadPostsResult> {
  const input = await openTable(source, { ...options, kind: 'posts' });
  let rows: PostRowsResult;
  try {
    if (input.kind === 'csv' && (options.fastPath ?? true)) rows = await postsFromCsvInput(input, options);
    else {
      const sink = new PostRowSink(options);
      sink.requireTimeColumn = input.info.format !== 'json' && input.info.format !== 'ndjson';
      const records = input.kind === 'csv' ? csvRecords(input, 'posts', options.sourceName) : input.records;
      for await (const rec of records) sink.push(rec);
      rows = sink.finish();
    }
  } catch (e) {
    rethrowWithLines(e, input.info, options.sourceName);
  }
  const info = input.info;
  return { ...rows, rejected: withLines(rows.rejected, info), rejectedCells: withLines(rows.rejectedCells, info), blankRows: info.blankRows, ...(info.sheet !== undefined ? { sheet: info.sheet } : {}), input: info };
}
