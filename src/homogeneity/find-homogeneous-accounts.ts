import { median } from 'd3-array';
import type { Account } from '../model/schemas.js';
import type { PostsTable } from '../table/posts-table.js';
import type { Period } from '../time/period.js';
import { CodePointBuffer } from './internal/code-points.js';
import { resolveLshOptions, type MinHashLshOptions } from './internal/options.js';
import { F64List, radixSortByKey } from './internal/radix.js';
import { jaccardOfKeys, pairKeys, shingleKeysOf, fitsPacked, type ShingleKeys } from './internal/shingle-keys.js';
import { normalizedCodePoints } from './internal/code-points.js';
import { lshBandKeys, type LshBandKeys } from './lsh-band-keys.js';
import { sketchJaccard } from './internal/signer.js';
import { classifyOwnText, DEFAULT_MIN_CHARS, DEFAULT_PLACEHOLDERS, ownText, placeholderSet, Skip } from './internal/own-text.js';

/** Options of {@link findHomogeneousAccounts}. All optional; defaults are ours unless a source is named. */
export interface FindHomogeneousAccountsOptions extends MinHashLshOptions {
  /** Which column is compared: 'text' (正文), 'title' (标题), or 'auto' (default: text where present, else title). */
  field?: 'auto' | 'text' | 'title';
  /** Only posts published in the period's `[start, end)` (any {@link Period}). Default: all. */
  period?: Pick<Period, 'start' | 'end'>;
  /** Post pairs further apart in time than this many hours are ignored. Default: no limit. */
  maxLagHours?: number;
  /** An account pair is homogeneous when max(shareAInB, shareBInA) ≥ minShare (default 0.3, ours)… */
  minShare?: number;
  /** …and it has at least minPairs uncited near-duplicate post pairs (default 3, ours). */
  minPairs?: number;
  /** Accounts (registry): enable the structural rule (one unit, several accounts on one platform) and names. */
  accounts?: readonly Account[];
  /** Index score per account id (e.g. WCI): the account to keep is the highest-scoring one. */
  scores?: Readonly<Record<string, number>> | ReadonlyMap<string, number>;
  /** Post pairs listed in `pairs.list` (highest Jaccard first). Default 1000. */
  maxListedPairs?: number;
  /** Example post pairs per account pair. Default 3. */
  examplesPerPair?: number;
  /**
   * Candidates whose 4-bit sketch estimate of Jaccard is below threshold − sketchMargin
   * are dropped before exact verification (default 0.2, ours: about 4 standard errors
   * of the 128-value estimate at J = 0.8). Templated texts (official notices share
   * much wording) make many LSH candidates at J ≈ 0.5; this keeps verification
   * linear in practice. 1 disables the screen.
   */
  sketchMargin?: number;
  /**
   * Minimum of meaningful characters (code points left by `normalizeHomogeneityText`:
   * Han characters, letters, digits) of a post's own text for it to be compared.
   * Default 10 (ours): the one-phrase reactions that many accounts post independently
   * on Weibo and Douyin — 转发学习, 为祖国点赞, 认真学习贯彻, 致敬英雄 — are under ten
   * characters, and a text of n characters has only n − 2 trigrams, so two short texts
   * reach Jaccard 0.8 by sharing a slogan, not by copying. Shorter texts are counted in
   * `stats.skipped.short` and never paired. At least 1.
   */
  minChars?: number;
  /**
   * Platform placeholder texts (compared after `normalizeHomogeneityText`): a post whose
   * own text is one of them is counted in `stats.skipped.placeholder` and never paired.
   * Default (ours): 转发微博, 轉發微博, 转发, 轉發, Repost, Reposted, 分享图片, 分享圖片,
   * 分享视频, 分享視頻, 图片, 圖片, 视频, 視頻, 网页链接, 網頁鏈接, 转发理由, 轉發理由.
   * A repost with no own text (empty, or only a `//@name:` chain) counts as a placeholder
   * whatever this list.
   */
  placeholders?: readonly string[];
  /** Band keys computed beforehand (e.g. by worker threads) with the same options over the table's compared texts. */
  bandKeys?: LshBandKeys;
}

/** A post, as cited in evidence. */
export interface HomogeneityPostRef {
  /**
   * The post's row in the table (0-based). The one field of the result that depends on
   * the row order (the CLI leaves it out of its JSON); everything else is the same for
   * any order of the rows.
   */
  index: number;
  id?: string;
  accountId: string;
  title?: string;
  publishedAt: number;
}

/** A verified near-duplicate post pair across two accounts. */
export interface HomogeneousPostPair {
  a: HomogeneityPostRef;
  b: HomogeneityPostRef;
  /** Exact Jaccard similarity of the shingle sets (≥ threshold). */
  jaccard: number;
  /** True when one post cites the other through `repostOf` (a cited repost, 转载). */
  cited: boolean;
}

