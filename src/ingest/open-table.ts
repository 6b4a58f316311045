import type { RecordKind } from './column-presets.js';
import { detectContainer, zipWorkbookFormat } from './detect-container.js';
import { knownHeaderNames, locateHeader, REQUIRED_HEADERS } from './locate-header.js';
import type { RawRecord, RawRecordError } from './raw-records.js';
import type { ReadOptions } from './read-options.js';
import { TableFormatError } from './table-format-error.js';
import { bomLength, SNIFF_BYTES, sniffEncoding, type InputEncoding, type TextSource } from './text-chunks.js';

/** How an input was read: reported in every reader's result. */
export interface TableInfo {
  /**
   * `'csv'` (any delimiter), `'json'`, `'ndjson'`, a workbook `'xlsx'`/`'xls'`/`'ods'`, a
   * text "Excel" file: `'html'` (an HTML table saved as `.xls`, what many back ends export)
   * or `'xml'` (Excel 2003 SpreadsheetML), or `'parquet'` (`readPostsParquet`).
   */
  format: 'csv' | 'json' | 'ndjson' | 'xlsx' | 'xls' | 'ods' | 'html' | 'xml' | 'parquet';
  /** Text encoding used (bytes input only): `'utf-8'`, `'gb18030'`, `'utf-16le'`, `'utf-16be'`. */
  encoding?: string;
  /** Delimiter of a text table: `','`, `'\t'` or `';'`. */
  delimiter?: string;
  /** Workbooks: the name of the sheet read. */
  sheet?: string;
  /** Text tables and workbooks: the line (sheet row) of the header, 1-based; above it, title lines were skipped. */
  headerRow?: number;
  /** Blank rows (also rows made only of delimiters, Excel's `,,,,`) skipped and counted, never rejected. */
  blankRows: number;
}

/** A text table, as UTF-8 bytes for the tokenizer (both read paths split the same bytes). */
export interface CsvInput {
  kind: 'csv';
  info: TableInfo;
  /** UTF-8 bytes, BOM stripped (other encodings are decoded and re-encoded, streaming). */
  bytes: AsyncIterable<Uint8Array>;
  /** Delimiter byte. */
  delimiter: number;
  /** Lines above the header (titles, notes) to skip. */
  skipLines: number;
  /** Whether a field that is not valid UTF-8 means the sniffed encoding was wrong ({@link EncodingMismatch}). */
  fatal: boolean;
}

/** JSON, NDJSON or a workbook sheet: records already split. */
export interface RecordsInput {
  kind: 'records';
  info: TableInfo;
  records: AsyncIterable<RawRecord | RawRecordError>;
}

/**
 * Thrown inside a reader when bytes after the sniffed start of a UTF-8 input are not
 * UTF-8: the input is read again as GB18030 when it can be read twice (see
 * {@link readAgainOnMismatch}), otherwise the reader fails with a clear message.
 */
export class EncodingMismatch extends Error {
  override readonly name = 'EncodingMismatch';
}

/** Marks an async iterable that can be opened again from its start (the file readers pass one). */
export const REOPEN: unique symbol = Symbol.for('govmedia.reopen');

/** An async iterable of byte chunks that can be read again from the start: `open()` is called once per reading. */
export interface Reopenable extends AsyncIterable<Uint8Array> {
  [REOPEN](): AsyncIterable<Uint8Array>;
}

/**
 * Wraps a function that opens a fresh stream (a file) as a source the readers can
 * read twice, for the late encoding check.
 * @returns A source the readers can restart.
 * @example reopenable(() => createReadStream(path))
 */
export function reopenable(open: () => AsyncIterable<Uint8Array>): Reopenable {
  return { [Symbol.asyncIterator]: () => open()[Symbol.asyncIterator](), [REOPEN]: open };
}

/** The same input again from its start, or undefined for a one-shot stream. */
function again(source: TextSource): TextSource | undefined {
  if (typeof source === 'string' || source instanceof Uint8Array || source instanceof ArrayBuffer || Array.isArray(source)) return source;
  if (typeof source === 'object' && source !== null && REOPEN in source) return (source as Reopenable)[REOPEN]();
  return undefined;
}

