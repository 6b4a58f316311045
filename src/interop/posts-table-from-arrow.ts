import type { Data, Table, Vector } from 'apache-arrow';
import { ORIGINAL_UNKNOWN, PostsTable } from '../table/posts-table.js';

/** Arrow column names read, with the camelCase field names also accepted. */
const NAMES = {
  account: ['account_id', 'accountId'], time: ['published_at', 'publishedAt'], reads: ['reads'], looks: ['looks'], likes: ['likes'],
  shares: ['shares'], comments: ['comments'], position: ['position'], original: ['is_original', 'isOriginal'],
  ids: ['id'], titles: ['title'], texts: ['text'], pushIds: ['push_id', 'pushId'], repostOf: ['repost_of', 'repostOf'],
} as const;

// Arrow type ids (apache-arrow's Type enum), read without importing the library.
const T = { Int: 2, Float: 3, Utf8: 5, Bool: 6, Date: 8, Timestamp: 10, LargeUtf8: 20, Dictionary: -1 } as const;

const isValid = (d: Data, i: number) => d.nullCount === 0 || !d.nullBitmap || d.nullBitmap.length === 0 || ((d.nullBitmap[(d.offset + i) >> 3]! >> ((d.offset + i) & 7)) & 1) === 1;

/**
 * A posts table from an Apache Arrow table (apache-arrow's `Table`, e.g. from DuckDB,
 * Polars, DuckDB-wasm, `tableFromIPC`, or {@link postsTableToArrow}). Columns by name:
 * `account_id` (Utf8 or Dictionary<Utf8, int>), `published_at` (Timestamp of any unit,
 * Date, or a number of epoch ms), `reads` `looks` `likes` `shares` `comments` (any
 * numeric type), `position` (integer, 1 = headline), `is_original` (Bool), and the
 * optional Utf8 `id` `title` `text` `push_id` `repost_of`; camelCase names also work.
 * Nulls are missing values (metrics NaN, position 0, flag unknown, strings absent).
 *
 * No copy where the types match (one record batch): Float64 metrics whose null slots
 * already hold NaN (as {@link postsTableToArrow} writes them) and a Uint16 position
 * whose null slots hold 0 are used as they are; Dictionary indices of type
 * Uint32/Int32 are viewed, not copied. Everything else is converted column by column.
 * Synchronous; reads the Arrow structures directly, so apache-arrow is not loaded here.
 *
 * @throws {TypeError} not an Arrow table, a missing or null account or time, a column of an unsupported type
 * @returns The posts table.
 * @example postsTableFromArrow(await postsTableToArrow(t)).reads === t.reads // true: the same Float64Array
 */
