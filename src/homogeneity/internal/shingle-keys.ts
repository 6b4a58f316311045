import { CodePointBuffer, normalizedCodePoints } from './code-points.js';

/**
 * Exact shingle sets for verification (internal). A shingle of n code points is
 * packed exactly into a double when n ≤ 3 and every code point is below 2^17
 * (3 × 17 = 51 bits < 2^53): that covers the BMP and so practically all Chinese.
 * Otherwise (larger n, astral code points such as emoji-free CJK Extension B)
 * the shingle is its string: slower, equally exact.
 */
export type ShingleKeys = Float64Array | string[];

const P17 = 131072;

/** Sorted, de-duplicated exact shingle keys of the first `count` code points in buf. */
export function shingleKeysOf(cps: Int32Array, count: number, n: number, forceStrings: boolean): ShingleKeys {
  const m = count - n + 1;
  if (m <= 0) return new Float64Array(0);
  if (!forceStrings && n <= 3 && fitsPacked(cps, count)) {
    const keys = new Float64Array(m);
    for (let i = 0; i < m; i++) {
      let k = cps[i]!;
      if (n >= 2) k = k * P17 + cps[i + 1]!;
      if (n >= 3) k = k * P17 + cps[i + 2]!;
      keys[i] = k;
    }
    keys.sort();
    let w = 0;
    for (let i = 0; i < m; i++) if (i === 0 || keys[i] !== keys[w - 1]) keys[w++] = keys[i]!;
    return keys.subarray(0, w);
  }
  const set = new Set<string>();
  for (let i = 0; i < m; i++) set.add(String.fromCodePoint(...cps.subarray(i, i + n)));
  return [...set].sort();
}

export function fitsPacked(cps: Int32Array, count: number): boolean {
  for (let i = 0; i < count; i++) if (cps[i]! >= P17) return false;
  return true;
}

/** Exact Jaccard |A ∩ B| / |A ∪ B| of two sorted de-duplicated key lists of the same kind; null when both are empty. */
export function jaccardOfKeys(a: ShingleKeys, b: ShingleKeys): number | null {
  const na = a.length, nb = b.length;
  if (na === 0 && nb === 0) return null;
  if (na === 0 || nb === 0) return 0;
  let i = 0, j = 0, inter = 0;
  while (i < na && j < nb) {
    const x = a[i]!, y = b[j]!;
    if (x === y) { inter++; i++; j++; } else if (x < y) i++; else j++;
  }
  return inter / (na + nb - inter);
}

/** Shingle keys of two texts, of one kind (packed when both allow it), for exact comparison. */
export function pairKeys(
  ta: string, tb: string, n: number, bufA: CodePointBuffer, bufB: CodePointBuffer, preprocess?: (t: string) => string,
): [ShingleKeys, ShingleKeys] {
  const ca = normalizedCodePoints(preprocess ? preprocess(ta) : ta, bufA);
  const cb = normalizedCodePoints(preprocess ? preprocess(tb) : tb, bufB);
  const strings = n > 3 || !fitsPacked(bufA.data, ca) || !fitsPacked(bufB.data, cb);
  return [shingleKeysOf(bufA.data, ca, n, strings), shingleKeysOf(bufB.data, cb, n, strings)];
}