/** One pair of accounts sharing near-duplicate posts (a < b by account id). */
export interface HomogeneousAccountPair {
  a: string;
  b: string;
  /** Compared posts (with at least one shingle) of a and b. */
  postsA: number;
  postsB: number;
  /** Verified near-duplicate post pairs between them, and how many of those are cited reposts. */
  pairs: number;
  citedPairs: number;
  /** Share of a's posts with an uncited near-duplicate in b, and of b's in a. */
  shareAInB: number;
  shareBInA: number;
  /** Same, for cited reposts only. */
  citedShareAInB: number;
  citedShareBInA: number;
  /** Median |time difference| over the post pairs (ms). */
  medianLagMs: number;
  /** Post pairs where a published first, b first, or both at the same time. */
  aFirst: number;
  bFirst: number;
  simultaneous: number;
  /** The account that usually published first (source) and the other (copier); null on a tie. */
  source: string | null;
  copier: string | null;
  meanJaccard: number;
  /** Whether the pair passes minShare and minPairs (an edge of the clusters). */
  homogeneous: boolean;
  examples: HomogeneousPostPair[];
}

/** A consolidation suggestion (清理整合). */
export interface ConsolidationSuggestion {
  /** 'same-unit-platform': structural rule only; 'homogeneous-content': content only; 'both'. */
  reason: 'same-unit-platform' | 'homogeneous-content' | 'both';
  unit?: string;
  platform?: string;
  /**
   * Account to keep: highest score (options.scores), then most own posts (posts that
   * are not a later uncited copy of another account's post), then most posts copied
   * by others (the source), then most reads of own posts, then smallest id (our rule).
   */
  keep: string;
  merge: string[];
  /** Why `keep` was chosen (保留理由, Chinese), e.g. '指数 812.4' or '本期自有发文 30 篇，被他号转载 14 次，阅读 51200' (reads only when the posts have them). */
  keepBecause: string;
  evidence: { accountPairs: HomogeneousAccountPair[] };
}

/**
 * A homogeneous cluster that is not one host unit's: its accounts belong to DIFFERENT
 * host units, or some have no known unit (not in `accounts`, or no `accounts` given).
 * Reported as high overlap (高度重合), never as a merge suggestion — accounts of
 * different units are not consolidated into one another.
 */
export interface HighOverlapGroup {
  accountIds: string[];
  /** The known host units involved, sorted (UTF-16 code units). */
  units: string[];
  /** Accounts of the group whose host unit is not known (sorted). */
  unitUnknown: string[];
  evidence: { accountPairs: HomogeneousAccountPair[] };
}

export interface HomogeneityResult {
  /** count: verified pairs; candidates: LSH candidates verified exactly; screened: dropped by the sketch estimate; rejected: verified below threshold. */
  pairs: { count: number; cited: number; candidates: number; screened: number; rejected: number; list: HomogeneousPostPair[] };
  accountPairs: HomogeneousAccountPair[];
  clusters: { accountIds: string[]; homogeneousPairs: number }[];
  /**
   * Consolidation suggestions (清理整合), ordered by unit, then platform, then kept id
   * (UTF-16 code units): the same for any input order. Only among accounts of one known
   * host unit (from `accounts`): never across units, never for an account whose unit
   * is unknown.
   */
  suggestions: ConsolidationSuggestion[];
  /** Homogeneous clusters not within one known host unit: high overlap, no merge advice. Ordered by first account id. */
  highOverlap: HighOverlapGroup[];
  /**
   * posts: rows; compared: posts in the period with a compared text; withoutShingles: posts
   * in the period without any text (or shorter than the shingle size); skipped: posts in
   * the period whose own text is a platform placeholder (or an empty repost) or shorter
   * than `minChars` — never paired.
   */
  stats: {
    posts: number; compared: number; withoutShingles: number; skipped: { placeholder: number; short: number };
    minChars: number; threshold: number; shingleSize: number; numPerm: number; bands: number; rows: number; method: 'oph' | 'classic';
  };
}

const MAX_ROWS = 94_000_000; // i·N + j must stay below 2^53

