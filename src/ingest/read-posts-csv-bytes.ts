import type { Rejection } from '../model/errors.js';
import { ORIGINAL_UNKNOWN, type PostsTable } from '../table/posts-table.js';
import type { FieldSpec } from './column-presets.js';
import { CsvTokenizer, type CsvRecordSink } from './csv-tokenizer.js';
import { normalizeHeaders, REQUIRED_HEADERS } from './locate-header.js';
import { readAgainOnMismatch, type CsvInput } from './open-table.js';
import { parseFlag } from './parse-flag.js';
import { PostRowSink } from './post-row-sink.js';
import { decodeField, isBlankRecord } from './raw-records.js';
import { readPostsOnce, type PostRowsResult, type ReadPostsResult } from './read-posts.js';
import type { ReadOptions } from './read-options.js';
import { TableFormatError } from './table-format-error.js';

// Byte values.
const SPACE = 32, TAB = 9, CR = 13, ZERO = 48, NINE = 57, DASH = 45, COLON = 58;

/**
 * Account ids dictionary-encoded straight from their bytes: an open-addressing hash
 * table over FNV-1a hashes of the id bytes, the bytes kept in a pool. A string is
 * decoded only the first time an id is seen (then handed to the table builder, so ids
 * added by rows the fast path passes to the regular path share the same index space).
 * This is where a JS CSV reader usually loses to a database: decoding and hashing a
 * string per row.
 */
class ByteDictionary {
  private slots = new Int32Array(1 << 12).fill(-1);
  // Per entry: hash, start in the pool, length, table index (typed arrays, grown by doubling).
  private meta = new Int32Array(4 * 1024);
  private count = 0;
  private pool = new Uint8Array(1 << 16);
  private used = 0;

  constructor(
    private readonly add: (id: string) => number,
    private readonly decoder: TextDecoder,
  ) {}

  lookup(buf: Uint8Array, start: number, end: number, row: number): number {
    let h = 0x811c9dc5 | 0;
    for (let i = start; i < end; i++) h = Math.imul(h ^ buf[i]!, 0x01000193);
    const slots = this.slots, meta = this.meta, pool = this.pool;
    const mask = slots.length - 1;
    const len = end - start;
    for (let s = (h ^ (h >>> 15)) & mask; ; s = (s + 1) & mask) {
      const e = slots[s]!;
      if (e < 0) return this.insert(s, h, buf, start, end, row);
      const m = e << 2;
      if (meta[m] === h && meta[m + 2] === len) {
        const p = meta[m + 1]!;
        let k = 0;
        while (k < len && pool[p + k] === buf[start + k]) k++;
        if (k === len) return meta[m + 3]!;
      }
    }
  }

  private insert(slot: number, h: number, buf: Uint8Array, start: number, end: number, row: number): number {
    const len = end - start;
    const id = decodeField(this.decoder, buf, start, end, 0, row);
    if (this.used + len > this.pool.length) {
      const bigger = new Uint8Array(Math.max(this.pool.length * 2, this.used + len));
      bigger.set(this.pool);
      this.pool = bigger;
    }
    if ((this.count + 1) * 4 > this.meta.length) {
      const bigger = new Int32Array(this.meta.length * 2);
      bigger.set(this.meta);
      this.meta = bigger;
    }
    this.pool.set(buf.subarray(start, end), this.used);
    const e = this.count++;
    const value = this.add(id);
    this.meta.set([h, this.used, len, value], e << 2);
    this.used += len;
    this.slots[slot] = e;
    if (this.count * 2 > this.slots.length) this.rehash();
    return value;
  }

  private rehash(): void {
    const slots = new Int32Array(this.slots.length * 2).fill(-1);
    const mask = slots.length - 1;
    for (let e = 0; e < this.count; e++) {
      const h = this.meta[e << 2]!;
      let s = (h ^ (h >>> 15)) & mask;
      while (slots[s]! >= 0) s = (s + 1) & mask;
      slots[s] = e;
    }
    this.slots = slots;
  }
}

/** Unsigned integer from ASCII digits (at most 15), or -1 when the bytes are anything else. */
function digits(buf: Uint8Array, start: number, end: number): number {
  if (end <= start || end - start > 15) return -1;
  let v = 0;
  for (let i = start; i < end; i++) {
    const c = buf[i]!;
    if (c < ZERO || c > NINE) return -1;
    v = v * 10 + (c - ZERO);
  }
  return v;
}

