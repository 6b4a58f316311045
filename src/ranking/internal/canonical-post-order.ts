import { POST_METRICS } from '../../stats/account-fields.js';
import type { PostsTable } from '../../table/posts-table.js';

/**
 * Sorts an account's post rows by what a bootstrap draw reads (position, originality, each
 * metric, NaN as 0), then time, so rows that still tie are interchangeable for the draw and
 * the sorted list does not depend on the order of the table's rows.
 * @internal
 * @param table The posts table.
 * @param rows Row positions of one account's posts (sorted in place).
 * @returns The same array, sorted.
 */
export function canonicalPostOrder(table: PostsTable, rows: Uint32Array): Uint32Array {
  const cols = POST_METRICS.map((m) => table[m]);
  return rows.sort((i, j) => {
    let d = table.position[i]! - table.position[j]!;
    if (d !== 0) return d;
    d = table.original[i]! - table.original[j]!;
    if (d !== 0) return d;
    for (const c of cols) {
      d = (c[i]! || 0) - (c[j]! || 0);
      if (d !== 0) return d;
    }
    return (table.time[i]! || 0) - (table.time[j]! || 0);
  });
}
