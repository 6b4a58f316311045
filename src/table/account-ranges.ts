import { clusterByAccount, type ClusteredPosts } from './cluster-by-account.js';
import type { PostsTable } from './posts-table.js';

/** Each account's posts within a period, as positions in the clustered columns. */
export interface AccountRanges {
  clustered: ClusteredPosts;
  /** Account a's posts in the period are clustered positions `start[a] … end[a] − 1`. */
  start: Uint32Array;
  end: Uint32Array;
}

/**
 * First clustered position in `[lo, hi)` whose time is `≥ t` (times nondecreasing
 * there; NaN sorts last and is never `< t`). Two of these per account give a period.
 * Complexity O(log(hi − lo)).
 * @returns The position.
 * @example lowerBound(clusterByAccount(table).time, 0, table.size, Date.UTC(2024, 0, 1))
 */
export function lowerBound(time: Float64Array, lo: number, hi: number, t: number): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (time[mid]! < t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The per-account pass over a posts table (SPEC §1 columnar table, issue 15): for
 * every account, where its posts in `[period.start, period.end)` lie in the
 * account-major clustered columns (`clusterByAccount`, built once and cached): two
 * binary searches per account, no test per post. Loop `for p in start[a] … end[a] − 1`
 * over `clustered.column('reads')` etc. to stream one account's posts, oldest first.
 * Without a period, every post.
 *
 * Complexity O(accounts × log posts) after clustering.
 * @returns The clustered posts and each account's `[start, end)` range in them.
 * @example
 * const { clustered, start, end } = accountRanges(table, monthPeriod(2024, 9));
 * const reads = clustered.column('reads');
 * let total = 0; for (let p = start[0]!; p < end[0]!; p++) total += reads[p] || 0; // account 0's reads in September
 */
export function accountRanges(table: PostsTable | ClusteredPosts, period?: { start: number; end: number }): AccountRanges {
  const clustered = 'offsets' in table ? table : clusterByAccount(table);
  const k = clustered.accounts, off = clustered.offsets, time = clustered.time;
  const start = new Uint32Array(k), end = new Uint32Array(k);
  const lo = period?.start ?? -Infinity, hi = period?.end ?? Infinity;
  for (let a = 0; a < k; a++) {
    const s = off[a]!, e = off[a + 1]!;
    const p = lo === -Infinity ? s : lowerBound(time, s, e, lo);
    start[a] = p;
    end[a] = hi === Infinity ? lastFinite(time, p, e) : lowerBound(time, p, e, hi);
  }
  return { clustered, start, end };
}

/** With no upper bound: every post except NaN / +Infinity times (as the row-order aggregation: `t < end`). */
function lastFinite(time: Float64Array, lo: number, hi: number): number {
  while (hi > lo && !(time[hi - 1]! < Infinity)) hi--;
  return hi;
}
