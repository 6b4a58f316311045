import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IndexInputError, PostsTable, scoreAccounts, scoreSweep, type Account, type Post } from '../../src/index.js';

const DAY = 86_400_000;
const T0 = Date.UTC(2024, 6, 1) - 8 * 3600_000;
const postArb = fc.record({
  u: fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }),
  t: fc.integer({ min: -3 * DAY, max: 30 * DAY }),
  reads: fc.oneof(fc.integer({ min: 0, max: 100_001 }), fc.double({ min: 0, max: 1e5, noNaN: true })), looks: fc.integer({ min: 0, max: 500 }),
  likes: fc.integer({ min: 0, max: 3000 }), shares: fc.integer({ min: 0, max: 800 }), comments: fc.integer({ min: 0, max: 300 }),
  position: fc.integer({ min: 1, max: 3 }), isOriginal: fc.boolean(),
}).map((r): Post => ({ accountId: `a${Math.floor(r.u ** 2 * 15)}`, publishedAt: new Date(T0 + r.t), reads: r.reads, looks: r.looks, likes: r.likes, shares: r.shares, comments: r.comments, position: r.position, isOriginal: r.isOriginal }));
const weeks = (n: number, first: number) => Array.from({ length: n }, (_, w) => ({ start: T0 + (first + 7 * w) * DAY, end: T0 + (first + 7 * (w + 1)) * DAY, days: 7 }));
const accountsOf = (t: PostsTable): Account[] => t.accountIds.map((id, k) => ({
  id, name: id, platform: 'douyin', unit: 'u', level: 'city', region: '', kind: 'unit', status: 'active', followers: 100 * (k + 1),
  followerHistory: Array.from({ length: 60 }, (_, j): [Date, number] => [new Date(T0 + (j - 10) * DAY), 50 * (k + 1) + 13 * j]),
}));

describe('scoreSweep(table, { indices, periods })', () => {
  it('equals scoreAccounts for every (period, index) pair, bit for bit', () => {
    fc.assert(fc.property(
      fc.array(postArb, { minLength: 0, maxLength: 200 }), fc.integer({ min: 1, max: 5 }), fc.integer({ min: -2, max: 3 }),
      fc.shuffledSubarray(['wci-14.2', 'wci-13.0', 'wci-2.0', 'wci-12.0', 'wci-14.2-share', 'bci-4var', 'bci-7var', 'dci', 'bvci-2.0'], { minLength: 1, maxLength: 4 }),
      fc.option(fc.double({ min: 1, max: 20, noNaN: true }), { nil: undefined }), fc.boolean(),
      (posts, n, first, indices, multiplier, roundAverages) => {
        const table = PostsTable.fromPosts(posts);
        const accounts = accountsOf(table), periods = weeks(n, first);
        const sweep = scoreSweep(table, { indices, periods, accounts, multiplier, roundAverages });
        expect(sweep.length).toBe(n);
        periods.forEach((period, p) => indices.forEach((index, i) => {
          const got = sweep[p]![i]!;
          const want = scoreAccounts(table, { index, period, accounts, multiplier, roundAverages });
          expect(got.accountIds).toBe(table.accountIds);
          want.forEach((s, a) => {
            expect(got.values[a]).toEqual(s.value ?? NaN);
            expect(got.articles[a]).toBe(s.articles);
            expect(got.sums[a]).toEqual(s.sum);
            got.dimensionKeys.forEach((key, d) => expect(got.dims[a * got.dimensionKeys.length + d]).toEqual(s.dimensions[key]!.value));
          });
        }));
      },
    ), { numRuns: 60 });
  });

  it('refuses empty lists, bad periods and missing inputs', () => {
    const t = PostsTable.fromPosts([{ accountId: 'x', publishedAt: new Date(T0 + DAY), reads: 5 }]);
    expect(() => scoreSweep(t, { indices: [], periods: weeks(1, 0) })).toThrow(/^scoreSweep: options.indices must name at least one index/);
    expect(() => scoreSweep(t, { indices: ['wci-14.2'], periods: [] })).toThrow(/^scoreSweep: options.periods must hold at least one period/);
    expect(() => scoreSweep(t, { indices: ['wci-14.2'], periods: [{ start: T0, end: T0 + DAY, days: 0 }] })).toThrow(RangeError);
    expect(() => scoreSweep(t, { indices: ['nope'], periods: weeks(1, 0) })).toThrow(/^scoreSweep: unknown index "nope"/);
    expect(() => scoreSweep(t, { indices: ['dci'], periods: weeks(1, 0) })).toThrow(IndexInputError);
    const unknown = PostsTable.fromPosts([{ accountId: 'x', publishedAt: new Date(T0 + DAY), shares: 5 }]);
    expect(() => scoreSweep(unknown, { indices: ['bci-7var'], periods: weeks(1, 0) })).toThrow(IndexInputError);
  });
});
