import type { RecordKind } from './column-presets.js';
import { CsvTokenizer } from './csv-tokenizer.js';
import { normalizeHeaders, REQUIRED_HEADERS } from './locate-header.js';
import { EncodingMismatch, openTable, type CsvInput, type TableInfo } from './open-table.js';
import type { ReadOptions } from './read-options.js';
import { TableFormatError } from './table-format-error.js';
import type { TextSource } from './text-chunks.js';

/** Text input formats; `undefined` sniffs from the first character (`[` JSON, `{` NDJSON, else a delimited table: comma, tab or semicolon). */
export type InputFormat = 'csv' | 'json' | 'ndjson';

/** One input record before field parsing: its row (the line as a spreadsheet numbers it, header = 1; JSON: index + 1) and its cells by header. */
export interface RawRecord {
  row: number;
  headers: readonly string[];
  values: readonly unknown[];
}

/** A record that could not even be split into cells (bad JSON line, unterminated quote). */
export interface RawRecordError {
  row: number;
  error: string;
}

/**
 * Splits a source into raw records, streaming. Text tables go through the project's
 * one CSV tokenizer ({@link CsvTokenizer}: quotes, doubled quotes, embedded line breaks,
 * LF/CRLF/CR, a stray quote costs one line) on UTF-8 bytes, after {@link openTable} has
 * sniffed the container, encoding, delimiter and header line. Workbooks are read by
 * sheet; JSON arrays are parsed whole (JSON cannot be split safely); NDJSON line by line.
 *
 * Rows are numbered as a spreadsheet shows them: the file's line (header = line 1, title
 * lines and blank lines counted, a multi-line cell counts its lines), the sheet's row for
 * workbooks, the record index + 1 for JSON, the line for NDJSON. Blank rows (also rows of
 * delimiters only) yield nothing and are counted in `info.blankRows`; a short row's
 * missing trailing cells are empty; trailing empty cells beyond the header are dropped.
 *
 * @param source The input: text, bytes, or an (async) iterable of chunks.
 * @param options The reader's options; `kind` picks the header names looked for (default `posts`).
 * @param info filled with what was read (format, encoding, delimiter, sheet, header row, blank rows)
 * @throws {TableFormatError} binary input, an empty input or one with no header
 * @throws {RangeError} for an unknown `format`, or a `sheet` the workbook does not have.
 * @example for await (const r of rawRecords('标题,阅读数\n通知,10\n')) records.push(r) // records: { row: 2, headers: ['标题', '阅读数'], values: ['通知', '10'] }
 */
export async function* rawRecords(
  source: TextSource,
  options: ReadOptions & { kind?: RecordKind } = {},
  info?: { value?: TableInfo },
): AsyncGenerator<RawRecord | RawRecordError> {
  const input = await openTable(source, { ...options, kind: options.kind ?? 'posts' });
  if (info) info.value = input.info;
  if (input.kind === 'records') yield* input.records;
  else yield* csvRecords(input, options.kind ?? 'posts', options.sourceName);
}

/**
 * Decodes field bytes (`""` → `"` for a quoted field); a bad byte under `fatal` throws {@link EncodingMismatch}.
 * @internal
 * @param decoder The decoder (fatal or not).
 * @param buf The bytes.
 * @param s Start of the field.
 * @param e End of the field.
 * @param quoted Non-zero for a quoted field.
 * @param line The line, for the error.
 * @returns The field's text.
 * @throws {EncodingMismatch} for a bad byte under a fatal decoder (caught by `readAgainOnMismatch`, never seen by callers).
 */
export function decodeField(decoder: TextDecoder, buf: Uint8Array, s: number, e: number, quoted: number, line: number): string {
  let v: string;
  try {
    v = decoder.decode(buf.subarray(s, e));
  } catch {
    throw new EncodingMismatch(`line ${line}`);
  }
  return quoted && v.includes('"') ? v.replace(/""/g, '"') : v;
}

/**
 * A record whose every field is empty or only spaces/tabs (a blank line, Excel's `,,,,`).
 * @internal
 * @param buf The bytes.
 * @param starts Field starts.
 * @param ends Field ends.
 * @param nf Number of fields.
 * @returns Whether every field is blank.
 */
export function isBlankRecord(buf: Uint8Array, starts: Int32Array, ends: Int32Array, nf: number): boolean {
  for (let f = 0; f < nf; f++) for (let i = starts[f]!; i < ends[f]!; i++) if (buf[i] !== 32 && buf[i] !== 9) return false;
  return true;
}