/**
 * Finds accounts that publish the same or nearly the same content (同质化, SPEC §6,
 * seed 001) and suggests consolidation.
 *
 * 1. Each post's text is normalised (`normalizeHomogeneityText`), cut into
 *    character n-gram shingles (n = 3) and signed with MinHash; only LSH band keys
 *    are kept (bands × 4 bytes per post), never signatures or texts.
 * 2. Posts of different accounts sharing a band key are candidates (per band: radix
 *    sort of keys, runs of equal keys; bands tuned at `lshThreshold`, default
 *    threshold − 0.15, for recall); each candidate is verified by the exact
 *    Jaccard similarity of the shingle sets (re-shingling both texts from the
 *    table), keeping pairs ≥ threshold (default 0.8): no false positives.
 *    A text copied by k accounts yields k(k − 1)/2 pairs: candidates grow with
 *    the square of the largest group of copies.
 * 3. Account pairs: share of A's posts with a near-duplicate in B and of B's in A
 *    (uncited copies and cited reposts via `repostOf` separately), median lag, who
 *    published first (source vs copier).
 * 4. Clusters: union-find over homogeneous account pairs (max share ≥ minShare and
 *    ≥ minPairs uncited pairs). Suggestions: each structural group (one unit,
 *    several accounts on one platform, from `options.accounts`) and each cluster whose
 *    accounts all belong to one known host unit, with the account to keep and the
 *    evidence. A cluster spanning units, or with an account of unknown unit (e.g. no
 *    `accounts` given), is reported in `highOverlap` instead: never merge advice.
 *
 * Sources: Broder 1997 (shingles, MinHash), datasketch (band choice), seed 001
 * (the need). Complexity O(total characters + candidates × text length); memory
 * O(posts × bands) plus the candidate list.
 *
 * Own text only (real Weibo data): the Weibo repost chain (`//@name: …`), links and
 * emoticon codes (`[赞]`) are removed before comparison; a post whose own text is a
 * platform placeholder (`转发微博`, `分享图片`, `Repost`, an empty repost…, option
 * `placeholders`) or has fewer than `minChars` (default 10) meaningful characters is
 * counted in `stats.skipped` and never paired: such texts never make accounts
 * homogeneous.
 *
 * Row order: the output (pairs, examples, shares, source/copier, suggestions,
 * clusters, `meanJaccard` to the last digit) is the same for any order of the rows,
 * except each post reference's `index`. Post pairs are ordered (and summed, and
 * picked as examples) by Jaccard descending, then by their posts' key: account id,
 * time, post id, compared text, title, `repostOf` (absent first; strings in UTF-16
 * code unit order); account pairs by max share descending, pairs descending, then ids.
 *
 * Degenerate data: posts without text or with fewer than n normalised characters
 * are counted in `stats.withoutShingles` and never paired; an empty table gives
 * empty lists.
 *
 * @returns Account pairs, clusters, consolidation suggestions and run statistics ({@link HomogeneityResult}).
 * @throws {TypeError} when `table` is not a `PostsTable`, `placeholders` is not an array, or the table has no column to compare (`field`: texts, titles).
 * @throws {RangeError} for an option out of range (`field`, `sketchMargin`, `minShare`, `minPairs`, `maxLagHours`, `minChars`, the period, LSH parameters), more posts than one pass handles (run the self-join on `lshBandKeyRows`), or `bandKeys` computed for other texts or parameters.
 * @example
 * const t = PostsTable.fromPosts([
 *   { accountId: 'A', publishedAt: new Date('2024-03-01T02:00Z'), text: '宁波市政府办公厅对全市政务新媒体建设情况开展调查' },
 *   { accountId: 'B', publishedAt: new Date('2024-03-01T05:00Z'), text: '宁波市政府办公厅对全市政务新媒体建设情况开展调查！' },
 * ]);
 * const r = findHomogeneousAccounts(t, { minPairs: 1 });
 * r.accountPairs[0] // { a: 'A', b: 'B', pairs: 1, shareAInB: 1, shareBInA: 1, source: 'A', copier: 'B', medianLagMs: 10800000, … }
 * r.clusters // [{ accountIds: ['A', 'B'], homogeneousPairs: 1 }]
 * r.highOverlap[0].unitUnknown // ['A', 'B'] (no accounts given: no unit known, no merge advice)
 */
