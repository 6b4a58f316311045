import type { IndexDefinition } from './index-definition.js';

/** One term of a compiled index: `weight × ln(scale × x + 1)` (or `weight × x`), x = field [/ divideBy], clamped at min. */
export interface CompiledTerm {
  /** Index of its dimension in `def.dimensions`. */
  dim: number;
  field: string;
  divideBy: string | undefined;
  weight: number;
  scale: number;
  identity: boolean;
  min: number | undefined;
  /** Round x to 1 decimal (per-article averages when `roundAverages`). */
  round: boolean;
}

/** An index definition flattened for evaluation: the one form `evaluateIndex` and `scoreAccounts` both evaluate. */
export interface CompiledIndex {
  def: IndexDefinition;
  terms: CompiledTerm[];
  dimWeights: Float64Array;
  square: boolean;
  multiplier: number;
}

/**
 * Flattens a definition with its evaluation options (multiplier, roundAverages)
 * into term rows. Throws `RangeError` naming `fn` for a non-positive multiplier.
 * @internal
 * @param def The index definition.
 * @param options `multiplier` (default the definition's) and `roundAverages`.
 * @param fn The public function's name, for the error message.
 * @returns The terms, flattened, with the outer transform and multiplier.
 * @throws {RangeError} naming `fn` for a multiplier that is not a positive finite number.
 * @example compileIndex(WCI_VERSIONS['14.2'], {}).terms.length // 13
 */
export function compileIndex(def: IndexDefinition, options: { multiplier?: number | undefined; roundAverages?: boolean | undefined }, fn = 'compileIndex'): CompiledIndex {
  const m = options.multiplier ?? def.multiplier;
  if (!(typeof m === 'number' && m > 0 && Number.isFinite(m))) throw new RangeError(`${fn}: multiplier must be a positive number, got ${String(m)}`);
  const round = options.roundAverages ?? def.roundAverages;
  const terms = def.dimensions.flatMap((d, dim) => d.terms.map((t): CompiledTerm => ({
    dim, field: t.field, divideBy: t.divideBy, weight: t.weight, scale: t.scale, identity: t.transform === 'identity', min: t.min,
    round: round && t.divideBy === 'articles',
  })));
  return { def, terms, dimWeights: Float64Array.from(def.dimensions, (d) => d.weight), square: def.outer === 'square', multiplier: m };
}


/**
 * The operations an index formula is made of, over numbers ({@link NUMBERS}: `evaluateIndex`,
 * `scoreAccounts`) or over SQL text (`toSQL`). The formula itself is written once, in
 * {@link termExpression}, {@link dimensionExpressions} and {@link indexExpression}; an
 * algebra only says what each operation is.
 */
export interface IndexAlgebra<X> {
  /** x / d (over numbers a divisor of 0 gives 0; SQL divisors are never 0: articles ≥ 1 in a group, days > 0). */
  div(x: X, d: X): X;
  /** x rounded to 1 decimal, half up (per-article averages with `roundAverages`). */
  round1(x: X): X;
  /** max(x, min) (a term's floor, e.g. fans gained ≥ 0). */
  atLeast(x: X, min: number): X;
  /** A term: `weight × ln(scale × x + 1)`, or `weight × x` for an identity term. */
  term(weight: number, identity: boolean, scale: number, x: X): X;
  /** A dimension: the sum of its terms, in definition order. */
  dimension(terms: X[]): X;
  /** The pre-transform sum `Σ_d weight_d × dim_d`, in definition order. */
  weightedSum(weights: Float64Array, dims: X[]): X;
  /** The index value: `sum² × multiplier` or `sum × multiplier`. */
  outer(sum: X, square: boolean, multiplier: number): X;
}

/**
 * Rounds to 1 decimal, half up, as the provider does on per-article averages.
 * @param x A number.
 * @returns `x` rounded to 1 decimal, half up.
 * @example round1(2.45) // 2.5
 */
export const round1 = (x: number) => Math.round(x * 10) / 10;

/** The number algebra: the floating-point operations every scorer performs, in this order (the fused kernel's unrolled evaluators repeat them and are tested bit-identical). */
export const NUMBERS: IndexAlgebra<number> = {
  div: (x, d) => (d === 0 ? 0 : x / d),
  round1,
  atLeast: (x, min) => (x < min ? min : x),
  term: (w, identity, scale, x) => w * (identity ? x : Math.log(scale * x + 1)),
  dimension: (terms) => { let s = 0; for (const t of terms) s += t; return s; },
  weightedSum: (w, dims) => { let s = 0; for (let d = 0; d < dims.length; d++) s += w[d]! * dims[d]!; return s; },
  outer: (sum, square, m) => (square ? sum * sum : sum) * m,
};

/**
 * One term of SPEC §3 over an algebra: x = input(field) [/ input(divideBy), rounded to
 * 1 decimal for per-article averages with roundAverages], floored at `min`, then
 * `weight × ln(scale × x + 1)` (or `weight × x`).
 * @internal
 */
