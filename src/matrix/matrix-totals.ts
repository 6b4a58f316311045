import type { Matrix } from '../model/schemas.js';
import { accumulateAccountFields } from '../stats/accumulate-account-fields.js';
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
 * @returns Accounts, active accounts, posts, reads and the mean and sum of the members' index values.
 * @example matrixTotals(matrix, table, { scores }).meanIndex
 */
export function matrixTotals(matrix: Matrix, posts: PostsTable, options: MatrixTotalsOptions = {}): MatrixTotals {
  const ids = [matrix.lead, ...matrix.members.filter((m) => m !== matrix.lead)];
  // Posts and reads per member in the period (the per-account pass, src/stats). Reads are
  // summed per account, then over members (sums of whole counts: exact in any order).
  const f = accumulateAccountFields(posts, { fields: ['articles', 'reads'], ...(options.period ? { period: options.period } : {}) }).fields;
  let active = 0, n = 0, reads = 0;
  for (const id of new Set(ids)) {
    const k = posts.accountIndex(id);
    if (k === undefined || f.articles![k] === 0) continue;
    active++;
    n += f.articles![k]!;
    reads += f.reads![k]!;
  }
  const values = ids.map((id) => options.scores?.get(id) ?? 0);
  const sumIndex = options.scores ? values.reduce((a, b) => a + b, 0) : null;
  return { matrix: matrix.id, accountCount: ids.length, activeAccountCount: active, posts: n, reads, sumIndex, meanIndex: sumIndex === null ? null : sumIndex / ids.length };
}
