import type { PostsTable } from '../table/posts-table.js';
import { lshBandKeys } from './lsh-band-keys.js';
import type { MinHashLshOptions } from './internal/options.js';

/** One LSH band key of one post, as a row for an external engine. */
export interface LshBandKeyRow {
  /** Row index in the table. */
  post: number;
  /** Post id, when the table has ids. */
  id?: string;
  accountId: string;
  band: number;
  /** Unsigned 32-bit band key. */
  key: number;
}

/**
 * The LSH band keys of a posts table as rows `{ post, id, accountId, band, key }`,
 * so the candidate search of `findHomogeneousAccounts` can run as a self-join in
 * DuckDB or Spark at national scale:
 *
 *   SELECT DISTINCT x.post AS a, y.post AS b FROM keys x JOIN keys y
 *     ON x.band = y.band AND x.key = y.key AND x.post < y.post AND x.accountId <> y.accountId
 *
 * then verify each candidate with `jaccardSimilarity` (exact). Posts without
 * shingles yield no rows. Texts: `texts`, else `titles` (as the detector's 'auto').
 * Source: banded LSH (Mining of Massive Datasets ch. 3). Complexity O(total
 * characters); keys are computed in batches of 65,536 posts so memory stays bounded.
 *
 * @throws {TypeError} when `table` is not a `PostsTable` or has no texts or titles column.
 * @throws {RangeError} for LSH options out of range (as {@link lshBandKeys}).
 * @example
 * const rows = [...lshBandKeyRows(table)]; // the 2-post table of findHomogeneousAccounts' example → 32 rows (16 bands)
 * rows[0] // { post: 0, accountId: 'A', band: 0, key: 1149192826 } (default options)
 */
export function* lshBandKeyRows(table: PostsTable, options: MinHashLshOptions = {}): Generator<LshBandKeyRow> {
  if (!table || !(table.account instanceof Uint32Array)) throw new TypeError('lshBandKeyRows: table must be a PostsTable');
  const texts = table.texts, titles = table.titles;
  if (!texts && !titles) throw new TypeError('lshBandKeyRows: the table has no texts or titles column');
  const BATCH = 65536;
  for (let s = 0; s < table.size; s += BATCH) {
    const e = Math.min(table.size, s + BATCH);
    const batch: (string | undefined)[] = [];
    for (let i = s; i < e; i++) batch.push(texts?.[i] ?? titles?.[i]);
    const k = lshBandKeys(batch, options);
    for (let i = 0; i < batch.length; i++) {
      if (k.signed[i] !== 1) continue;
      const post = s + i;
      const id = table.ids?.[post];
      for (let b = 0; b < k.bands; b++) {
        const row: LshBandKeyRow = { post, accountId: table.accountIds[table.account[post]!]!, band: b, key: k.keys[b * k.size + i]! };
        if (id !== undefined) row.id = id;
        yield row;
      }
    }
  }
}
