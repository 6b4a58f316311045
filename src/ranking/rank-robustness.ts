import { quantileSorted } from 'simple-statistics';
import { evaluateIndexNamed } from '../indices/evaluate-index.js';
import type { IndexDefinition } from '../indices/index-definition.js';
import { resolveIndexNamed } from '../indices/index-catalog.js';
import { tableFieldsOf } from '../indices/table-fields.js';
import { createRng } from '../stats/create-rng.js';
import { POST_METRICS, metricField, type AccountField } from '../stats/account-fields.js';
import { canonicalPostOrder } from './internal/canonical-post-order.js';
import { accumulateAccountFields } from '../stats/accumulate-account-fields.js';
import { accountRanges } from '../table/account-ranges.js';
import type { PostsTable } from '../table/posts-table.js';
import { rank } from './rank.js';

/**
 * The per-account statistics a bootstrap replicate hands to a custom `scorer`: the
 * period's `days`, counts (`articles`, `pushes` = headline posts, `originals`) and, for
 * each of reads, looks, likes, shares, comments, the sum, the headline sum
 * (`headlineReads` …) and the maximum (`maxReads` …); missing metrics count as 0. The
 * same names as `aggregateByAccount`'s fields.
 */
export type RobustnessStats = Readonly<Record<string, number>>;

/** Options of {@link rankRobustness}; defaults (stated on each field) resolved at the top of the function. */
export interface RobustnessOptions {
  /** Index id or definition (default `'wci-14.2'`); ignored when `scorer` is given. */
  index?: string | IndexDefinition;
  /**
   * A scoring function over one account's {@link RobustnessStats} (e.g. a new index under
   * study); `null` = no score. Replaces `index`; `weightJitter` needs an index and must be 0.
   */
  scorer?: (stats: RobustnessStats) => number | null;
  /** The period scored; its `days` is d. */
  period: { start: number; end: number; days: number };
  /** Only these accounts compete (e.g. one platform's); default every account with a post. */
  accountIds?: readonly string[];
  /** The list size whose membership probability is estimated (default 10). */
  topN?: number;
  /** Bootstrap replicates (default 200). */
  iterations?: number;
  /** PRNG seed (default 1): results are reproducible from it. */
  seed?: number;
  /** Relative perturbation of each dimension weight, uniform in ±jitter (default 0: posts only). */
  weightJitter?: number;
  /** Central coverage of the rank interval (default 0.9: the 5th to 95th percentile). */
  interval?: number;
  /**
   * Accounts with fewer posts than this in the period are flagged (`tooFewPosts`) and get no
   * probability, interval or mean rank (null): resampling n posts gives at most C(2n−1, n)
   * distinct replicates (1 for one post, 35 for four, 126 for five), so from one post the
   * "probability" is 0 or 1 by construction. They still compete (the others' ranks count
   * them). Default 5 (ours: the smallest n with more distinct resamples than 100 and a
   * chance under 1% that a replicate repeats one post n times, n^(1−n)); 1 turns it off.
   */
  minPosts?: number;
}

/** One account's robustness. */
export interface AccountRobustness {
  accountId: string;
  /** The index value on the observed posts. */
  value: number | null;
  /** Its competition rank on the observed posts. */
  rank: number | null;
  /** Its posts in the period (what the bootstrap resamples). */
  posts: number;
  /** Fewer posts than `minPosts`: the three bootstrap figures below are null (not reported from too few posts). */
  tooFewPosts: boolean;
  /** Share of replicates in which it ranks within the top N; null when `tooFewPosts`. */
  topNProbability: number | null;
  /** Rank interval [low, high] covering `interval` of the replicates (interpolated: a bound may lie between two ranks); null when `tooFewPosts`. */
  rankInterval: [number, number] | null;
  /** Mean replicate rank; null when `tooFewPosts`. */
  meanRank: number | null;
}

/** The per-account fields a replicate computes (after `days`, in this order): counts, then per metric its sum, headline sum and maximum. */
const STAT_FIELDS: readonly AccountField[] = ['articles', 'pushes', 'originals', ...POST_METRICS.flatMap((m) => [m, metricField(m, 'headline'), metricField(m, 'max')])];

/**
 * How sure is a ranking? Bootstraps each account's posts (resampling them with
 * replacement, seeded) and optionally perturbs the index's dimension weights, then
 * re-ranks: each account gets its probability of being in the top N and a rank interval.
 * No ranking provider offers this; it tells an award committee whether 10th and 11th
 * place really differ. Score with a catalogued index (`index`, default WCI 14.2) or any
 * `scorer` over the account's {@link RobustnessStats}. An account whose replicate has no
 * score takes the last place in that replicate. Percentile interval (our default):
 * the replicate ranks at quantiles (1 − interval)/2 and (1 + interval)/2, interpolated
 * linearly between order statistics (Hyndman & Fan 1996 definition 7: Excel's
 * PERCENTILE.INC, numpy's default; simple-statistics' `quantileSorted`), so a bound can
 * fall between two ranks (3.5 = between 3rd and 4th).
 * The PRNG is `createRng` (src/stats/create-rng.ts, the one the sample generator uses). Accounts with
 * fewer than `minPosts` (default 5) posts are flagged `tooFewPosts` with null figures: a
 * bootstrap over one post says nothing about how sure its place is.
 *
 * Complexity O(iterations × posts in the period).
 * @throws {TypeError} when `scorer` is not a function or returns neither a number nor null; an index needing inputs per-account aggregates lack.
 * @throws {RangeError} for an unknown index, a `topN`/`iterations` that is not a positive integer, a `weightJitter` outside [0, 1) or with a `scorer`, an `interval` outside (0, 1), or a bad period.
 * @returns Per account: observed value and rank, probability of the top N, and the rank interval.
 * @example rankRobustness(table, { period: monthPeriod(2024, 9), topN: 10 })[0].topNProbability // e.g. 1
 * @example rankRobustness(table, { period, scorer: (s) => s.reads / s.days }) // reads per day
 */
