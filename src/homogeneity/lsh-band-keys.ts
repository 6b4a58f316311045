import { resolveLshOptions, type MinHashLshOptions } from './internal/options.js';
import { Signer } from './internal/signer.js';

/** LSH band keys of a batch of texts (see {@link lshBandKeys}). */
export interface LshBandKeys {
  bands: number;
  rows: number;
  /** Number of texts. */
  size: number;
  /** Band-major keys: key of text i in band b at `keys[b * size + i]` (0 when the text has no shingle). */
  keys: Uint32Array;
  /** 1 when text i has at least one shingle (and so keys), else 0. */
  signed: Uint8Array;
  /**
   * 4-bit MinHash sketch of each text (`sketchWords` = ⌈numPerm/8⌉ 32-bit words per
   * text, 16 for 128): a cheap Jaccard estimate that screens candidates before exact
   * verification. An eighth of the signature, kept instead of it.
   */
  sketch: Uint32Array;
  sketchWords: number;
}

/**
 * MinHash LSH band keys of texts: normalise, shingle (n code points), sign
 * (one-permutation hashing with densification by default, or classic MinHash),
 * and hash each band of `rows` signature values to one 32-bit key. Two texts are
 * LSH candidates when they share a key in some band. Only the keys are kept
 * (bands × 4 + numPerm/2 bytes per text: band keys and a 4-bit sketch), never the signatures: this is the memory-bounded
 * core of `findHomogeneousAccounts`, and what worker threads compute in parallel.
 *
 * Candidate probability for Jaccard s: 1 − (1 − s^rows)^bands (Leskovec, Rajaraman
 * & Ullman, Mining of Massive Datasets ch. 3); bands/rows from `optimalLshParams`.
 * Complexity O(total characters) for 'oph', O(total characters × numPerm) for 'classic'.
 *
 * @param texts texts (`undefined`/empty allowed: such a text gets `signed` 0)
 * @param options see {@link MinHashLshOptions}; defaults numPerm 128, threshold 0.8, bands tuned at 0.65 → 16 bands × 8 rows
 * @throws {TypeError} when a text is neither a string nor undefined.
 * @throws {RangeError} for options out of range (`numPerm`, `threshold`, `bands` × `rows` > `numPerm`, `shingleSize`).
 * @returns `bands` keys per text, whether each text was signed, the 4-bit sketches, and `bands`/`rows`.
 * @example
 * const k = lshBandKeys(['宁波政务新媒体建设取得的成效', '宁波政务新媒体建设取得的成效。', '']);
 * [k.bands, k.rows, k.keys[0] === k.keys[1], k.signed[2]] // [16, 8, true, 0]
 */
export function lshBandKeys(texts: ArrayLike<string | undefined>, options: MinHashLshOptions = {}): LshBandKeys {
  const o = resolveLshOptions('lshBandKeys', options);
  const n = texts.length;
  const keys = new Uint32Array(o.bands * n);
  const signed = new Uint8Array(n);
  const signer = new Signer(o);
  const sketchWords = Math.ceil(o.numPerm / 8);
  const sketch = new Uint32Array(sketchWords * n);
  for (let i = 0; i < n; i++) {
    const t = texts[i];
    if (t === undefined || t === null) continue;
    if (typeof t !== 'string') throw new TypeError(`lshBandKeys: text ${i} is not a string`);
    if (!signer.sign(t)) continue;
    signed[i] = 1;
    for (let b = 0; b < o.bands; b++) keys[b * n + i] = signer.bandKey(b);
    signer.sketchInto(sketch, i * sketchWords);
  }
  return { bands: o.bands, rows: o.rows, size: n, keys, signed, sketch, sketchWords };
}
