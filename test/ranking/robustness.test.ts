import { describe, expect, it } from 'vitest';
import { PostsTable, rankRobustness, wci, type Post, type WciStats } from '../../src/index.js';

const period = { start: Date.UTC(2024, 8, 1) - 8 * 3600e3, end: Date.UTC(2024, 9, 1) - 8 * 3600e3, days: 30 };
function table(): PostsTable {
  const posts: Post[] = [];
  const at = (d: number) => new Date(period.start + d * 86400e3 + 3600e3);
  // 'star' is far ahead; 'twin1' and 'twin2' are identical (constant posts); the rest vary.
  for (let d = 0; d < 20; d++) posts.push({ accountId: 'star', publishedAt: at(d), reads: 90000 + d, likes: 900, looks: 300, position: 1 });
  for (const id of ['twin1', 'twin2']) for (let d = 0; d < 10; d++) posts.push({ accountId: id, publishedAt: at(d), reads: 500, likes: 5, looks: 2, position: 1 });
  for (let k = 0; k < 12; k++) for (let d = 0; d < 8; d++) posts.push({ accountId: `acc${k}`, publishedAt: at(d), reads: 100 + ((k * 37 + d * 101) % 900), likes: (k + d) % 7, position: d % 3 === 0 ? 1 : 2 });
  return PostsTable.fromPosts(posts);
}

describe('rankRobustness(table, options)', () => {
  it('gives an account far ahead top-N probability 1 and rank interval [1, 1]', () => {
    const r = rankRobustness(table(), { period, topN: 3, iterations: 100, seed: 3 });
    const star = r.find((x) => x.accountId === 'star')!;
    expect(star.topNProbability).toBe(1);
    expect(star.rankInterval).toEqual([1, 1]);
  });

  it('gives two identical accounts equal probabilities and intervals', () => {
    const r = rankRobustness(table(), { period, topN: 5, iterations: 100, seed: 4, weightJitter: 0.2 });
    const [a, b] = ['twin1', 'twin2'].map((id) => r.find((x) => x.accountId === id)!);
    expect(a!.topNProbability).toBe(b!.topNProbability);
    expect(a!.rankInterval).toEqual(b!.rankInterval);
  });

  it('is reproducible from the seed and changes with it', () => {
    const t = table();
    const one = rankRobustness(t, { period, iterations: 60, seed: 11 });
    expect(rankRobustness(t, { period, iterations: 60, seed: 11 })).toEqual(one);
    expect(rankRobustness(t, { period, iterations: 60, seed: 12 }).map((x) => x.meanRank)).not.toEqual(one.map((x) => x.meanRank));
  });

  it('rankRobustness(table, { iterations: 0 }) throws RangeError naming the function', () =>
    expect(() => rankRobustness(table(), { period, iterations: 0 })).toThrow(/^rankRobustness: iterations/));

  it('rankRobustness(table, { scorer }) with wci() as the scorer equals the default WCI 14.2 index, replicate for replicate', () => {
    const t = table();
    const viaIndex = rankRobustness(t, { period, topN: 4, iterations: 50, seed: 7 });
    const viaScorer = rankRobustness(t, { period, topN: 4, iterations: 50, seed: 7, scorer: (s) => wci(s as unknown as WciStats, { version: '14.2' }).value });
    expect(viaScorer.map((r) => [r.accountId, r.topNProbability, r.rankInterval])).toEqual(viaIndex.map((r) => [r.accountId, r.topNProbability, r.rankInterval]));
    for (let k = 0; k < viaIndex.length; k++) expect(viaScorer[k]!.value).toBeCloseTo(viaIndex[k]!.value!, 9);
  });

  it('rankRobustness(table, { scorer: reads per day }) puts the far-ahead account first in every replicate', () => {
    const r = rankRobustness(table(), { period, topN: 1, iterations: 80, seed: 5, scorer: (s) => s.reads! / s.days! });
    const star = r.find((x) => x.accountId === 'star')!;
    // star: 20 posts of ≥ 90 000 reads over 30 days = 60 000+ reads/day; nobody else exceeds 1 000.
    expect(star.value).toBeCloseTo((20 * 90000 + 190) / 30, 9);
    expect([star.topNProbability, star.rankInterval]).toEqual([1, [1, 1]]);
    const [a, b] = ['twin1', 'twin2'].map((id) => r.find((x) => x.accountId === id)!);
    expect(a!.meanRank).toBe(b!.meanRank);
  });

  it('rankRobustness(table, { scorer, weightJitter }) throws RangeError: jitter needs index weights', () =>
    expect(() => rankRobustness(table(), { period, scorer: () => 1, weightJitter: 0.1 })).toThrow(/^rankRobustness: weightJitter/));
});

describe('rankRobustness: the rank interval is a linearly interpolated percentile (R-7, simple-statistics quantileSorted)', () => {
  it('replicate ranks 1, 2, 2, 2 with interval 0.5 give [1.75, 2]; 1, 1, 1, 2 give [1, 1.25]', () => {
    // One post each, so every replicate is the observed post; a scorer replaying fixed values sets the replicate ranks.
    const t = PostsTable.fromPosts([
      { accountId: 'A', publishedAt: new Date(period.start + 3600e3), reads: 1 },
      { accountId: 'B', publishedAt: new Date(period.start + 3600e3), reads: 1 },
    ]);
    // Observed A 2, B 1; then per replicate (A, B): A first once, second three times.
    const values = [2, 1, 2, 1, 1, 2, 1, 2, 1, 2];
    let call = 0;
    const r = rankRobustness(t, { period, iterations: 4, interval: 0.5, topN: 1, minPosts: 1, scorer: () => values[call++]! });
    expect(call).toBe(values.length);
    const [a, b] = ['A', 'B'].map((id) => r.find((x) => x.accountId === id)!);
    // A's sorted ranks [1, 2, 2, 2]: q 0.25 at index 3 × 0.25 = 0.75 → 1 + 0.75 × (2 − 1) = 1.75; q 0.75 at index 2.25 → 2.
    expect(a!.rankInterval).toEqual([1.75, 2]);
    expect(a!.topNProbability).toBe(0.25);
    // B's sorted ranks [1, 1, 1, 2]: q 0.25 → 1; q 0.75 at index 2.25 → 1 + 0.25 × (2 − 1) = 1.25.
    expect(b!.rankInterval).toEqual([1, 1.25]);
  });
});
