import { CodePointBuffer, normalizedCodePoints } from './code-points.js';
import { C1, C2, fmix32, mixWord } from './murmur.js';
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
 * scratch buffers, so signing allocates nothing per text. The hot loops keep every
 * value a signed int32 (no unsigned values above 2^31, which V8 would box), and
 * pre-mix each code point once (the per-word half of MurmurHash3), so a shingle
 * costs n xor/rotate/multiply steps plus the final avalanche. The shingle hash
 * equals `murmur3Hash32(codePoints of the shingle, { seed })` (as int32).
 */
export class Signer {
  readonly cps = new CodePointBuffer();
  /** Signature (int32 view; read as unsigned through {@link unsigned}). */
  readonly sig: Int32Array;
  readonly unsigned: Uint32Array;
  private readonly filled: Uint8Array;
  private readonly probe: Int32Array;
  private premixed = new Int32Array(4096);
  private readonly coef: { a: Uint32Array; b: Uint32Array } | undefined;

  constructor(readonly o: ResolvedLsh) {
    this.sig = new Int32Array(o.numPerm);
    this.unsigned = new Uint32Array(this.sig.buffer);
    this.filled = new Uint8Array(o.numPerm);
    this.coef = o.method === 'classic' ? coefficients(o.numPerm, o.seed ^ 0x2545f491) : undefined;
    // Densification probe sequences, the same for every text: probe[i·P + t] = t-th bin bin i borrows from.
    const K = o.numPerm;
    this.probe = new Int32Array(K * PROBES);
    for (let i = 0; i < K; i++) for (let t = 0; t < PROBES; t++)
      this.probe[i * PROBES + t] = Math.floor((fmix32(mixWord(mixWord(o.seed ^ 0x68e31da4, i), t + 1)) * K) / TWO32);
  }

  /** Signs a text into this.sig; false when it has no shingle (fewer than n normalised characters). */
  sign(text: string): boolean {
    const o = this.o;
    const count = normalizedCodePoints(o.preprocess ? o.preprocess(text) : text, this.cps);
    const n = o.shingleSize;
    const m = count - n + 1;
    if (m <= 0) return false;
    if (this.premixed.length < count) this.premixed = new Int32Array(this.cps.data.length);
    const cp = this.cps.data, w = this.premixed;
    for (let i = 0; i < count; i++) {
      let k = Math.imul(cp[i]!, C1);
      k = (k << 15) | (k >>> 17);
      w[i] = Math.imul(k, C2);
    }
    if (o.method === 'oph') this.signOph(m); else this.signClassic(m);
    return true;
  }

  /**
   * One-permutation hashing (Li, Owen & Zhang 2012): the shingle hash h picks a bin
   * from its top 16 bits (bin = ⌊(h >>> 16)·K / 2^16⌋); each bin keeps the minimum h
   * of its shingles (within a bin the top bits are nearly equal, so the low bits
   * decide: a uniformly random member of the bin). Empty bins are filled
   * by optimal densification (Shrivastava 2017): bin i borrows from the first
   * non-empty bin in its own pseudo-random probe sequence, which is the same for
   * every text, so two texts agree on a borrowed bin with the right probability.
   */
  private signOph(m: number): void {
    const K = this.o.numPerm, sig = this.sig, filled = this.filled, w = this.premixed;
    const n = this.o.shingleSize, seed = this.o.seed, n4 = n * 4;
    sig.fill(EMPTY);
    for (let i = 0; i < m; i++) {
      let h = seed;
      for (let k = i, e = i + n; k < e; k++) {
        h ^= w[k]!;
        h = (h << 13) | (h >>> 19);
        h = (Math.imul(h, 5) + 0xe6546b64) | 0;
      }
      h ^= n4;
      h ^= h >>> 16; h = Math.imul(h, 0x85ebca6b); h ^= h >>> 13; h = Math.imul(h, 0xc2b2ae35); h ^= h >>> 16;
      const bin = ((h >>> 16) * K) >>> 16; // < 2^28: exact
      // value: h itself (as in OPH, the bits below the bin bits order the shingles of a bin)
      const v = h === EMPTY ? EMPTY - 1 : h; // keep EMPTY free as the marker (same for every text, so consistent)
      sig[bin] = Math.min(sig[bin]!, v); // branch-free minimum (signed order: any fixed order works)
    }
    for (let i = 0; i < K; i++) filled[i] = sig[i] === EMPTY ? 0 : 1;
    const probe = this.probe;
    for (let i = 0; i < K; i++) {
      if (filled[i] === 1) continue;
      let t = 0, j = -1;
      for (; t < PROBES; t++) { const c = probe[i * PROBES + t]!; if (filled[c] === 1) { j = c; break; } }
      if (j < 0) for (let d = 1; ; d++) { const c = (i + d) % K; if (filled[c] === 1) { j = c; break; } } // all probes empty: deterministic scan
      sig[i] = sig[j]!;
    }
  }

