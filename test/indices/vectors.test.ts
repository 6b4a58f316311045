import { describe, expect, it } from 'vitest';
import { bci, bvci, dci, defineIndex, evaluateIndex, wci, weiboCityCompetitiveness } from '../../src/index.js';
import { WCI_VERSIONS } from '../../src/indices/wci.js';

const rel = (a: number | null, b: number) => Math.abs((a as number) - b) / Math.abs(b);

describe('SPEC §3 test vectors', () => {
  it("wci({ R=10000, n=100, Rmax=300, L=4000, Lmax=60 }, { version: '2.0' }) is 411.4875078505686", () => {
    // Published worked example of gsdata's WCI 2.0 page: 411.4875079.
    const stats = Object.freeze({ days: 7, articles: 100, reads: 10000, maxReads: 300, likes: 4000, maxLikes: 60 });
    const r = wci(stats, { version: '2.0' });
    expect(rel(r.value, 411.4875078505686)).toBeLessThan(1e-9);
    expect(r.value!.toFixed(7)).toBe('411.4875079');
  });

  it("wci(…, { version: '12.0' }) is 658.3805902879039", () => {
    const r = wci({ days: 7, articles: 18, reads: 52340, maxReads: 9876, likes: 612, maxLikes: 143 }, { version: '12.0' });
    expect(rel(r.value, 658.3805902879039)).toBeLessThan(1e-9);
  });

  it("wci(…, { version: '14.2' }) is 1123.4846108 (×12)", () => {
    const r = wci(
      { days: 30, articles: 121, reads: 823456, headlineReads: 512340, maxReads: 100001, looks: 6543, headlineLooks: 4321, maxLooks: 1200, likes: 9876, headlineLikes: 6543, maxLikes: 2100 },
      { version: '14.2' },
    );
    expect(rel(r.value, 1123.4846108)).toBeLessThan(1e-8);
  });

  it("bci({ posts=320, reposts=1500, comments=2100, likes=9800 }, { variant: '4var' }) is 1186.1158955", () => {
    expect(rel(bci({ posts: 320, reposts: 1500, comments: 2100, likes: 9800 }, { variant: '4var' }).value, 1186.1158955)).toBeLessThan(1e-8);
  });
});

