/**
 * Exact all-pairs Jaccard join (bench helper, the ground truth): every pair of
 * texts with Jaccard ≥ t over their exact shingle sets, by prefix filtering
 * (Bayardo, Ma & Srikant 2007, "Scaling up all pairs similarity search";
 * Chaudhuri et al. 2006): tokens ordered by global frequency, each set indexed by
 * its prefix of |x| − ⌈t·|x|⌉ + 1 tokens; two sets with Jaccard ≥ t always share a
 * prefix token, so the join has no false negatives; every candidate is then
 * verified exactly. Checked against brute force on a subsample in the bench.
 */
import { jaccardSimilarity, normalizeHomogeneityText } from '../src/homogeneity/index.js';

/** Exact shingle set (strings) of a text, n code points after normalisation. */
export function shingleSet(text: string, n = 3): string[] {
  const cps = [...normalizeHomogeneityText(text)];
  const s = new Set<string>();
  for (let i = 0; i + n <= cps.length; i++) s.add(cps.slice(i, i + n).join(''));
  return [...s];
}

/** All pairs (i < j) with Jaccard ≥ t, as "i,j" strings with their Jaccard. */
export function exactAllPairs(texts: readonly string[], t: number, accept: (i: number, j: number) => boolean = () => true): Map<string, number> {
  const sets = texts.map((x) => shingleSet(x));
  const freq = new Map<string, number>();
  for (const s of sets) for (const g of s) freq.set(g, (freq.get(g) ?? 0) + 1);
  const order = [...freq.keys()].sort((a, b) => freq.get(a)! - freq.get(b)! || (a < b ? -1 : 1));
  const rank = new Map<string, number>();
  order.forEach((g, r) => rank.set(g, r));
  const docs = sets.map((s) => Int32Array.from(s.map((g) => rank.get(g)!)).sort());
  const index = new Map<number, number[]>();
  const out = new Map<string, number>();
  for (let x = 0; x < docs.length; x++) {
    const d = docs[x]!;
    if (d.length === 0) continue;
    const p = d.length - Math.ceil(t * d.length) + 1;
    const cand = new Set<number>();
    for (let k = 0; k < p; k++) for (const y of index.get(d[k]!) ?? []) cand.add(y);
    for (const y of cand) {
      const e = docs[y]!;
      let i = 0, j = 0, inter = 0;
      while (i < d.length && j < e.length) { if (d[i] === e[j]) { inter++; i++; j++; } else if (d[i]! < e[j]!) i++; else j++; }
      const jac = inter / (d.length + e.length - inter);
      if (jac >= t && accept(y, x)) out.set(`${y},${x}`, jac);
    }
    for (let k = 0; k < p; k++) { const l = index.get(d[k]!); if (l) l.push(x); else index.set(d[k]!, [x]); }
  }
  return out;
}

/** Brute force over every pair, to check {@link exactAllPairs}. */
export function bruteAllPairs(texts: readonly string[], t: number, accept: (i: number, j: number) => boolean = () => true): Map<string, number> {
  const out = new Map<string, number>();
  for (let i = 0; i < texts.length; i++) for (let j = i + 1; j < texts.length; j++) {
    const v = jaccardSimilarity(texts[i]!, texts[j]!);
    if (v !== null && v >= t && accept(i, j)) out.set(`${i},${j}`, v);
  }
  return out;
}
