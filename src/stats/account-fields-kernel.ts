// Internal: the clustered per-account kernel behind `accumulateAccountFields`, over
// bare typed arrays so that a worker thread can run it on shared columns without a
// PostsTable (src/io/node/score-accounts-parallel.ts). Not exported from the barrel.
import { lowerBound } from '../table/account-ranges.js';
import { clusterByAccount } from '../table/cluster-by-account.js';
import type { PostsTable } from '../table/posts-table.js';
import { accountFieldSpec, metricField, POST_METRICS, type AccountField, type PostMetric } from './account-fields.js';

/** The clustered columns a kernel run reads (only those its fields need must be present). */
export interface KernelColumns {
  offsets: Uint32Array;
  time: Float64Array;
  position?: Uint16Array | undefined;
  original?: Uint8Array | undefined;
  metrics: Partial<Record<PostMetric, Float64Array>>;
}

/**
 * Which clustered columns a list of fields needs.
 * @internal
 * @throws {RangeError} for an unknown field.
 */
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

// The run loops: each streams one account's run [lo, hi) once with its accumulators in
// local variables (registers) and writes them to the per-account scratch F from slot o.
// NaN (missing) adds 0 to sums (`x || 0`) and never raises a maximum (`NaN > m` is false).
// Each loop is its own small function (V8 optimises small hot functions best).