export function termExpression<X>(t: CompiledTerm, input: (field: string) => X, alg: IndexAlgebra<X>): X {
  let x = input(t.field);
  if (t.divideBy !== undefined) {
    x = alg.div(x, input(t.divideBy));
    if (t.round) x = alg.round1(x);
  }
  if (t.min !== undefined) x = alg.atLeast(x, t.min);
  return alg.term(t.weight, t.identity, t.scale, x);
}

/**
 * Every dimension's value over an algebra: the sum of its terms in definition order.
 * @internal
 */
export function dimensionExpressions<X>(c: CompiledIndex, input: (field: string) => X, alg: IndexAlgebra<X>): X[] {
  const terms: X[][] = c.dimWeights.length ? Array.from({ length: c.dimWeights.length }, () => []) : [];
  for (const t of c.terms) terms[t.dim]!.push(termExpression(t, input, alg));
  return terms.map((ts) => alg.dimension(ts));
}

/**
 * The pre-transform sum and the value from the dimensions' values (or, in SQL, their column names).
 * @internal
 */
export function indexExpression<X>(c: CompiledIndex, dims: X[], alg: IndexAlgebra<X>): { sum: X; value: X } {
  const sum = alg.weightedSum(c.dimWeights, dims);
  return { sum, value: alg.outer(sum, c.square, c.multiplier) };
}

/**
 * One term's contribution to its dimension, given its input x and divisor d (ignored
 * without `divideBy`): {@link termExpression} over numbers.
 * @internal
 */
export function termValue(t: CompiledTerm, x: number, d: number): number {
  return termExpression(t, (f) => (f === t.field ? x : d), NUMBERS);
}

/**
 * The index value from the pre-transform sum `Σ dimWeight × dimValue`: squared or not, times the multiplier.
 * @internal
 */
export function outerValue(c: CompiledIndex, sum: number): number {
  return NUMBERS.outer(sum, c.square, c.multiplier);
}

/**
 * {@link termValue} over many accounts at once (the same formula, loop-hoisted): adds
 * term t's contribution for every account a with `live[a]` to `out[a × stride + t.dim]`,
 * with x = `x[a]` and the divisor `d[a]` (or the constants when numbers).
 * @internal
 */
export function addTermColumn(t: CompiledTerm, x: Float64Array | number, d: Float64Array | number, live: Uint8Array, out: Float64Array, stride: number, from = 0, to = live.length): void {
  const w = t.weight, sc = t.scale, div = t.divideBy !== undefined;
  // The common shapes (log term, no rounding, no floor; x a column; no divisor, a constant
  // divisor such as days, or a column such as articles) get their own tight loops.
  if (!t.identity && !t.round && t.min === undefined && typeof x !== 'number') {
    if (!div) { logNoDiv(x, w, sc, live, out, stride, t.dim, from, to); return; }
    if (typeof d === 'number') { if (d !== 0) { logConstDiv(x, d, w, sc, live, out, stride, t.dim, from, to); return; } }
    else { logColDiv(x, d, w, sc, live, out, stride, t.dim, from, to); return; }
  }
  const min = t.min ?? -Infinity, round = t.round, id = t.identity;
  const xc = typeof x === 'number' ? null : x, xk = typeof x === 'number' ? x : 0;
  const dc = typeof d === 'number' ? null : d, dk = typeof d === 'number' ? d : NaN;
  for (let a = from, o = from * stride + t.dim; a < to; a++, o += stride) {
    if (live[a] === 0) continue;
    let v = xc ? xc[a]! : xk;
    if (div) {
      const q = dc ? dc[a]! : dk;
      v = q === 0 ? 0 : v / q;
      if (round) v = Math.round(v * 10) / 10;
    }
    if (v < min) v = min;
    out[o]! += w * (id ? v : Math.log(sc * v + 1));
  }
}

function logNoDiv(x: Float64Array, w: number, sc: number, live: Uint8Array, out: Float64Array, stride: number, dim: number, from: number, to: number): void {
  for (let a = from, o = from * stride + dim; a < to; a++, o += stride) if (live[a] !== 0) out[o]! += w * Math.log(sc * x[a]! + 1);
}
function logConstDiv(x: Float64Array, d: number, w: number, sc: number, live: Uint8Array, out: Float64Array, stride: number, dim: number, from: number, to: number): void {
  // x / d, not x × (1/d): the same rounding as termValue.
  for (let a = from, o = from * stride + dim; a < to; a++, o += stride) if (live[a] !== 0) out[o]! += w * Math.log(sc * (x[a]! / d) + 1);
}
function logColDiv(x: Float64Array, d: Float64Array, w: number, sc: number, live: Uint8Array, out: Float64Array, stride: number, dim: number, from: number, to: number): void {
  for (let a = from, o = from * stride + dim; a < to; a++, o += stride) {
    if (live[a] === 0) continue;
    const q = d[a]!;
    out[o]! += w * Math.log(sc * (q === 0 ? 0 : x[a]! / q) + 1);
  }
}
