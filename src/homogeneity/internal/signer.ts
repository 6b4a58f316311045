import { CodePointBuffer, normalizedCodePoints } from './code-points.js';
import { fmix32, mixWord } from './murmur.js';
import type { ResolvedLsh } from './options.js';

const P = 2147483647; // Mersenne prime 2^31 − 1
const TWO31 = 2147483648;
const TWO32 = 4294967296;

/** v mod (2^31 − 1) for an integer 0 ≤ v < 2^53 (2^31 ≡ 1, so fold the high part onto the low). */
function modP(v: number): number {
  const r = (v % TWO31) + Math.floor(v / TWO31); // both exact: division by a power of two
  return r >= P ? r - P : r;
}

/**
 * (a·x + b) mod (2^31 − 1) exactly, for a, x < 2^31 and b < p: x is split into
 * 16-bit halves so that every product stays below 2^47 (< 2^53, exact in a double).
 */
export function mulAddModP(a: number, x: number, b: number): number {
  const t = modP(a * (x >>> 16));
  return modP(t * 65536 + a * (x & 0xffff) + b);
}

/** SplitMix32-style deterministic generator for hash-family coefficients. */
function coefficients(count: number, seed: number): { a: Uint32Array; b: Uint32Array } {
  const a = new Uint32Array(count), b = new Uint32Array(count);
  let s = seed | 0;
  const next = () => {
    s = (s + 0x9e3779b9) | 0;
    return fmix32(s);
  };
  for (let k = 0; k < count; k++) {
    let x = 0;
    while (x === 0) x = next() % P; // a ∈ [1, p)
    a[k] = x;
    b[k] = next() % P;
  }
  return { a, b };
}

/**
 * Computes MinHash signatures and LSH band keys (internal). One instance holds
 * scratch buffers, so signing allocates nothing per text.
 */
export class Signer {
  readonly cps = new CodePointBuffer();
  readonly sig: Uint32Array;
  private readonly filled: Uint8Array;
  private readonly coef: { a: Uint32Array; b: Uint32Array } | undefined;

  constructor(readonly o: ResolvedLsh) {
    this.sig = new Uint32Array(o.numPerm);
    this.filled = new Uint8Array(o.numPerm);
    this.coef = o.method === 'classic' ? coefficients(o.numPerm, o.seed ^ 0x2545f491) : undefined;
  }

  /** Signs a text into this.sig; false when it has no shingle (fewer than n normalised characters). */
  sign(text: string): boolean {
    const o = this.o;
    const count = normalizedCodePoints(o.preprocess ? o.preprocess(text) : text, this.cps);
    const n = o.shingleSize;
    const m = count - n + 1;
    if (m <= 0) return false;
    return o.method === 'oph' ? this.signOph(m) : this.signClassic(m);
  }

  private shingleHash(i: number): number {
    const cp = this.cps.data, n = this.o.shingleSize;
    let h = this.o.seed;
    for (let k = 0; k < n; k++) h = mixWord(h, cp[i + k]!);
    return fmix32(h ^ (n * 4));
  }

  /**
   * One-permutation hashing (Li, Owen & Zhang 2012): the shingle hash picks a bin
   * (its top bits, bin = ⌊h·K / 2^32⌋) and an independent 32-bit value (a second
   * avalanche); each bin keeps its minimum value. Empty bins are filled by
   * optimal densification (Shrivastava 2017): bin i borrows from the first
   * non-empty bin in its own pseudo-random probe sequence, which is the same for
   * every text, so two texts agree on a borrowed bin with the right probability.
   */
  private signOph(m: number): boolean {
    const K = this.o.numPerm, sig = this.sig, filled = this.filled;
    filled.fill(0);
    for (let i = 0; i < m; i++) {
      const h = this.shingleHash(i);
      const bin = Math.floor((h * K) / TWO32); // h·K < 2^44: exact
      const v = fmix32(h ^ 0x5bd1e995);
      if (filled[bin] === 0 || v < sig[bin]!) { sig[bin] = v; filled[bin] = 1; }
    }
    const seed = this.o.seed;
    for (let i = 0; i < K; i++) {
      if (filled[i] === 1) continue;
      for (let t = 1; ; t++) {
        const j = t <= 64 * K ? Math.floor((fmix32(mixWord(mixWord(seed ^ 0x68e31da4, i), t)) * K) / TWO32) : (i + t) % K;
        if (filled[j] === 1) { sig[i] = sig[j]!; break; }
      }
    }
    return true;
  }

  /** Classic MinHash: numPerm universal hashes h_k(x) = (a_k·x + b_k) mod (2^31 − 1) of each shingle hash x. */
  private signClassic(m: number): boolean {
    const K = this.o.numPerm, sig = this.sig, { a, b } = this.coef!;
    sig.fill(0xffffffff);
    for (let i = 0; i < m; i++) {
      let x = this.shingleHash(i);
      x = (x & P) + (x >>> 31); // x mod p (x < 2^32)
      if (x >= P) x -= P;
      for (let k = 0; k < K; k++) {
        const v = mulAddModP(a[k]!, x, b[k]!);
        if (v < sig[k]!) sig[k] = v;
      }
    }
    return true;
  }

  /** Band key of band `band` of the current signature: MurmurHash3 of its `rows` values, seeded by the band. */
  bandKey(band: number): number {
    const r = this.o.rows, sig = this.sig;
    let h = band * 0x9e3779b1;
    for (let k = band * r, end = k + r; k < end; k++) h = mixWord(h, sig[k]!);
    return fmix32(h ^ (r * 4));
  }
}