/** 4 metrics with headline sums: F[o…o+11] = sums, headline sums, maxima (WCI 14.2 with shares). */
function run4h(c0: Float64Array, c1: Float64Array, c2: Float64Array, c3: Float64Array, P: Uint16Array, lo: number, hi: number, F: Float64Array, o: number): void {
  let s0 = 0, s1 = 0, s2 = 0, s3 = 0, h0 = 0, h1 = 0, h2 = 0, h3 = 0, m0 = 0, m1 = 0, m2 = 0, m3 = 0;
  for (let p = lo; p < hi; p++) {
    const x = c0[p]!, y = c1[p]!, z = c2[p]!, w = c3[p]!, x0 = x || 0, y0 = y || 0, z0 = z || 0, w0 = w || 0, h = P[p] === 1 ? 1 : 0;
    s0 += x0; s1 += y0; s2 += z0; s3 += w0; h0 += h * x0; h1 += h * y0; h2 += h * z0; h3 += h * w0;
    if (x > m0) m0 = x;
    if (y > m1) m1 = y;
    if (z > m2) m2 = z;
    if (w > m3) m3 = w;
  }
  F[o] = s0; F[o + 1] = s1; F[o + 2] = s2; F[o + 3] = s3; F[o + 4] = h0; F[o + 5] = h1; F[o + 6] = h2; F[o + 7] = h3;
  F[o + 8] = m0; F[o + 9] = m1; F[o + 10] = m2; F[o + 11] = m3;
}
/** 3 metrics: F[o…o+8] = sums, headline sums, maxima (WCI 14.2: reads, looks, likes). */
function run3h(c0: Float64Array, c1: Float64Array, c2: Float64Array, P: Uint16Array, lo: number, hi: number, F: Float64Array, o: number): void {
  let s0 = 0, s1 = 0, s2 = 0, h0 = 0, h1 = 0, h2 = 0, m0 = 0, m1 = 0, m2 = 0;
  for (let p = lo; p < hi; p++) {
    const x = c0[p]!, y = c1[p]!, z = c2[p]!, x0 = x || 0, y0 = y || 0, z0 = z || 0, h = P[p] === 1 ? 1 : 0;
    s0 += x0; s1 += y0; s2 += z0; h0 += h * x0; h1 += h * y0; h2 += h * z0;
    if (x > m0) m0 = x;
    if (y > m1) m1 = y;
    if (z > m2) m2 = z;
  }
  F[o] = s0; F[o + 1] = s1; F[o + 2] = s2; F[o + 3] = h0; F[o + 4] = h1; F[o + 5] = h2; F[o + 6] = m0; F[o + 7] = m1; F[o + 8] = m2;
}
function run3(c0: Float64Array, c1: Float64Array, c2: Float64Array, lo: number, hi: number, F: Float64Array, o: number): void {
  let s0 = 0, s1 = 0, s2 = 0, m0 = 0, m1 = 0, m2 = 0;
  for (let p = lo; p < hi; p++) {
    const x = c0[p]!, y = c1[p]!, z = c2[p]!;
    s0 += x || 0; s1 += y || 0; s2 += z || 0;
    if (x > m0) m0 = x;
    if (y > m1) m1 = y;
    if (z > m2) m2 = z;
  }
  F[o] = s0; F[o + 1] = s1; F[o + 2] = s2; F[o + 3] = 0; F[o + 4] = 0; F[o + 5] = 0; F[o + 6] = m0; F[o + 7] = m1; F[o + 8] = m2;
}
function run2h(c0: Float64Array, c1: Float64Array, P: Uint16Array, lo: number, hi: number, F: Float64Array, o: number): void {
  let s0 = 0, s1 = 0, h0 = 0, h1 = 0, m0 = 0, m1 = 0;
  for (let p = lo; p < hi; p++) {
    const x = c0[p]!, y = c1[p]!, x0 = x || 0, y0 = y || 0, h = P[p] === 1 ? 1 : 0;
    s0 += x0; s1 += y0; h0 += h * x0; h1 += h * y0;
    if (x > m0) m0 = x;
    if (y > m1) m1 = y;
  }
  F[o] = s0; F[o + 1] = s1; F[o + 2] = h0; F[o + 3] = h1; F[o + 4] = m0; F[o + 5] = m1;
}
function run2(c0: Float64Array, c1: Float64Array, lo: number, hi: number, F: Float64Array, o: number): void {
  let s0 = 0, s1 = 0, m0 = 0, m1 = 0;
  for (let p = lo; p < hi; p++) {
    const x = c0[p]!, y = c1[p]!;
    s0 += x || 0; s1 += y || 0;
    if (x > m0) m0 = x;
    if (y > m1) m1 = y;
  }
  F[o] = s0; F[o + 1] = s1; F[o + 2] = 0; F[o + 3] = 0; F[o + 4] = m0; F[o + 5] = m1;
}
function run1h(c: Float64Array, P: Uint16Array, lo: number, hi: number, F: Float64Array, o: number): void {
  let s = 0, h = 0, m = 0;
  for (let p = lo; p < hi; p++) { const x = c[p]!, x0 = x || 0; s += x0; h += (P[p] === 1 ? 1 : 0) * x0; if (x > m) m = x; }
  F[o] = s; F[o + 1] = h; F[o + 2] = m;
}
function run1(c: Float64Array, lo: number, hi: number, F: Float64Array, o: number): void {
  let s = 0, m = 0;
  for (let p = lo; p < hi; p++) { const x = c[p]!; s += x || 0; if (x > m) m = x; }
  F[o] = s; F[o + 1] = 0; F[o + 2] = m;
}
/** One metric with its originals' sum: F[o…o+3] = sum, headline sum, maximum, originals' sum. */
function run1o(c: Float64Array, P: Uint16Array | undefined, O: Uint8Array, lo: number, hi: number, F: Float64Array, o: number): void {
  let s = 0, h = 0, m = 0, g = 0;
  if (P) for (let p = lo; p < hi; p++) { const x = c[p]!, x0 = x || 0; s += x0; h += (P[p] === 1 ? 1 : 0) * x0; g += (O[p] === 1 ? 1 : 0) * x0; if (x > m) m = x; }
  else for (let p = lo; p < hi; p++) { const x = c[p]!, x0 = x || 0; s += x0; g += (O[p] === 1 ? 1 : 0) * x0; if (x > m) m = x; }
  F[o] = s; F[o + 1] = h; F[o + 2] = m; F[o + 3] = g;
}
/** Two metrics with originals' sums, plus originals and unknown-originality counts: F[o…o+7] = s0 s1 m0 m1 o0 o1 n u. */
function run2o(c0: Float64Array, c1: Float64Array, O: Uint8Array, lo: number, hi: number, F: Float64Array, o: number): void {
  let s0 = 0, s1 = 0, m0 = 0, m1 = 0, o0 = 0, o1 = 0, n = 0, u = 0;
  for (let p = lo; p < hi; p++) {
    const x = c0[p]!, y = c1[p]!, x0 = x || 0, y0 = y || 0, f = O[p]!, g = f === 1 ? 1 : 0;
    s0 += x0; s1 += y0; o0 += g * x0; o1 += g * y0; n += g; u += f === 2 ? 1 : 0;
    if (x > m0) m0 = x;
    if (y > m1) m1 = y;
  }
  F[o] = s0; F[o + 1] = s1; F[o + 2] = m0; F[o + 3] = m1; F[o + 4] = o0; F[o + 5] = o1; F[o + 6] = n; F[o + 7] = u;
}
/** {@link run2o} plus a third metric's sum and maximum (BCI 7var: shares, comments, likes) in the same pass: F[o+8], F[o+9]. */
function run2o1(c0: Float64Array, c1: Float64Array, c2: Float64Array, O: Uint8Array, lo: number, hi: number, F: Float64Array, o: number): void {
  let s0 = 0, s1 = 0, s2 = 0, m0 = 0, m1 = 0, m2 = 0, o0 = 0, o1 = 0, n = 0, u = 0;
  for (let p = lo; p < hi; p++) {
    const x = c0[p]!, y = c1[p]!, z = c2[p]!, x0 = x || 0, y0 = y || 0, f = O[p]!, g = f === 1 ? 1 : 0;
    s0 += x0; s1 += y0; s2 += z || 0; o0 += g * x0; o1 += g * y0; n += g; u += f === 2 ? 1 : 0;
    if (x > m0) m0 = x;
    if (y > m1) m1 = y;
    if (z > m2) m2 = z;
  }
  F[o] = s0; F[o + 1] = s1; F[o + 2] = m0; F[o + 3] = m1; F[o + 4] = o0; F[o + 5] = o1; F[o + 6] = n; F[o + 7] = u; F[o + 8] = s2; F[o + 9] = m2;
}