// Our own vectors: expected values computed by hand-written arithmetic, independent of
// the definitions-as-data (the formulas are typed out again from SPEC §3).
const L = Math.log;
describe('own vectors per version', () => {
  const s = Object.freeze({
    days: 7, articles: 20, pushes: 7, reads: 50000, headlineReads: 30000, maxReads: 8000, looks: 300, headlineLooks: 200, maxLooks: 60,
    likes: 500, headlineLikes: 320, maxLikes: 90, shares: 400, headlineShares: 250, maxShares: 70,
  });
  const { days: d, articles: n, reads: R, headlineReads: Rt, maxReads: Rm, looks: Z, headlineLooks: Zt, maxLooks: Zm, likes: Li, headlineLikes: Lt, maxLikes: Lm, shares: E, headlineShares: Et, maxShares: Em } = s;

  it("wci(s, { version: '2.0' })", () => {
    // SPEC §3: Rd = .40 ln(R+1) + .45 ln(R/n+1) + .15 ln(Rmax+1); Ld the same on likes (no ×10); (.8 Rd + .2 Ld)² × 10.
    const Rd = 0.4 * L(R + 1) + 0.45 * L(R / n + 1) + 0.15 * L(Rm + 1);
    const Ld = 0.4 * L(Li + 1) + 0.45 * L(Li / n + 1) + 0.15 * L(Lm + 1);
    expect(rel(wci(s, { version: '2.0' }).value, (0.8 * Rd + 0.2 * Ld) ** 2 * 10)).toBeLessThan(1e-12);
  });

  it("wci(s, { version: '12.0' })", () => {
    // SPEC §3: as 11.x with totals replaced by daily averages R/d, 10L/d.
    const Rd = 0.4 * L(R / d + 1) + 0.45 * L(R / n + 1) + 0.15 * L(Rm + 1);
    const Ld = 0.4 * L((10 * Li) / d + 1) + 0.45 * L((10 * Li) / n + 1) + 0.15 * L(10 * Lm + 1);
    expect(rel(wci(s, { version: '12.0' }).value, (0.8 * Rd + 0.2 * Ld) ** 2 * 10)).toBeLessThan(1e-12);
  });

  it("wci(s, { version: '14.2' })", () => {
    // SPEC §3: g(r,z,l) = .85 ln(r+1) + .09 ln(10z+1) + .06 ln(10l+1); (.6 O + .2 A + .1 H + .1 P)² × 12.
    const g = (r: number, z: number, l: number) => 0.85 * L(r + 1) + 0.09 * L(10 * z + 1) + 0.06 * L(10 * l + 1);
    const v = (0.6 * g(R / d, Z / d, Li / d) + 0.2 * g(R / n, Z / n, Li / n) + 0.1 * g(Rt / d, Zt / d, Lt / d) + 0.1 * g(Rm, Zm, Lm)) ** 2 * 12;
    expect(rel(wci(s, { version: '14.2' }).value, v)).toBeLessThan(1e-12);
  });

  it("wci(s, { version: '11' })", () => {
    const Rd = 0.4 * L(R + 1) + 0.45 * L(R / n + 1) + 0.15 * L(Rm + 1);
    const Ld = 0.4 * L(10 * Li + 1) + 0.45 * L((10 * Li) / n + 1) + 0.15 * L(10 * Lm + 1);
    expect(rel(wci(s, { version: '11' }).value, (0.8 * Rd + 0.2 * Ld) ** 2 * 10)).toBeLessThan(1e-12);
  });

  it("wci(s, { version: '13.0' })", () => {
    const g = (r: number, l: number) => 0.85 * L(r + 1) + 0.15 * L(10 * l + 1);
    const v = (0.3 * g(R / d, Li / d) + 0.3 * g(R / n, Li / n) + 0.3 * g(Rt / d, Lt / d) + 0.1 * g(Rm, Lm)) ** 2 * 10;
    expect(rel(wci(s, { version: '13.0' }).value, v)).toBeLessThan(1e-12);
  });

  it("wci(s, { version: '14.2-share' })", () => {
    const g = (r: number, z: number, l: number, e: number) => 0.7 * L(r + 1) + 0.09 * L(10 * z + 1) + 0.06 * L(10 * l + 1) + 0.15 * L(10 * e + 1);
    const v = (0.6 * g(R / d, Z / d, Li / d, E / d) + 0.2 * g(R / n, Z / n, Li / n, E / n) + 0.1 * g(Rt / d, Zt / d, Lt / d, Et / d) + 0.1 * g(Rm, Zm, Lm, Em)) ** 2 * 12;
    expect(rel(wci(s, { version: '14.2-share' }).value, v)).toBeLessThan(1e-12);
  });

  it("wci(s, { version: '14.2', multiplier: 10 }) is the ×10 reading", () => {
    expect(rel(wci(s, { version: '14.2', multiplier: 10 }).value, (wci(s).value! / 12) * 10)).toBeLessThan(1e-12);
  });

  it("wci(s, { version: '14.2', roundAverages: true }) rounds R/n to 1 decimal before the log", () => {
    const s2 = { ...s, reads: 50001, articles: 3 }; // R/n = 16667.0333… → 16667.0
    const g = (r: number, z: number, l: number) => 0.85 * L(r + 1) + 0.09 * L(10 * z + 1) + 0.06 * L(10 * l + 1);
    const r1 = (x: number) => Math.round(x * 10) / 10;
    const v = (0.6 * g(50001 / d, Z / d, Li / d) + 0.2 * g(r1(50001 / 3), r1(Z / 3), r1(Li / 3)) + 0.1 * g(Rt / d, Zt / d, Lt / d) + 0.1 * g(Rm, Zm, Lm)) ** 2 * 12;
    expect(rel(wci(s2, { version: '14.2', roundAverages: true }).value, v)).toBeLessThan(1e-12);
    expect(wci(s2, { roundAverages: true }).value).not.toBe(wci(s2).value);
  });

  it('bci(stats7) follows the 7-variable formula', () => {
    const x = { posts: 40, originalPosts: 25, reposts: 900, comments: 700, originalReposts: 600, originalComments: 500, likes: 3000 };
    const W1 = 0.3 * L(41) + 0.7 * L(26);
    const W2 = 0.2 * L(901) + 0.2 * L(701) + 0.25 * L(601) + 0.25 * L(501) + 0.1 * L(3001);
    expect(rel(bci(x).value, (0.2 * W1 + 0.8 * W2) * 160)).toBeLessThan(1e-12);
  });

  it('bvci(stats) and dci(stats) follow their formulas (negative fans gained → 0)', () => {
    const b = { days: 7, videos: 5, plays: 70000, comments: 700, fans: 12000, fansGained: -30 };
    const vb = (0.15 * L(6) + 0.25 * L(10001) + 0.3 * L(101) + 0.18 * L(12001) + 0.12 * L(1)) * 100;
    expect(rel(bvci(b).value, vb)).toBeLessThan(1e-12);
    const dd = { videos: 12, likes: 5000, comments: 300, shares: 800, newFans: -5, fans: 40000 };
    const vd = (0.1 * L(13) + 0.76 * (0.17 * L(5001) + 0.37 * L(301) + 0.46 * L(801)) + 0.14 * (0.11 * L(1) + 0.89 * L(40001))) * 100;
    expect(rel(dci(dd).value, vd)).toBeLessThan(1e-12);
  });

  it('weiboCityCompetitiveness({ reach, service, interaction }) weights 0.30/0.35/0.35 (2023 Q3)', () => {
    expect(weiboCityCompetitiveness({ reach: 80, service: 70, interaction: 60 }).value).toBeCloseTo(0.3 * 80 + 0.35 * 70 + 0.35 * 60, 12);
  });
});

