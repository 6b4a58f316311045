// Internal: the clustered per-account kernel behind `accumulateAccountFields`, over
// bare typed arrays so that a worker thread can run it on shared columns without a
// PostsTable (src/io/node/score-accounts-parallel.ts). Not exported from the barrel.
import { lowerBound } from '../table/account-ranges.js';
import { clusterByAccount } from '../table/cluster-by-account.js';
import type { PostsTable } from '../table/posts-table.js';
import { accountFieldSpec, POST_METRICS, type AccountField, type PostMetric } from './account-fields.js';

/** The clustered columns a kernel run reads (only those its fields need must be present). */
export interface KernelColumns {
  offsets: Uint32Array;
  time: Float64Array;
  position?: Uint16Array | undefined;
  original?: Uint8Array | undefined;
  metrics: Partial<Record<PostMetric, Float64Array>>;
}

/** Which clustered columns a list of fields needs. */
export function kernelNeeds(fields: readonly AccountField[]): { position: boolean; original: boolean; metrics: PostMetric[] } {
  let position = false, original = false;
  const metrics = new Set<PostMetric>();
  for (const f of fields) {
    const s = accountFieldSpec(f);
    if (!s) throw new RangeError(`accumulateAccountFields: unknown field "${String(f)}"`);
    if (f === 'pushes' || s.fold === 'headline') position = true;
    if (f === 'originals' || f === 'originalityUnknown' || s.fold === 'original') original = true;
    if (s.metric) metrics.add(s.metric);
  }
  return { position, original, metrics: POST_METRICS.filter((m) => metrics.has(m)) };
}

const CHINA_OFFSET = 8 * 3600_000, DAY = 86_400_000;

interface Plan { col: Float64Array; sum: Float64Array | null; head: Float64Array | null; max: Float64Array | null; orig: Float64Array | null }

/** Scratch results of the run loops (sums, headline sums, maxima, originals' sums). */
const R = new Float64Array(9);

// NaN (missing) adds 0 to sums (`x || 0`) and never raises a maximum (`NaN > m` is false).
function run3h(c0: Float64Array, c1: Float64Array, c2: Float64Array, P: Uint16Array, lo: number, hi: number, out: Float64Array): void {
  let s0 = 0, s1 = 0, s2 = 0, h0 = 0, h1 = 0, h2 = 0, m0 = 0, m1 = 0, m2 = 0;
  for (let p = lo; p < hi; p++) {
    const x = c0[p]!, y = c1[p]!, z = c2[p]!, x0 = x || 0, y0 = y || 0, z0 = z || 0, h = P[p] === 1 ? 1 : 0;
    s0 += x0; s1 += y0; s2 += z0; h0 += h * x0; h1 += h * y0; h2 += h * z0;
    if (x > m0) m0 = x;
    if (y > m1) m1 = y;
    if (z > m2) m2 = z;
  }
  out[0] = s0; out[1] = s1; out[2] = s2; out[3] = h0; out[4] = h1; out[5] = h2; out[6] = m0; out[7] = m1; out[8] = m2;
}
function run3(c0: Float64Array, c1: Float64Array, c2: Float64Array, lo: number, hi: number, out: Float64Array): void {
  let s0 = 0, s1 = 0, s2 = 0, m0 = 0, m1 = 0, m2 = 0;
  for (let p = lo; p < hi; p++) {
    const x = c0[p]!, y = c1[p]!, z = c2[p]!;
    s0 += x || 0; s1 += y || 0; s2 += z || 0;
    if (x > m0) m0 = x;
    if (y > m1) m1 = y;
    if (z > m2) m2 = z;
  }
  out[0] = s0; out[1] = s1; out[2] = s2; out[3] = 0; out[4] = 0; out[5] = 0; out[6] = m0; out[7] = m1; out[8] = m2;
}
function run2h(c0: Float64Array, c1: Float64Array, P: Uint16Array, lo: number, hi: number, out: Float64Array): void {
  let s0 = 0, s1 = 0, h0 = 0, h1 = 0, m0 = 0, m1 = 0;
  for (let p = lo; p < hi; p++) {
    const x = c0[p]!, y = c1[p]!, x0 = x || 0, y0 = y || 0, h = P[p] === 1 ? 1 : 0;
    s0 += x0; s1 += y0; h0 += h * x0; h1 += h * y0;
    if (x > m0) m0 = x;
    if (y > m1) m1 = y;
  }
  out[0] = s0; out[1] = s1; out[2] = h0; out[3] = h1; out[4] = m0; out[5] = m1;
}
function run2(c0: Float64Array, c1: Float64Array, lo: number, hi: number, out: Float64Array): void {
  let s0 = 0, s1 = 0, m0 = 0, m1 = 0;
  for (let p = lo; p < hi; p++) {
    const x = c0[p]!, y = c1[p]!;
    s0 += x || 0; s1 += y || 0;
    if (x > m0) m0 = x;
    if (y > m1) m1 = y;
  }
  out[0] = s0; out[1] = s1; out[2] = 0; out[3] = 0; out[4] = m0; out[5] = m1;
}
function run1h(c: Float64Array, P: Uint16Array, lo: number, hi: number, out: Float64Array): void {
  let s = 0, h = 0, m = 0;
  for (let p = lo; p < hi; p++) { const x = c[p]!, x0 = x || 0; s += x0; h += (P[p] === 1 ? 1 : 0) * x0; if (x > m) m = x; }
  out[0] = s; out[1] = h; out[2] = m;
}
function run1(c: Float64Array, lo: number, hi: number, out: Float64Array): void {
  let s = 0, m = 0;
  for (let p = lo; p < hi; p++) { const x = c[p]!; s += x || 0; if (x > m) m = x; }
  out[0] = s; out[1] = 0; out[2] = m;
}
function run1o(c: Float64Array, P: Uint16Array | undefined, O: Uint8Array, lo: number, hi: number, out: Float64Array): void {
  let s = 0, h = 0, m = 0, o = 0;
  if (P) for (let p = lo; p < hi; p++) { const x = c[p]!, x0 = x || 0; s += x0; h += (P[p] === 1 ? 1 : 0) * x0; o += (O[p] === 1 ? 1 : 0) * x0; if (x > m) m = x; }
  else for (let p = lo; p < hi; p++) { const x = c[p]!, x0 = x || 0; s += x0; o += (O[p] === 1 ? 1 : 0) * x0; if (x > m) m = x; }
  out[0] = s; out[1] = h; out[2] = m; out[3] = o;
}

