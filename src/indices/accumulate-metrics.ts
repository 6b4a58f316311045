import type { AggregateField } from '../stats/aggregate.js';
import type { PostsTable } from '../table/posts-table.js';

/** The metric columns of a posts table the fused kernel can accumulate. */
const METRICS = ['reads', 'looks', 'likes', 'shares', 'comments'] as const;
type Metric = (typeof METRICS)[number];
const cap = (m: Metric) => m[0]!.toUpperCase() + m.slice(1);

/** Interleaved per-account accumulators: field `f` of account `a` is `acc[a * stride + slot[f]]`. */
export interface MetricAccumulators {
  acc: Float64Array;
  stride: number;
  slot: ReadonlyMap<AggregateField, number>;
}

/**
 * Internal fast path of `scoreAccounts` (not exported from the barrel): accumulates
 * only what an index needs (n, nt, and sum / headline sum / maximum of at most four
 * metric columns) in one pass, interleaved per account (one short record per account,
 * so a post touches one or two cache lines; with 10^5 accounts the random writes
 * dominate). Returns `null` when a field is outside that shape (e.g. `originals`),
 * and the caller falls back to `aggregateByAccount`. Same conventions: NaN adds 0 to
 * sums and does not raise maxima.
 *
 * Written out by hand instead of generated with `new Function` so that it runs under
 * a strict Content-Security-Policy in the browser. Complexity O(posts + accounts).
 * @internal
 * @param table The posts.
 * @param needed The aggregate fields the index needs.
 * @param period Only posts in `[start, end)` count; undefined = all.
 * @returns The per-account accumulators, or `null` when a field is outside the fast path.
 */
export function accumulateMetrics(table: PostsTable, needed: Iterable<AggregateField>, period: { start: number; end: number } | undefined): MetricAccumulators | null {
  const metrics: Metric[] = [];
  let pushes = false;
  for (const f of needed) {
    if (f === 'pushes') pushes = true;
    if (f === 'articles' || f === 'pushes') continue;
    const m = METRICS.find((x) => f === x || f === `headline${cap(x)}` || f === `max${cap(x)}`);
    if (m === undefined) return null;
    if (!metrics.includes(m)) metrics.push(m);
  }
  if (metrics.length > 4) return null;
  const nm = metrics.length;
  // Slot 0 n, slot 1 nt only if the index uses it (a smaller record: fewer cache misses).
  const o = pushes ? 2 : 1;
  const W = o + 3 * nm;
  const slot = new Map<AggregateField, number>([['articles', 0]]);
  if (pushes) slot.set('pushes', 1);
  metrics.forEach((m, j) => {
    slot.set(m, o + 3 * j);
    slot.set(`headline${cap(m)}` as AggregateField, o + 1 + 3 * j);
    slot.set(`max${cap(m)}` as AggregateField, o + 2 + 3 * j);
  });
  const k = table.accountIds.length;
  const acc = new Float64Array(k * W);
  // Unused metric slots read the first column again (already in cache): no branch on
  // the column, no extra memory traffic; their loop bodies are skipped by `nm`.
  const col = (j: number) => table[metrics[Math.min(j, Math.max(0, nm - 1))] ?? 'reads'];
  const c0 = col(0), c1 = col(1), c2 = col(2), c3 = col(3);
  const A = table.account, T = table.time, P = table.position;
  const lo = period?.start ?? -Infinity, hi = period?.end ?? Infinity;
  for (let i = 0, n = table.size; i < n; i++) {
    const t = T[i]!;
    if (!(t >= lo && t < hi)) continue;
    const a0 = A[i]! * W, b = a0 + o - 2; // metric slots at b + 2 …
    const h = P[i] === 1 ? 1 : 0; // multiply instead of branching on the headline
    acc[a0]! += 1;
    if (pushes) acc[a0 + 1]! += h;
    if (nm === 0) continue;
    let x = c0[i]!, x0 = x || 0; // NaN (missing) → 0 in sums; `x > max` is false for NaN
    acc[b + 2]! += x0; acc[b + 3]! += h * x0; if (x > acc[b + 4]!) acc[b + 4] = x;
    if (nm === 1) continue;
    x = c1[i]!; x0 = x || 0;
    acc[b + 5]! += x0; acc[b + 6]! += h * x0; if (x > acc[b + 7]!) acc[b + 7] = x;
    if (nm === 2) continue;
    x = c2[i]!; x0 = x || 0;
    acc[b + 8]! += x0; acc[b + 9]! += h * x0; if (x > acc[b + 10]!) acc[b + 10] = x;
    if (nm === 3) continue;
    x = c3[i]!; x0 = x || 0;
    acc[b + 11]! += x0; acc[b + 12]! += h * x0; if (x > acc[b + 13]!) acc[b + 13] = x;
  }
  return { acc, stride: W, slot };
}