/** The run loops, by number (a switch on a small integer). Internal (the score kernel checks for R3H). */
export const Loop = { R4H: 0, R3H: 1, R3: 2, R2H: 3, R2: 4, R1H: 5, R1: 6, R1O: 7, R2O: 8, R2O1: 9 } as const;
export interface Step { loop: number; c0: Float64Array; c1: Float64Array; c2: Float64Array; c3: Float64Array; base: number }

/**
 * What one account's accumulation runs, compiled once per call: the run loops (metrics
 * grouped so that each column is read once per account) and where each field lands in
 * the per-account scratch `F` (`slot[field]`). Internal (the score kernel and
 * `accumulateAccountRange` use it).
 */
export interface AccumulationPlan {
  /** Scratch length. */
  size: number;
  /** Slot of each accumulated field in the scratch. */
  slot: Partial<Record<AccountField, number>>;
  steps: Step[];
  P: Uint16Array | undefined;
  O: Uint8Array | undefined;
  /** Slots of the counts computed outside the run loops (−1 = not needed). */
  articles: number; pushes: number; originals: number; unknown: number; first: number; last: number; days: number;
}

/**
 * Plans the accumulation of `fields` over `cols` (throws RangeError naming a missing column or unknown field).
 * @internal
 * @throws {RangeError} naming an unknown field or a column the fields need that `cols` lacks.
 */