export function findHomogeneousAccounts(table: PostsTable, options: FindHomogeneousAccountsOptions = {}): HomogeneityResult {
  const fn = 'findHomogeneousAccounts';
  if (!table || typeof table !== 'object' || !(table.account instanceof Uint32Array)) throw new TypeError(`${fn}: table must be a PostsTable`);
  const o = resolveLshOptions(fn, options);
  const field = options.field ?? 'auto';
  if (field !== 'auto' && field !== 'text' && field !== 'title') throw new RangeError(`${fn}: field must be 'auto', 'text' or 'title', got ${String(field)}`);
  const minShare = options.minShare ?? 0.3;
  const minPairs = options.minPairs ?? 3;
  const maxLag = (options.maxLagHours ?? Infinity) * 3_600_000;
  const maxListed = options.maxListedPairs ?? 1000;
  const sketchMargin = options.sketchMargin ?? 0.2;
  if (!(sketchMargin >= 0 && sketchMargin <= 1)) throw new RangeError(`${fn}: sketchMargin must be in [0, 1], got ${sketchMargin}`);
  const examplesPerPair = options.examplesPerPair ?? 3;
  const start = options.period?.start ?? -Infinity, end = options.period?.end ?? Infinity;
  if (!(minShare >= 0 && minShare <= 1)) throw new RangeError(`${fn}: minShare must be in [0, 1], got ${minShare}`);
  if (!(Number.isInteger(minPairs) && minPairs >= 1)) throw new RangeError(`${fn}: minPairs must be an integer ≥ 1, got ${minPairs}`);
  if (!(maxLag >= 0)) throw new RangeError(`${fn}: maxLagHours must be ≥ 0, got ${options.maxLagHours}`);
  if (!(start <= end)) throw new RangeError(`${fn}: start must not be after end`);
  const minChars = options.minChars ?? DEFAULT_MIN_CHARS;
  if (!(Number.isInteger(minChars) && minChars >= 1)) throw new RangeError(`${fn}: minChars must be an integer ≥ 1, got ${String(options.minChars)}`);
  if (options.placeholders !== undefined && !Array.isArray(options.placeholders)) throw new TypeError(`${fn}: placeholders must be an array of strings`);
  const placeholders = placeholderSet(options.placeholders ?? DEFAULT_PLACEHOLDERS, o.preprocess);
  let maxPlaceholder = 0;
  for (const p of placeholders) maxPlaceholder = Math.max(maxPlaceholder, [...p].length);
  const N = table.size;
  if (N > MAX_ROWS) throw new RangeError(`${fn}: ${N} posts exceed ${MAX_ROWS}; run the candidate search as a self-join on lshBandKeyRows instead`);
  const titles = table.titles;
  const rawOf = rawComparedText(fn, table, field);
  const ids = table.ids, repostOf = table.repostOf;

  // 1. Own texts in the time window (placeholders and short texts skipped), band keys (given or computed).
  const view: (string | undefined)[] = new Array(N);
  const skip = new Uint8Array(N);
  const classBuf = new CodePointBuffer();
  for (let i = 0; i < N; i++) {
    const t = table.time[i]!;
    if (!(t >= start && t < end)) continue;
    const raw = rawOf(i);
    const isRepost = repostOf?.[i] !== undefined || table.original[i] === 0;
    if (raw === undefined || raw === '') { skip[i] = isRepost ? Skip.Placeholder : Skip.NoText; continue; }
    const { own, chained } = ownText(raw);
    const cls = classifyOwnText(own, chained, isRepost, minChars, placeholders, maxPlaceholder, o.preprocess, classBuf);
    if (cls === Skip.None) view[i] = own; else skip[i] = cls;
  }
  let bk = options.bandKeys;
  if (bk) {
    if (bk.size !== N || bk.bands !== o.bands || bk.rows !== o.rows || bk.sketchWords !== Math.ceil(o.numPerm / 8)) throw new RangeError(`${fn}: bandKeys were computed for ${bk.size} texts with ${bk.bands}×${bk.rows}, expected ${N} with ${o.bands}×${o.rows}`);
  } else bk = lshBandKeys(view, { ...options, params: [o.bands, o.rows] });
  const { keys, signed, sketch, sketchWords } = bk;
  const minEstimate = o.threshold - sketchMargin;
  let screened = 0;
  const acc = table.account;

  // 2. Candidates: per band, sort eligible posts by key and pair runs of equal keys (different accounts only).
  let m = 0;
  for (let i = 0; i < N; i++) if (signed[i] === 1 && view[i] !== undefined) m++;
  const idx = new Uint32Array(m), tmp = new Uint32Array(m);
  const cand = new F64List(Math.max(1024, m));
  for (let b = 0; b < o.bands; b++) {
    let w = 0;
    for (let i = 0; i < N; i++) if (signed[i] === 1 && view[i] !== undefined) idx[w++] = i;
    radixSortByKey(idx, keys, b * N, tmp);
    for (let s = 0; s < m; ) {
      const key = keys[b * N + idx[s]!]!;
      let e = s + 1;
      while (e < m && keys[b * N + idx[e]!] === key) e++;
      for (let x = s; x < e; x++) for (let y = x + 1; y < e; y++) {
        const i = idx[x]!, j = idx[y]!;
        if (acc[i] === acc[j]) continue;
        if (sketchMargin < 1 && sketchJaccard(sketch, i, j, sketchWords, o.numPerm) < minEstimate) { screened++; continue; }
        // emit a pair only from the first band it collides in (no duplicates to store)
        let earlier = false;
        for (let c = 0; c < b && !earlier; c++) earlier = keys[c * N + i] === keys[c * N + j];
        if (!earlier) cand.push(i < j ? i * N + j : j * N + i);
      }
      s = e;
    }
  }
  const candidates = cand.sortedUnique();

  // 3. Verification with exact Jaccard on the shingle sets.
  const bufA = new CodePointBuffer(), bufB = new CodePointBuffer();
  const cache = new Map<number, { keys: ShingleKeys; packed: boolean }>();
  const keysOf = (i: number, buf: CodePointBuffer) => {
    let c = cache.get(i);
    if (!c) {
      const t = view[i]!;
      const count = normalizedCodePoints(o.preprocess ? o.preprocess(t) : t, buf);
      const packed = o.shingleSize <= 3 && fitsPacked(buf.data, count);
      c = { keys: shingleKeysOf(buf.data, count, o.shingleSize, !packed), packed };
      if (cache.size >= 4096) cache.clear();
      cache.set(i, c);
    }
    return c;
  };
  const pi = new F64List(), pj = new F64List(), pjac = new F64List();
  let rejected = 0;
  for (let k = 0; k < candidates.length; k++) {
    const c = candidates[k]!;
    const i = Math.floor(c / N), j = c - i * N;
    if (Math.abs(table.time[i]! - table.time[j]!) > maxLag) continue;
    const ka = keysOf(i, bufA), kb = keysOf(j, bufB);
    const jac = ka.packed === kb.packed ? jaccardOfKeys(ka.keys, kb.keys) : jaccardOfKeys(...pairKeys(view[i]!, view[j]!, o.shingleSize, bufA, bufB, o.preprocess));
    if (jac !== null && jac >= o.threshold) { pi.push(i); pj.push(j); pjac.push(jac); } else rejected++;
  }

  // Canonical order (row order never reaches the output): each pair oriented by account
  // id, pairs by Jaccard descending then their posts' key (see the docstring).
  const cmpOpt = (x: string | undefined, y: string | undefined) => (x === y ? 0 : x === undefined ? -1 : y === undefined ? 1 : x < y ? -1 : 1);
  const postCmp = (x: number, y: number) =>
    cmpOpt(table.accountIds[acc[x]!], table.accountIds[acc[y]!]) || table.time[x]! - table.time[y]! || cmpOpt(ids?.[x], ids?.[y])
    || cmpOpt(view[x], view[y]) || cmpOpt(titles?.[x], titles?.[y]) || cmpOpt(repostOf?.[x], repostOf?.[y]);
  const involved = new Set<number>();
  for (let k = 0; k < pi.length; k++) { involved.add(pi.data[k]!); involved.add(pj.data[k]!); }
  const sortedPosts = [...involved].sort(postCmp);
  const rank = new Map<number, number>();
  for (let r = 0; r < sortedPosts.length; r++) {
    const x = sortedPosts[r]!;
    rank.set(x, r > 0 && postCmp(sortedPosts[r - 1]!, x) === 0 ? rank.get(sortedPosts[r - 1]!)! : r);
  }
  const P = pi.length;
  const ord = Array.from({ length: P }, (_, k) => k);
  const lo = (k: number) => Math.min(rank.get(pi.data[k]!)!, rank.get(pj.data[k]!)!), hi = (k: number) => Math.max(rank.get(pi.data[k]!)!, rank.get(pj.data[k]!)!);
  ord.sort((x, y) => pjac.data[y]! - pjac.data[x]! || lo(x) - lo(y) || hi(x) - hi(y));
  const X = new Float64Array(P), Y = new Float64Array(P), JAC = new Float64Array(P);
  for (let k = 0; k < P; k++) {
    const q = ord[k]!, i = pi.data[q]!, j = pj.data[q]!;
    const iFirst = rank.get(i)! < rank.get(j)!;
    X[k] = iFirst ? i : j; Y[k] = iFirst ? j : i; JAC[k] = pjac.data[q]!;
  }

  // 4. Account pairs.
  const nAcc = table.accountIds.length;
  const postsPer = new Uint32Array(nAcc);
  let compared = 0, withoutShingles = 0, skippedPlaceholder = 0, skippedShort = 0;
  for (let i = 0; i < N; i++) {
    if (!(table.time[i]! >= start && table.time[i]! < end)) continue;
    if (view[i] !== undefined && signed[i] === 1) { postsPer[acc[i]!]!++; compared++; }
    else if (skip[i] === Skip.Placeholder) skippedPlaceholder++;
    else if (skip[i] === Skip.Short) skippedShort++;
    else withoutShingles++;
  }
  const ref = (i: number): HomogeneityPostRef => {
    const r: HomogeneityPostRef = { index: i, accountId: table.accountIds[acc[i]!]!, publishedAt: table.time[i]! };
    const id = ids?.[i]; if (id !== undefined) r.id = id;
    const title = titles?.[i]; if (title !== undefined) r.title = title;
    return r;
  };
  const isCited = (i: number, j: number) => {
    if (!ids || !repostOf) return false;
    const a = ids[i], b = ids[j];
    return (a !== undefined && repostOf[j] === a) || (b !== undefined && repostOf[i] === b);
  };
  interface Agg { lo: number; hi: number; pairs: number; cited: number; lags: number[]; loFirst: number; hiFirst: number; sim: number; jsum: number; ex: number[] }
  const aggs = new Map<number, Agg>();
  const matchedUncited = new F64List(), matchedCited = new F64List();
  const citedFlags = new Uint8Array(P);
  for (let k = 0; k < P; k++) {
    const i = X[k]!, j = Y[k]!;
    const ai = acc[i]!, aj = acc[j]!;
    // order accounts by id so a < b in the output
    const iLo = table.accountIds[ai]! < table.accountIds[aj]!;
    const lo = iLo ? ai : aj, hi = iLo ? aj : ai;
    const key = lo * nAcc + hi;
    let g = aggs.get(key);
    if (!g) aggs.set(key, (g = { lo, hi, pairs: 0, cited: 0, lags: [], loFirst: 0, hiFirst: 0, sim: 0, jsum: 0, ex: [] }));
    const cited = isCited(i, j);
    citedFlags[k] = cited ? 1 : 0;
    g.pairs++;
    if (cited) g.cited++;
    const ti = table.time[i]!, tj = table.time[j]!;
    g.lags.push(Math.abs(ti - tj));
    const tLo = iLo ? ti : tj, tHi = iLo ? tj : ti;
    if (tLo < tHi) g.loFirst++; else if (tHi < tLo) g.hiFirst++; else g.sim++;
    g.jsum += JAC[k]!;
    if (g.ex.length < examplesPerPair) g.ex.push(k);
    const list = cited ? matchedCited : matchedUncited;
    list.push(i * nAcc + aj);
    list.push(j * nAcc + ai);
  }
  const matchedCount = (list: F64List) => {
    const counts = new Map<number, number>(); // key (account·nAcc + other) → distinct posts
    for (const v of list.sortedUnique()) {
      const post = Math.floor(v / nAcc), other = v - post * nAcc;
      const k = acc[post]! * nAcc + other;
      counts.set(k, (counts.get(k) ?? 0) + 1);
    }
    return counts;
  };
  const uncitedCounts = matchedCount(matchedUncited), citedCounts = matchedCount(matchedCited);
  const pairOf = (k: number): HomogeneousPostPair => ({ a: ref(X[k]!), b: ref(Y[k]!), jaccard: JAC[k]!, cited: citedFlags[k] === 1 });
  const accountPairs: HomogeneousAccountPair[] = [];
  for (const g of aggs.values()) {
    const a = table.accountIds[g.lo]!, b = table.accountIds[g.hi]!;
    const postsA = postsPer[g.lo]!, postsB = postsPer[g.hi]!;
    const share = (c: Map<number, number>, x: number, y: number, n: number) => (n > 0 ? (c.get(x * nAcc + y) ?? 0) / n : 0);
    const shareAInB = share(uncitedCounts, g.lo, g.hi, postsA), shareBInA = share(uncitedCounts, g.hi, g.lo, postsB);
    const source = g.loFirst > g.hiFirst ? a : g.hiFirst > g.loFirst ? b : null;
    accountPairs.push({
      a, b, postsA, postsB, pairs: g.pairs, citedPairs: g.cited,
      shareAInB, shareBInA,
      citedShareAInB: share(citedCounts, g.lo, g.hi, postsA), citedShareBInA: share(citedCounts, g.hi, g.lo, postsB),
      medianLagMs: median(g.lags)!, aFirst: g.loFirst, bFirst: g.hiFirst, simultaneous: g.sim,
      source, copier: source === null ? null : source === a ? b : a,
      meanJaccard: g.jsum / g.pairs,
      homogeneous: g.pairs - g.cited >= minPairs && Math.max(shareAInB, shareBInA) >= minShare,
      examples: g.ex.map(pairOf),
    });
  }
  accountPairs.sort((x, y) => Math.max(y.shareAInB, y.shareBInA) - Math.max(x.shareAInB, x.shareBInA) || y.pairs - x.pairs || (x.a < y.a ? -1 : x.a > y.a ? 1 : x.b < y.b ? -1 : 1));

  // 5. Clusters (union-find) and suggestions.
  const clusters = clusterAccounts(accountPairs);
  // Later half of each uncited pair published at distinct times: a copy, not the account's own work.
  const copies = new Uint8Array(N), sourced = new Float64Array(nAcc);
  for (let k = 0; k < P; k++) {
    if (citedFlags[k] === 1) continue;
    const i = X[k]!, j = Y[k]!, ti = table.time[i]!, tj = table.time[j]!;
    if (ti < tj) { copies[j] = 1; sourced[acc[i]!]!++; } else if (tj < ti) { copies[i] = 1; sourced[acc[j]!]!++; }
  }
  const { suggestions, highOverlap } = consolidationSuggestions(table, accountPairs, clusters, options, start, end, copies, sourced);

  let citedTotal = 0;
  for (let k = 0; k < P; k++) citedTotal += citedFlags[k]!;
  const listed: HomogeneousPostPair[] = [];
  for (let k = 0; k < Math.min(P, maxListed); k++) listed.push(pairOf(k));
  return {
    pairs: { count: P, cited: citedTotal, candidates: candidates.length, screened, rejected, list: listed },
    accountPairs,
    clusters,
    suggestions,
    highOverlap,
    stats: {
      posts: N, compared, withoutShingles, skipped: { placeholder: skippedPlaceholder, short: skippedShort }, minChars, threshold: o.threshold, shingleSize: o.shingleSize, numPerm: o.numPerm, bands: o.bands, rows: o.rows, method: o.method,
    },
  };
}

