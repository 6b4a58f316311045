import { medianSorted, quantileSorted } from 'simple-statistics';
import { jaccardSimilarity } from '../homogeneity/jaccard-similarity.js';
import { HOUR_MS } from '../model/time.js';
import type { Matrix } from '../model/schemas.js';
import type { PostsTable } from '../table/posts-table.js';
import type { Period } from '../time/period.js';

/** Decides whether a member's text echoes the lead's text. */
export type EchoMatcher = (leadText: string, memberText: string) => boolean;

/**
 * The default text matcher: character-shingle Jaccard similarity ≥ 0.8 after the
 * homogeneity module's normalisation (NFKC, width, punctuation, whitespace), the same
 * near-duplicate notion as `findHomogeneousAccounts`.
 * @param a A lead post's text.
 * @param b A member post's text.
 * @returns Whether they are near duplicates.
 * @throws {TypeError} when a text is not a string.
 * @example nearDuplicateMatcher('宁波政务新媒体建设取得的成效', '宁波政务新媒体建设取得的成效！') // true
 */
export const nearDuplicateMatcher: EchoMatcher = (a, b) => (jaccardSimilarity(a, b) ?? 0) >= 0.8;

/** Options of {@link linkedPublishing}. */
export interface LinkedPublishingOptions {
  /** An echo must follow the lead post within this many hours (default 24; ours). */
  windowHours?: number;
  /** Text matcher for uncited echoes; `null` = repost links only. Default {@link nearDuplicateMatcher}. */
  matcher?: EchoMatcher | null;
  /** Only lead posts in this period. */
  period?: Pick<Period, 'start' | 'end'>;
}

/** Linked publishing (整体联动、集体发声) of a matrix. */
export interface LinkedPublishing {
  leadPosts: number;
  /**
   * For each lead post (by time, then post id, then text): who echoed it and how fast.
   * `index` is the post's row in the table — the one field that moves with the row
   * order (the CLI leaves it out of its JSON).
   */
  perLeadPost: { index: number; id: string | undefined; time: number; echoes: { accountId: string; lagHours: number; by: 'repost' | 'text' }[] }[];
  /** For each member: lead posts echoed and the echo rate. */
  perMember: { accountId: string; echoed: number; rate: number | null }[];
  /** Echoes / (lead posts × members); null with no lead post or no member. */
  matrixEchoRate: number | null;
  /**
   * Echo lags in hours: median and 90th percentile by linear interpolation between order
   * statistics (Hyndman & Fan 1996 definition 7: Excel's PERCENTILE.INC, numpy's default;
   * simple-statistics' `medianSorted` / `quantileSorted`), null with no echo; histogram by bucket.
   */
  lag: { medianHours: number | null; p90Hours: number | null; histogram: { bucket: string; count: number }[] };
  /** Members that never echoed a lead post. */
  silentMembers: string[];
}

const BUCKETS: [string, number][] = [['≤1h', 1], ['1–3h', 3], ['3–6h', 6], ['6–12h', 12], ['12–24h', 24], ['>24h', Infinity]];

/**
 * For each of the lead account's posts, which members echoed it within N hours: by a
 * repost link (`repostOf` = the lead post's id) or, failing that, by near-duplicate text
 * (the matcher); the echo rate per member and for the matrix, the lag distribution and
 * the members that never echo. Each member counts at most once per lead post (its first
 * echo; member posts at the same instant are taken by post id, then text). Independent of
 * the row order except each lead post's `index`. Complexity O(lead posts × member posts in window).
 * @returns Per lead post its echoes, per member its echo rate, the matrix's echo rate, lags and the members that never echo.
 * @throws {RangeError} for a `windowHours` that is not > 0.
 * @example linkedPublishing(matrix, table).matrixEchoRate // e.g. 0.42
 */