export function planAccumulation(cols: KernelColumns, fields: readonly AccountField[]): AccumulationPlan {
  const want = new Set(fields);
  for (const f of want) if (!accountFieldSpec(f)) throw new RangeError(`accumulateAccountFields: unknown field "${String(f)}"`);
  const P = cols.position, O = cols.original;
  const slot: Partial<Record<AccountField, number>> = {};
  let size = 0;
  const take = (f: AccountField | null) => { const s = size++; if (f && want.has(f)) slot[f] = s; return s; };
  const cnt = (f: AccountField) => (want.has(f) ? take(f) : -1);
  const plan: AccumulationPlan = { size: 0, slot, steps: [], P, O, articles: take('articles'), pushes: cnt('pushes'), originals: -1, unknown: -1, first: cnt('firstTime'), last: cnt('lastTime'), days: cnt('activeDays') };
  interface M { m: PostMetric; col: Float64Array; head: boolean; orig: boolean }
  const ms: M[] = [];
  for (const m of POST_METRICS) {
    const cap = m[0]!.toUpperCase() + m.slice(1);
    const has = (f: string) => want.has(f as AccountField);
    const head = has(`headline${cap}`), orig = has(`original${cap}`);
    if (!has(m) && !head && !has(`max${cap}`) && !orig) continue;
    const col = cols.metrics[m];
    if (!col) throw new RangeError(`accumulateAccountFields: column ${m} missing`);
    ms.push({ m, col, head, orig });
  }
  if ((plan.pushes >= 0 || ms.some((x) => x.head)) && !P) throw new RangeError('accumulateAccountFields: column position missing');
  if ((want.has('originals') || want.has('originalityUnknown') || ms.some((x) => x.orig)) && !O) throw new RangeError('accumulateAccountFields: column original missing');
  const F = (m: PostMetric, fold: 'sum' | 'headline' | 'max' | 'original') => metricField(m, fold);
  const none = new Float64Array(0);
  const step = (loop: number, cs: Float64Array[], width: number): number => {
    const base = size;
    size += width;
    plan.steps.push({ loop, c0: cs[0] ?? none, c1: cs[1] ?? none, c2: cs[2] ?? none, c3: cs[3] ?? none, base });
    return base;
  };
  const put = (f: AccountField, s: number) => { if (want.has(f)) slot[f] = s; };
  const withOrig = ms.filter((x) => x.orig), rest = ms.filter((x) => !x.orig);
  if (withOrig.length === 2 && !withOrig[0]!.head && !withOrig[1]!.head) {
    // BCI 7var: originals, unknown originality and two metrics' sums, maxima and originals'
    // sums in one pass (with a third plain metric, such as likes, in the same pass).
    const [u, v] = withOrig as [M, M];
    const third = rest.length >= 1 && !rest[0]!.head ? rest.shift()! : undefined;
    const b = third ? step(Loop.R2O1, [u.col, v.col, third.col], 10) : step(Loop.R2O, [u.col, v.col], 8);
    put(F(u.m, 'sum'), b); put(F(v.m, 'sum'), b + 1); put(F(u.m, 'max'), b + 2); put(F(v.m, 'max'), b + 3);
    put(F(u.m, 'original'), b + 4); put(F(v.m, 'original'), b + 5); put('originals', b + 6); put('originalityUnknown', b + 7);
    if (third) { put(F(third.m, 'sum'), b + 8); put(F(third.m, 'max'), b + 9); }
    plan.originals = -2; // counted by the run loop
  } else {
    plan.originals = cnt('originals');
    plan.unknown = cnt('originalityUnknown');
    for (const u of withOrig) {
      const b = step(Loop.R1O, [u.col], 4);
      put(F(u.m, 'sum'), b); put(F(u.m, 'headline'), b + 1); put(F(u.m, 'max'), b + 2); put(F(u.m, 'original'), b + 3);
    }
  }
  // Metrics without an originals sum go four (all with headline sums), three or two to a loop.
  const head = rest.some((x) => x.head) && P !== undefined;
  for (let j = 0; j < rest.length; ) {
    const left = rest.length - j;
    const g = left === 4 && head ? 4 : Math.min(3, left);
    const grp = rest.slice(j, j + g);
    j += g;
    const h = head && grp.some((x) => x.head);
    const cs = grp.map((x) => x.col);
    const loop = g === 4 ? Loop.R4H : g === 3 ? (h ? Loop.R3H : Loop.R3) : g === 2 ? (h ? Loop.R2H : Loop.R2) : h ? Loop.R1H : Loop.R1;
    const b = step(loop, cs, 3 * g);
    grp.forEach((x, i) => { put(F(x.m, 'sum'), b + i); put(F(x.m, 'headline'), b + g + i); put(F(x.m, 'max'), b + 2 * g + i); });
  }
  plan.size = size;
  return plan;
}

/**
 * Accumulates one account's run `[lo, hi)` of clustered positions into the scratch `F`
 * as `plan` says. Same conventions as `aggregateByAccount`: NaN (missing) adds 0 and
 * never raises a maximum; maxima start at 0; with no post, first time +Infinity and
 * last time −Infinity.
 * @internal
 */
