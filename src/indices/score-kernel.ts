// Internal: the fused scoring kernel (issue 15). One pass per account over the clustered
// columns: the account's run in the period (O(1) or two binary searches), the fields the
// index needs accumulated in registers (`accumulateAccount`, the same loops as
// `accumulateAccountFields`), and the index formula evaluated straight from them: no
// per-field output column, no column-at-a-time term evaluation, no result object. No code
// generation (`new Function` is refused by a strict Content-Security-Policy): the catalog's
// families (WCI 13.0 / 14.x: O, A, H, P over 2–4 metrics; WCI 2.0 / 11 / 12.0: total or
// per-day, per-article and peak of reads and likes; BCI 4var / 7var: log terms of counts)
// get hand-unrolled evaluators matched on the compiled definition's shape, and any other
// definition (`defineIndex`) the general per-account term loop. Every evaluator performs
// exactly the floating-point operations of `termValue` / `outerValue` in the same order, so
// the values are bit-identical to `evaluateIndex` and to the column evaluator (tested).
// Not exported from the barrel.
import type { AccountField } from '../stats/account-fields.js';
import { accumulateAccount, Loop, planAccumulation, runBounds, type AccumulationPlan, type KernelColumns } from '../stats/account-fields-kernel.js';
import type { CompiledIndex, CompiledTerm } from './compile-index.js';
import type { IndexInputSource } from './table-fields.js';

/** The evaluator families (exported for tests: which family a definition gets). */
export const KERNEL_FAMILIES = ['generic', 'oahp', 'pair', 'logs'] as const;

/** Output columns of one index: values (NaN = no index), pre-transform sums, dimension values (stride nD). */
export interface KernelOutputs { values: Float64Array; sums: Float64Array; dims: Float64Array }

const GENERIC = 0, OAHP = 1, PAIR = 2, LOGS = 3;

/** One index compiled against the per-account scratch F (slot numbers instead of field names). */
export interface IndexKernel {
  compiled: CompiledIndex;
  family: number;
  nD: number;
  /** Slot of the `requires` count (−1: none). */
  req: number;
  // Term tables (in definition order): input slot, divisor slot (−1: none), weight, scale, flags, floor, dimension.
  xs: Int32Array; ds: Int32Array; w: Float64Array; sc: Float64Array; id: Uint8Array; rnd: Uint8Array; hasMin: Uint8Array; min: Float64Array; dim: Int32Array;
  dw: Float64Array;
  square: boolean;
  mult: number;
  /** Terms per dimension for the unrolled families (OAHP: metrics; PAIR: 3 per dimension). */
  per: number;
}

/** The fused kernel for one or more indices over one set of clustered columns. */
export interface ScoreKernel {
  acc: AccumulationPlan;
  /** Scratch length (accumulated fields, account-level inputs, days). */
  size: number;
  /** Slot holding the period's days. */
  daysSlot: number;
  /** Account-level inputs (followers, fans gained): slot ← column[a]. */
  ext: { slot: number; col: Float64Array }[];
  /** Slot of each account-level input by name (a sweep swaps the columns per period). */
  extSlots: Map<string, number>;
  indices: IndexKernel[];
  /** Slot of every accumulated field (to write wanted fields out). */
  slot: Partial<Record<AccountField, number>>;
}

/** One index to plan: its compiled form and where each input comes from. */
export interface KernelIndex { compiled: CompiledIndex; inputs: Map<string, IndexInputSource> }

/**
 * Plans the fused kernel: the union of the indices' fields (plus `extraFields`)
 * accumulated once per account, each index's terms mapped onto scratch slots, and the
 * evaluator family chosen by the compiled definition's shape.
 * @internal
 */
