import { compileIndex, dimensionExpressions, indexExpression, NUMBERS } from './compile-index.js';
import type { IndexDefinition } from './index-definition.js';

export { round1 } from './compile-index.js';

/** One dimension of an explained index value. */
export interface DimensionExplanation {
  /** The dimension's own value (its weighted sum of log terms). */
  value: number;
  /** `weight × value`: its share of the pre-transform sum. */
  contribution: number;
}

/** An index value and its explanation. `value` is `null` when the account has nothing to score (e.g. no article). */
export interface IndexResult {
  value: number | null;
  /** The pre-transform sum `Σ contribution` (before squaring / multiplying). */
  sum: number;
  dimensions: Record<string, DimensionExplanation>;
}

/** Options of {@link evaluateIndex}. */
export interface EvaluateOptions {
  /** Overrides the definition's multiplier (e.g. ×10 instead of ×12 for WCI 14.x). */
  multiplier?: number;
  /** Overrides the definition's `roundAverages`. */
  roundAverages?: boolean;
}


/**
 * Evaluates any index definition on a stats object: the one evaluator behind `wci`,
 * `bci`, `bvci`, `dci` and custom indices. Missing fields count as 0. Bad stats
 * (negative, non-finite, or a divisor of 0 with a non-zero numerator such as
 * `days = 0`) throw `RangeError` naming the field.
 *
 * `value = outer(Σ_d w_d · Σ_t w_t · ln(scale_t · x_t + 1)) × multiplier`.
 * Complexity O(terms).
 * @throws {RangeError} naming the function and the field for a stat that is negative or not finite, a divisor of 0 under a non-zero numerator, or a multiplier that is not a positive number.
 * @returns The value (`null` when the `requires` count is 0) and each dimension's value and contribution.
 * @example evaluateIndex(INDEX_CATALOG['wci-2.0'], { articles: 100, reads: 10000, maxReads: 300, likes: 4000, maxLikes: 60 }).value // 411.4875078505686
 */
export function evaluateIndex(def: IndexDefinition, stats: Readonly<Record<string, number | undefined>>, options: EvaluateOptions = {}): IndexResult {
  return evaluateIndexNamed(def, stats, options, 'evaluateIndex');
}

/**
 * Internal: `evaluateIndex` whose errors name `fn`, the public function the caller was given (`wci`, `bci`, …).
 * @throws {RangeError} as `evaluateIndex`, naming `fn`.
 * @internal
 */
export function evaluateIndexNamed(def: IndexDefinition, stats: Readonly<Record<string, number | undefined>>, options: EvaluateOptions, fn: string): IndexResult {
  const get = (f: string): number => {
    const v = stats[f];
    if (v === undefined) return 0;
    if (typeof v !== 'number' || !Number.isFinite(v) || (v < 0 && !def.dimensions.some((d) => d.terms.some((t) => t.field === f && t.min !== undefined))))
      throw new RangeError(`${fn}: stats.${f} must be a finite number ≥ 0, got ${String(v)}`);
    return v;
  };
  for (const d of def.dimensions)
    for (const t of d.terms)
      if (t.divideBy && get(t.divideBy) === 0 && get(t.field) !== 0 && t.divideBy !== def.requires)
        throw new RangeError(`${fn}: stats.${t.divideBy} is 0 but stats.${t.field} is not`);
  const dimensions: Record<string, DimensionExplanation> = {};
  if (def.requires !== undefined && get(def.requires) === 0) {
    for (const d of def.dimensions) dimensions[d.key] = { value: 0, contribution: 0 };
    return { value: null, sum: 0, dimensions };
  }
  // The formula written once (compile-index.ts), over numbers: as scoreAccounts and toSQL evaluate it.
  const c = compileIndex(def, options, fn);
  const dimValues = dimensionExpressions(c, get, NUMBERS);
  def.dimensions.forEach((d, i) => { dimensions[d.key] = { value: dimValues[i]!, contribution: c.dimWeights[i]! * dimValues[i]! }; });
  const { sum, value } = indexExpression(c, dimValues, NUMBERS);
  return { value, sum, dimensions };
}
