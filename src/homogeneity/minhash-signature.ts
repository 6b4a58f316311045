import { resolveLshOptions, type MinHashLshOptions } from './internal/options.js';
import { Signer } from './internal/signer.js';

/**
 * MinHash signature of a text's character-shingle set: numPerm 32-bit values
 * such that, for two texts, the share of equal positions estimates their
 * Jaccard similarity. `method: 'oph'` (default): one-permutation hashing with
 * optimal densification (Li, Owen & Zhang 2012; Shrivastava 2017), one hash per
 * shingle; `'classic'`: numPerm universal hashes (a·x + b) mod (2^31 − 1)
 * (Broder 1997), computed exactly with 16-bit splits.
 *
 * Degenerate data: a text with fewer than n normalised characters has no
 * shingles and returns `null`. Complexity O(|text|) ('oph') or O(|text| · numPerm).
 *
 * @throws {TypeError} when `text` is not a string.
 * @throws {RangeError} for options out of range (`numPerm`, `shingleSize`).
 * @returns `numPerm` 32-bit values, or `null` when the text has no shingle.
 * @example
 * const a = minhashSignature('宁波政务新媒体建设取得的成效');
 * const b = minhashSignature('宁波政务新媒体建设取得的成效！');
 * a!.length // 128
 * a!.every((v, i) => v === b![i]) // true (same shingles after normalisation)
 */
export function minhashSignature(text: string, options: MinHashLshOptions = {}): Uint32Array | null {
  if (typeof text !== 'string') throw new TypeError('minhashSignature: text must be a string');
  const o = resolveLshOptions('minhashSignature', { ...options, params: options.params ?? [1, 1] });
  const s = new Signer(o);
  return s.sign(text) ? s.unsigned.slice() : null;
}
