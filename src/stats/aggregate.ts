import type { PostsTable } from '../table/posts-table.js';

/** The per-account fields kept by {@link aggregateByAccount}: sums, counts and maxima. */
export const AGGREGATE_FIELDS = [
  'articles', 'pushes', 'originals',
  'reads', 'looks', 'likes', 'shares', 'comments',
  'headlineReads', 'headlineLooks', 'headlineLikes', 'headlineShares', 'headlineComments',
  'maxReads', 'maxLooks', 'maxLikes', 'maxShares', 'maxComments',
  'firstTime', 'lastTime',
] as const;
export type AggregateField = (typeof AGGREGATE_FIELDS)[number];

/**
 * Per-account partial aggregates, columnar: `accountIds[k]` and `fields[f][k]` for
 * account k. They are mergeable (SPEC §3): sums and counts add, maxima take the
 * max, first/last times take min/max, so aggregating two shards and merging gives
 * the same result as aggregating the whole table ({@link mergeAggregates}).
 *
 * Conventions: `articles` = n (posts), `pushes` = nt (headline posts, position 1),
 * `originals` = posts marked original. Missing metric values (NaN in the table)
 * add 0 to sums and do not raise maxima; an account with no posts in range has
 * zeros, `firstTime = +Infinity`, `lastTime = -Infinity`.
 */
export interface AccountAggregates {
  accountIds: readonly string[];
  fields: Record<AggregateField, Float64Array>;
}

/** Options for {@link aggregateByAccount}. */
export interface AggregateOptions {
  /** Only posts with `start <= time < end` (e.g. a `Period`). Default: all posts. */
  period?: { start: number; end: number };
}

function emptyAggregates(accountIds: readonly string[]): AccountAggregates {
  const k = accountIds.length;
  const fields = {} as Record<AggregateField, Float64Array>;
  for (const f of AGGREGATE_FIELDS) fields[f] = new Float64Array(k);
  fields.firstTime.fill(Infinity);
  fields.lastTime.fill(-Infinity);
  return { accountIds, fields };
}

/**
 * Aggregates a posts table per account in one pass over its typed-array columns
 * (no per-post objects, no map lookups): sums, counts, headline sums and maxima.
 * Every account in the table's dictionary gets a slot, posting or not.
 *
 * Complexity O(posts + accounts) time, O(accounts) memory.
 * @example aggregateByAccount(table).fields.reads[table.accountIndex('a')!] // total reads of account a
 */
export function aggregateByAccount(table: PostsTable, options: AggregateOptions = {}): AccountAggregates {
  const agg = emptyAggregates(table.accountIds);
  const F = agg.fields;
  const { articles, pushes, originals, reads, looks, likes, shares, comments } = F;
  const { headlineReads, headlineLooks, headlineLikes, headlineShares, headlineComments } = F;
  const { maxReads, maxLooks, maxLikes, maxShares, maxComments, firstTime, lastTime } = F;
  const lo = options.period?.start ?? -Infinity;
  const hi = options.period?.end ?? Infinity;
  const A = table.account, T = table.time, R = table.reads, Z = table.looks, L = table.likes, S = table.shares, C = table.comments;
  const P = table.position, O = table.original;
  for (let i = 0, n = table.size; i < n; i++) {
    const t = T[i]!;
    if (!(t >= lo && t < hi)) continue;
    const a = A[i]!;
    const r = R[i]!, z = Z[i]!, l = L[i]!, s = S[i]!, c = C[i]!;
    const r0 = r || 0, z0 = z || 0, l0 = l || 0, s0 = s || 0, c0 = c || 0; // NaN (missing) → 0
    articles[a]!++;
    if (O[i] === 1) originals[a]!++;
    reads[a]! += r0; looks[a]! += z0; likes[a]! += l0; shares[a]! += s0; comments[a]! += c0;
    if (r > maxReads[a]!) maxReads[a] = r;
    if (z > maxLooks[a]!) maxLooks[a] = z;
    if (l > maxLikes[a]!) maxLikes[a] = l;
    if (s > maxShares[a]!) maxShares[a] = s;
    if (c > maxComments[a]!) maxComments[a] = c;
    if (P[i] === 1) {
      pushes[a]!++;
      headlineReads[a]! += r0; headlineLooks[a]! += z0; headlineLikes[a]! += l0; headlineShares[a]! += s0; headlineComments[a]! += c0;
    }
    if (t < firstTime[a]!) firstTime[a] = t;
    if (t > lastTime[a]!) lastTime[a] = t;
  }
  return agg;
}

const isMax = (f: AggregateField) => f.startsWith('max') || f === 'lastTime';

/**
 * Merges partial aggregates from shards (tables with possibly different account
 * dictionaries), matching accounts by id. Accounts appear in first-seen order.
 * Complexity O(total accounts).
 */
export function mergeAggregates(...parts: AccountAggregates[]): AccountAggregates {
  const index = new Map<string, number>();
  const ids: string[] = [];
  for (const p of parts) for (const id of p.accountIds) if (!index.has(id)) { index.set(id, ids.length); ids.push(id); }
  const out = emptyAggregates(ids);
  for (const p of parts) {
    const map = p.accountIds.map((id) => index.get(id)!);
    for (const f of AGGREGATE_FIELDS) {
      const src = p.fields[f], dst = out.fields[f];
      if (f === 'firstTime') map.forEach((k, j) => { if (src[j]! < dst[k]!) dst[k] = src[j]!; });
      else if (isMax(f)) map.forEach((k, j) => { if (src[j]! > dst[k]!) dst[k] = src[j]!; });
      else map.forEach((k, j) => { dst[k]! += src[j]!; });
    }
  }
  return out;
}

/** One account's aggregates as a plain object (JSON-friendly; times as epoch ms or null). */
export type AccountAggregate = { accountId: string } & Record<AggregateField, number>;

/** Reads account k's aggregates into a plain object. */
export function aggregateOf(agg: AccountAggregates, k: number): AccountAggregate {
  const id = agg.accountIds[k];
  if (id === undefined) throw new RangeError(`aggregateOf: account index ${k} out of range`);
  const o = { accountId: id } as AccountAggregate;
  for (const f of AGGREGATE_FIELDS) o[f] = agg.fields[f][k]!;
  return o;
}