function run2o(c0: Float64Array, c1: Float64Array, O: Uint8Array, lo: number, hi: number, out: Float64Array): void {
  let s0 = 0, s1 = 0, m0 = 0, m1 = 0, o0 = 0, o1 = 0, n = 0, u = 0;
  for (let p = lo; p < hi; p++) {
    const x = c0[p]!, y = c1[p]!, x0 = x || 0, y0 = y || 0, f = O[p]!, g = f === 1 ? 1 : 0;
    s0 += x0; s1 += y0; o0 += g * x0; o1 += g * y0; n += g; u += f === 2 ? 1 : 0;
    if (x > m0) m0 = x;
    if (y > m1) m1 = y;
  }
  out[0] = s0; out[1] = s1; out[2] = m0; out[3] = m1; out[4] = o0; out[5] = o1; out[6] = n; out[7] = u;
}

function put(u: Plan, a: number, s: number, h: number, m: number, o: number): void {
  if (u.sum) u.sum[a] = s;
  if (u.head) u.head[a] = h;
  if (u.max) u.max[a] = m;
  if (u.orig) u.orig[a] = o;
}

/**
 * Accumulates `fields` for accounts `from … to − 1` over posts with
 * `start ≤ time < end`, writing `out[field][a]`. Each account's run is found by two
 * binary searches, then each needed column is streamed once over the run with its
 * accumulators in local variables (registers), and written once per account.
 * Same conventions as `aggregateByAccount`: NaN (missing) adds 0 and never raises a
 * maximum; maxima start at 0.
 */
