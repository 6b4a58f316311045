import { describe, expect, it } from 'vitest';
import { PostsTable, compareRankings, kendallTauB, rankRobustness, type Post } from '../../src/index.js';

// Issue 13, kind 9 ("small but wrong"): the sign of compareRankings' shift, kendallTauB
// with ±Infinity, and rankRobustness on accounts with too few posts.

describe('compareRankings: the sign of shift', () => {
  it('shift = rank in b − rank in a: positive = the account fell, negative = it rose; ties of |shift| by account id', () => {
    // a: x 1st, y 2nd, z 3rd, w 4th; b: z 1st, x 2nd, w 3rd, y 4th.
    const r = compareRankings(new Map([['x', 40], ['y', 30], ['z', 20], ['w', 10]]), new Map([['x', 30], ['y', 5], ['z', 50], ['w', 20]]));
    expect(r.largestMoves).toEqual([
      { accountId: 'y', rankA: 2, rankB: 4, shift: 2 }, // fell two places
      { accountId: 'z', rankA: 3, rankB: 1, shift: -2 }, // rose two places
      { accountId: 'w', rankA: 4, rankB: 3, shift: -1 },
      { accountId: 'x', rankA: 1, rankB: 2, shift: 1 },
    ]);
  });
});

describe('kendallTauB with ±Infinity (SciPy: rank-based, infinities are the extreme values)', () => {
  // By hand: x = [1, ∞, 3, −∞] orders as −∞ < 1 < 3 < ∞; y = [1, 2, 3, 4] increases.
  // Pairs (i<j): (1,∞)+ C, (1,3)+ C, (1,−∞)− D, (∞,3)− D, (∞,−∞)− D, (3,−∞)− D → C = 2, D = 4, no ties:
  // τ = (2 − 4)/6 = −1/3.
  it('[1, ∞, 3, −∞] vs [1, 2, 3, 4] is −1/3 (hand-worked), as with finite values in the same order', () => {
    expect(kendallTauB([1, Infinity, 3, -Infinity], [1, 2, 3, 4])).toBeCloseTo(-1 / 3, 15);
    expect(kendallTauB([1, Infinity, 3, -Infinity], [1, 2, 3, 4])).toBe(kendallTauB([1, 9, 3, -9], [1, 2, 3, 4]));
  });
  // Two infinities tie: x = [∞, ∞, 1], y = [1, 2, 3]. Pairs: (∞,∞) tied in x; (∞,1) D; (∞,1) D.
  // S = −2, n0 = 3, n1 = 1, n2 = 0 → τ-b = −2/√((3−1)·3) = −2/√6.
  it('[∞, ∞, 1] vs [1, 2, 3]: equal infinities are a tie, τ-b = −2/√6 (hand-worked)', () => {
    expect(kendallTauB([Infinity, Infinity, 1], [1, 2, 3])).toBeCloseTo(-2 / Math.sqrt(6), 15);
    expect(kendallTauB([-Infinity, -Infinity], [1, 2])).toBeNull(); // constant side
    expect(kendallTauB([Infinity, NaN, 1], [1, 2, 3])).toBe(-1); // NaN is missing (pair left out)
  });
});

describe('rankRobustness: accounts with too few posts are flagged, not given a probability of 1', () => {
  const period = { start: Date.UTC(2024, 8, 1) - 8 * 3600e3, end: Date.UTC(2024, 9, 1) - 8 * 3600e3, days: 30 };
  const at = (d: number) => new Date(period.start + d * 86400e3 + 3600e3);
  const posts: Post[] = [{ accountId: 'lucky', publishedAt: at(0), reads: 99999, likes: 999, looks: 99, position: 1 }];
  for (const id of ['a', 'b', 'c']) for (let d = 0; d < 8; d++) posts.push({ accountId: id, publishedAt: at(d), reads: 100 + ((d * 37 + id.charCodeAt(0)) % 50), likes: 1, position: 1 });
  const table = PostsTable.fromPosts(posts);
  it('one huge post: flagged tooFewPosts with null figures by default (minPosts 5); the others still ranked around it', () => {
    const r = new Map(rankRobustness(table, { period, topN: 1, iterations: 50, seed: 1 }).map((x) => [x.accountId, x]));
    expect(r.get('lucky')).toMatchObject({ posts: 1, tooFewPosts: true, topNProbability: null, rankInterval: null, meanRank: null, rank: 1 });
    for (const id of ['a', 'b', 'c']) {
      expect(r.get(id)).toMatchObject({ posts: 8, tooFewPosts: false, topNProbability: 0 }); // the flagged account still takes first place in every replicate
      expect(r.get(id)!.rankInterval![0]).toBeGreaterThanOrEqual(2);
    }
  });
  it('minPosts: 1 restores the bare bootstrap (and shows why it is off by default: probability 1 from one post)', () => {
    const lucky = rankRobustness(table, { period, topN: 1, iterations: 50, seed: 1, minPosts: 1 }).find((x) => x.accountId === 'lucky')!;
    expect(lucky).toMatchObject({ tooFewPosts: false, topNProbability: 1, rankInterval: [1, 1] });
    expect(() => rankRobustness(table, { period, minPosts: 0 })).toThrow(/^rankRobustness: minPosts must be a positive integer, got 0/);
  });
});
