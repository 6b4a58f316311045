import { pairedValues } from './paired-values.js';

const cmp = (u: number, v: number) => (u < v ? -1 : u > v ? 1 : 0);

/**
 * Kendall's τ-b, tie-aware (Kendall 1945): `(C − D) / sqrt((n0 − n1)(n0 − n2))` with C
 * and D the concordant and discordant pairs, n0 = n(n−1)/2, n1 and n2 the pairs tied
 * in the first and second ranking. The variant scipy.stats.kendalltau computes by
 * default. Pairs with a missing side (null, undefined, NaN) are left out. Returns `null`
 * for fewer than 2 pairs or when either side is constant.
 *
 * ±Infinity follows SciPy (τ-b depends on the order only): `Infinity` is larger than
 * every finite value and tied with another `Infinity`, `-Infinity` likewise smallest, so
 * the result equals that of any finite values in the same order.
 *
 * Complexity O(n²) (rankings of a few thousand accounts take milliseconds).
 * @throws {RangeError} when `a` and `b` differ in length.
 * @returns τ-b in [−1, 1], or `null` with fewer than two pairs or no variation in a ranking.
 * @example kendallTauB([12, 2, 1, 12, 2], [1, 4, 7, 1, 0]) // -0.4714045207910317
 * @example kendallTauB([1, Infinity, 3, -Infinity], [1, 2, 3, 4]) // -1/3 (as [1, 9, 3, -9])
 */
export function kendallTauB(a: readonly (number | null | undefined)[], b: readonly (number | null | undefined)[]): number | null {
  const [x, y] = pairedValues(a, b, 'kendallTauB');
  const n = x.length;
  if (n < 2) return null;
  let s = 0, tiesX = 0, tiesY = 0;
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      // Compared, not subtracted: Infinity − Infinity is NaN, but Infinity === Infinity is a tie.
      const dx = cmp(x[i]!, x[j]!), dy = cmp(y[i]!, y[j]!);
      if (dx === 0) tiesX++;
      if (dy === 0) tiesY++;
      s += dx * dy;
    }
  }
  const n0 = (n * (n - 1)) / 2;
  const denom = Math.sqrt((n0 - tiesX) * (n0 - tiesY));
  return denom === 0 ? null : s / denom;
}
