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
 * @returns Columnar aggregates: `accountIds[k]` and `fields[f][k]`.
 * @example aggregateByAccount(table).fields.reads[table.accountIndex('a')!] // total reads of account a
 */
export function aggregateByAccount(table: PostsTable, options: AggregateOptions = {}): AccountAggregates {
  const k = table.accountIds.length;
  // Accumulate interleaved (one 20-slot record per account, slots in AGGREGATE_FIELDS
  // order): a post touches one or two cache lines instead of twenty separate arrays,
  // which is what dominates with 10^5 accounts. De-interleaved into columns at the end.
  const W = STRIDE;
  const acc = new Float64Array(k * W);
  for (let a = 0; a < k; a++) { acc[a * W + FIRST] = Infinity; acc[a * W + LAST] = -Infinity; }
  const lo = options.period?.start ?? -Infinity;
  const hi = options.period?.end ?? Infinity;
  const A = table.account, T = table.time, R = table.reads, Z = table.looks, L = table.likes, S = table.shares, C = table.comments;
  const P = table.position, O = table.original;
  for (let i = 0, n = table.size; i < n; i++) {
    const t = T[i]!;
    if (!(t >= lo && t < hi)) continue;
    const b = A[i]! * W;
    const r = R[i]!, z = Z[i]!, l = L[i]!, s = S[i]!, c = C[i]!;
    const r0 = r || 0, z0 = z || 0, l0 = l || 0, s0 = s || 0, c0 = c || 0; // NaN (missing) → 0
    acc[b]! += 1;
    if (O[i] === 1) acc[b + 2]! += 1;
    acc[b + 3]! += r0; acc[b + 4]! += z0; acc[b + 5]! += l0; acc[b + 6]! += s0; acc[b + 7]! += c0;
    if (P[i] === 1) {
      acc[b + 1]! += 1;
      acc[b + 8]! += r0; acc[b + 9]! += z0; acc[b + 10]! += l0; acc[b + 11]! += s0; acc[b + 12]! += c0;
    }
    if (r > acc[b + 13]!) acc[b + 13] = r;
    if (z > acc[b + 14]!) acc[b + 14] = z;
    if (l > acc[b + 15]!) acc[b + 15] = l;
    if (s > acc[b + 16]!) acc[b + 16] = s;
    if (c > acc[b + 17]!) acc[b + 17] = c;
    if (t < acc[b + FIRST]!) acc[b + FIRST] = t;
    if (t > acc[b + LAST]!) acc[b + LAST] = t;
  }
  const fields = {} as Record<AggregateField, Float64Array>;
  AGGREGATE_FIELDS.forEach((f, slot) => {
    const col = new Float64Array(k);
    for (let a = 0; a < k; a++) col[a] = acc[a * W + slot]!;
    fields[f] = col;
  });
  return { accountIds: table.accountIds, fields };
}

const STRIDE = AGGREGATE_FIELDS.length;
const FIRST = AGGREGATE_FIELDS.indexOf('firstTime');
const LAST = AGGREGATE_FIELDS.indexOf('lastTime');

const isMax = (f: AggregateField) => f.startsWith('max') || f === 'lastTime';

/**
 * Merges partial aggregates from shards (tables with possibly different account
 * dictionaries), matching accounts by id. Accounts appear in first-seen order.
 * Complexity O(total accounts).
 * @param parts Aggregates of the shards.
 * @returns One aggregate over all shards.
 * @example mergeAggregates(aggregateByAccount(tableA), aggregateByAccount(tableB)).accountIds // every account of both shards, first-seen order
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

/**
 * Reads account k's aggregates into a plain object.
 * @param agg The aggregates.
 * @param k An account index.
 * @returns Account k's figures as an object.
 * @throws {RangeError} when `k` is out of range.
 * @example aggregateOf(aggregateByAccount(table), 0).articles // posts of the first account
 */
export function aggregateOf(agg: AccountAggregates, k: number): AccountAggregate {
  const id = agg.accountIds[k];
  if (id === undefined) throw new RangeError(`aggregateOf: account index ${k} out of range`);
  const o = { accountId: id } as AccountAggregate;
  for (const f of AGGREGATE_FIELDS) o[f] = agg.fields[f][k]!;
  return o;
}
