// The floor of the single-scoring bench: hand-written loops over the same clustered
// columns the library uses (clusterByAccount + accountRanges), one fused pass per
// account with every accumulator in a local, the formula written out. What a person
// writing just this one index by hand would get; the library is measured against it.
import { accountRanges, clusterByAccount, type PostsTable } from '../../src/index.js';

/** WCI 14.2 (×12) per account (NaN = no post in the period). */
export function floorWci142(table: PostsTable, period: { start: number; end: number; days: number }): Float64Array {
  const c = clusterByAccount(table);
  const R = c.column('reads'), Z = c.column('looks'), L = c.column('likes'), P = c.column('position');
  const { start, end } = accountRanges(c, period);
  const k = c.accounts, d = period.days, out = new Float64Array(k);
  for (let a = 0; a < k; a++) {
    const lo = start[a]!, hi = end[a]!, n = hi - lo;
    if (n === 0) { out[a] = NaN; continue; }
    let r = 0, z = 0, l = 0, rt = 0, zt = 0, lt = 0, rm = 0, zm = 0, lm = 0;
    for (let p = lo; p < hi; p++) {
      const x = R[p]! || 0, y = Z[p]! || 0, w = L[p]! || 0, h = P[p] === 1 ? 1 : 0;
      r += x; z += y; l += w; rt += h * x; zt += h * y; lt += h * w;
      if (x > rm) rm = x; if (y > zm) zm = y; if (w > lm) lm = w;
    }
    const O = 0.85 * Math.log(r / d + 1) + 0.09 * Math.log((10 * z) / d + 1) + 0.06 * Math.log((10 * l) / d + 1);
    const A = 0.85 * Math.log(r / n + 1) + 0.09 * Math.log((10 * z) / n + 1) + 0.06 * Math.log((10 * l) / n + 1);
    const H = 0.85 * Math.log(rt / d + 1) + 0.09 * Math.log((10 * zt) / d + 1) + 0.06 * Math.log((10 * lt) / d + 1);
    const M = 0.85 * Math.log(rm + 1) + 0.09 * Math.log(10 * zm + 1) + 0.06 * Math.log(10 * lm + 1);
    const s = 0.6 * O + 0.2 * A + 0.1 * H + 0.1 * M;
    out[a] = s * s * 12;
  }
  return out;
}

/** BCI 7var per account (NaN = no post in the period). */
export function floorBci7(table: PostsTable, period: { start: number; end: number }): Float64Array {
  const c = clusterByAccount(table);
  const S = c.column('shares'), C = c.column('comments'), L = c.column('likes'), O = c.column('original');
  const { start, end } = accountRanges(c, period);
  const k = c.accounts, out = new Float64Array(k);
  for (let a = 0; a < k; a++) {
    const lo = start[a]!, hi = end[a]!, n = hi - lo;
    if (n === 0) { out[a] = NaN; continue; }
    let o = 0, s = 0, cm = 0, l = 0, so = 0, co = 0;
    for (let p = lo; p < hi; p++) {
      const x = S[p]! || 0, y = C[p]! || 0, isO = O[p] === 1 ? 1 : 0;
      o += isO; s += x; cm += y; l += L[p]! || 0; so += isO * x; co += isO * y;
    }
    const W1 = 0.3 * Math.log(n + 1) + 0.7 * Math.log(o + 1);
    const W2 = 0.2 * Math.log(s + 1) + 0.2 * Math.log(cm + 1) + 0.25 * Math.log(so + 1) + 0.25 * Math.log(co + 1) + 0.1 * Math.log(l + 1);
    out[a] = (0.2 * W1 + 0.8 * W2) * 160;
  }
  return out;
}
