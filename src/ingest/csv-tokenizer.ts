// Byte values.
const QUOTE = 34, LF = 10, CR = 13, SPACE = 32;

/**
 * Longest record the tokenizer holds, in UTF-8 bytes (1 MiB). A quoted field may
 * contain line breaks, but a quote that is not closed within this many bytes of
 * the record's start (or by the end of the input) is taken as a stray quote: the
 * record's first line is rejected and reading resumes on the next line. An
 * unquoted line longer than this is rejected the same way and skipped to its end.
 * So one stray quote in a 1 GB file costs at most 1 MiB of memory and one re-scan
 * of at most 1 MiB, never the rest of the file.
 */
export const MAX_RECORD_BYTES = 1 << 20;

/** Receives the tokenizer's records; field `f` of a record is `buf[starts[f], ends[f])`. */
export interface CsvRecordSink {
  /**
   * One record: `nf` fields (trailing empty fields beyond the header's count already
   * dropped), starting on physical line `line` (1-based, as a spreadsheet numbers it).
   * `quoted[f]` = 1 when field f was quoted (its `""` pairs still doubled).
   */
  record(buf: Uint8Array, starts: Int32Array, ends: Int32Array, quoted: Uint8Array, nf: number, line: number): void;
  /** A record that could not be split into fields: its first line, and why. */
  malformed(line: number, reason: string): void;
}

/**
 * The one CSV tokenizer of the project (RFC 4180 plus what Excel writes), over UTF-8
 * bytes, shared by the regular reader and the byte fast path so both split every
 * input identically. Rules:
 * - Delimiter: one byte (`,`, TAB or `;`), chosen by the caller (sniffed from the header).
 * - Line ends: LF, CRLF and a lone CR (old Mac / some exports), mixed freely. Lines are
 *   numbered as a spreadsheet shows them: every line break counts, also inside a quoted
 *   field, and blank lines count.
 * - A field opening with `"` is quoted: `""` inside is a quote, line breaks are content.
 *   Spaces between the closing quote and the delimiter are allowed. Any other text after
 *   the closing quote (`"标题"尾巴`), a quote not closed within {@link MAX_RECORD_BYTES} or
 *   by the end of the input, or a record that spans several lines but does not have the
 *   header's field count, is malformed: its FIRST line is reported and reading resumes on
 *   the next line (a stray quote never swallows the rest of the file).
 * - A quote inside an unquoted field (`ab"c`) is content.
 * - Trailing empty fields beyond the header's count (Excel's `a,b,c,,,`) are dropped.
 *
 * Memory: the pending record (at most {@link MAX_RECORD_BYTES}) plus one chunk.
 * Complexity O(bytes), plus at most one re-scan of {@link MAX_RECORD_BYTES} per stray quote.
 */
export class CsvTokenizer {
  /** The header's field count once known (0 until then): used for the multi-line check and trailing-field trimming. */
  expectedFields = 0;
  private starts = new Int32Array(64);
  private ends = new Int32Array(64);
  private quoted = new Uint8Array(64);
  private carry: Uint8Array = new Uint8Array(0);
  /** Line number of the first line of `carry`. */
  private line: number;
  /** Physical lines still to skip (title lines above the header), quote-unaware. */
  private skip: number;
  /** Skipping the rest of an over-long line. */
  private skippingLine = false;
  /** A CR ended the previous chunk while skipping: a LF at the start of the next belongs to it. */
  private pendingCR = false;
  /** Offset (in the whole input) just past the last byte pushed. */
  private pushed: number;
  /** Records starting at or after this offset are not read (see `stopAt`). */
  private readonly stopAt: number;
  /** `stop()` was called: stop at the next record start. */
  private stopRequested = false;
  /**
   * Once stopped (by `stopAt` or `stop()`): the offset where the first record not read
   * starts (every record before it has been handed to the sink); -1 until then. Further
   * pushes are ignored.
   */
  stoppedAt = -1;

