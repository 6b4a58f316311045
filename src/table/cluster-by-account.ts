import type { PostsTable } from './posts-table.js';

/** Numeric columns of a posts table that a {@link ClusteredPosts} can hold in account-major order. */
export type ClusteredColumn = 'time' | 'reads' | 'looks' | 'likes' | 'shares' | 'comments' | 'position' | 'original';
type ColumnType<C extends ClusteredColumn> = C extends 'position' ? Uint16Array : C extends 'original' ? Uint8Array : Float64Array;

/**
 * A posts table's rows in account-major order: the posts of account 0 (dictionary
 * index) first, sorted by time, then account 1's, and so on. Account `a`'s posts are
 * positions `offsets[a] … offsets[a + 1] − 1` of the clustered columns, and
 * `order[p]` is the table row at clustered position p (ties in time keep row order).
 *
 * Built once per table by {@link clusterByAccount} and cached with it; columns are
 * gathered on first use ({@link ClusteredPosts.column}) and kept, so a table scored
 * with several index versions, periods or bootstrap replicates pays once. Memory:
 * 4 bytes per post for `order`, plus 8 (metrics, time), 2 (position) or 1 (original)
 * per gathered column. Where `SharedArrayBuffer` exists (Node; cross-origin-isolated
 * pages) the arrays live on one, so worker threads read them without copying.
 *
 * The per-account pass over it is the primitive the other modules use: see
 * `accountRanges` (a period = two binary searches per account) and
 * `accumulateAccountFields`.
 */
export interface ClusteredPosts {
  /** The table clustered. */
  readonly table: PostsTable;
  /** Account count (= `table.accountIds.length`). */
  readonly accounts: number;
  /** `accounts + 1` offsets into the clustered columns. */
  readonly offsets: Uint32Array;
  /** Clustered position → table row. */
  readonly order: Uint32Array;
  /** Publication times in clustered order (nondecreasing within each account; NaN last). */
  readonly time: Float64Array;
  /** A numeric column in clustered order (gathered on first call, then cached). */
  column<C extends ClusteredColumn>(name: C): ColumnType<C>;
}

const cache = new WeakMap<PostsTable, ClusteredPosts>();

/** Allocates on a SharedArrayBuffer when the platform has one (so workers can share it), else an ArrayBuffer. */
function buffer(bytes: number): ArrayBuffer {
  const SAB = (globalThis as { SharedArrayBuffer?: typeof SharedArrayBuffer }).SharedArrayBuffer;
  return (typeof SAB === 'function' ? new SAB(bytes) : new ArrayBuffer(bytes)) as ArrayBuffer;
}

/**
 * The account-major order of a posts table (built on the first call, then cached
 * for the table's lifetime): a counting sort of the rows by account index (O(posts
 * + accounts), stable), then each account's run sorted by time when it is not
 * already (exports are usually in time order, so this is usually one check). Sorting
 * a run packs `(time − min) × m + j` into one float64 key when that is exact (integer
 * ms times, span × run length < 2^53) and uses the native typed-array sort; otherwise a
 * comparison sort. Ties in time keep table row order.
 *
 * Complexity O(posts + accounts) for time-ordered runs, O(m log m) for a run of m
 * posts out of order. Memory 12 bytes per post (order + time) plus 4 per account.
 * @throws {RangeError} for 2^32 posts or more; the result's `column(name)` throws it for an unknown column.
 * @returns The clustered view: `offsets` per account, the row `order`, `time`, and `column(name)` in that order.
 * @example
 * const c = clusterByAccount(table);
 * const a = table.accountIndex('gov_1')!;
 * for (let p = c.offsets[a]!; p < c.offsets[a + 1]!; p++) c.column('reads')[p]; // gov_1's reads, oldest first
 */