export function planKernel(cols: KernelColumns, indices: readonly KernelIndex[], ext: ReadonlyMap<string, Float64Array>, extraFields: readonly AccountField[] = [], families = true): ScoreKernel {
  const fields = new Set<AccountField>(['articles', ...extraFields]);
  for (const ix of indices) for (const src of ix.inputs.values()) if (src !== 'days' && src !== 'followers' && src !== 'followersGained') fields.add(src);
  const acc = planAccumulation(cols, [...fields]);
  let size = acc.size;
  const daysSlot = size++;
  const extSlots = new Map<string, number>();
  const extList: ScoreKernel['ext'] = [];
  for (const [name, col] of ext) { extSlots.set(name, size); extList.push({ slot: size++, col }); }
  const slotOf = (ix: KernelIndex, input: string): number => {
    const src = ix.inputs.get(input);
    if (src === undefined) throw new RangeError(`scoreAccounts: index ${ix.compiled.def.id} has no input "${input}"`);
    if (src === 'days') return daysSlot;
    if (src === 'followers' || src === 'followersGained') {
      const s = extSlots.get(src);
      if (s === undefined) throw new RangeError(`scoreAccounts: no column for ${src}`);
      return s;
    }
    return acc.slot[src]!;
  };
  return { acc, size, daysSlot, ext: extList, extSlots, slot: acc.slot, indices: indices.map((ix) => indexKernel(ix, slotOf, families)) };
}

function indexKernel(ix: KernelIndex, slotOf: (ix: KernelIndex, input: string) => number, families: boolean): IndexKernel {
  const c = ix.compiled, T = c.terms, n = T.length;
  const k: IndexKernel = {
    compiled: c, family: GENERIC, nD: c.dimWeights.length, req: c.def.requires === undefined ? -1 : slotOf(ix, c.def.requires),
    xs: Int32Array.from(T, (t) => slotOf(ix, t.field)), ds: Int32Array.from(T, (t) => (t.divideBy === undefined ? -1 : slotOf(ix, t.divideBy))),
    w: Float64Array.from(T, (t) => t.weight), sc: Float64Array.from(T, (t) => t.scale), id: Uint8Array.from(T, (t) => (t.identity ? 1 : 0)),
    rnd: Uint8Array.from(T, (t) => (t.round ? 1 : 0)), hasMin: Uint8Array.from(T, (t) => (t.min === undefined ? 0 : 1)), min: Float64Array.from(T, (t) => t.min ?? 0),
    dim: Int32Array.from(T, (t) => t.dim), dw: c.dimWeights, square: c.square, mult: c.multiplier, per: 0,
  };
  if (!families) return k;
  const plain = (t: CompiledTerm) => !t.identity && t.min === undefined;
  const src = (t: CompiledTerm) => ix.inputs.get(t.field);
  const div = (t: CompiledTerm) => (t.divideBy === undefined ? undefined : ix.inputs.get(t.divideBy));
  const dimsOf = (d: number) => T.filter((t) => t.dim === d);
  // WCI 13.0 / 14.x: O = Σ g(S/d), A = Σ g(S/n), H = Σ g(Hd/d), P = Σ g(max), the same metrics in the same order in each.
  if (k.nD === 4 && n % 4 === 0 && n >= 4 && n <= 16 && T.every(plain)) {
    const m = n / 4, [O, A, H, P] = [0, 1, 2, 3].map(dimsOf) as [CompiledTerm[], CompiledTerm[], CompiledTerm[], CompiledTerm[]];
    const ok = [O, A, H, P].every((d) => d.length === m) && T.every((t, i) => t.dim === Math.floor(i / m))
      && O.every((t, i) => div(t) === 'days' && !t.round && A[i]!.field === t.field && div(A[i]!) === 'articles'
        && src(H[i]!) === metricFold(src(t), 'headline') && div(H[i]!) === 'days' && !H[i]!.round
        && src(P[i]!) === metricFold(src(t), 'max') && div(P[i]!) === undefined && !P[i]!.round
        && ['reads', 'looks', 'likes', 'shares', 'comments'].includes(String(src(t))))
      && A.every((t) => t.round === A[0]!.round);
    if (ok) { k.family = OAHP; k.per = m; }
  }
  // WCI 2.0 / 11 / 12.0: per dimension (a metric) total or per-day, per-article, peak.
  if (k.family === GENERIC && n === 3 * k.nD && T.every(plain) && T.every((t, i) => t.dim === Math.floor(i / 3))) {
    const ok = [...Array(k.nD).keys()].every((d) => {
      const [a, b, p] = dimsOf(d) as [CompiledTerm, CompiledTerm, CompiledTerm];
      const dv = div(a);
      return (dv === undefined || dv === 'days') && !a.round && b.field === a.field && div(b) === 'articles'
        && src(p) === metricFold(src(a), 'max') && div(p) === undefined && !p.round;
    });
    if (ok) { k.family = PAIR; k.per = 3; }
  }
  // BCI 4var / 7var (and any index of plain log terms without divisors).
  if (k.family === GENERIC && T.every((t) => plain(t) && t.divideBy === undefined) && T.every((t, i) => i === 0 || t.dim >= T[i - 1]!.dim)) k.family = LOGS;
  return k;
}

