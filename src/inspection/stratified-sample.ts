import { createRng } from '../stats/create-rng.js';

/** Options of {@link stratifiedSample}. */
export interface SampleOptions<T> {
  /** Sample size, or … */
  size?: number;
  /** … a share of the population (0–1). One of the two is required. */
  share?: number;
  /** Strata keys (default platform and level). */
  by?: (item: T) => string;
  /** PRNG seed (default 1): the same seed draws the same sample. */
  seed?: number;
}

/** Order of a stratum before drawing: by id (code points); items without an id last, in input order (stable sort). */
function byId(a: { id?: string | number }, b: { id?: string | number }): number {
  if (a.id === undefined || b.id === undefined) return (a.id === undefined ? 1 : 0) - (b.id === undefined ? 1 : 0);
  if (typeof a.id === 'number' && typeof b.id === 'number') return a.id - b.id;
  const x = String(a.id), y = String(b.id);
  return x < y ? -1 : x > y ? 1 : 0;
}

/**
 * A seeded stratified random sample, as offices draw accounts for a quarterly check
 * (检查抽查): the size is allocated to strata (default platform × level) in proportion
 * to their size by the largest-remainder method, then each stratum is sampled without
 * replacement (partial Fisher–Yates). Reproducible from the seed, and independent of
 * the input order: each stratum is sorted by `id` (numbers ascending, strings by code points; items without an id
 * keep their input order after those with one) before drawing, so the same accounts
 * and seed draw the same sample whatever order the ledger lists them in.
 * Complexity O(n log n).
 * @throws {RangeError} when neither `size` nor `share` is given, or the size (given, or `share` × items rounded) is not a whole number in 0..items.
 * @returns The sampled items, stratum by stratum.
 * @example stratifiedSample(accounts, { share: 0.1, seed: 2020 }).length // ≈ 10% of accounts
 */
export function stratifiedSample<T extends { platform?: string; level?: string; id?: string | number }>(items: readonly T[], options: SampleOptions<T>): T[] {
  const n = items.length;
  const size = options.size ?? (options.share !== undefined ? Math.round(options.share * n) : undefined);
  if (size === undefined || !Number.isInteger(size) || size < 0 || size > n) throw new RangeError(`stratifiedSample: give size (0..${n}) or share (0..1); got size ${String(options.size)}, share ${String(options.share)}`);
  const key = options.by ?? ((x: T) => `${x.platform ?? ''}|${x.level ?? ''}`);
  const strata = new Map<string, T[]>();
  for (const it of items) { const k = key(it); let s = strata.get(k); if (!s) strata.set(k, (s = [])); s.push(it); }
  const keys = [...strata.keys()].sort();
  const quotas = keys.map((k) => (strata.get(k)!.length * size) / (n || 1));
  const alloc = quotas.map(Math.floor);
  let left = size - alloc.reduce((a, b) => a + b, 0);
  const order = keys.map((_, i) => i).sort((a, b) => quotas[b]! - alloc[b]! - (quotas[a]! - alloc[a]!) || a - b);
  for (const i of order) { if (left <= 0) break; alloc[i]!++; left--; }
  const rng = createRng(options.seed ?? 1);
  const out: T[] = [];
  keys.forEach((k, i) => {
    const pool = [...strata.get(k)!].sort(byId);
    for (let j = 0; j < alloc[i]!; j++) {
      const r = j + Math.floor(rng.next() * (pool.length - j));
      [pool[j], pool[r]] = [pool[r]!, pool[j]!];
      out.push(pool[j]!);
    }
  });
  return out;
}