describe('degenerate data and bad arguments', () => {
  it('wci({ articles: 0 }) is null for every version, never NaN or 0', () => {
    for (const version of Object.keys(WCI_VERSIONS) as (keyof typeof WCI_VERSIONS)[]) expect(wci({ days: 30, articles: 0 }, { version }).value).toBeNull();
    expect(bci({ posts: 0 }, { variant: '4var' }).value).toBeNull();
  });

  it('wci(stats without headline) has H = 0', () => {
    const r = wci({ days: 30, articles: 5, reads: 1000, maxReads: 400, looks: 5, likes: 9 });
    expect(r.dimensions.H).toEqual({ value: 0, contribution: 0 });
    expect(r.value).toBeGreaterThan(0);
  });

  it('wci(stats with zero activity and one post) is 0', () => {
    for (const version of Object.keys(WCI_VERSIONS) as (keyof typeof WCI_VERSIONS)[]) expect(wci({ days: 7, articles: 1 }, { version }).value).toBe(0);
  });

  it('the explanation adds up: Σ contribution = sum and value = sum² × 12 for 14.2', () => {
    const r = wci({ days: 30, articles: 9, reads: 9000, headlineReads: 4000, maxReads: 3000, looks: 40, likes: 70 });
    const total = Object.values(r.dimensions).reduce((a, d) => a + d.contribution, 0);
    expect(total).toBeCloseTo(r.sum, 12);
    expect(r.value).toBeCloseTo(r.sum * r.sum * 12, 9);
  });

  it('wci(bad stats) throws RangeError naming wci and the field', () => {
    expect(() => wci({ days: 30, articles: 2, reads: -1 })).toThrow(/^wci: stats.reads/);
    expect(() => wci({ days: 0, articles: 2, reads: 5 })).toThrow(RangeError);
    expect(() => wci({ days: 30, articles: 2 }, { version: '99' as never })).toThrow(/wci: unknown version/);
  });

  it('defineIndex(bad) throws TypeError naming defineIndex', () => {
    expect(() => defineIndex({ id: 'x', name: 'x', dimensions: [] })).toThrow(/^defineIndex: dimensions/);
    const mine = defineIndex({ id: 'mine', name: '本市指数', dimensions: [{ key: 'R', weight: 1, terms: [{ field: 'reads', weight: 1 }] }], multiplier: 100 });
    expect(evaluateIndex(mine, { reads: Math.E - 1 }).value).toBeCloseTo(100, 12);
  });
});
