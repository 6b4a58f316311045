import Papa from 'papaparse';
import { textChunks, type InputEncoding, type TextSource } from './text-chunks.js';

/** Input formats; `undefined` sniffs from the first character (`[` JSON, `{` NDJSON, else CSV). */
export type InputFormat = 'csv' | 'json' | 'ndjson';

/** One input record before field parsing: its 1-based data row and its cells by header. */
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
 * Splits a source into raw records, streaming. CSV goes through papaparse (a
 * well-kept RFC 4180 parser: quotes, escaped quotes, embedded newlines) on
 * record-aligned slices: we only find the last newline outside quotes in the buffer,
 * so papaparse never sees half a record and the text is never held whole. Blank lines
 * count as rows (so row numbers match the spreadsheet) but yield nothing.
 * JSON arrays are parsed whole (JSON cannot be split safely); NDJSON line by line.
 */
export async function* rawRecords(
  source: TextSource,
  options: { format?: InputFormat; encoding?: InputEncoding } = {},
): AsyncGenerator<RawRecord | RawRecordError> {
  const chunks = textChunks(source, options.encoding);
  let format = options.format;
  let buffered = '';
  // Sniff the format from the first non-blank character (pulling chunks by hand:
  // breaking out of a for-await loop would close the generator).
  if (!format) {
    for (;;) {
      const next = await chunks.next();
      if (next.done) break;
      buffered += next.value;
      const t = buffered.trimStart();
      if (t.length > 0) {
        format = t[0] === '[' ? 'json' : t[0] === '{' ? 'ndjson' : 'csv';
        break;
      }
    }
    format ??= 'csv';
  }
  async function* rest(): AsyncGenerator<string> {
    if (buffered) yield buffered;
    for (;;) {
      const next = await chunks.next();
      if (next.done) return;
      yield next.value;
    }
  }
  if (format === 'csv') yield* csvRecords(rest());
  else if (format === 'ndjson') yield* ndjsonRecords(rest());
  else if (format === 'json') yield* jsonRecords(rest());
  else throw new RangeError(`readPosts: unknown format "${String(format)}" (csv, json, ndjson)`);
}

async function* csvRecords(chunks: AsyncIterable<string>): AsyncGenerator<RawRecord | RawRecordError> {
  let headers: string[] | null = null;
  let newline: '\n' | '\r\n' = '\n';
  let carry = '';
  let row = 0;
  let inQuotes = false;
  let scanned = 0; // carry[0..scanned) already scanned; inQuotes is the state there
  let lastBreak = -1; // index of the last newline outside quotes in carry
  const flush = function* (text: string): Generator<RawRecord | RawRecordError> {
    if (!text) return;
    const parsed = Papa.parse<string[]>(text, { header: false, delimiter: ',', newline, skipEmptyLines: false });
    const data = parsed.data;
    // A slice ends with a newline, so papaparse reports one empty trailing record.
    const n = data.length > 0 && data[data.length - 1]!.length === 1 && data[data.length - 1]![0] === '' && text.endsWith('\n') ? data.length - 1 : data.length;
    const errorRows = new Map<number, string>();
    for (const e of parsed.errors) if (e.row !== undefined && e.code !== 'UndetectableDelimiter') errorRows.set(e.row, e.message);
    for (let k = 0; k < n; k++) {
      const cells = data[k]!;
      if (!headers) {
        headers = cells.map((h, i) => (i === 0 ? h.replace(/^\uFEFF/, '') : h).trim());
        continue;
      }
      row++;
      const err = errorRows.get(k);
      if (err) yield { row, error: `malformed CSV: ${err}` };
      else if (cells.length === 1 && cells[0] === '') continue; // blank line
      else if (cells.length !== headers.length)
        yield { row, error: `has ${cells.length} fields, the header has ${headers.length}` };
      else yield { row, headers, values: cells };
    }
  };
  for await (const chunk of chunks) {
    carry += chunk;
    if (!headers && scanned === 0) {
      const nl = carry.indexOf('\n');
      if (nl > 0 && carry[nl - 1] === '\r') newline = '\r\n';
    }
    for (let i = scanned; i < carry.length; i++) {
      const c = carry.charCodeAt(i);
      if (c === 34 /* " */) inQuotes = !inQuotes;
      else if (c === 10 /* \n */ && !inQuotes) lastBreak = i;
    }
    scanned = carry.length;
    if (lastBreak >= 0) {
      const text = carry.slice(0, lastBreak + 1);
      carry = carry.slice(lastBreak + 1);
      scanned = carry.length; // the rest was scanned; inQuotes state is still right
      lastBreak = -1;
      yield* flush(text);
    }
  }
  if (carry) yield* flush(carry.endsWith('\n') ? carry : carry + newline);
}

async function* ndjsonRecords(chunks: AsyncIterable<string>): AsyncGenerator<RawRecord | RawRecordError> {
  let carry = '';
  let row = 0;
  const line = function* (l: string): Generator<RawRecord | RawRecordError> {
    row++;
    if (l.trim() === '') return;
    try {
      const obj: unknown = JSON.parse(l);
      yield objectRecord(obj, row);
    } catch (e) {
      yield { row, error: `not valid JSON: ${(e as Error).message}` };
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

async function* jsonRecords(chunks: AsyncIterable<string>): AsyncGenerator<RawRecord | RawRecordError> {
  let text = '';
  for await (const c of chunks) text += c;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    yield { row: 0, error: `not valid JSON: ${(e as Error).message}` };
    return;
  }
  if (!Array.isArray(data)) {
    yield { row: 0, error: 'JSON input must be an array of records' };
    return;
  }
  for (let i = 0; i < data.length; i++) yield objectRecord(data[i], i + 1);
}

function objectRecord(obj: unknown, row: number): RawRecord | RawRecordError {
  if (typeof obj !== 'object' || obj === null || Array.isArray(obj)) return { row, error: 'record is not a JSON object' };
  const headers = Object.keys(obj);
  return { row, headers, values: headers.map((h) => (obj as Record<string, unknown>)[h]) };
}