function metricFold(src: IndexInputSource | undefined, fold: 'headline' | 'max'): string {
  const s = String(src);
  return `${fold}${s[0]!.toUpperCase()}${s.slice(1)}`;
}

/**
 * Scores accounts `from … to − 1` (those with `mask[a] = 1` when a mask is given) over
 * posts with `start ≤ time < end`: per account its run, the accumulation, then every
 * index's evaluation into `outs[j]`. `fieldOuts` receive accumulated fields
 * (`col[a] = F[slot]`) for the accounts scored; `articles` always.
 * @internal
 */
export function runKernel(
  k: ScoreKernel, cols: KernelColumns, start: number, end: number, days: number, mask: Uint8Array | undefined,
  from: number, to: number, outs: readonly KernelOutputs[], fieldOuts: readonly { slot: number; col: Float64Array }[], articles: Float64Array,
): void {
  const F = new Float64Array(k.size), B = new Uint32Array(2), D = new Float64Array(Math.max(16, ...k.indices.map((x) => x.nD)));
  const { offsets, time } = cols;
  const acc = k.acc, ext = k.ext, ix = k.indices, artSlot = acc.articles;
  if (ix.length === 1 && ix[0]!.family === OAHP && ix[0]!.per === 3 && ext.length === 0 && fieldOuts.length === 0 && acc.steps.length === 1 && acc.steps[0]!.loop === Loop.R3H
    && acc.pushes < 0 && acc.originals < 0 && acc.unknown < 0 && acc.first < 0 && acc.last < 0 && acc.days < 0) {
    runOahp3(ix[0]!, acc, F, offsets, time, start, end, days, mask, from, to, outs[0]!, articles);
    return;
  }
  if (ix.length === 1 && ix[0]!.family === LOGS && ext.length === 0 && acc.steps.length === 1 && acc.steps[0]!.loop === Loop.R2O1
    && acc.pushes < 0 && acc.first < 0 && acc.last < 0 && acc.days < 0) {
    runLogs2o1(ix[0]!, acc, F, offsets, time, start, end, mask, from, to, outs[0]!, fieldOuts, articles);
    return;
  }
  // An empty run's fields (zeros, first time +Infinity, last −Infinity) once, for accounts with no post in the period.
  const empty = new Float64Array(k.size);
  accumulateAccount(acc, time, 0, 0, empty);
  empty[k.daysSlot] = days;
  F[k.daysSlot] = days;
  for (let a = from; a < to; a++) {
    if (mask !== undefined && mask[a] !== 1) continue;
    runBounds(time, offsets[a]!, offsets[a + 1]!, start, end, B);
    const lo = B[0]!, hi = B[1]!;
    if (hi === lo) F.set(empty); else accumulateAccount(acc, time, lo, hi, F);
    for (let j = 0; j < ext.length; j++) { const e = ext[j]!; F[e.slot] = e.col[a]!; }
    articles[a] = F[artSlot]!;
    for (let j = 0; j < fieldOuts.length; j++) { const f = fieldOuts[j]!; f.col[a] = F[f.slot]!; }
    for (let j = 0; j < ix.length; j++) evaluate(ix[j]!, F, D, a, outs[j]!);
  }
}

/**
 * WCI 14.2 (the common call: one O/A/H/P index over three metrics, nothing else asked)
 * in one loop: run, scan and formula in one function, as a hand-written loop would be.
 * The same operations in the same order as `run3h` + {@link evalOahp} (tested).
 */
