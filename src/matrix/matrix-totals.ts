import type { Matrix } from '../model/schemas.js';
import type { PostsTable } from '../table/posts-table.js';
import type { Period } from '../time/period.js';

/** Options of {@link matrixTotals}. */
export interface MatrixTotalsOptions {
  /** Only posts in this period (default: all). Any {@link Period} fits. */
  period?: Pick<Period, 'start' | 'end'>;
  /** Index value per account id (e.g. WCI from `scoreAccounts`) for the aggregate index. */
  scores?: ReadonlyMap<string, number | null>;
}

/** The totals of one matrix ({@link matrixTotals}). */
export interface MatrixTotals {
  matrix: string;
  /** Members, lead included. */
  accountCount: number;
  /** Members with a post in the period. */
  activeAccountCount: number;
  posts: number;
  reads: number;
  /** Sum of the members' index values; null without `scores`. */
  sumIndex: number | null;
  /** Mean over members (a member without a value counts 0); null without `scores`. */
  meanIndex: number | null;
}

/**
 * A matrix's totals over a period: accounts, active accounts (posted in the period),
 * posts, reads, and an aggregate index comparable across matrices: the mean of the
 * members' index values (e.g. WCI from `scoreAccounts`, given as `scores`), members
 * without a value counting as 0 so that silent members pull the matrix down (our
 * definition), plus the sum. Complexity O(posts + members).
 * @example matrixTotals(matrix, table, { scores }).meanIndex
 */
export function matrixTotals(matrix: Matrix, posts: PostsTable, options: MatrixTotalsOptions = {}): MatrixTotals {
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
  return { matrix: matrix.id, accountCount: ids.length, activeAccountCount: active.size, posts: n, reads, sumIndex, meanIndex: sumIndex === null ? null : sumIndex / ids.length };
}