/**
 * Runs a reader; when it meets bytes that contradict the UTF-8 guess made from the
 * first {@link SNIFF_BYTES}, runs it again from the start as GB18030 (bytes, strings,
 * arrays and {@link reopenable} streams), or throws a {@link TableFormatError} for a
 * one-shot stream. So the guess never rests on the first chunk alone, and memory stays
 * bounded (nothing is kept to replay).
 * @param source The input.
 * @param options The reader's options (`encoding` is set to GB18030 for the second run).
 * @param run The reader.
 * @returns What `run` returns.
 * @throws {TableFormatError} when the guess fails on a one-shot stream (it cannot be read twice).
 * @example (await readAgainOnMismatch(gb18030Bytes, {}, readPosts)).records.length // every row, read again as GB18030 once UTF-8 failed
 */
export async function readAgainOnMismatch<T>(source: TextSource, options: ReadOptions, run: (source: TextSource, options: ReadOptions) => Promise<T>): Promise<T> {
  try {
    return await run(source, options);
  } catch (e) {
    if (!(e instanceof EncodingMismatch)) throw e;
    const src = again(source);
    if (src === undefined)
      throw new TableFormatError(
        `文件开头是 UTF-8，后面出现了非 UTF-8 字节（${e.message}）：请指定编码 encoding: 'gb18030'，或把文件另存为 UTF-8 / the start is UTF-8 but later bytes are not: pass encoding 'gb18030' or save the file as UTF-8`,
        options.sourceName,
      );
    return run(src, { ...options, encoding: 'gb18030' });
  }
}

const isAsyncIterable = (x: unknown): x is AsyncIterable<unknown> => typeof x === 'object' && x !== null && Symbol.asyncIterator in x;

type Opened = { text: AsyncIterator<string>; first: string } | { head: Uint8Array; rest: AsyncIterator<Uint8Array> | undefined };

/** Normalises a source: text chunks, or the first {@link SNIFF_BYTES} bytes (or all) plus the rest. */
async function openSource(source: TextSource, fn: string): Promise<Opened> {
  if (typeof source === 'string') return { text: (async function* () {})(), first: source };
  if (source instanceof ArrayBuffer) source = new Uint8Array(source);
  if (source instanceof Uint8Array) return { head: source, rest: undefined };
  if (!isAsyncIterable(source) && !(typeof source === 'object' && source !== null && Symbol.iterator in source))
    throw new TypeError(`${fn}: source must be a string, bytes or an (async) iterable of chunks`);
  const it: AsyncIterator<string | Uint8Array> | Iterator<string | Uint8Array> = isAsyncIterable(source)
    ? (source as AsyncIterable<string | Uint8Array>)[Symbol.asyncIterator]()
    : (source as Iterable<string | Uint8Array>)[Symbol.iterator]();
  const check = (c: unknown, want: 'string' | 'bytes') => {
    if (want === 'string' ? typeof c !== 'string' : !(c instanceof Uint8Array))
      throw new TypeError(`${fn}: chunks must all be strings or all Uint8Array (got ${c instanceof Uint8Array ? 'Uint8Array' : typeof c})`);
  };
  let n = await it.next();
  while (!n.done && (n.value as string | Uint8Array).length === 0) n = await it.next();
  if (n.done) return { head: new Uint8Array(0), rest: undefined };
  if (typeof n.value === 'string') {
    const first = n.value;
    const text = (async function* () {
      for (let m = await it.next(); !m.done; m = await it.next()) { check(m.value, 'string'); yield m.value as string; }
    })();
    return { text, first };
  }
  check(n.value, 'bytes');
  const parts: Uint8Array[] = [n.value as Uint8Array];
  let size = parts[0]!.length;
  let done = false;
  while (size < SNIFF_BYTES) {
    const m = await it.next();
    if (m.done) { done = true; break; }
    check(m.value, 'bytes');
    parts.push(m.value as Uint8Array);
    size += (m.value as Uint8Array).length;
  }
  const head = parts.length === 1 ? parts[0]! : concatAll(parts, size);
  const rest = done ? undefined : (async function* () {
    for (let m = await it.next(); !m.done; m = await it.next()) { check(m.value, 'bytes'); yield m.value as Uint8Array; }
  })();
  return { head, rest };
}

