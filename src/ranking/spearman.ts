import { pairedValues } from './paired-values.js';
import { rank } from './rank.js';

/**
 * Spearman's rank correlation ρ, tie-aware: the Pearson correlation of the average
 * ranks (Spearman 1904; the definition scipy.stats.spearmanr and R's cor(method =
 * "spearman") use). Pairs with a missing side (null/NaN) are left out. Returns `null`
 * for fewer than 2 pairs or when either side is constant (ρ undefined).
 *
 * Complexity O(n log n).
 * @throws {RangeError} when `a` and `b` differ in length.
 * @returns ρ in [−1, 1], or `null` with fewer than two pairs or no variation in a ranking.
 * @example spearman([1, 2, 3, 4, 5], [5, 6, 7, 8, 7]) // 0.8207826816681233
 */
export function spearman(a: readonly (number | null | undefined)[], b: readonly (number | null | undefined)[]): number | null {
  const [x, y] = pairedValues(a, b, 'spearman');
  const n = x.length;
  if (n < 2) return null;
  const rx = rank(x, { method: 'average' }) as number[];
  const ry = rank(y, { method: 'average' }) as number[];
  const mean = (n + 1) / 2;
  let sxy = 0, sxx = 0, syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = rx[i]! - mean, dy = ry[i]! - mean;
    sxy += dx * dy; sxx += dx * dx; syy += dy * dy;
  }
  if (sxx === 0 || syy === 0) return null;
  return sxy / Math.sqrt(sxx * syy);
}
