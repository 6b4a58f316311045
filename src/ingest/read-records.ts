import type { z } from 'zod';
import { InputError, type Rejection } from '../model/errors.js';
import { issuesToRejections } from '../model/parse.js';
import type { RecordKind } from './column-presets.js';
import { RecordConverter, cellOptions, nestFields } from './convert-record.js';
import { readAgainOnMismatch, type TableInfo } from './open-table.js';
import { rawRecords } from './raw-records.js';
import type { ReadOptions } from './read-options.js';
import type { TextSource } from './text-chunks.js';
import { zodErrorZh } from '../model/zod-error-zh.js';

/** What the record readers resolve to: the valid records, every rejection, unused columns. */
export interface ReadRecordsResult<T> {
  records: T[];
  /** The input row of each record (same order as `records`; numbered as `rejected` rows are). */
  rows: number[];
  /** Rejected rows: `row` is the line as a spreadsheet numbers it (header = line 1), the sheet's row for workbooks, the record index + 1 for JSON. */
  rejected: Rejection[];
  ignoredColumns: string[];
  /** Blank rows (also Excel's rows of delimiters only) skipped, not rejected. */
  blankRows: number;
  /** Workbooks: the sheet that was read. */
  sheet?: string;
  /** How the input was read: format, encoding, delimiter, sheet, header row. */
  input: TableInfo;
}

/**
 * Rejections of a text table or workbook carry their spreadsheet line in `line` as well
 * as `row` (the same number), for consumers that look for `line`.
 * @internal
 * @param rejected The rejections.
 * @param info What was read (text tables and workbooks give lines).
 * @returns The rejections, `line` set where the input has lines.
 */
export function withLines<R extends Rejection>(rejected: R[], info: TableInfo | undefined): R[] {
  if (!info || info.format === 'json' || info.format === 'ndjson') return rejected;
  return rejected.map((r) => ({ ...r, line: r.row }));
}

/**
 * Re-throws a strict-mode {@link InputError} with lines added (see {@link withLines}).
 * @internal
 * @param e The error caught.
 * @param info What was read.
 * @param source The file, for the message.
 * @returns Never.
 * @throws {InputError} `e` with lines added, when it is one; any other error unchanged.
 */
export function rethrowWithLines(e: unknown, info: TableInfo | undefined, source: string | undefined): never {
  if (e instanceof InputError && e.rejections.length > 0 && info && info.format !== 'json' && info.format !== 'ndjson')
    throw new InputError(withLines([...e.rejections], info), source ?? e.source);
  throw e;
}

/**
 * Shared engine of `readAccounts`, `readMessages` and `readRegistry`: raw records →
 * cells parsed by the preset → zod schema (the single validation at the boundary).
 * Field paths in rejections are mapped back to the header as written.
 * @internal
 * @param kind The record kind.
 * @param schema The zod schema.
 * @param source The input.
 * @param options The reader's options.
 * @param shape Turns the parsed fields into the schema's input (e.g. derives ids).
 * @returns Valid records and every rejection (row, column, reason).
 * @throws {InputError} in strict mode for the first bad row; never a raw ZodError.
 * @throws {TableFormatError} for input that is not a table.
 */
export function readRecords<S extends z.ZodType>(
  kind: RecordKind,
  schema: S,
  source: TextSource,
  options: ReadOptions,
  shape: (fields: Record<string, unknown>, row: number) => unknown = (f) => f,
): Promise<ReadRecordsResult<z.output<S>>> {
  return readAgainOnMismatch(source, options, (src, opts) => readOnce(kind, schema, src, opts, shape));
}

async function readOnce<S extends z.ZodType>(
  kind: RecordKind,
  schema: S,
  source: TextSource,
  options: ReadOptions,
  shape: (fields: Record<string, unknown>, row: number) => unknown,
): Promise<ReadRecordsResult<z.output<S>>> {
  const conv = new RecordConverter(kind, options.columns, cellOptions(options));
  const records: z.output<S>[] = [];
  const rows: number[] = [];
  const rejected: Rejection[] = [];
  const reject = (rs: Rejection[]) => {
    if (options.strict) throw new InputError(rs, options.sourceName);
    rejected.push(...rs);
  };
  const info: { value?: TableInfo } = {};
  try {
    for await (const rec of rawRecords(source, { ...options, kind }, info)) {
      if ('error' in rec) {
        reject([{ row: rec.row, column: '(record)', reason: rec.error }]);
        continue;
      }
      const { fields, rejections } = conv.convert(rec);
      if (rejections.length) {
        reject(rejections);
        continue;
      }
      const parsed = schema.safeParse(shape(nestFields(fields), rec.row), { error: zodErrorZh });
      if (!parsed.success) {
        reject(
          issuesToRejections(parsed.error.issues, rec.row).map((r) => {
            const header = conv.headerOf(rec.headers, r.column) ?? conv.headerOf(rec.headers, r.column.split('.')[0]!);
            return header ? { ...r, column: header } : r;
          }),
        );
        continue;
      }
      records.push(parsed.data);
      rows.push(rec.row);
    }
  } catch (e) {
    rethrowWithLines(e, info.value, options.sourceName);
  }
  const input = info.value!;
  return { records, rows, rejected: withLines(rejected, input), ignoredColumns: conv.ignoredColumns, blankRows: input.blankRows, ...(input.sheet !== undefined ? { sheet: input.sheet } : {}), input };
}