export function clusterByAccount(table: PostsTable): ClusteredPosts {
  const hit = cache.get(table);
  if (hit) return hit;
  const n = table.size, k = table.accountIds.length;
  if (n >= 2 ** 32) throw new RangeError(`clusterByAccount: ${n} posts exceed 2^32`);
  const A = table.account, T = table.time;
  const offsets = new Uint32Array(buffer(4 * (k + 1)));
  for (let i = 0; i < n; i++) offsets[A[i]! + 1]!++;
  for (let a = 0; a < k; a++) offsets[a + 1]! += offsets[a]!;
  // Two cache-friendly steps instead of one random permutation (with 10^5 accounts a
  // direct counting sort writes to 10^5 places at once, missing the cache on nearly
  // every post): (1) scatter rows into ≤ 1024 buckets of consecutive accounts, each
  // written sequentially; (2) within each bucket (a few thousand posts, cache-resident),
  // place each post at its account's cursor. `perm1` and `perm2` are those two maps;
  // every column is moved by the same two passes.
  let shift = 0;
  const target = Math.min(1024, Math.max(1, Math.ceil(n / 8192)));
  while (Math.ceil(k / 2 ** shift) > target) shift++;
  const nb = Math.max(1, Math.ceil(k / 2 ** shift));
  const bucketStart = new Uint32Array(nb + 1);
  for (let b = 0; b <= nb; b++) bucketStart[b] = offsets[Math.min(k, b * 2 ** shift)]!;
  const perm1 = new Uint32Array(n);
  const bc = bucketStart.slice(0, nb);
  for (let i = 0; i < n; i++) perm1[i] = bc[A[i]! >>> shift]!++;
  const acc1 = new Uint32Array(n);
  scatterU32(A, perm1, acc1);
  const perm2 = new Uint32Array(n);
  const cursor = offsets.slice(0, k);
  for (let q = 0; q < n; q++) perm2[q] = cursor[acc1[q]!]!++;
  const time = new Float64Array(buffer(8 * n));
  const tmp = new Float64Array(n);
  scatterF64(T, perm1, tmp);
  scatterF64(tmp, perm2, time);
  // Rows in account-major order by row number; now sort each run by time when needed.
  const rows = new Uint32Array(n);
  for (let i = 0; i < n; i++) rows[i] = i;
  const rows1 = new Uint32Array(n);
  scatterU32(rows, perm1, rows1);
  const order = new Uint32Array(buffer(4 * n));
  scatterU32(rows1, perm2, order);
  // fix: old position → time-sorted position, for runs that were out of order.
  let fix: Uint32Array | undefined;
  for (let a = 0; a < k; a++) {
    const lo = offsets[a]!, hi = offsets[a + 1]!;
    let sorted = true;
    for (let p = lo + 1; p < hi; p++) if (!(time[p - 1]! <= time[p]!)) { sorted = false; break; }
    if (sorted) continue;
    if (!fix) { fix = rows; } // rows is the identity, no longer needed as such
    sortRun(order, time, lo, hi, fix);
  }
  // perm2 then sends each bucket position to its final, time-sorted place (reads stay inside the bucket).
  if (fix) for (let q = 0; q < n; q++) perm2[q] = fix[perm2[q]!]!;
  const columns = new Map<ClusteredColumn, Float64Array | Uint16Array | Uint8Array>([['time', time]]);
  const clustered: ClusteredPosts = {
    table, accounts: k, offsets, order, time,
    column<C extends ClusteredColumn>(name: C): ColumnType<C> {
      let col = columns.get(name);
      if (!col) {
        const src = table[name] as Float64Array | Uint16Array | Uint8Array;
        if (!src || !ArrayBuffer.isView(src)) throw new RangeError(`clusterByAccount: unknown column "${String(name)}"`);
        // One monomorphic pair of loops per element type (a shared loop over three array types runs megamorphic, ~10× slower).
        if (src instanceof Float64Array) { const t = new Float64Array(n), out = new Float64Array(buffer(8 * n)); scatterF64(src, perm1, t); scatterF64(t, perm2, out); col = out; }
        else if (src instanceof Uint16Array) { const t = new Uint16Array(n), out = new Uint16Array(buffer(2 * n)); scatterU16(src, perm1, t); scatterU16(t, perm2, out); col = out; }
        else { const t = new Uint8Array(n), out = new Uint8Array(buffer(n)); scatterU8(src as Uint8Array, perm1, t); scatterU8(t, perm2, out); col = out; }
        columns.set(name, col);
      }
      return col as ColumnType<C>;
    },
  };
  cache.set(table, clustered);
  return clustered;
}