export function accumulateAccountRange(
  cols: KernelColumns, fields: readonly AccountField[], start: number, end: number, from: number, to: number,
  out: Partial<Record<AccountField, Float64Array>>,
): void {
  const { offsets, time } = cols;
  const P = cols.position, O = cols.original;
  const need = (f: AccountField) => out[f] !== undefined && fields.includes(f);
  const oArticles = need('articles') ? out.articles! : null;
  const oPushes = need('pushes') ? out.pushes! : null;
  const oOriginals = need('originals') ? out.originals! : null;
  const oUnknown = need('originalityUnknown') ? out.originalityUnknown! : null;
  const oFirst = need('firstTime') ? out.firstTime! : null;
  const oLast = need('lastTime') ? out.lastTime! : null;
  const oDays = need('activeDays') ? out.activeDays! : null;
  // Per metric: its column and output columns (null = not asked for).
  const plans: Plan[] = POST_METRICS.flatMap((m): Plan[] => {
    const cap = m[0]!.toUpperCase() + m.slice(1);
    const o = (name: string) => (need(name as AccountField) ? out[name as AccountField]! : null);
    const sum = o(m), head = o(`headline${cap}`), max = o(`max${cap}`), orig = o(`original${cap}`);
    if (!sum && !head && !max && !orig) return [];
    const col = cols.metrics[m];
    if (!col) throw new RangeError(`accumulateAccountFields: column ${m} missing`);
    return [{ col, sum, head, max, orig }];
  });
  if ((oPushes || plans.some((p) => p.head)) && !P) throw new RangeError('accumulateAccountFields: column position missing');
  if ((oOriginals || oUnknown || plans.some((p) => p.orig)) && !O) throw new RangeError('accumulateAccountFields: column original missing');
  const withOrig = plans.filter((p) => p.orig);
  const rest = plans.filter((p) => !p.orig);
  const groups: Plan[][] = [];
  for (let j = 0; j < rest.length; j += 3) groups.push(rest.slice(j, j + 3));
  // Two metrics with originals' sums and no headline sums (BCI 7var: shares, comments) share one pass with the originals count.
  const pairOrig = withOrig.length === 2 && !withOrig[0]!.head && !withOrig[1]!.head;
  const whole = start === -Infinity && end === Infinity;
  for (let a = from; a < to; a++) {
    const s = offsets[a]!, e = offsets[a + 1]!;
    let lo = s, hi = e;
    if (!whole) {
      lo = start === -Infinity ? s : lowerBound(time, s, e, start);
      hi = end === Infinity ? e : lowerBound(time, lo, e, end);
    }
    if (end === Infinity) while (hi > lo && !(time[hi - 1]! < Infinity)) hi--;
    if (oArticles) oArticles[a] = hi - lo;
    if (oPushes) { let c = 0; for (let p = lo; p < hi; p++) if (P![p] === 1) c++; oPushes[a] = c; }
    if (pairOrig) {
      // BCI 7var: originals, unknown originality and two metrics' sums, maxima and originals' sums in one pass.
      const u = withOrig[0]!, v = withOrig[1]!;
      run2o(u.col, v.col, O!, lo, hi, R);
      if (oOriginals) oOriginals[a] = R[6]!;
      if (oUnknown) oUnknown[a] = R[7]!;
      put(u, a, R[0]!, 0, R[2]!, R[4]!); put(v, a, R[1]!, 0, R[3]!, R[5]!);
    } else if (oOriginals || oUnknown) {
      let c = 0, u = 0;
      for (let p = lo; p < hi; p++) { const o = O![p]!; if (o === 1) c++; else if (o === 2) u++; }
      if (oOriginals) oOriginals[a] = c;
      if (oUnknown) oUnknown[a] = u;
    }
    // Metrics without an originals sum go three (or two) to a loop: one pass over the run
    // reads each column once with nine accumulators in registers (WCI 14.2: reads, looks,
    // likes). Each loop is its own small function (V8 optimises small hot functions best).
    for (let g = 0; g < groups.length; g++) {
      const grp = groups[g]!;
      const u = grp[0]!;
      if (grp.length === 3) {
        const v = grp[1]!, w = grp[2]!;
        if (P && (u.head || v.head || w.head)) run3h(u.col, v.col, w.col, P, lo, hi, R);
        else run3(u.col, v.col, w.col, lo, hi, R);
        put(u, a, R[0]!, R[3]!, R[6]!, 0); put(v, a, R[1]!, R[4]!, R[7]!, 0); put(w, a, R[2]!, R[5]!, R[8]!, 0);
      } else if (grp.length === 2) {
        const v = grp[1]!;
        if (P && (u.head || v.head)) run2h(u.col, v.col, P, lo, hi, R); else run2(u.col, v.col, lo, hi, R);
        put(u, a, R[0]!, R[2]!, R[4]!, 0); put(v, a, R[1]!, R[3]!, R[5]!, 0);
      } else {
        if (P && u.head) run1h(u.col, P, lo, hi, R); else run1(u.col, lo, hi, R);
        put(u, a, R[0]!, R[1]!, R[2]!, 0);
      }
    }
    // Metrics with an originals sum (BCI 7var: shares and comments of original posts).
    for (let j = 0; j < (pairOrig ? 0 : withOrig.length); j++) {
      const u = withOrig[j]!;
      run1o(u.col, P, O!, lo, hi, R);
      put(u, a, R[0]!, R[1]!, R[2]!, R[3]!);
    }
    if (oFirst) oFirst[a] = hi > lo ? time[lo]! : Infinity;
    if (oLast) oLast[a] = hi > lo ? time[hi - 1]! : -Infinity;
    if (oDays) {
      let d = 0, prev = NaN;
      for (let p = lo; p < hi; p++) { const day = Math.floor((time[p]! + CHINA_OFFSET) / DAY); if (day !== prev) { d++; prev = day; } }
      oDays[a] = d;
    }
  }
}

/** The kernel's view of a table's clustered columns (gathering those the fields need). */
export function kernelColumnsOf(table: PostsTable, fields: readonly AccountField[]): KernelColumns {
  const c = clusterByAccount(table);
  const need = kernelNeeds(fields);
  return {
    offsets: c.offsets, time: c.time,
    position: need.position ? c.column('position') : undefined,
    original: need.original ? c.column('original') : undefined,
    metrics: Object.fromEntries(need.metrics.map((m) => [m, c.column(m)])),
  };
}