/**
 * Raw records of a text table opened by {@link openTable}.
 * @internal
 * @param input The opened text table.
 * @param kind The record kind (for the "no header" message).
 * @param sourceName The file, for errors.
 * @returns Raw records and per-row errors, in file order.
 * @throws {TableFormatError} when the header line is malformed or missing.
 */
export async function* csvRecords(input: CsvInput, kind: RecordKind, sourceName?: string): AsyncGenerator<RawRecord | RawRecordError> {
  const decoder = new TextDecoder('utf-8', { fatal: input.fatal });
  const info = input.info;
  const queue: (RawRecord | RawRecordError)[] = [];
  let headers: string[] | null = null;
  const tok: CsvTokenizer = new CsvTokenizer(
    input.delimiter,
    {
      record(buf, starts, ends, quoted, nf, line) {
        if (!headers) {
          const cells: string[] = [];
          for (let f = 0; f < nf; f++) cells.push(decodeField(decoder, buf, starts[f]!, ends[f]!, quoted[f]!, line));
          headers = normalizeHeaders(cells);
          tok.expectedFields = headers.length;
          info.headerRow = line;
          return;
        }
        if (isBlankRecord(buf, starts, ends, nf)) { info.blankRows++; return; }
        if (nf > headers.length) { queue.push({ row: line, error: `有 ${nf} 个字段，多于表头的 ${headers.length} 个` }); return; }
        const values: string[] = [];
        for (let f = 0; f < nf; f++) values.push(decodeField(decoder, buf, starts[f]!, ends[f]!, quoted[f]!, line));
        while (values.length < headers.length) values.push('');
        queue.push({ row: line, headers, values });
      },
      malformed(line, reason) {
        if (!headers) throw new TableFormatError(`表头行（第 ${line} 行）有未闭合的引号 / the header line ${line} is malformed: ${reason}`, sourceName);
        queue.push({ row: line, error: reason });
      },
    },
    { skipLines: input.skipLines },
  );
  for await (const chunk of input.bytes) {
    tok.push(chunk);
    if (queue.length) { yield* queue; queue.length = 0; }
  }
  tok.end();
  yield* queue;
  if (!headers) throw new TableFormatError(`没有表头 / no header: 第 1 行应是列名，至少包括 ${REQUIRED_HEADERS[kind]}`, sourceName);
}

/**
 * Raw records of NDJSON: one JSON object a line (row = the line); a line that is not JSON is a row error, blank lines are skipped.
 * @internal
 * @param chunks The decoded text.
 * @returns Raw records and per-line errors.
 */
export async function* ndjsonRecords(chunks: AsyncIterable<string>): AsyncGenerator<RawRecord | RawRecordError> {
  let carry = '';
  let row = 0;
  const line = function* (l: string): Generator<RawRecord | RawRecordError> {
    row++;
    if (l.trim() === '') return;
    try {
      const obj: unknown = JSON.parse(l);
      yield objectRecord(obj, row);
    } catch (e) {
      yield { row, error: `不是有效的 JSON：${(e as Error).message}` };
    }
  };
  for await (const chunk of chunks) {
    carry += chunk;
    let nl: number;
    while ((nl = carry.indexOf('\n')) >= 0) {
      yield* line(carry.slice(0, nl));
      carry = carry.slice(nl + 1);
    }
  }
  if (carry.trim()) yield* line(carry);
}

/**
 * Raw records of a JSON array of objects (row = index + 1), parsed whole; invalid JSON or a non-array is one error.
 * @internal
 * @param chunks The decoded text.
 * @returns Raw records and errors.
 */
export async function* jsonRecords(chunks: AsyncIterable<string>): AsyncGenerator<RawRecord | RawRecordError> {
  let text = '';
  for await (const c of chunks) text += c;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    yield { row: 0, error: `不是有效的 JSON：${(e as Error).message}` };
    return;
  }
  if (!Array.isArray(data)) {
    yield { row: 0, error: 'JSON 输入须为记录的数组（[{…}, {…}]）' };
    return;
  }
  for (let i = 0; i < data.length; i++) yield objectRecord(data[i], i + 1);
}

function objectRecord(obj: unknown, row: number): RawRecord | RawRecordError {
  if (typeof obj !== 'object' || obj === null || Array.isArray(obj)) return { row, error: '记录不是 JSON 对象（{…}）' };
  const headers = Object.keys(obj);
  return { row, headers, values: headers.map((h) => (obj as Record<string, unknown>)[h]) };
}