export function linkedPublishing(matrix: Matrix, posts: PostsTable, options: LinkedPublishingOptions = {}): LinkedPublishing {
  const windowMs = (options.windowHours ?? 24) * HOUR_MS;
  if (!(windowMs > 0)) throw new RangeError('linkedPublishing: windowHours must be > 0');
  const matcher = options.matcher === undefined ? nearDuplicateMatcher : options.matcher;
  const text = (i: number) => posts.texts?.[i] ?? posts.titles?.[i];
  const lead = posts.accountIndex(matrix.lead);
  const members = [...new Set(matrix.members.filter((m) => m !== matrix.lead))];
  const memberIndex = new Map<number, string>();
  for (const m of members) { const k = posts.accountIndex(m); if (k !== undefined) memberIndex.set(k, m); }
  const leadPosts: number[] = [];
  const memberPosts: number[] = [];
  for (let i = 0; i < posts.size; i++) {
    const a = posts.account[i]!;
    if (a === lead) {
      const t = posts.time[i]!;
      if (!options.period || (t >= options.period.start && t < options.period.end)) leadPosts.push(i);
    } else if (memberIndex.has(a)) memberPosts.push(i);
  }
  // Ties by post id, then text (UTF-16 code units; absent first), then row: posts equal on
  // all three are indistinguishable in the output but for `index`.
  const cmp = (a: string | undefined, b: string | undefined) => (a === b ? 0 : a === undefined ? -1 : b === undefined ? 1 : a < b ? -1 : 1);
  const byTime = (x: number, y: number) => posts.time[x]! - posts.time[y]! || cmp(posts.ids?.[x], posts.ids?.[y]) || cmp(text(x), text(y)) || x - y;
  leadPosts.sort(byTime);
  memberPosts.sort(byTime);
  const counts = new Map(members.map((m) => [m, 0]));
  const lags: number[] = [];
  const perLeadPost = leadPosts.map((L) => {
    const t0 = posts.time[L]!, id = posts.ids?.[L], lt = text(L);
    const first = new Map<string, { lag: number; by: 'repost' | 'text' }>();
    // Binary search the first member post after the lead post.
    let lo = 0, hi = memberPosts.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (posts.time[memberPosts[mid]!]! <= t0) lo = mid + 1; else hi = mid; }
    for (let k = lo; k < memberPosts.length; k++) {
      const P = memberPosts[k]!;
      const lag = posts.time[P]! - t0;
      if (lag > windowMs) break;
      const m = memberIndex.get(posts.account[P]!)!;
      if (first.has(m)) continue;
      let by: 'repost' | 'text' | null = null;
      if (id !== undefined && posts.repostOf?.[P] === id) by = 'repost';
      else if (matcher && lt !== undefined) { const mt = text(P); if (mt !== undefined && matcher(lt, mt)) by = 'text'; }
      if (by) first.set(m, { lag, by });
    }
    const echoes = [...first].map(([accountId, e]) => ({ accountId, lagHours: e.lag / HOUR_MS, by: e.by })).sort((a, b) => a.lagHours - b.lagHours || (a.accountId < b.accountId ? -1 : 1));
    for (const e of echoes) { counts.set(e.accountId, counts.get(e.accountId)! + 1); lags.push(e.lagHours); }
    return { index: L, id, time: t0, echoes };
  });
  lags.sort((a, b) => a - b);
  const total = [...counts.values()].reduce((a, b) => a + b, 0);
  return {
    leadPosts: leadPosts.length,
    perLeadPost,
    perMember: members.map((m) => ({ accountId: m, echoed: counts.get(m)!, rate: leadPosts.length ? counts.get(m)! / leadPosts.length : null })),
    matrixEchoRate: leadPosts.length && members.length ? total / (leadPosts.length * members.length) : null,
    lag: {
      medianHours: lags.length ? medianSorted(lags) : null,
      p90Hours: lags.length ? quantileSorted(lags, 0.9) : null,
      histogram: BUCKETS.map(([bucket, upper], k) => ({ bucket, count: lags.filter((l) => l <= upper && (k === 0 || l > BUCKETS[k - 1]![1])).length })),
    },
    silentMembers: members.filter((m) => counts.get(m) === 0),
  };
}