/**
 * The text compared for each post under a `field` choice: the post's own text (Weibo
 * repost chain, links and emoticon codes removed). Internal; shared with the
 * worker-thread helper so band keys computed there match. Throws TypeError naming
 * `fn` when the table lacks the column.
 * @internal
 * @param fn The calling function's name, for the error message.
 * @param table The posts.
 * @param field Which text: `text`, `title`, or `auto` (texts, else titles).
 * @returns The compared text of post `i` (undefined when it has none).
 * @throws {TypeError} naming `fn` when the table lacks the column.
 */
export function comparedText(fn: string, table: PostsTable, field: 'auto' | 'text' | 'title'): (i: number) => string | undefined {
  const raw = rawComparedText(fn, table, field);
  return (i: number) => { const t = raw(i); return t === undefined ? undefined : ownText(t).own; };
}

/** The column value compared for each post under a `field` choice, as read (internal). */
function rawComparedText(fn: string, table: PostsTable, field: 'auto' | 'text' | 'title'): (i: number) => string | undefined {
  const texts = table.texts, titles = table.titles;
  if (field !== 'title' && !texts && (field === 'text' || !titles)) throw new TypeError(`${fn}: the table has no ${field === 'text' ? 'texts' : 'texts or titles'} column`);
  if (field === 'title' && !titles) throw new TypeError(`${fn}: the table has no titles column`);
  return (i: number) => (field === 'title' ? titles![i] : field === 'text' ? texts![i] : (texts?.[i] ?? titles?.[i]));
}