function concatAll(parts: readonly Uint8Array[], size: number): Uint8Array {
  const out = new Uint8Array(size);
  let at = 0;
  for (const p of parts) { out.set(p, at); at += p.length; }
  return out;
}

async function allBytes(head: Uint8Array, rest: AsyncIterator<Uint8Array> | undefined): Promise<Uint8Array> {
  if (!rest) return head;
  const parts = [head];
  let size = head.length;
  for (let m = await rest.next(); !m.done; m = await rest.next()) { parts.push(m.value); size += m.value.length; }
  return concatAll(parts, size);
}

const normalizeEncoding = (e: InputEncoding): Exclude<InputEncoding, 'gbk'> => (e === 'gbk' ? 'gb18030' : e);

/** Text of the input decoded in the given encoding, streaming; with `fatal`, a bad byte throws {@link EncodingMismatch}. */
async function* decodeStream(head: Uint8Array, rest: AsyncIterator<Uint8Array> | undefined, encoding: string, fatal: boolean): AsyncGenerator<string> {
  const decoder = new TextDecoder(encoding, { fatal });
  let offset = 0;
  const decode = (b: Uint8Array, stream: boolean) => {
    try {
      return decoder.decode(b, { stream });
    } catch {
      throw new EncodingMismatch(`near byte ${offset}`);
    }
  };
  const s = decode(head, true);
  offset += head.length;
  if (s) yield s;
  if (rest) for (let m = await rest.next(); !m.done; m = await rest.next()) { const t = decode(m.value, true); offset += m.value.length; if (t) yield t; }
  const tail = decode(new Uint8Array(0), false);
  if (tail) yield tail;
}

async function* encodeStream(text: AsyncIterable<string>): AsyncGenerator<Uint8Array> {
  const enc = new TextEncoder();
  let first = true;
  let highSurrogate = '';
  for await (let s of text) {
    if (first) { if (s.charCodeAt(0) === 0xfeff) s = s.slice(1); first = false; }
    s = highSurrogate + s;
    highSurrogate = '';
    const last = s.charCodeAt(s.length - 1);
    if (last >= 0xd800 && last <= 0xdbff) { highSurrogate = s.slice(-1); s = s.slice(0, -1); } // a pair split across chunks
    if (s) yield enc.encode(s);
  }
  if (highSurrogate) yield enc.encode(highSurrogate);
}

/** First lines of a text, for header finding. */
function firstLines(text: string, n: number): string[] {
  const lines: string[] = [];
  let at = 0;
  while (lines.length < n && at <= text.length) {
    const m = /\r\n|\r|\n/g;
    m.lastIndex = at;
    const r = m.exec(text);
    if (!r) { lines.push(text.slice(at)); break; }
    lines.push(text.slice(at, r.index));
    at = r.index + r[0].length;
  }
  return lines;
}

const noHeader = (kind: RecordKind, why: string, source?: string) =>
  new TableFormatError(`没有表头（${why}）：第 1 行应是列名，至少包括 ${REQUIRED_HEADERS[kind]} / no header (${why}): line 1 must name the columns`, source);

/**
 * Opens any input the readers accept and says what it is: sniffs the container (a
 * workbook by its magic bytes; a binary file is refused with one {@link TableFormatError}),
 * the encoding (from the first {@link SNIFF_BYTES}), the format (JSON `[`, NDJSON `{`, else
 * a delimited table), and for a text table the header line among the first lines (titles
 * above it skipped) and the delimiter.
 *
 * @throws {TableFormatError} binary input, a zip that is not a workbook, an empty input or one with no header
 * @throws {RangeError} naming `fn` for an unknown `format`.
 * @returns A text table as UTF-8 bytes with its delimiter, or records (JSON, NDJSON, a workbook sheet), with what was read (`info`).
 * @example (await openTable('标题,阅读数\n通知,10\n', { kind: 'posts' })).kind // 'csv'
 */
