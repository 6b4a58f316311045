import type { Table } from 'apache-arrow';
import { ORIGINAL_UNKNOWN, type PostsTable } from '../table/posts-table.js';

/**
 * Converts a posts table to an Apache Arrow table (apache-arrow, loaded on first use by
 * dynamic `import()`), for DuckDB, Polars, DuckDB-wasm or an Arrow IPC file. Columns, as
 * in `writePostsParquet`: `account_id` Dictionary<Utf8, Uint32>, `published_at`
 * Timestamp(ms, UTC), `reads` `looks` `likes` `shares` `comments` Float64, `position`
 * Uint16, `is_original` Bool, and `id` `title` `text` `push_id` `repost_of` Utf8 when
 * the table has them. Missing values are Arrow nulls (validity bitmaps).
 *
 * No copy where the types match: the dictionary indices are the table's `account`
 * Uint32Array, the metric columns its Float64Arrays and `position` its Uint16Array
 * (a validity bitmap marks NaN / 0 as null; the values buffer is the same memory).
 * Copied: the time (Arrow timestamps are int64), the flag (Arrow booleans are bits) and
 * the strings. Round trip: {@link postsTableFromArrow}.
 * @throws {TypeError} not a PostsTable
 * @throws {RangeError} a publication time that is not a whole millisecond
 * @returns An apache-arrow `Table`.
 * @example (await postsTableToArrow(table)).getChild('reads')!.data[0]!.values === table.reads // true
 */
export async function postsTableToArrow(table: PostsTable): Promise<Table> {
  if (!table || !(table.account instanceof Uint32Array) || !(table.time instanceof Float64Array)) throw new TypeError('postsTableToArrow: table must be a PostsTable');
  const A = await import('apache-arrow');
  const n = table.size;
  const bitmap = (isNull: (i: number) => boolean): { nullBitmap: Uint8Array; nullCount: number } | undefined => {
    let nulls = 0;
    const bm = new Uint8Array((n + 7) >> 3);
    for (let i = 0; i < n; i++) if (isNull(i)) nulls++; else bm[i >> 3]! |= 1 << (i & 7);
    return nulls === 0 ? undefined : { nullBitmap: bm, nullCount: nulls };
  };
  const f64 = (col: Float64Array) => A.makeVector(A.makeData({ type: new A.Float64(), length: n, data: col, ...bitmap((i) => Number.isNaN(col[i]!)) }));
  const time = new BigInt64Array(n);
  for (let i = 0; i < n; i++) {
    const t = table.time[i]!;
    if (!Number.isInteger(t)) throw new RangeError(`postsTableToArrow: row ${i}: publication time ${t} is not a whole millisecond`);
    time[i] = BigInt(t);
  }
  const dict = A.vectorFromArray(table.accountIds as string[], new A.Utf8());
  const columns: Record<string, unknown> = {
    account_id: A.makeVector(A.makeData({ type: new A.Dictionary(new A.Utf8(), new A.Uint32()), length: n, data: table.account, dictionary: dict })),
    published_at: A.makeVector(A.makeData({ type: new A.TimestampMillisecond('UTC'), length: n, data: time })),
    reads: f64(table.reads), looks: f64(table.looks), likes: f64(table.likes), shares: f64(table.shares), comments: f64(table.comments),
    position: A.makeVector(A.makeData({ type: new A.Uint16(), length: n, data: table.position, ...bitmap((i) => table.position[i] === 0) })),
    is_original: A.vectorFromArray(Array.from(table.original, (o) => (o === ORIGINAL_UNKNOWN ? null : o === 1)), new A.Bool()),
  };
  for (const [name, col] of [['id', table.ids], ['title', table.titles], ['text', table.texts], ['push_id', table.pushIds], ['repost_of', table.repostOf]] as const)
    if (col) columns[name] = A.vectorFromArray(Array.from({ length: n }, (_, i) => col[i] ?? null), new A.Utf8());
  return new A.Table(columns as unknown as Record<string, import("apache-arrow").Vector>);
}