function clusterAccounts(accountPairs: readonly HomogeneousAccountPair[]): { accountIds: string[]; homogeneousPairs: number }[] {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let r = x;
    while (parent.get(r)! !== r) r = parent.get(r)!;
    while (parent.get(x)! !== r) { const n = parent.get(x)!; parent.set(x, r); x = n; }
    return r;
  };
  for (const p of accountPairs) {
    if (!p.homogeneous) continue;
    if (!parent.has(p.a)) parent.set(p.a, p.a);
    if (!parent.has(p.b)) parent.set(p.b, p.b);
    const ra = find(p.a), rb = find(p.b);
    if (ra !== rb) parent.set(ra < rb ? rb : ra, ra < rb ? ra : rb);
  }
  const groups = new Map<string, { accountIds: string[]; homogeneousPairs: number }>();
  for (const x of parent.keys()) {
    const r = find(x);
    let g = groups.get(r);
    if (!g) groups.set(r, (g = { accountIds: [], homogeneousPairs: 0 }));
    g.accountIds.push(x);
  }
  for (const p of accountPairs) if (p.homogeneous) groups.get(find(p.a))!.homogeneousPairs++;
  const out = [...groups.values()];
  for (const g of out) g.accountIds.sort();
  return out.sort((x, y) => y.accountIds.length - x.accountIds.length || (x.accountIds[0]! < y.accountIds[0]! ? -1 : 1));
}

