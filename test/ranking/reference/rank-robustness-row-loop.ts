// Test reference: rankRobustness as it was before it ran on the per-account pass (one
// row-order scan grouping each account's posts), kept to check the pass gives the same results.
import { quantileSorted } from 'simple-statistics';
import type { RobustnessOptions, AccountRobustness } from '../../../src/ranking/rank-robustness.js';
import { canonicalPostOrder } from '../../../src/ranking/internal/canonical-post-order.js';
import { evaluateIndexNamed } from '../../../src/indices/evaluate-index.js';
import type { IndexDefinition } from '../../../src/indices/index-definition.js';
import { resolveIndexNamed } from '../../../src/indices/index-catalog.js';
import { tableFieldsOf } from '../../../src/indices/table-fields.js';
import { createRng } from '../../../src/stats/create-rng.js';
import type { PostsTable } from '../../../src/table/posts-table.js';
import { rank } from '../../../src/ranking/rank.js';

const METRICS = ['reads', 'looks', 'likes', 'shares', 'comments'] as const;

export function rankRobustnessRowLoop(table: PostsTable, options: RobustnessOptions): Omit<AccountRobustness, 'posts' | 'tooFewPosts'>[] { // (the pass adds posts and the minPosts flag)
  const scorer = options.scorer;
  if (scorer !== undefined && typeof scorer !== 'function') throw new TypeError('rankRobustness: scorer must be a function');
  const def = scorer ? null : resolveIndexNamed(options.index ?? 'wci-14.2', 'rankRobustness');
  const fields = def ? tableFieldsOf(def, 'rankRobustness') : null;
  const topN = options.topN ?? 10, iterations = options.iterations ?? 200, jitter = options.weightJitter ?? 0, coverage = options.interval ?? 0.9;
  if (!(Number.isInteger(topN) && topN >= 1)) throw new RangeError(`rankRobustness: topN must be a positive integer, got ${topN}`);
  if (!(jitter >= 0 && jitter < 1)) throw new RangeError(`rankRobustness: weightJitter must be in [0, 1), got ${jitter}`);
  if (scorer && jitter > 0) throw new RangeError('rankRobustness: weightJitter perturbs index weights and needs an index, not a scorer');
  if (!(Number.isInteger(iterations) && iterations >= 1)) throw new RangeError(`rankRobustness: iterations must be a positive integer, got ${iterations}`);
  if (!(coverage > 0 && coverage < 1)) throw new RangeError(`rankRobustness: interval must be in (0, 1), got ${coverage}`);
  const { start, end, days } = options.period;
  const allowed = options.accountIds ? new Set(options.accountIds) : null;
  // Group the period's posts per competing account (CSR layout).
  const lists = new Map<number, number[]>();
  for (let i = 0; i < table.size; i++) {
    const t = table.time[i]!;
    if (t < start || t >= end) continue;
    const a = table.account[i]!;
    if (allowed && !allowed.has(table.accountIds[a]!)) continue;
    let l = lists.get(a);
    if (!l) lists.set(a, (l = []));
    l.push(i);
  }
  // Same canonical order as the library (issue 13: row order must not matter): accounts by
  // id, each account's posts by what a draw reads.
  const ids = table.accountIds;
  const accounts = [...lists.keys()].sort((x, y) => (ids[x]! < ids[y]! ? -1 : ids[x]! > ids[y]! ? 1 : 0));
  for (const a of accounts) lists.set(a, Array.from(canonicalPostOrder(table, Uint32Array.from(lists.get(a)!))));
  const rng = createRng(options.seed ?? 1);
  // Accumulated in a typed array (sum, headline sum, max per metric) with the field names
  // built once, not per post: the same stats, the same draws (one rng.next() per post).
  const cols = METRICS.map((m) => table[m]);
  const keys = METRICS.map((m) => { const c = m[0]!.toUpperCase() + m.slice(1); return [m, `headline${c}`, `max${c}`] as const; });
  const acc = new Float64Array(3 * METRICS.length);
  const statsOf = (posts: readonly number[], draw: boolean): Record<string, number> => {
    acc.fill(0);
    let pushes = 0, originals = 0;
    const n = posts.length;
    for (let k = 0; k < n; k++) {
      const i = draw ? posts[Math.floor(rng.next() * n)]! : posts[k]!;
      const head = table.position[i] === 1;
      if (head) pushes++;
      if (table.original[i] === 1) originals++;
      for (let j = 0; j < cols.length; j++) {
        const v = cols[j]![i]! || 0;
        acc[3 * j]! += v;
        if (head) acc[3 * j + 1]! += v;
        if (v > acc[3 * j + 2]!) acc[3 * j + 2] = v;
      }
    }
    const s: Record<string, number> = { days, articles: n, pushes, originals };
    keys.forEach(([sum, head, max], j) => { s[sum] = acc[3 * j]!; s[head] = acc[3 * j + 1]!; s[max] = acc[3 * j + 2]!; });
    if (!fields) return s;
    const out: Record<string, number> = {};
    for (const [input, f] of fields) out[input] = s[f]!;
    return out;
  };
  const score = (d: IndexDefinition | null, stats: Record<string, number>): number | null => {
    const v = d ? evaluateIndexNamed(d, stats, {}, 'rankRobustness').value : scorer!(stats);
    if (v !== null && typeof v !== 'number') throw new TypeError(`rankRobustness: scorer returned ${typeof v}, not a number or null`);
    return v;
  };
  const observed = accounts.map((a) => score(def, statsOf(lists.get(a)!, false)));
  const observedRanks = rank(observed);
  const ranks = accounts.map(() => new Float64Array(iterations));
  for (let it = 0; it < iterations; it++) {
    const d = def && jitter > 0 ? { ...def, dimensions: def.dimensions.map((x) => ({ ...x, weight: x.weight * (1 + jitter * (2 * rng.next() - 1)) })) } : def;
    const values = accounts.map((a) => score(d, statsOf(lists.get(a)!, true)));
    const r = rank(values);
    for (let k = 0; k < accounts.length; k++) ranks[k]![it] = r[k] ?? accounts.length;
  }
  const lo = (1 - coverage) / 2;
  // The interval's quantile as the library computes it now (simple-statistics, R-7): this reference checks the scan, not the quantile.
  const quantile = (sorted: Float64Array, q: number) => quantileSorted(sorted as unknown as number[], q);
  return accounts.map((a, k) => {
    const rs = ranks[k]!.slice().sort();
    let inTop = 0, sum = 0;
    for (const r of rs) { if (r <= topN) inTop++; sum += r; }
    return {
      accountId: table.accountIds[a]!, value: observed[k]!, rank: observedRanks[k]!, topNProbability: inTop / iterations,
      rankInterval: [quantile(rs, lo), quantile(rs, 1 - lo)], meanRank: sum / iterations,
    };
  });
}
