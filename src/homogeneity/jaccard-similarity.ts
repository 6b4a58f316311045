import { CodePointBuffer } from './internal/code-points.js';
import { resolveLshOptions, type HomogeneityTextOptions } from './internal/options.js';
import { jaccardOfKeys, pairKeys } from './internal/shingle-keys.js';

const bufA = new CodePointBuffer();
const bufB = new CodePointBuffer();

/**
 * Exact Jaccard similarity |A ∩ B| / |A ∪ B| of the character-shingle sets of two
 * texts, after homogeneity normalisation (see `normalizeHomogeneityText`): the
 * measure every reported near-duplicate pair is verified with.
 *
 * Degenerate data: a text with fewer than n normalised characters has no
 * shingles; one empty set gives 0, two empty sets give `null` (undefined).
 * Source: Broder 1997 (resemblance of shingle sets); n = 3 is our default,
 * measured on the seeds. Complexity O((|a| + |b|) log(|a| + |b|)).
 *
 * @param a The first text.
 * @param b The second text.
 * @param options `shingleSize` (default 3), `preprocess` (default none)
 * @returns The similarity in [0, 1], or `null` when neither text has a shingle.
 * @throws {TypeError} when a text is not a string.
 * @example
 * jaccardSimilarity('宁波政务新媒体建设', '宁波政务新媒体建设。') // 1
 * jaccardSimilarity('政务新媒体', '政务新媒介') // 0.5 (2 of 4 trigrams shared)
 */
export function jaccardSimilarity(a: string, b: string, options: HomogeneityTextOptions = {}): number | null {
  if (typeof a !== 'string' || typeof b !== 'string') throw new TypeError('jaccardSimilarity: both texts must be strings');
  const { shingleSize, preprocess } = resolveLshOptions('jaccardSimilarity', { shingleSize: options.shingleSize, preprocess: options.preprocess, params: [1, 1] });
  const [ka, kb] = pairKeys(a, b, shingleSize, bufA, bufB, preprocess);
  return jaccardOfKeys(ka, kb);
}
