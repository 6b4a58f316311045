import type { Matrix } from '../model/schemas.js';
import type { PostsTable } from '../table/posts-table.js';

/**
 * A matrix's totals over a period: accounts, active accounts (posted in the period),
 * posts, reads, and an aggregate index comparable across matrices: the mean of the
 * members' index values (e.g. WCI from `scoreAccounts`, given as `scores`), members
 * without a value counting as 0 so that silent members pull the matrix down (our
 * definition), plus the sum. Complexity O(posts + members).
 * @example matrixTotals(matrix, table, { scores }).meanIndex
 */
export function matrixTotals(matrix: Matrix, posts: PostsTable, options: { period?: { start: number; end: number }; scores?: ReadonlyMap<string, number | null> } = {}) {
  const ids = [matrix.lead, ...matrix.members.filter((m) => m !== matrix.lead)];
  const inMatrix = new Set(ids);
  const lo = options.period?.start ?? -Infinity, hi = options.period?.end ?? Infinity;
  const active = new Set<string>();
  let n = 0, reads = 0;
  for (let i = 0; i < posts.size; i++) {
    const t = posts.time[i]!;
    if (t < lo || t >= hi) continue;
    const id = posts.accountIds[posts.account[i]!]!;
    if (!inMatrix.has(id)) continue;
    active.add(id);
    n++;
    reads += posts.reads[i]! || 0;
  }
  const values = ids.map((id) => options.scores?.get(id) ?? 0);
  const sumIndex = options.scores ? values.reduce((a, b) => a + b, 0) : null;
  return { matrix: matrix.id, accounts: ids.length, activeAccounts: active.size, posts: n, reads, sumIndex, meanIndex: sumIndex === null ? null : sumIndex / ids.length };
}
