import { ORIGINAL_UNKNOWN, type PostsTable } from '../table/posts-table.js';

/**
 * Writes a posts table as a Parquet file that DuckDB (`read_parquet`), Spark, Polars,
 * pandas/pyarrow and `readPostsParquet` read back: columns `account_id` (UTF8),
 * `published_at` (INT64 TIMESTAMP_MILLIS, UTC instants), `reads`, `looks`, `likes`,
 * `shares`, `comments` (DOUBLE), `position` (INT32, 1 = headline), `is_original`
 * (BOOLEAN), and, when the table has them, `id`, `title`, `text`, `push_id`,
 * `repost_of` (UTF8). Missing values are Parquet nulls (a missing metric, an unknown
 * position or original flag, an absent string). Column names are `toSQL`'s defaults,
 * so the file loads straight into the table the SQL reads.
 *
 * Writer: hyparquet-writer (pure JavaScript, the companion of the hyparquet reader,
 * runs in browsers), loaded on first use by dynamic `import()`.
 * @throws {TypeError} not a PostsTable
 * @throws {RangeError} a publication time that is not a whole millisecond
 * @returns The Parquet file's bytes.
 * @example const bytes = await writePostsParquet(table); // Uint8Array starting with PAR1
 */
export async function writePostsParquet(table: PostsTable): Promise<Uint8Array> {
  if (!table || !(table.account instanceof Uint32Array) || !(table.time instanceof Float64Array)) throw new TypeError('writePostsParquet: table must be a PostsTable');
  const n = table.size;
  for (let i = 0; i < n; i++) if (!Number.isInteger(table.time[i]!)) throw new RangeError(`writePostsParquet: row ${i}: publication time ${table.time[i]} is not a whole millisecond`);
  const { parquetWriteBuffer } = await import('hyparquet-writer');
  const metric = (col: Float64Array) => Array.from(col, (v) => (Number.isNaN(v) ? null : v));
  const strings = (col: readonly (string | undefined)[] | undefined) => col && Array.from({ length: n }, (_, i) => col[i] ?? null);
  const columnData: { name: string; data: unknown[]; type: 'STRING' | 'TIMESTAMP' | 'DOUBLE' | 'INT32' | 'BOOLEAN' }[] = [
    { name: 'account_id', data: Array.from(table.account, (a) => table.accountIds[a]!), type: 'STRING' },
    { name: 'published_at', data: Array.from(table.time), type: 'TIMESTAMP' },
    { name: 'reads', data: metric(table.reads), type: 'DOUBLE' },
    { name: 'looks', data: metric(table.looks), type: 'DOUBLE' },
    { name: 'likes', data: metric(table.likes), type: 'DOUBLE' },
    { name: 'shares', data: metric(table.shares), type: 'DOUBLE' },
    { name: 'comments', data: metric(table.comments), type: 'DOUBLE' },
    { name: 'position', data: Array.from(table.position, (p) => (p === 0 ? null : p)), type: 'INT32' },
    { name: 'is_original', data: Array.from(table.original, (o) => (o === ORIGINAL_UNKNOWN ? null : o === 1)), type: 'BOOLEAN' },
  ];
  for (const [name, col] of [['id', table.ids], ['title', table.titles], ['text', table.texts], ['push_id', table.pushIds], ['repost_of', table.repostOf]] as const) {
    const data = strings(col);
    if (data) columnData.push({ name, data, type: 'STRING' });
  }
  return new Uint8Array(parquetWriteBuffer({ columnData } as Parameters<typeof parquetWriteBuffer>[0]));
}