  /** Classic MinHash: numPerm universal hashes h_k(x) = (a_k·x + b_k) mod (2^31 − 1) of each shingle hash x. */
  private signClassic(m: number): void {
    const K = this.o.numPerm, sig = this.sig, { a, b } = this.coef!, w = this.premixed;
    const n = this.o.shingleSize, seed = this.o.seed;
    sig.fill(P);
    for (let i = 0; i < m; i++) {
      let h = seed;
      for (let k = i, e = i + n; k < e; k++) { h ^= w[k]!; h = (h << 13) | (h >>> 19); h = (Math.imul(h, 5) + 0xe6546b64) | 0; }
      let x = fmix32(h ^ (n * 4));
      x = (x & P) + (x >>> 31); // x mod p (x < 2^32)
      if (x >= P) x -= P;
      for (let k = 0; k < K; k++) {
        const v = mulAddModP(a[k]!, x, b[k]!);
        if (v < sig[k]!) sig[k] = v;
      }
    }
  }

  /**
   * Writes the 4-bit sketch of the current signature (b-bit MinHash, Li & König
   * 2010): the low 4 bits of each value, eight per 32-bit word, ⌈numPerm/8⌉ words.
   */
  sketchInto(out: Uint32Array, offset: number): void {
    const sig = this.sig, K = this.o.numPerm;
    for (let k = 0; k < K; k += 8) {
      let w = 0;
      for (let e = 0; e < 8 && k + e < K; e++) w |= (sig[k + e]! & 15) << (4 * e);
      out[offset + (k >> 3)] = w;
    }
  }

  /** Band key of band `band` of the current signature: MurmurHash3 of its `rows` values, seeded by the band (int32). */
  bandKey(band: number): number {
    const r = this.o.rows, sig = this.sig;
    let h = Math.imul(band, 0x9e3779b1);
    for (let k = band * r, end = k + r; k < end; k++) h = mixWord(h, sig[k]!);
    h ^= r * 4;
    h ^= h >>> 16; h = Math.imul(h, 0x85ebca6b); h ^= h >>> 13; h = Math.imul(h, 0xc2b2ae35); h ^= h >>> 16;
    return h;
  }
}

/** Probes per empty bin before the deterministic fallback scan (our choice: a text filling f of K bins falls back with probability (1 − f/K)^16). */
const PROBES = 16;
/** Marker of an empty bin in the int32 signature (values equal to it are stored as EMPTY − 1). */
const EMPTY = 0x7fffffff;

/**
 * Jaccard estimate from two 4-bit sketches of `values` values: equal nibbles occur
 * with probability J + (1 − J)/16, so Ĵ = (m − 1/16)/(15/16) for the share m of
 * equal nibbles (Li & König 2010, b = 4). Unused nibbles of the last word are 0 in
 * both sketches, so they never count as different.
 */
export function sketchJaccard(sk: Uint32Array, a: number, b: number, words: number, values: number): number {
  let diff = 0;
  const oa = a * words, ob = b * words;
  for (let k = 0; k < words; k++) {
    let x = sk[oa + k]! ^ sk[ob + k]!;
    x |= x >>> 1;
    x |= x >>> 2;
    x &= 0x11111111; // one bit per differing nibble
    x = (x + (x >>> 4)) & 0x0f0f0f0f; // popcount of those bits
    diff += Math.imul(x, 0x01010101) >>> 24;
  }
  return ((values - diff) / values - 1 / 16) / (15 / 16);
}