function consolidationSuggestions(
  table: PostsTable, accountPairs: readonly HomogeneousAccountPair[], clusters: readonly { accountIds: string[] }[],
  options: FindHomogeneousAccountsOptions, start: number, end: number, copies: Uint8Array, sourced: Float64Array,
): { suggestions: ConsolidationSuggestion[]; highOverlap: HighOverlapGroup[] } {
  const byId = new Map<string, Account>();
  for (const a of options.accounts ?? []) byId.set(a.id, a);
  const scoreOf = (id: string): number | undefined => {
    const s = options.scores;
    if (!s) return undefined;
    const v = s instanceof Map ? s.get(id) : (s as Record<string, number>)[id];
    return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
  };
  // activity within the window: own posts (not later copies) and reads per account
  const nAcc = table.accountIds.length;
  const own = new Float64Array(nAcc), readSum = new Float64Array(nAcc), hasReads = new Uint8Array(nAcc);
  for (let i = 0; i < table.size; i++) {
    const t = table.time[i]!;
    if (!(t >= start && t < end)) continue;
    const a = table.account[i]!;
    if (copies[i] === 1) continue;
    own[a]!++;
    const r = table.reads[i]!;
    if (!Number.isNaN(r)) { readSum[a]! += r; hasReads[a] = 1; }
  }
  const index = (id: string) => table.accountIndex(id);
  const posts = { get: (id: string) => { const k = index(id); return k === undefined ? 0 : own[k]!; } };
  const source = { get: (id: string) => { const k = index(id); return k === undefined ? 0 : sourced[k]!; } };
  const reads = { get: (id: string) => { const k = index(id); return k === undefined ? 0 : readSum[k]!; } };
  const pickKeep = (members: string[]): { keep: string; because: string } => {
    const ranked = [...members].sort((x, y) => {
      const sx = scoreOf(x) ?? -Infinity, sy = scoreOf(y) ?? -Infinity;
      return sy - sx || posts.get(y) - posts.get(x) || source.get(y) - source.get(x) || reads.get(y) - reads.get(x) || (x < y ? -1 : 1);
    });
    const keep = ranked[0]!;
    const s = scoreOf(keep);
    // Reads only when the export has them for the kept account (Weibo exports do not: no "阅读 0").
    const k = index(keep);
    const readsPart = k !== undefined && hasReads[k] === 1 ? `，阅读 ${reads.get(keep)}` : '';
    return { keep, because: s !== undefined ? `指数 ${s}` : `本期自有发文 ${posts.get(keep)} 篇，被他号转载 ${source.get(keep)} 次${readsPart}` };
  };
  const pairsWithin = (set: Set<string>) => accountPairs.filter((p) => set.has(p.a) && set.has(p.b));
  const out: ConsolidationSuggestion[] = [];
  const covered = new Set<string>();
  // Structural groups: one unit, several (not closed) accounts on one platform.
  const groups = new Map<string, Account[]>();
  for (const a of byId.values()) {
    if (a.status === 'closed') continue;
    const k = `${a.unit}\u0000${a.platform}`;
    const g = groups.get(k);
    if (g) g.push(a); else groups.set(k, [a]);
  }
  // Groups in (unit, platform) order, not in the order the ledger lists accounts.
  for (const key of [...groups.keys()].sort()) {
    const g = groups.get(key)!;
    if (g.length < 2) continue;
    const members = g.map((a) => a.id).sort();
    const set = new Set(members);
    const ev = pairsWithin(set);
    const { keep, because } = pickKeep(members);
    out.push({
      reason: ev.some((p) => p.homogeneous) ? 'both' : 'same-unit-platform',
      unit: g[0]!.unit, platform: g[0]!.platform, keep, keepBecause: because, merge: members.filter((x) => x !== keep),
      evidence: { accountPairs: ev },
    });
    for (const m of members) covered.add(m);
  }
  const highOverlap: HighOverlapGroup[] = [];
  for (const c of clusters) {
    if (c.accountIds.every((a) => covered.has(a))) continue;
    const set = new Set(c.accountIds);
    const unitOf = (a: string) => { const u = byId.get(a)?.unit; return u === undefined || u.trim() === '' ? undefined : u; };
    const units = new Set(c.accountIds.map(unitOf));
    const platforms = new Set(c.accountIds.map((a) => byId.get(a)?.platform));
    const known = [...units].filter((u): u is string => u !== undefined);
    const unknown = c.accountIds.filter((a) => unitOf(a) === undefined);
    if (known.length !== 1 || unknown.length > 0) {
      // Different host units, or a unit not known: high overlap, reported apart; never a merge across units.
      highOverlap.push({
        accountIds: [...c.accountIds].sort(), units: known.sort(), unitUnknown: unknown.sort(),
        evidence: { accountPairs: pairsWithin(set).filter((p) => p.homogeneous) },
      });
      continue;
    }
    const { keep, because } = pickKeep(c.accountIds);
    const s: ConsolidationSuggestion = {
      reason: 'homogeneous-content', keep, keepBecause: because, merge: c.accountIds.filter((x) => x !== keep),
      evidence: { accountPairs: pairsWithin(set).filter((p) => p.homogeneous) },
    };
    if (units.size === 1 && [...units][0] !== undefined) s.unit = [...units][0]!;
    if (platforms.size === 1 && [...platforms][0] !== undefined) s.platform = [...platforms][0]!;
    out.push(s);
  }
  const cmp = (x = '', y = '') => (x < y ? -1 : x > y ? 1 : 0);
  out.sort((x, y) => cmp(x.unit, y.unit) || cmp(x.platform, y.platform) || cmp(x.keep, y.keep));
  highOverlap.sort((x, y) => cmp(x.accountIds[0], y.accountIds[0]));
  return { suggestions: out, highOverlap };
}