/** `YYYY-MM-DD`, `YYYY-MM-DD HH:MM` or `YYYY-MM-DD HH:MM:SS` (China time) from bytes; NaN for any other form (the caller then takes the regular path). */
function timeFromBytes(buf: Uint8Array, s: number, e: number): number {
  const n = e - s;
  if (n !== 10 && n !== 16 && n !== 19) return NaN;
  if (buf[s + 4] !== DASH || buf[s + 7] !== DASH) return NaN;
  const y = digits(buf, s, s + 4), mo = digits(buf, s + 5, s + 7), d = digits(buf, s + 8, s + 10);
  let h = 0, mi = 0, sec = 0;
  if (n > 10) {
    if ((buf[s + 10] !== SPACE && buf[s + 10] !== 84 /* T */) || buf[s + 13] !== COLON) return NaN;
    h = digits(buf, s + 11, s + 13); mi = digits(buf, s + 14, s + 16);
    if (n === 19) { if (buf[s + 16] !== COLON) return NaN; sec = digits(buf, s + 17, s + 19); }
  }
  if (y < 0 || mo < 1 || mo > 12 || d < 1 || d > 31 || h < 0 || h > 23 || mi < 0 || mi > 59 || sec < 0 || sec > 59) return NaN;
  // An impossible day (2024-02-30) is left to the regular path's rejection.
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  if (d > (mo === 2 ? (leap ? 29 : 28) : mo === 4 || mo === 6 || mo === 9 || mo === 11 ? 30 : 31)) return NaN;
  // Days from 1970-01-01 (H. Hinnant's days_from_civil), integer arithmetic, no Date object.
  const yy = mo <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (mo + (mo > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  const days = era * 146097 + doe - 719468;
  return days * 86_400_000 + ((h * 60 + mi) * 60 + sec) * 1000 - 8 * 3_600_000;
}

const isBlank = (c: number) => c === SPACE || c === TAB;

/**
 * Whether a field starts or ends with a character the regular path trims away: ASCII
 * blanks, or the UTF-8 forms of U+00A0, U+1680, U+2000–U+200D, U+2028/9, U+202F, U+205F,
 * U+2060, U+3000, U+FEFF (such rows go the regular way, which trims them).
 */
function edgeBlank(buf: Uint8Array, s: number, e: number): boolean {
  if (e <= s) return false;
  const ws = (c: number) => c === SPACE || c === TAB || c === CR || c === 11 || c === 12;
  if (ws(buf[s]!) || ws(buf[e - 1]!)) return true;
  const sp = (a: number, b: number, c: number) =>
    (a === 0xe2 && ((b === 0x80 && (c <= 0x8f || c === 0xa8 || c === 0xa9 || c === 0xaf)) || (b === 0x81 && (c === 0x9f || c === 0xa0)))) ||
    (a === 0xe3 && b === 0x80 && c === 0x80) || (a === 0xef && b === 0xbb && c === 0xbf) || (a === 0xe1 && b === 0x9a && c === 0x80);
  if (buf[s] === 0xc2 && buf[s + 1] === 0xa0) return true;
  if (e - s >= 2 && buf[e - 2] === 0xc2 && buf[e - 1] === 0xa0) return true;
  if (e - s >= 3 && (sp(buf[s]!, buf[s + 1]!, buf[s + 2]!) || sp(buf[e - 3]!, buf[e - 2]!, buf[e - 1]!))) return true;
  return false;
}

/** Column roles the fast path handles itself. */
type Role = 'account' | 'name' | 'link' | 'time' | 'reads' | 'looks' | 'likes' | 'shares' | 'comments' | 'position' | 'headline' | 'original' | 'id' | 'title' | 'text' | 'pushId' | 'repostOf' | 'skip';

const ROLE_OF: Record<string, Role> = {
  accountId: 'account', accountName: 'name', publishedAt: 'time', reads: 'reads', looks: 'looks', likes: 'likes', shares: 'shares', comments: 'comments',
  position: 'position', headline: 'headline', isOriginal: 'original', id: 'id', link: 'link', title: 'title', text: 'text', pushId: 'pushId', repostOf: 'repostOf',
};

/**
 * The fast path for posts in a text table (issue 9): a byte-level reader straight into
 * the typed-array columns, with no object per row. Records are split by the same
 * {@link CsvTokenizer} the regular path uses (so both split every input identically:
 * quotes, embedded line breaks, LF/CRLF/CR, delimiter, stray quotes); account ids are
 * dictionary-encoded from their bytes; plain integer counts and `YYYY-MM-DD HH:MM:SS`
 * times are parsed from bytes. Any row with something else in it (`10万+`, `1.2万`,
 * `3,456`, `-`, another date form, a bad value, a short or long row) is decoded and
 * handed to the same `PostRowSink` the regular path uses, so the table and the
 * rejections are identical to `readPosts` with `fastPath: false` (property-tested).
 * Input in another encoding (GB18030, UTF-16) is decoded and re-encoded as UTF-8,
 * streaming; workbooks, JSON and NDJSON go the regular way.
 *
 * Complexity O(bytes); memory: the columns plus one chunk and one pending record.
 * @throws {TableFormatError} a binary file, a zip that is not a workbook, no header
 * @returns As {@link readPosts}: the table, every rejection, and how the input was read.
 * @example (await readPostsCsvBytes(new TextEncoder().encode('账号ID,发布时间,阅读数\na,2024-03-01 08:00:00,5\n'))).table.reads[0] // 5
 */
export function readPostsCsvBytes(source: Uint8Array | AsyncIterable<Uint8Array> | Iterable<Uint8Array>, options: ReadOptions = {}): Promise<ReadPostsResult> {
  return readAgainOnMismatch(source, options, (s, o) => readPostsOnce(s, { ...o, fastPath: true }));
}

/** What the posts record handler needs to know and tells (see {@link postsRecords}). */
interface PostsRecords extends CsvRecordSink {
  /** Sets the header from its cells as decoded (before `normalizeHeaders`); returns the header's field count. */
  setHeader(cells: string[]): number;
  /** Blank records skipped so far. */
  readonly blankRows: number;
}

/**
 * The fast path's record handler, shared by the whole-input reader and the byte-range
 * reader: the first record is the header unless `setHeader` was called; every other
 * record is pushed into the table, or handed on to the regular `PostRowSink`.
 */
function postsRecords(sink: PostRowSink, decoder: TextDecoder, options: ReadOptions, onHeader: (fields: number, line: number) => void): PostsRecords {
  const b = sink.builder;
  let headers: string[] | null = null;
  let roles: Role[] = [];
  let dict: ByteDictionary | null = null;
  let accountCol = -1;
  let m = 0;
  let timeMin = -Infinity, timeMax = Infinity;
  let blankRows = 0;

  const setHeader = (cells: string[]): number => {
    headers = normalizeHeaders(cells);
    m = headers.length;
    sink.setHeaders(headers);
    const { byIndex } = sink.conv.resolution(headers);
    roles = byIndex.map((spec: FieldSpec | undefined) => (spec ? (ROLE_OF[spec.field] ?? 'skip') : 'skip'));
    // No account column (one-account export with the `account` option): every row goes the regular way.
    accountCol = roles.indexOf(sink.keyedBy === 'accountId' ? 'account' : 'name');
    [timeMin, timeMax] = [sink.cells.timeMin, sink.cells.timeMax];
    dict = new ByteDictionary((id) => b.accountIndexOf(id), decoder);
    return m;
  };

  const setup = (buf: Uint8Array, starts: Int32Array, ends: Int32Array, quoted: Uint8Array, nf: number, line: number) => {
    const cells: string[] = [];
    for (let f = 0; f < nf; f++) cells.push(decodeField(decoder, buf, starts[f]!, ends[f]!, quoted[f]!, line));
    onHeader(setHeader(cells), line);
  };

  const slow = (buf: Uint8Array, starts: Int32Array, ends: Int32Array, quoted: Uint8Array, nf: number, row: number) => {
    if (nf > m) { sink.push({ row, error: `有 ${nf} 个字段，多于表头的 ${m} 个` }); return; }
    const values: string[] = [];
    for (let f = 0; f < nf; f++) values.push(decodeField(decoder, buf, starts[f]!, ends[f]!, quoted[f]!, row));
    while (values.length < m) values.push('');
    sink.push({ row, headers: headers!, values });
  };

  /** One complete record: pushes a row or hands it on to the regular sink. */
  const record = (buf: Uint8Array, starts: Int32Array, ends: Int32Array, quoted: Uint8Array, nf: number, row: number) => {
    if (!headers) { setup(buf, starts, ends, quoted, nf, row); return; }
    if (isBlankRecord(buf, starts, ends, nf)) { blankRows++; return; }
    if (nf !== m || accountCol < 0) { slow(buf, starts, ends, quoted, nf, row); return; }
    let accountField = -1, time = NaN, reads = NaN, looks = NaN, likes = NaN, shares = NaN, comments = NaN, position = 0, original = ORIGINAL_UNKNOWN;
    let headline: boolean | undefined;
    let id: string | undefined, link: string | undefined, title: string | undefined, text: string | undefined, pushId: string | undefined, repostOf: string | undefined;
    for (let f = 0; f < nf; f++) {
      const role = roles[f]!;
      if (role === 'skip' || (role === 'name' && f !== accountCol)) continue;
      const s = starts[f]!, e = ends[f]!;
      const q = quoted[f]!;
      if (role === 'account' || role === 'name') {
        if (q || e === s || edgeBlank(buf, s, e)) { slow(buf, starts, ends, quoted, nf, row); return; }
        accountField = f; // looked up only once the row is known to be valid
        continue;
      }
      if (role === 'time') {
        time = q ? NaN : timeFromBytes(buf, s, e);
        // Outside the plausible range: the regular path rejects it with its reason.
        if (Number.isNaN(time) || time < timeMin || time > timeMax) { slow(buf, starts, ends, quoted, nf, row); return; }
        continue;
      }
      if (role === 'reads' || role === 'looks' || role === 'likes' || role === 'shares' || role === 'comments' || role === 'position') {
        const v = q ? -1 : digits(buf, s, e);
        if (v < 0 || (role === 'position' && (v < 1 || v > 65535))) { slow(buf, starts, ends, quoted, nf, row); return; }
        if (role === 'reads') reads = v; else if (role === 'looks') looks = v; else if (role === 'likes') likes = v;
        else if (role === 'shares') shares = v; else if (role === 'comments') comments = v; else position = v;
        continue;
      }
      // Text-valued columns: decoded (they are kept); leading/trailing blanks go the regular way (it trims).
      if (edgeBlank(buf, s, e)) { slow(buf, starts, ends, quoted, nf, row); return; }
      const str = e === s ? undefined : decodeField(decoder, buf, s, e, q, row);
      if (role === 'headline' || role === 'original') {
        if (str === undefined) continue;
        const r = parseFlag(str);
        if (!r.ok) { slow(buf, starts, ends, quoted, nf, row); return; }
        if (role === 'headline') headline = r.value; else if (r.value !== undefined) original = r.value ? 1 : 0;
        continue;
      }
      if (role === 'id') id = str; else if (role === 'link') link = str; else if (role === 'title') title = str; else if (role === 'text') text = str; else if (role === 'pushId') pushId = str; else if (role === 'repostOf') repostOf = str;
    }
    if (accountField < 0 || Number.isNaN(time)) { slow(buf, starts, ends, quoted, nf, row); return; }
    if (position === 0 && headline === true) position = 1;
    if (headline === false && position === 1) { slow(buf, starts, ends, quoted, nf, row); return; }
    const account = dict!.lookup(buf, starts[accountField]!, ends[accountField]!, row);
    const i = b.pushValues(account, time, reads, looks, likes, shares, comments, position, original);
    id ??= link; // a link is the post's id when the export has no id column (same rule as PostRowSink)
    if (id !== undefined) b.setString('ids', i, id);
    if (title !== undefined) b.setString('titles', i, title);
    if (text !== undefined) b.setString('texts', i, text);
    if (pushId !== undefined) b.setString('pushIds', i, pushId);
    if (repostOf !== undefined) b.setString('repostOf', i, repostOf);
  };

  return {
    record,
    malformed(line, reason) {
      if (!headers) throw new TableFormatError(`表头行（第 ${line} 行）有未闭合的引号 / the header line ${line} is malformed: ${reason}`, options.sourceName);
      sink.push({ row: line, error: reason });
    },
    setHeader,
    get blankRows() { return blankRows; },
  };
}

/**
 * The fast path over a text table opened by `openTable` (see {@link readPostsCsvBytes}).
 * @internal
 * @returns The posts and rejections.
 */
export async function postsFromCsvInput(input: CsvInput, options: ReadOptions): Promise<PostRowsResult> {
  const sink = new PostRowSink(options);
  const decoder = new TextDecoder('utf-8', { fatal: input.fatal });
  let hasHeader = false;
  const recs = postsRecords(sink, decoder, options, (fields, line) => {
    tok.expectedFields = fields;
    input.info.headerRow = line;
    hasHeader = true;
  });
  const tok: CsvTokenizer = new CsvTokenizer(input.delimiter, recs, { skipLines: input.skipLines });
  for await (const chunk of input.bytes) tok.push(chunk);
  tok.end();
  input.info.blankRows += recs.blankRows;
  if (!hasHeader) throw new TableFormatError(`没有表头 / no header: 第 1 行应是列名，至少包括 ${REQUIRED_HEADERS.posts}`, options.sourceName);
  return sink.finish();
}

/** The header of a posts text table and where its rows start (see {@link postsCsvHeader}). */
export interface PostsCsvHeader {
  /** The header's cells as decoded (before `normalizeHeaders`). */
  cells: string[];
  /** Line of the header (1-based, title lines above it counted). */
  line: number;
  /** Offset of the first byte after the header record (in the input as `offset` counts it). */
  dataStart: number;
  /** Line number of the first record after the header. */
  dataLine: number;
}

/**
 * Reads only the header record of a text table opened by `openTable` (for the threaded
 * reader of `govmedia/node`, which then reads the rows as byte ranges): `offset` = the
 * offset of the first byte of `input.bytes` in the file (the BOM's length). Undefined when
 * the input ends in or right after the header (nothing to split).
 * @throws {TableFormatError} the header line is malformed
 * @internal
 */
export async function postsCsvHeader(input: CsvInput, offset: number, options: ReadOptions): Promise<PostsCsvHeader | undefined> {
  const decoder = new TextDecoder('utf-8', { fatal: input.fatal });
  let header: { cells: string[]; line: number } | undefined;
  const tok: CsvTokenizer = new CsvTokenizer(
    input.delimiter,
    {
      record(buf, starts, ends, quoted, nf, line) {
        const cells: string[] = [];
        for (let f = 0; f < nf; f++) cells.push(decodeField(decoder, buf, starts[f]!, ends[f]!, quoted[f]!, line));
        header = { cells, line };
        tok.stop();
      },
      malformed(line, reason) {
        throw new TableFormatError(`表头行（第 ${line} 行）有未闭合的引号 / the header line ${line} is malformed: ${reason}`, options.sourceName);
      },
    },
    { skipLines: input.skipLines, offset },
  );
  for await (const chunk of input.bytes) {
    tok.push(chunk);
    if (tok.stoppedAt >= 0) break;
  }
  if (!header || tok.stoppedAt < 0) return undefined;
  return { cells: header.cells, line: header.line, dataStart: tok.stoppedAt, dataLine: tok.nextLine };
}

/** A byte range of a posts text table's rows (see {@link readPostsCsvRange}). */
export interface PostsCsvRange {
  /** The header's cells as decoded (from {@link postsCsvHeader}). */
  headerCells: string[];
  /** Delimiter byte. */
  delimiter: number;
  /** Whether the bytes must be valid UTF-8 (`CsvInput.fatal`). */
  fatal: boolean;
  /** Offset of the first byte given: a record start. */
  offset: number;
  /** Records starting at or after this offset are left to the next range. */
  stopAt: number;
  /** Line number of the record at `offset` (1 when not known yet: rows are then shifted by the caller). */
  firstLine: number;
  /** Rows expected (a guess from the bytes; room for them is made at once instead of by doubling). */
  rows?: number;
}

/** What {@link readPostsCsvRange} gives: the range's rows, unfinished (no duplicates dropped, no warnings). */
export interface PostsCsvRangeResult {
  /** The range's good rows, its own account dictionary in first-seen order. */
  table: PostsTable;
  rejected: Rejection[];
  rejectedCells: Rejection[];
  blankRows: number;
  /** Where the first record not read starts (at or after `stopAt`), or -1 when the input ended first. */
  stoppedAt: number;
  /** Line number of the record at `stoppedAt` (or of the line after the input). */
  nextLine: number;
}

/**
 * The fast path over one byte range of a posts text table's rows: records starting in
 * `[offset, stopAt)` (the last may run past `stopAt`), read exactly as the whole-input
 * reader reads them. The threaded reader of `govmedia/node` runs one per thread and
 * stitches the ranges together (`strict` is not supported here: the caller reads strict
 * inputs in one piece).
 * @throws {EncodingMismatch} bytes that are not UTF-8 where `fatal`
 * @internal
 */
export async function readPostsCsvRange(bytes: AsyncIterable<Uint8Array>, range: PostsCsvRange, options: ReadOptions): Promise<PostsCsvRangeResult> {
  const sink = new PostRowSink({ ...options, strict: false }, range.rows);
  const decoder = new TextDecoder('utf-8', { fatal: range.fatal });
  const recs = postsRecords(sink, decoder, options, () => undefined);
  const tok = new CsvTokenizer(range.delimiter, recs, { offset: range.offset, stopAt: range.stopAt, firstLine: range.firstLine });
  tok.expectedFields = recs.setHeader(range.headerCells);
  for await (const chunk of bytes) {
    tok.push(chunk);
    if (tok.stoppedAt >= 0) break;
  }
  tok.end();
  return { table: sink.builder.build(), rejected: sink.rejected, rejectedCells: sink.rejectedCells, blankRows: recs.blankRows, stoppedAt: tok.stoppedAt, nextLine: tok.nextLine };
}