export async function openTable(source: TextSource, options: ReadOptions & { kind: RecordKind }, fn = 'readPosts'): Promise<CsvInput | RecordsInput> {
  const opened = await openSource(source, fn);
  const known = knownHeaderNames(options.kind, options.columns);
  let text: AsyncIterable<string>;
  let firstText: string;
  let encoding: string | undefined;
  let fatal = false;
  let utf8Bytes: (() => AsyncIterable<Uint8Array>) | undefined;
  let bomOnly = false;
  if ('head' in opened) {
    const { head, rest } = opened;
    const container = detectContainer(head);
    if (container.kind === 'binary') throw new TableFormatError(`不是文本表格（${container.label.split(' / ')[0]}）/ not a text table (${container.label.split(' / ')[1]})`, options.sourceName);
    if (container.kind === 'zip' || container.kind === 'workbook') {
      const bytes = await allBytes(head, rest);
      const format = container.kind === 'workbook' ? container.format : zipWorkbookFormat(bytes);
      if (!format) throw new TableFormatError('不是文本表格（zip 压缩包，不是 Excel 工作簿）/ not a text table (a zip archive that is not a workbook)', options.sourceName);
      const { readWorkbookRecords } = await import('./read-workbook.js');
      return readWorkbookRecords(bytes, format, { ...options, known });
    }
    const enc = normalizeEncoding(options.encoding ?? sniffEncoding(head));
    encoding = enc;
    fatal = options.encoding === undefined && enc === 'utf-8';
    const bom = bomLength(head, enc);
    const body = head.subarray(bom);
    bomOnly = bom > 0 && body.length === 0 && !rest;
    // The head was fully checked by the sniffing; the header text is decoded from it.
    firstText = new TextDecoder(enc).decode(body.subarray(0, Math.min(body.length, 1 << 16)));
    if (enc === 'utf-8') {
      utf8Bytes = () => (async function* () { if (body.length) yield body; if (rest) for (let m = await rest.next(); !m.done; m = await rest.next()) yield m.value; })();
      text = decodeStream(body, rest, 'utf-8', fatal);
    } else {
      text = decodeStream(body, rest, enc, false);
    }
  } else {
    firstText = opened.first;
    const { text: more, first } = opened;
    text = (async function* () { yield first; for (let m = await more.next(); !m.done; m = await more.next()) yield m.value; })();
  }
  if (firstText.charCodeAt(0) === 0xfeff) firstText = firstText.slice(1);
  const lead = firstText.trimStart()[0];
  if (lead === '<') {
    // An HTML table or SpreadsheetML saved with an .xls name: read by the workbook reader.
    const markup = /urn:schemas-microsoft-com:office:spreadsheet/.test(firstText) && /<Workbook[\s>]/.test(firstText) ? 'xml' : /<table[\s>]/i.test(firstText) ? 'html' : undefined;
    if (markup) {
      let whole = '';
      for await (const t of text) whole += t;
      const { readWorkbookRecords } = await import('./read-workbook.js');
      const input = await readWorkbookRecords(whole.charCodeAt(0) === 0xfeff ? whole.slice(1) : whole, markup, { ...options, known });
      if (encoding) input.info.encoding = encoding;
      return input;
    }
  }
  const format = options.format ?? (lead === '[' ? 'json' : lead === '{' ? 'ndjson' : 'csv');
  const info: TableInfo = { format, blankRows: 0, ...(encoding ? { encoding } : {}) };
  if (format === 'json' || format === 'ndjson') {
    const { jsonRecords, ndjsonRecords } = await import('./raw-records.js');
    return { kind: 'records', info, records: format === 'json' ? jsonRecords(text) : ndjsonRecords(text) };
  }
  if (format !== 'csv') throw new RangeError(`${fn}: unknown format "${String(format)}" (csv, json, ndjson)`);
  if (firstText.trim() === '') throw noHeader(options.kind, bomOnly ? '只有字节顺序标记 BOM / only a byte-order mark' : firstText.length === 0 ? '文件是空的 / empty file' : '只有空行 / only blank lines', options.sourceName);
  const { index, delimiter } = locateHeader(firstLines(firstText, 10), known);
  info.delimiter = delimiter;
  return { kind: 'csv', info, bytes: utf8Bytes ? utf8Bytes() : encodeStream(text), delimiter: delimiter.charCodeAt(0), skipLines: index, fatal };
}