  /**
   * @param options.skipLines title lines above the header to skip; `firstLine` the line
   *   number of the first byte pushed (default 1); `maxRecordBytes` see {@link MAX_RECORD_BYTES}.
   *   For reading a byte range of a larger input (the threaded reader of `govmedia/node`):
   *   `offset` = offset of the first byte pushed in the whole input, and `stopAt` = an
   *   offset: the tokenizer stops at the first record starting at or after it.
   */
  constructor(
    private readonly delimiter: number,
    private readonly sink: CsvRecordSink,
    options: { skipLines?: number; firstLine?: number; maxRecordBytes?: number; offset?: number; stopAt?: number } = {},
  ) {
    this.skip = options.skipLines ?? 0;
    this.line = options.firstLine ?? 1;
    this.limit = options.maxRecordBytes ?? MAX_RECORD_BYTES;
    this.pushed = options.offset ?? 0;
    this.stopAt = options.stopAt ?? Infinity;
  }
  private readonly limit: number;

  /** Line number of the next record (after `stoppedAt` is set: of the record there). */
  get nextLine(): number {
    return this.line;
  }

  /** Called from the sink: no record after the current one is read (`stoppedAt` says where the next starts). */
  stop(): void {
    this.stopRequested = true;
  }

  /** Feeds the next chunk of UTF-8 bytes (a BOM must already be stripped). */
  push(chunk: Uint8Array): void {
    if (chunk.length === 0 || this.stoppedAt >= 0) return;
    const base = this.pushed - this.carry.length;
    this.pushed += chunk.length;
    const buf = this.carry.length ? concat(this.carry, chunk) : chunk;
    let pos = 0;
    if (this.pendingCR) {
      this.pendingCR = false;
      if (buf[0] === LF) pos = 1;
    }
    pos = this.skipLines(buf, pos, false);
    if (pos === -1) { this.carry = new Uint8Array(0); return; }
    if (pos <= -2) { this.carry = buf.slice(-2 - pos); return; } // inside a title line: keep it whole
    const rest = this.scan(buf, pos, false, base);
    this.carry = rest < buf.length ? buf.slice(rest) : new Uint8Array(0);
  }

  /** Ends the input: the last record may lack its line break. */
  end(): void {
    const buf = this.carry;
    this.carry = new Uint8Array(0);
    if (buf.length === 0 || this.stoppedAt >= 0) return;
    const pos = this.skipLines(buf, 0, true);
    this.scan(buf, pos, true, this.pushed - buf.length);
  }

  /** Skips title lines and the rest of an over-long line; returns where scanning resumes, or -1 if the buffer is used up. */
  private skipLines(buf: Uint8Array, pos: number, final: boolean): number {
    const n = buf.length;
    while ((this.skip > 0 || this.skippingLine) && pos < n) {
      let p = pos;
      while (p < n && buf[p] !== LF && buf[p] !== CR) p++;
      if (p >= n) return final ? n : this.skippingLine ? -1 : -2 - pos; // need more
      if (buf[p] === CR) {
        if (p + 1 >= n && !final) {
          if (this.skippingLine) { this.pendingCR = true; this.line++; this.skippingLine = false; return -1; }
          return -2 - pos;
        }
        if (buf[p + 1] === LF) p++;
      }
      this.line++;
      if (this.skippingLine) this.skippingLine = false;
      else this.skip--;
      pos = p + 1;
    }
    return pos;
  }