function runOahp3(x: IndexKernel, acc: AccumulationPlan, F: Float64Array, offsets: Uint32Array, time: Float64Array, start: number, end: number, days: number,
  mask: Uint8Array | undefined, from: number, to: number, out: KernelOutputs, articles: Float64Array): void {
  const st = acc.steps[0]!, c0 = st.c0, c1 = st.c1, c2 = st.c2, P = acc.P!, base = st.base, B = new Uint32Array(2);
  const xs = x.xs, w = x.w, sc = x.sc, round = x.rnd[3] === 1, dw = x.dw, mult = x.mult, square = x.square, req = x.req;
  const { values, sums, dims } = out;
  F[acc.articles] = 0;
  for (let a = from; a < to; a++) {
    if (mask !== undefined && mask[a] !== 1) continue;
    runBounds(time, offsets[a]!, offsets[a + 1]!, start, end, B);
    const lo = B[0]!, hi = B[1]!;
    articles[a] = hi - lo;
    if (hi === lo && req === acc.articles) continue;
    let s0 = 0, s1 = 0, s2 = 0, h0 = 0, h1 = 0, h2 = 0, m0 = 0, m1 = 0, m2 = 0;
    for (let p = lo; p < hi; p++) {
      const u = c0[p]!, v = c1[p]!, z = c2[p]!, u0 = u || 0, v0 = v || 0, z0 = z || 0, h = P[p] === 1 ? 1 : 0;
      s0 += u0; s1 += v0; s2 += z0; h0 += h * u0; h1 += h * v0; h2 += h * z0;
      if (u > m0) m0 = u;
      if (v > m1) m1 = v;
      if (z > m2) m2 = z;
    }
    F[acc.articles] = hi - lo;
    F[base] = s0; F[base + 1] = s1; F[base + 2] = s2; F[base + 3] = h0; F[base + 4] = h1; F[base + 5] = h2; F[base + 6] = m0; F[base + 7] = m1; F[base + 8] = m2;
    if (req >= 0 && F[req] === 0) continue;
    const n = hi - lo, d = days;
    let o = 0, av = 0, hd = 0, pk = 0;
    o += w[0]! * Math.log(sc[0]! * (d === 0 ? 0 : F[xs[0]!]! / d) + 1);
    o += w[1]! * Math.log(sc[1]! * (d === 0 ? 0 : F[xs[1]!]! / d) + 1);
    o += w[2]! * Math.log(sc[2]! * (d === 0 ? 0 : F[xs[2]!]! / d) + 1);
    let a0 = n === 0 ? 0 : F[xs[3]!]! / n, a1 = n === 0 ? 0 : F[xs[4]!]! / n, a2 = n === 0 ? 0 : F[xs[5]!]! / n;
    if (round) { a0 = Math.round(a0 * 10) / 10; a1 = Math.round(a1 * 10) / 10; a2 = Math.round(a2 * 10) / 10; }
    av += w[3]! * Math.log(sc[3]! * a0 + 1);
    av += w[4]! * Math.log(sc[4]! * a1 + 1);
    av += w[5]! * Math.log(sc[5]! * a2 + 1);
    hd += w[6]! * Math.log(sc[6]! * (d === 0 ? 0 : F[xs[6]!]! / d) + 1);
    hd += w[7]! * Math.log(sc[7]! * (d === 0 ? 0 : F[xs[7]!]! / d) + 1);
    hd += w[8]! * Math.log(sc[8]! * (d === 0 ? 0 : F[xs[8]!]! / d) + 1);
    pk += w[9]! * Math.log(sc[9]! * F[xs[9]!]! + 1);
    pk += w[10]! * Math.log(sc[10]! * F[xs[10]!]! + 1);
    pk += w[11]! * Math.log(sc[11]! * F[xs[11]!]! + 1);
    const b = a * 4;
    dims[b] = o; dims[b + 1] = av; dims[b + 2] = hd; dims[b + 3] = pk;
    let sum = 0;
    sum += dw[0]! * o; sum += dw[1]! * av; sum += dw[2]! * hd; sum += dw[3]! * pk;
    sums[a] = sum;
    values[a] = (square ? sum * sum : sum) * mult;
  }
}

/**
 * BCI 7var (one index of log terms over originals, two metrics with their originals' sums
 * and a third metric: shares, comments, likes) in one loop, as `run2o1` + {@link evalLogs}
 * (tested).
 */
