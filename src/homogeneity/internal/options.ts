import { optimalLshParams } from '../optimal-lsh-params.js';

/** Text options shared by every homogeneity function. */
export interface HomogeneityTextOptions {
  /**
   * Shingle size n in code points (default 3: measured on the seed documents,
   * see `bench/homogeneity-shingle-size.ts` and the README).
   */
  shingleSize?: number;
  /**
   * Applied to each text before normalisation, e.g. the traditional→simplified
   * converter from `loadTraditionalToSimplified()`. Default: none.
   */
  preprocess?: (text: string) => string;
}

/** MinHash and LSH options. */
export interface MinHashLshOptions extends HomogeneityTextOptions {
  /** Signature length (number of hash values, "permutations"). Default 128. */
  numPerm?: number;
  /**
   * `'oph'` (default): one-permutation hashing with optimal densification, one
   * hash per shingle. `'classic'`: numPerm universal hashes (a·x + b) mod (2^31 − 1)
   * per shingle (numPerm times slower, same estimator).
   */
  method?: 'oph' | 'classic';
  /** Seed of the hash family (default 1). Band keys are only comparable under equal options. */
  seed?: number;
  /** Jaccard threshold of a near-duplicate: verified pairs reach it (default 0.8, ours). */
  threshold?: number;
  /**
   * Threshold the LSH bands are tuned for (default threshold − 0.15, ours). Candidates
   * are verified exactly, so a false positive costs only time while a false negative
   * is a lost pair: tuning below the threshold buys recall. For 0.8 → 0.65 → 16 bands
   * × 8 rows (datasketch's choice for 0.65), candidate probability 0.947 at J = 0.8.
   */
  lshThreshold?: number;
  /** [false positive weight, false negative weight] for the band choice (default [0.5, 0.5], as datasketch). */
  weights?: readonly [number, number];
  /** Explicit [bands, rows], bypassing the optimisation (bands × rows ≤ numPerm). */
  params?: readonly [number, number];
}

/** Memo of the band choice (about 12 ms per call for 128 hashes). */
const paramCache = new Map<string, { bands: number; rows: number }>();

export interface ResolvedLsh {
  shingleSize: number;
  preprocess: ((text: string) => string) | undefined;
  numPerm: number;
  method: 'oph' | 'classic';
  seed: number;
  threshold: number;
  lshThreshold: number;
  bands: number;
  rows: number;
}

/** Resolves and checks MinHash/LSH options (defaults in one place). */
export function resolveLshOptions(fn: string, o: MinHashLshOptions = {}): ResolvedLsh {
  const shingleSize = o.shingleSize ?? 3;
  if (!Number.isInteger(shingleSize) || shingleSize < 1 || shingleSize > 16)
    throw new RangeError(`${fn}: shingleSize must be an integer in 1..16, got ${shingleSize}`);
  const numPerm = o.numPerm ?? 128;
  if (!Number.isInteger(numPerm) || numPerm < 2 || numPerm > 4096)
    throw new RangeError(`${fn}: numPerm must be an integer in 2..4096, got ${numPerm}`);
  const method = o.method ?? 'oph';
  if (method !== 'oph' && method !== 'classic') throw new RangeError(`${fn}: method must be 'oph' or 'classic', got ${String(method)}`);
  const threshold = o.threshold ?? 0.8;
  if (!(threshold > 0 && threshold < 1)) throw new RangeError(`${fn}: threshold must be in (0, 1), got ${threshold}`);
  const lshThreshold = o.lshThreshold ?? Math.max(0.05, Math.round((threshold - 0.15) * 1e9) / 1e9);
  if (!(lshThreshold > 0 && lshThreshold < 1)) throw new RangeError(`${fn}: lshThreshold must be in (0, 1), got ${lshThreshold}`);
  if (o.preprocess !== undefined && typeof o.preprocess !== 'function') throw new TypeError(`${fn}: preprocess must be a function`);
  let bands: number, rows: number;
  if (o.params) {
    [bands, rows] = o.params;
    if (!Number.isInteger(bands) || !Number.isInteger(rows) || bands < 1 || rows < 1 || bands * rows > numPerm)
      throw new RangeError(`${fn}: params [${bands}, ${rows}] need positive integers with bands × rows ≤ numPerm (${numPerm})`);
  } else {
    const w = o.weights ?? [0.5, 0.5];
    const key = `${lshThreshold},${numPerm},${w[0]},${w[1]}`;
    let p = paramCache.get(key);
    if (!p) {
      p = optimalLshParams(lshThreshold, numPerm, { weights: w });
      if (paramCache.size > 64) paramCache.clear();
      paramCache.set(key, p);
    }
    ({ bands, rows } = p);
  }
  return { shingleSize, preprocess: o.preprocess, numPerm, method, seed: (o.seed ?? 1) | 0, threshold, lshThreshold, bands, rows };
}
