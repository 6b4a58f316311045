import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type RankMethod, compareRankings, kendallTauB, rank, rankMovers, rankWithinGroups, spearman } from '../../src/index.js';

describe('rank(values, { method })', () => {
  const v = Object.freeze([10, 30, 30, 20, 5]);
  it("rank([10, 30, 30, 20, 5], { method: 'competition' }) is 1224-style", () => expect(rank(v)).toEqual([4, 1, 1, 3, 5]));
  it("rank([10, 30, 30, 20, 5], { method: 'dense' }) has no gaps", () => expect(rank(v, { method: 'dense' })).toEqual([3, 1, 1, 2, 4]));
  it("rank([10, 30, 30, 20, 5], { method: 'average' }) averages tied positions", () => expect(rank(v, { method: 'average' })).toEqual([4, 1.5, 1.5, 3, 5]));
  it('rank([7, 7, 7]) ties everyone at 1 (competition), 1 (dense), 2 (average)', () => {
    expect(rank([7, 7, 7])).toEqual([1, 1, 1]);
    expect(rank([7, 7, 7], { method: 'dense' })).toEqual([1, 1, 1]);
    expect(rank([7, 7, 7], { method: 'average' })).toEqual([2, 2, 2]);
  });
  it('rank([3, null, NaN, 5]) gives null ranks to missing values, which take no place', () => expect(rank([3, null, NaN, 5])).toEqual([2, null, null, 1]));
  it('rank(values, { method: bad }) throws RangeError naming rank', () => expect(() => rank([1], { method: 'x' as never })).toThrow(/^rank: unknown method/));

  it('rank(values) is a valid ranking: order-invariant and consistent with the values', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 20 }), { maxLength: 40 }), fc.constantFrom<RankMethod>('competition', 'dense', 'average'), (xs, method) => {
        const r = rank(xs, { method }) as number[];
        const rev = rank([...xs].reverse(), { method }).reverse();
        expect(rev).toEqual(r);
        for (let i = 0; i < xs.length; i++) for (let j = 0; j < xs.length; j++) {
          if (xs[i]! > xs[j]!) expect(r[i]!).toBeLessThan(r[j]!);
          if (xs[i] === xs[j]) expect(r[i]).toBe(r[j]);
        }
        if (method === 'average' && xs.length) expect(r.reduce((a, b) => a + b, 0)).toBeCloseTo((xs.length * (xs.length + 1)) / 2, 9);
      }),
    );
  });

  it("rankWithinGroups([5, 9, 7, 1], ['wechat', 'weibo', 'wechat', 'weibo']) ranks inside each group", () =>
    expect(rankWithinGroups([5, 9, 7, 1], ['wechat', 'weibo', 'wechat', 'weibo'])).toEqual([2, 1, 1, 2]));

  it("rankWithinGroups([4, null, 4, 2], ['a', 'a', 'a', 'a'], { method: 'average' }) shares ties and leaves null unranked", () =>
    expect(rankWithinGroups([4, null, 4, 2], ['a', 'a', 'a', 'a'], { method: 'average' })).toEqual([1.5, null, 1.5, 3]));

  it('rankMovers(lastWeek, thisWeek) lists changes, new entries and drop-outs', () => {
    const r = rankMovers([{ id: 'a', rank: 1 }, { id: 'b', rank: 2 }, { id: 'c', rank: 3 }], [{ id: 'b', rank: 1 }, { id: 'a', rank: 2 }, { id: 'd', rank: 3 }]);
    expect(r.moves).toEqual([
      { id: 'b', rank: 1, previousRank: 2, change: 1, status: 'up' },
      { id: 'a', rank: 2, previousRank: 1, change: -1, status: 'down' },
      { id: 'd', rank: 3, previousRank: null, change: null, status: 'new' },
    ]);
    expect(r.dropOuts).toEqual([{ id: 'c', rank: 3 }]);
  });
});

describe('rank agreement', () => {
  // Reference values from the SciPy documentation examples (scipy.stats.kendalltau and
  // scipy.stats.spearmanr), which compute τ-b and tie-aware ρ.
  it('kendallTauB([12, 2, 1, 12, 2], [1, 4, 7, 1, 0]) is -0.47140452079103173 (SciPy docs)', () =>
    expect(kendallTauB([12, 2, 1, 12, 2], [1, 4, 7, 1, 0])).toBeCloseTo(-0.47140452079103173, 12));
  it('spearman([1, 2, 3, 4, 5], [5, 6, 7, 8, 7]) is 0.8207826816681233 (SciPy docs)', () =>
    expect(spearman([1, 2, 3, 4, 5], [5, 6, 7, 8, 7])).toBeCloseTo(0.8207826816681233, 12));
  // Hand-worked: no ties, one swapped adjacent pair among 4: C = 5, D = 1 → τ = 4/6;
  // ρ = 1 − 6·Σd²/(n(n²−1)) = 1 − 6·2/60 = 0.8.
  it('kendallTauB and spearman on [1, 2, 3, 4] vs [1, 3, 2, 4] are 2/3 and 0.8 (hand-worked)', () => {
    expect(kendallTauB([1, 2, 3, 4], [1, 3, 2, 4])).toBeCloseTo(2 / 3, 12);
    expect(spearman([1, 2, 3, 4], [1, 3, 2, 4])).toBeCloseTo(0.8, 12);
  });
  it('spearman and kendallTauB are null for constant input and throw RangeError on length mismatch', () => {
    expect(spearman([1, 1, 1], [1, 2, 3])).toBeNull();
    expect(kendallTauB([1, 2], [3, 3])).toBeNull();
    expect(() => spearman([1], [1, 2])).toThrow(/^spearman: arrays differ/);
  });
  it('compareRankings(a, b) reports ρ, τ-b, top overlap and accounts present in one only', () => {
    const r = compareRankings(new Map([['a', 3], ['b', 2], ['c', 1], ['x', 9]]), new Map([['a', 30], ['b', 10], ['c', 20]]), { topN: 2 });
    expect(r.spearman).toBeCloseTo(0.5, 12);
    expect(r.topOverlap).toBe(1);
    expect(r.onlyInA).toEqual(['x']);
  });
});