function runLogs2o1(x: IndexKernel, acc: AccumulationPlan, F: Float64Array, offsets: Uint32Array, time: Float64Array, start: number, end: number,
  mask: Uint8Array | undefined, from: number, to: number, out: KernelOutputs, fieldOuts: readonly { slot: number; col: Float64Array }[], articles: Float64Array): void {
  const st = acc.steps[0]!, c0 = st.c0, c1 = st.c1, c2 = st.c2, O = acc.O!, o = st.base, B = new Uint32Array(2);
  const xs = x.xs, w = x.w, sc = x.sc, dim = x.dim, nT = xs.length, nD = x.nD, dw = x.dw, mult = x.mult, square = x.square, req = x.req;
  const { values, sums, dims } = out;
  // Maxima only when a term or a kept field reads one (slots o+2, o+3, o+9).
  const read = new Set<number>([...xs, ...fieldOuts.map((f) => f.slot)]);
  const maxima = read.has(o + 2) || read.has(o + 3) || read.has(o + 9);
  for (let a = from; a < to; a++) {
    if (mask !== undefined && mask[a] !== 1) continue;
    runBounds(time, offsets[a]!, offsets[a + 1]!, start, end, B);
    const lo = B[0]!, hi = B[1]!;
    let s0 = 0, s1 = 0, s2 = 0, m0 = 0, m1 = 0, m2 = 0, o0 = 0, o1 = 0, n = 0, u = 0;
    if (maxima) for (let p = lo; p < hi; p++) {
      const x0 = c0[p]!, y = c1[p]!, z = c2[p]!, x1 = x0 || 0, y0 = y || 0, f = O[p]!, g = f === 1 ? 1 : 0;
      s0 += x1; s1 += y0; s2 += z || 0; o0 += g * x1; o1 += g * y0; n += g; u += f === 2 ? 1 : 0;
      if (x0 > m0) m0 = x0;
      if (y > m1) m1 = y;
      if (z > m2) m2 = z;
    }
    else for (let p = lo; p < hi; p++) {
      // BCI needs no maximum: the same sums without the three comparisons per post.
      const x1 = c0[p]! || 0, y0 = c1[p]! || 0, f = O[p]!, g = f === 1 ? 1 : 0;
      s0 += x1; s1 += y0; s2 += c2[p]! || 0; o0 += g * x1; o1 += g * y0; n += g; u += f === 2 ? 1 : 0;
    }
    F[acc.articles] = hi - lo;
    F[o] = s0; F[o + 1] = s1; F[o + 2] = m0; F[o + 3] = m1; F[o + 4] = o0; F[o + 5] = o1; F[o + 6] = n; F[o + 7] = u; F[o + 8] = s2; F[o + 9] = m2;
    articles[a] = hi - lo;
    for (let j = 0; j < fieldOuts.length; j++) { const f = fieldOuts[j]!; f.col[a] = F[f.slot]!; }
    if (req >= 0 && F[req] === 0) continue;
    // Terms are in dimension order (the family's condition): each dimension summed in a register.
    let sum = 0;
    for (let d = 0, t = 0, b = a * nD; d < nD; d++) {
      let v = 0;
      for (; t < nT && dim[t] === d; t++) v += w[t]! * Math.log(sc[t]! * F[xs[t]!]! + 1);
      dims[b + d] = v;
      sum += dw[d]! * v;
    }
    sums[a] = sum;
    values[a] = (square ? sum * sum : sum) * mult;
  }
}

/** Evaluates one index for account a from the scratch into its output columns (nothing when its `requires` count is 0). */
function evaluate(x: IndexKernel, F: Float64Array, D: Float64Array, a: number, out: KernelOutputs): void {
  if (x.req >= 0 && F[x.req] === 0) return;
  const nD = x.nD;
  switch (x.family) {
    case OAHP: evalOahp(x, F, D); break;
    case PAIR: evalPair(x, F, D); break;
    case LOGS: evalLogs(x, F, D); break;
    default: evalGeneric(x, F, D);
  }
  const dw = x.dw, dims = out.dims;
  let sum = 0;
  for (let d = 0, b = a * nD; d < nD; d++) { const v = D[d]!; dims[b + d] = v; sum += dw[d]! * v; }
  out.sums[a] = sum;
  out.values[a] = (x.square ? sum * sum : sum) * x.mult;
}