export function accumulateAccount(plan: AccumulationPlan, time: Float64Array, lo: number, hi: number, F: Float64Array): void {
  F[plan.articles] = hi - lo;
  const P = plan.P, O = plan.O;
  if (plan.pushes >= 0) { let c = 0; for (let p = lo; p < hi; p++) if (P![p] === 1) c++; F[plan.pushes] = c; }
  if (plan.originals >= 0 || plan.unknown >= 0) {
    let c = 0, u = 0;
    for (let p = lo; p < hi; p++) { const o = O![p]!; if (o === 1) c++; else if (o === 2) u++; }
    if (plan.originals >= 0) F[plan.originals] = c;
    if (plan.unknown >= 0) F[plan.unknown] = u;
  }
  const steps = plan.steps;
  for (let j = 0; j < steps.length; j++) {
    const s = steps[j]!;
    switch (s.loop) {
      case Loop.R3H: run3h(s.c0, s.c1, s.c2, P!, lo, hi, F, s.base); break;
      case Loop.R2O1: run2o1(s.c0, s.c1, s.c2, O!, lo, hi, F, s.base); break;
      case Loop.R4H: run4h(s.c0, s.c1, s.c2, s.c3, P!, lo, hi, F, s.base); break;
      case Loop.R3: run3(s.c0, s.c1, s.c2, lo, hi, F, s.base); break;
      case Loop.R2H: run2h(s.c0, s.c1, P!, lo, hi, F, s.base); break;
      case Loop.R2: run2(s.c0, s.c1, lo, hi, F, s.base); break;
      case Loop.R1H: run1h(s.c0, P!, lo, hi, F, s.base); break;
      case Loop.R1: run1(s.c0, lo, hi, F, s.base); break;
      case Loop.R1O: run1o(s.c0, P, O!, lo, hi, F, s.base); break;
      case Loop.R2O: run2o(s.c0, s.c1, O!, lo, hi, F, s.base); break;
    }
  }
  if (plan.first >= 0) F[plan.first] = hi > lo ? time[lo]! : Infinity;
  if (plan.last >= 0) F[plan.last] = hi > lo ? time[hi - 1]! : -Infinity;
  if (plan.days >= 0) {
    let d = 0, prev = NaN;
    for (let p = lo; p < hi; p++) { const day = Math.floor((time[p]! + CHINA_OFFSET) / DAY); if (day !== prev) { d++; prev = day; } }
    F[plan.days] = d;
  }
}

/**
 * An account's run of positions in `[start, end)`: clustered positions `s … e − 1` are
 * its posts, times nondecreasing (NaN last). Writes `B[0]`, `B[1]`. O(1) when the run
 * lies wholly inside or outside the period (its first and last times decide), else two
 * binary searches. With no upper bound, NaN / +Infinity times are left out (as the
 * row-order aggregation's `t < end`).
 * @internal
 */
export function runBounds(time: Float64Array, s: number, e: number, start: number, end: number, B: Uint32Array): void {
  if (s === e) { B[0] = s; B[1] = s; return; }
  const first = time[s]!, last = time[e - 1]!;
  if (end === Infinity) {
    let hi = e;
    if (!(last < Infinity)) while (hi > s && !(time[hi - 1]! < Infinity)) hi--;
    B[0] = start === -Infinity || first >= start ? s : lowerBound(time, s, hi, start);
    B[1] = hi;
    return;
  }
  if (first >= end || last < start) { B[0] = s; B[1] = s; return; }
  const lo = first >= start ? s : lowerBound(time, s, e, start);
  B[0] = lo;
  B[1] = last < end ? e : lowerBound(time, lo, e, end);
}

/**
 * Accumulates `fields` for accounts `from … to − 1` over posts with
 * `start ≤ time < end`, writing `out[field][a]`: per account, its run in the period
 * ({@link runBounds}), then {@link accumulateAccount} (each needed column streamed once
 * with its accumulators in registers), then one store per field.
 * @internal
 */
export function accumulateAccountRange(
  cols: KernelColumns, fields: readonly AccountField[], start: number, end: number, from: number, to: number,
  out: Partial<Record<AccountField, Float64Array>>,
): void {
  const asked = fields.filter((f) => out[f] !== undefined);
  const plan = planAccumulation(cols, asked);
  const F = new Float64Array(plan.size), B = new Uint32Array(2);
  const outs = asked.map((f) => out[f]!), slots = Int32Array.from(asked, (f) => plan.slot[f]!);
  const { offsets, time } = cols;
  for (let a = from; a < to; a++) {
    runBounds(time, offsets[a]!, offsets[a + 1]!, start, end, B);
    accumulateAccount(plan, time, B[0]!, B[1]!, F);
    for (let j = 0; j < outs.length; j++) outs[j]![a] = F[slots[j]!]!;
  }
}

/**
 * The kernel's view of a table's clustered columns (gathering those the fields need).
 * @internal
 */
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

