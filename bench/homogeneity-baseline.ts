/**
 * The baseline of the homogeneity bench: a straightforward 128-permutation MinHash
 * LSH over plain arrays, as one would write it first: regex normalisation, shingle
 * strings in a Set, a string hash, 128 universal hashes per shingle (computed
 * exactly, as in the library), number[] signatures, band buckets in a Map keyed by
 * the joined band values, then exact verification of candidate pairs with Sets.
 */
import { optimalLshParams } from '../src/homogeneity/index.js';
import { mulAddModP } from '../src/homogeneity/internal/signer.js';

const P = 2147483647;

export function baselineNearDuplicates(texts: readonly string[], accounts: ArrayLike<number>, t: number): Map<string, number> {
  const { bands, rows } = optimalLshParams(t, 128);
  const a: number[] = [], b: number[] = [];
  let s = 12345;
  const rnd = () => { s = (Math.imul(s, 1103515245) + 12345) >>> 0; return s % P; };
  for (let k = 0; k < 128; k++) { a.push(1 + (rnd() % (P - 1))); b.push(rnd()); }
  const sets: Set<string>[] = [];
  const buckets: Map<string, number[]>[] = Array.from({ length: bands }, () => new Map());
  texts.forEach((text, id) => {
    const clean = [...text.normalize('NFKC').toLowerCase().replace(/[\p{P}\p{S}\p{Z}\p{C}\s]/gu, '')];
    const set = new Set<string>();
    for (let i = 0; i + 3 <= clean.length; i++) set.add(clean[i]! + clean[i + 1]! + clean[i + 2]!);
    sets.push(set);
    if (set.size === 0) return;
    const sig: number[] = new Array(128).fill(Infinity);
    for (const g of set) {
      let h = 2166136261;
      for (let i = 0; i < g.length; i++) h = Math.imul(h ^ g.charCodeAt(i), 16777619);
      const x = (h >>> 0) % P;
      for (let k = 0; k < 128; k++) { const v = mulAddModP(a[k]!, x, b[k]!); if (v < sig[k]!) sig[k] = v; }
    }
    for (let band = 0; band < bands; band++) {
      const key = sig.slice(band * rows, band * rows + rows).join(',');
      const l = buckets[band]!.get(key);
      if (l) l.push(id); else buckets[band]!.set(key, [id]);
    }
  });
  const out = new Map<string, number>();
  for (const m of buckets) for (const l of m.values()) for (let x = 0; x < l.length; x++) for (let y = x + 1; y < l.length; y++) {
    const i = l[x]!, j = l[y]!;
    if (accounts[i] === accounts[j] || out.has(`${i},${j}`)) continue;
    const A = sets[i]!, B = sets[j]!;
    let inter = 0;
    for (const g of A) if (B.has(g)) inter++;
    const jac = inter / (A.size + B.size - inter);
    if (jac >= t) out.set(`${i},${j}`, jac);
  }
  return out;
}