function scatterF64(src: Float64Array, to: Uint32Array, out: Float64Array): void { for (let i = 0, n = src.length; i < n; i++) out[to[i]!] = src[i]!; }
function scatterU32(src: Uint32Array, to: Uint32Array, out: Uint32Array): void { for (let i = 0, n = src.length; i < n; i++) out[to[i]!] = src[i]!; }
function scatterU16(src: Uint16Array, to: Uint32Array, out: Uint16Array): void { for (let i = 0, n = src.length; i < n; i++) out[to[i]!] = src[i]!; }
function scatterU8(src: Uint8Array, to: Uint32Array, out: Uint8Array): void { for (let i = 0, n = src.length; i < n; i++) out[to[i]!] = src[i]!; }

/** Sorts positions lo…hi−1 by time (stable: ties keep their current, i.e. row, order); records old → new positions in `fix`. */
const SRC = new Uint32Array(32);
function hasNaN(time: Float64Array, lo: number, hi: number): boolean {
  for (let p = lo; p < hi; p++) if (Number.isNaN(time[p]!)) return true;
  return false;
}

function sortRun(order: Uint32Array, time: Float64Array, lo: number, hi: number, fix: Uint32Array): void {
  const m = hi - lo;
  if (m <= 32 && !hasNaN(time, lo, hi)) {
    // Short runs (most accounts): stable insertion sort in place, no allocation.
    for (let j = lo; j < hi; j++) SRC[j - lo] = j;
    for (let j = lo + 1; j < hi; j++) {
      const t = time[j]!, r = order[j]!, src = SRC[j - lo]!;
      let q = j - 1;
      while (q >= lo && time[q]! > t) { time[q + 1] = time[q]!; order[q + 1] = order[q]!; SRC[q + 1 - lo] = SRC[q - lo]!; q--; }
      time[q + 1] = t; order[q + 1] = r; SRC[q + 1 - lo] = src;
    }
    for (let j = lo; j < hi; j++) fix[SRC[j - lo]!] = j;
    return;
  }
  let min = Infinity, max = -Infinity, integral = true;
  for (let p = lo; p < hi; p++) {
    const t = time[p]!;
    if (t < min) min = t;
    if (t > max) max = t;
    if (!Number.isInteger(t)) integral = false;
  }
  const rows = order.slice(lo, hi);
  if (integral && (max - min + 1) * m < 2 ** 53) {
    const keys = new Float64Array(m);
    for (let j = 0; j < m; j++) keys[j] = (time[lo + j]! - min) * m + j;
    keys.sort();
    for (let j = 0; j < m; j++) {
      const key = keys[j]!, src = key % m;
      order[lo + j] = rows[src]!;
      time[lo + j] = min + (key - src) / m;
      fix[lo + src] = lo + j;
    }
    return;
  }
  const ts = time.slice(lo, hi);
  const idx = Array.from({ length: m }, (_, j) => j);
  const nan = (x: number) => Number.isNaN(x);
  idx.sort((x, y) => {
    const a = ts[x]!, b = ts[y]!;
    if (nan(a) || nan(b)) return nan(a) === nan(b) ? x - y : nan(a) ? 1 : -1;
    return a - b || x - y;
  });
  for (let j = 0; j < m; j++) { order[lo + j] = rows[idx[j]!]!; time[lo + j] = ts[idx[j]!]!; fix[lo + idx[j]!] = lo + j; }
}