/** Any definition: the term loop of `termValue`, per account. */
function evalGeneric(x: IndexKernel, F: Float64Array, D: Float64Array): void {
  for (let d = 0; d < x.nD; d++) D[d] = 0;
  const xs = x.xs, ds = x.ds, w = x.w, sc = x.sc, id = x.id, rnd = x.rnd, hasMin = x.hasMin, min = x.min, dim = x.dim;
  for (let t = 0; t < xs.length; t++) {
    let v = F[xs[t]!]!;
    const q = ds[t]!;
    if (q >= 0) {
      const dv = F[q]!;
      v = dv === 0 ? 0 : v / dv;
      if (rnd[t] === 1) v = Math.round(v * 10) / 10;
    }
    if (hasMin[t] === 1 && v < min[t]!) v = min[t]!;
    D[dim[t]!]! += w[t]! * (id[t] === 1 ? v : Math.log(sc[t]! * v + 1));
  }
}

/**
 * WCI 13.0 / 14.x: four dimensions over the same m metrics, terms in the order
 * O(metric/days) … A(metric/articles) … H(headline/days) … P(max). The divisors are
 * read once; each term is `w × ln(scale × (x / divisor) + 1)` as in `termValue`
 * (a divisor of 0 gives x = 0).
 */
function evalOahp(x: IndexKernel, F: Float64Array, D: Float64Array): void {
  const m = x.per, xs = x.xs, w = x.w, sc = x.sc;
  const days = F[x.ds[0]!]!, n = F[x.ds[m]!]!, round = x.rnd[m] === 1;
  let o = 0, av = 0, h = 0, p = 0;
  for (let i = 0; i < m; i++) {
    const v = F[xs[i]!]!;
    o += w[i]! * Math.log(sc[i]! * (days === 0 ? 0 : v / days) + 1);
  }
  for (let i = m; i < 2 * m; i++) {
    let v = F[xs[i]!]!;
    v = n === 0 ? 0 : v / n;
    if (round) v = Math.round(v * 10) / 10;
    av += w[i]! * Math.log(sc[i]! * v + 1);
  }
  for (let i = 2 * m; i < 3 * m; i++) {
    const v = F[xs[i]!]!;
    h += w[i]! * Math.log(sc[i]! * (days === 0 ? 0 : v / days) + 1);
  }
  for (let i = 3 * m; i < 4 * m; i++) p += w[i]! * Math.log(sc[i]! * F[xs[i]!]! + 1);
  D[0] = o; D[1] = av; D[2] = h; D[3] = p;
}

/** WCI 2.0 / 11 / 12.0: per dimension `w0 ln(s0 · T) + w1 ln(s1 · S/n) + w2 ln(s2 · max)`, T = total or total / days. */
function evalPair(x: IndexKernel, F: Float64Array, D: Float64Array): void {
  const xs = x.xs, ds = x.ds, w = x.w, sc = x.sc, rnd = x.rnd;
  for (let d = 0, t = 0; d < x.nD; d++, t += 3) {
    let v0 = F[xs[t]!]!;
    const q0 = ds[t]!;
    if (q0 >= 0) { const dv = F[q0]!; v0 = dv === 0 ? 0 : v0 / dv; }
    const n = F[ds[t + 1]!]!;
    let v1 = F[xs[t + 1]!]!;
    v1 = n === 0 ? 0 : v1 / n;
    if (rnd[t + 1] === 1) v1 = Math.round(v1 * 10) / 10;
    let s = 0;
    s += w[t]! * Math.log(sc[t]! * v0 + 1);
    s += w[t + 1]! * Math.log(sc[t + 1]! * v1 + 1);
    s += w[t + 2]! * Math.log(sc[t + 2]! * F[xs[t + 2]!]! + 1);
    D[d] = s;
  }
}

/** BCI 4var / 7var: `w ln(scale · x + 1)` terms without divisors, dimension by dimension. */
function evalLogs(x: IndexKernel, F: Float64Array, D: Float64Array): void {
  for (let d = 0; d < x.nD; d++) D[d] = 0;
  const xs = x.xs, w = x.w, sc = x.sc, dim = x.dim;
  for (let t = 0; t < xs.length; t++) D[dim[t]!]! += w[t]! * Math.log(sc[t]! * F[xs[t]!]! + 1);
}
