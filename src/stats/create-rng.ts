/** A seeded pseudo-random generator with the helpers the generators and bootstraps need. */
export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform integer in [lo, hi] (both inclusive). */
  int(lo: number, hi: number): number;
  /** Standard normal (Box–Muller). */
  normal(): number;
  /** One element of a non-empty array. */
  pick<T>(items: readonly T[]): T;
  /** An index drawn with the given (non-negative) weights. */
  weighted(weights: readonly number[]): number;
  /** True with probability p. */
  chance(p: number): boolean;
}

/**
 * sfc32 ("Small Fast Counting", Chris Doty-Humphrey, PractRand), seeded through
 * splitmix32 so that nearby seeds give unrelated streams. 32-bit integer arithmetic
 * only (`Math.imul`, `>>> 0`), so the stream is identical in every JavaScript engine.
 * Never `Math.random`: every result of this library is reproducible from its seed.
 *
 * Complexity O(1) per draw.
 * @throws {RangeError} for a `seed` that is not finite; the generator's `pick` throws it for an empty array.
 * @returns The generator (`next`, `int`, `normal`, `pick`, `weighted`, `chance`).
 * @example createRng(42).int(1, 6) // the same die roll on every machine
 */
export function createRng(seed: number): Rng {
  if (!Number.isFinite(seed)) throw new RangeError(`createRng: seed must be a finite number, got ${seed}`);
  let s = (Math.floor(seed) ^ 0x9e3779b9) >>> 0;
  const splitmix = () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
  let a = splitmix(), b = splitmix(), c = splitmix(), d = splitmix();
  const u32 = () => {
    const t = (((a + b) >>> 0) + d) >>> 0;
    d = (d + 1) >>> 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) >>> 0;
    c = ((c << 21) | (c >>> 11)) >>> 0;
    c = (c + t) >>> 0;
    return t;
  };
  for (let i = 0; i < 12; i++) u32();
  const next = () => u32() / 4294967296;
  let spare: number | null = null;
  return {
    next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    normal: () => {
      if (spare !== null) { const v = spare; spare = null; return v; }
      let u = 0;
      while (u === 0) u = next();
      const v = next();
      const r = Math.sqrt(-2 * Math.log(u));
      spare = r * Math.sin(2 * Math.PI * v);
      return r * Math.cos(2 * Math.PI * v);
    },
    pick: (items) => {
      if (items.length === 0) throw new RangeError('createRng: pick from an empty array');
      return items[Math.floor(next() * items.length)]!;
    },
    weighted: (weights) => {
      let total = 0;
      for (const w of weights) total += w;
      let x = next() * total;
      for (let i = 0; i < weights.length; i++) { x -= weights[i]!; if (x < 0) return i; }
      return weights.length - 1;
    },
    chance: (p) => next() < p,
  };
}