  /**
   * Parses every complete record from `pos`; returns where the incomplete remainder
   * starts (everything before it has been handed to the sink).
   */
  private scan(buf: Uint8Array, pos: number, final: boolean, base: number): number {
    const n = buf.length, D = this.delimiter, limit = this.limit;
    let recStart = pos, nf = 0, lines = 0;
    while (pos <= n) {
      if (nf === 0 && (this.stopRequested || base + pos >= this.stopAt) && !this.skippingLine) {
        // A record starts here and is not to be read.
        this.stoppedAt = base + pos;
        return n;
      }
      if (pos === n) {
        // End of the buffer at a field start: complete only at the end of input after a delimiter.
        if (!final || nf === 0) return recStart;
      }
      if (nf === this.starts.length) this.grow();
      const starts = this.starts, ends = this.ends, quoted = this.quoted;
      let p: number;
      if (pos < n && buf[pos] === QUOTE) {
        p = pos + 1;
        let closed = false;
        for (;;) {
          while (p < n && buf[p] !== QUOTE) {
            const c = buf[p]!;
            if (c === LF) lines++;
            else if (c === CR && buf[p + 1] !== LF) { if (p + 1 >= n && !final) break; lines++; }
            p++;
          }
          if (p >= n) break;
          if (p + 1 >= n) { if (final) closed = true; break; }
          if (buf[p + 1] === QUOTE) { p += 2; continue; }
          closed = true;
          break;
        }
        if (!closed || p - recStart > limit) {
          if (p - recStart > limit || final) {
            // A stray quote: reject the record's first line, resume on the next one.
            pos = this.fallback(buf, recStart, final, 'CSV 格式有误：引号未闭合（本行有多余的 "？）');
            if (pos < 0) return recStart;
            recStart = pos; nf = 0; lines = 0;
            continue;
          }
          return recStart; // wait for more bytes
        }
        starts[nf] = pos + 1; ends[nf] = p; quoted[nf] = 1;
        p++;
        while (p < n && buf[p] === SPACE && D !== SPACE) p++;
        if (p < n && buf[p] !== D && buf[p] !== LF && buf[p] !== CR) {
          pos = this.fallback(buf, recStart, final, 'CSV 格式有误：闭合引号后还有文字（本行有多余的 "？）');
          if (pos < 0) return recStart;
          recStart = pos; nf = 0; lines = 0;
          continue;
        }
      } else {
        p = pos;
        while (p < n && buf[p] !== D && buf[p] !== LF && buf[p] !== CR) p++;
        starts[nf] = pos; ends[nf] = p; quoted[nf] = 0;
        if (p - recStart > limit) {
          // An over-long record: reject its first line (skipped to its end, never held whole).
          pos = this.fallback(buf, recStart, final, `CSV 格式有误：一条记录超过 ${limit} 字节`);
          if (pos < 0) return recStart;
          recStart = pos; nf = 0; lines = 0;
          continue;
        }
      }
      if (p >= n) {
        if (!final) return recStart;
        nf++;
        this.emit(buf, nf, lines);
        return n;
      }
      if (buf[p] === CR) {
        if (p + 1 >= n && !final) return recStart; // CRLF split across chunks?
        if (buf[p + 1] === LF) p++;
      }
      nf++;
      if (buf[p] === D) { pos = p + 1; if (pos === n && final) { starts[nf] = ends[nf] = n; quoted[nf] = 0; nf++; this.emit(buf, nf, lines); return n; } continue; }
      // A line break: the record is complete.
      if (lines > 0 && this.expectedFields > 0 && this.trimmed(nf) !== this.expectedFields) {
        pos = this.fallback(buf, recStart, final, `CSV 格式有误：带引号的字段跨了 ${lines + 1} 行，但这条记录没有表头的 ${this.expectedFields} 个字段（本行有多余的 "？）`);
        if (pos < 0) return recStart;
        recStart = pos; nf = 0; lines = 0;
        continue;
      }
      this.emit(buf, nf, lines);
      pos = p + 1;
      recStart = pos; nf = 0; lines = 0;
    }
    return recStart;
  }

  /** Field count without trailing empty fields beyond the header's count. */
  private trimmed(nf: number): number {
    const m = this.expectedFields;
    while (m > 0 && nf > m && this.starts[nf - 1] === this.ends[nf - 1]) nf--;
    return nf;
  }

  private emit(buf: Uint8Array, nf: number, lines: number): void {
    this.sink.record(buf, this.starts, this.ends, this.quoted, this.trimmed(nf), this.line);
    this.line += lines + 1;
  }

  /** Rejects the record at `recStart` by its first line; returns the start of the next line, or -1 when that line break is not in the buffer yet. */
  private fallback(buf: Uint8Array, recStart: number, final: boolean, reason: string): number {
    const n = buf.length;
    let p = recStart;
    while (p < n && buf[p] !== LF && buf[p] !== CR) p++;
    if (p >= n && !final) {
      if (n - recStart <= this.limit) return -1; // wait for the end of the line
      // No line break within the limit: report now, then skip the rest of the line as it comes.
      this.sink.malformed(this.line, reason);
      this.skippingLine = true;
      return n;
    }
    if (p < n && buf[p] === CR) {
      if (p + 1 >= n && !final) return -1;
      if (buf[p + 1] === LF) p++;
    }
    this.sink.malformed(this.line, reason);
    this.line++;
    return Math.min(p + 1, n);
  }

  private grow(): void {
    const s = new Int32Array(this.starts.length * 2); s.set(this.starts); this.starts = s;
    const e = new Int32Array(this.ends.length * 2); e.set(this.ends); this.ends = e;
    const q = new Uint8Array(this.quoted.length * 2); q.set(this.quoted); this.quoted = q;
  }
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}