export function rankRobustness(table: PostsTable, options: RobustnessOptions): AccountRobustness[] {
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
  const minPosts = options.minPosts ?? 5;
  if (!(Number.isInteger(minPosts) && minPosts >= 1)) throw new RangeError(`rankRobustness: minPosts must be a positive integer, got ${minPosts}`);
  const { days } = options.period;
  const allowed = options.accountIds ? new Set(options.accountIds) : null;
  // The competing accounts and their posts in the period, from the per-account pass
  // (src/stats). Row order must not change the result (issue 13): the random draws are
  // consumed account by account in account-id order, and each account's posts are put in
  // canonicalPostOrder (what a draw reads: position, originality, metrics, then time), so
  // two files with the same rows in any order give the same replicates.
  const ranges = accountRanges(table, options.period);
  const ids = table.accountIds;
  const accounts: number[] = [];
  for (let a = 0; a < ids.length; a++)
    if (ranges.end[a]! > ranges.start[a]! && (!allowed || allowed.has(ids[a]!))) accounts.push(a);
  accounts.sort((x, y) => (ids[x]! < ids[y]! ? -1 : ids[x]! > ids[y]! ? 1 : 0));
  const order = ranges.clustered.order;
  const rowsOf = new Map(accounts.map((a) => [a, canonicalPostOrder(table, order.slice(ranges.start[a]!, ranges.end[a]!))]));
  // The observed statistics: the per-account fields, over the period.
  const observedFields = accumulateAccountFields(table, { fields: STAT_FIELDS, period: options.period }).fields;
  const rng = createRng(options.seed ?? 1);
  // Accumulated in a typed array (sum, headline sum, max per metric) with the field names
  // built once, not per post (one rng.next() per post).
  const cols = POST_METRICS.map((m) => table[m]);
  const keys = POST_METRICS.map((m) => [m, metricField(m, 'headline'), metricField(m, 'max')] as const);
  const acc = new Float64Array(3 * POST_METRICS.length);
  const project = (s: Record<string, number>): Record<string, number> => {
    if (!fields) return s;
    const out: Record<string, number> = {};
    for (const [input, f] of fields) out[input] = s[f]!;
    return out;
  };
  const observedStats = (a: number): Record<string, number> => {
    const s: Record<string, number> = { days };
    for (const f of STAT_FIELDS) s[f] = observedFields[f]![a]!;
    return project(s);
  };
  const drawStats = (posts: Uint32Array): Record<string, number> => {
    acc.fill(0);
    let pushes = 0, originals = 0;
    const n = posts.length;
    for (let k = 0; k < n; k++) {
      const i = posts[Math.floor(rng.next() * n)]!;
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
    return project(s);
  };
  const score = (d: IndexDefinition | null, stats: Record<string, number>): number | null => {
    const v = d ? evaluateIndexNamed(d, stats, {}, 'rankRobustness').value : scorer!(stats);
    if (v !== null && typeof v !== 'number') throw new TypeError(`rankRobustness: scorer returned ${typeof v}, not a number or null`);
    return v;
  };
  const observed = accounts.map((a) => score(def, observedStats(a)));
  const observedRanks = rank(observed);
  const ranks = accounts.map(() => new Float64Array(iterations));
  for (let it = 0; it < iterations; it++) {
    const d = def && jitter > 0 ? { ...def, dimensions: def.dimensions.map((x) => ({ ...x, weight: x.weight * (1 + jitter * (2 * rng.next() - 1)) })) } : def;
    const values = accounts.map((a) => score(d, drawStats(rowsOf.get(a)!)));
    const r = rank(values);
    for (let k = 0; k < accounts.length; k++) ranks[k]![it] = r[k] ?? accounts.length;
  }
  const lo = (1 - coverage) / 2;
  return accounts.map((a, k) => {
    const posts = rowsOf.get(a)!.length;
    if (posts < minPosts)
      return { accountId: table.accountIds[a]!, value: observed[k]!, rank: observedRanks[k]!, posts, tooFewPosts: true, topNProbability: null, rankInterval: null, meanRank: null };
    const rs = ranks[k]!.slice().sort();
    const sorted = Array.from(rs);
    let inTop = 0, sum = 0;
    for (const r of rs) { if (r <= topN) inTop++; sum += r; }
    return {
      accountId: table.accountIds[a]!, value: observed[k]!, rank: observedRanks[k]!, posts, tooFewPosts: false, topNProbability: inTop / iterations,
      rankInterval: [quantileSorted(sorted, lo), quantileSorted(sorted, 1 - lo)], meanRank: sum / iterations,
    };
  });
}