export function postsTableFromArrow(arrow: Table): PostsTable {
  const fn = 'postsTableFromArrow';
  if (!arrow || typeof (arrow as Table).getChild !== 'function' || typeof arrow.numRows !== 'number') throw new TypeError(`${fn}: expected an apache-arrow Table`);
  const n = arrow.numRows;
  const col = (key: keyof typeof NAMES): Vector | undefined => {
    for (const name of NAMES[key]) { const v = arrow.getChild(name); if (v) return v as Vector; }
    return undefined;
  };
  const typeId = (v: Vector) => (v.type as { typeId: number }).typeId;
  const must = (key: 'account' | 'time') => {
    const v = col(key);
    if (!v) throw new TypeError(`${fn}: no ${NAMES[key][0]} column (columns: ${arrow.schema.fields.map((f) => f.name).join(', ')})`);
    return v;
  };

  // account: Dictionary<Utf8, int> (indices viewed) or Utf8 (dictionary built).
  const av = must('account');
  let account: Uint32Array, accountIds: string[];
  if (typeId(av) === T.Dictionary && av.data.length === 1 && av.data[0]!.nullCount === 0 && (av.data[0]!.values instanceof Uint32Array || av.data[0]!.values instanceof Int32Array)) {
    const d = av.data[0]!;
    const dict = d.dictionary!;
    accountIds = Array.from({ length: dict.length }, (_, k) => String(dict.get(k)));
    const vals = d.values as Uint32Array | Int32Array;
    account = vals instanceof Uint32Array ? (vals.length === n ? vals : vals.subarray(0, n)) : new Uint32Array(vals.buffer, vals.byteOffset, n);
    for (let i = 0; i < n; i++) if (account[i]! >= accountIds.length) throw new TypeError(`${fn}: row ${i}: account_id dictionary index out of range`);
    if (accountIds.some((id) => id === '')) throw new TypeError(`${fn}: account_id dictionary holds an empty id`);
  } else {
    const ids = new Map<string, number>();
    accountIds = [];
    account = new Uint32Array(n);
    for (let i = 0; i < n; i++) {
      const s = av.get(i);
      if (s === null || s === undefined || String(s) === '') throw new TypeError(`${fn}: row ${i}: account_id is missing`);
      const id = String(s);
      let k = ids.get(id);
      if (k === undefined) { k = accountIds.length; ids.set(id, k); accountIds.push(id); }
      account[i] = k;
    }
  }

  // time: Timestamp (any unit; values as epoch ms), Date, or numbers of epoch ms.
  const tv = must('time');
  const time = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const x = tv.get(i) as unknown;
    const ms = x instanceof Date ? x.getTime() : typeof x === 'bigint' ? Number(x) : typeof x === 'number' ? x : NaN;
    if (!Number.isFinite(ms)) throw new TypeError(`${fn}: row ${i}: published_at is ${x === null ? 'missing' : `not an instant (${String(x)})`}`);
    time[i] = ms;
  }

  const metric = (key: 'reads' | 'looks' | 'likes' | 'shares' | 'comments'): Float64Array => {
    const v = col(key);
    if (!v) return new Float64Array(n).fill(NaN);
    if (typeId(v) === T.Float && v.data.length === 1 && v.data[0]!.values instanceof Float64Array) {
      const d = v.data[0]!, all = d.values as Float64Array, vals = all.length === n ? all : all.subarray(0, n);
      let nanAtNulls = true;
      if (d.nullCount > 0) for (let i = 0; i < n && nanAtNulls; i++) if (!isValid(d, i) && !Number.isNaN(vals[i]!)) nanAtNulls = false;
      if (nanAtNulls) return vals; // zero copy
    }
    if (typeId(v) !== T.Float && typeId(v) !== T.Int) throw new TypeError(`${fn}: ${key} must be numeric, got ${String(v.type)}`);
    const out = new Float64Array(n);
    for (let i = 0; i < n; i++) { const x = v.get(i) as number | bigint | null; out[i] = x === null ? NaN : Number(x); }
    return out;
  };

  let position: Uint16Array = new Uint16Array(n);
  const pv = col('position');
  if (pv) {
    const d = pv.data[0];
    if (pv.data.length === 1 && d!.values instanceof Uint16Array && (d!.nullCount === 0 || Array.from({ length: n }, (_, i) => i).every((i) => isValid(d!, i) || d!.values[i] === 0))) position = d!.values.length === n ? (d!.values as Uint16Array) : (d!.values as Uint16Array).subarray(0, n);
    else for (let i = 0; i < n; i++) {
      const x = pv.get(i) as number | bigint | null;
      if (x === null) continue;
      const p = Number(x);
      if (!(Number.isInteger(p) && p >= 1 && p <= 65535)) throw new TypeError(`${fn}: row ${i}: position ${p} is not 1..65535`);
      position[i] = p;
    }
  }

  const original = new Uint8Array(n).fill(ORIGINAL_UNKNOWN);
  const ov = col('original');
  if (ov) for (let i = 0; i < n; i++) { const x = ov.get(i) as boolean | null; if (x !== null) original[i] = x ? 1 : 0; }

  const strings = (key: 'ids' | 'titles' | 'texts' | 'pushIds' | 'repostOf') => {
    const v = col(key);
    if (!v) return undefined;
    const out: (string | undefined)[] = new Array(n);
    for (let i = 0; i < n; i++) { const s = v.get(i); out[i] = s === null || s === undefined ? undefined : String(s); }
    return out;
  };

  return new PostsTable({
    accountIds, account, time, reads: metric('reads'), looks: metric('looks'), likes: metric('likes'), shares: metric('shares'), comments: metric('comments'),
    position, original, ids: strings('ids'), titles: strings('titles'), texts: strings('texts'), pushIds: strings('pushIds'), repostOf: strings('repostOf'),
  });
}
