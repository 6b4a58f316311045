import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PostsTable, rank, rankAccounts, scoreAccounts, type Account, type Post } from '../../src/index.js';

const DAY = 86_400_000;
const T0 = Date.UTC(2024, 8, 1) - 8 * 3600_000;
const period = { start: T0, end: T0 + 30 * DAY, days: 30 };

// Few distinct metric values so that ties happen.
const postArb = fc.record({
  accountId: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'),
  publishedAt: fc.integer({ min: T0 - 5 * DAY, max: T0 + 35 * DAY }).map((t) => new Date(t)),
  reads: fc.constantFrom(0, 10, 100, 1000), looks: fc.constantFrom(0, 1, 5), likes: fc.constantFrom(0, 2, 20),
  shares: fc.constantFrom(0, 3), comments: fc.constantFrom(0, 4), position: fc.constantFrom(1, 2), isOriginal: fc.boolean(),
}) as fc.Arbitrary<Post>;
const platforms = ['wechat', 'weibo'] as const;
const accountsFor = (t: PostsTable): Account[] => t.accountIds.map((id, k) => ({ id, name: id, platform: platforms[k % 2]!, unit: 'u', level: 'city', region: '', kind: 'unit', status: 'active' }));

describe('rankAccounts(table, options)', () => {
  it('equals scoreAccounts followed by rank, for every tie method, index and platform filter', () => {
    fc.assert(fc.property(
      fc.array(postArb, { minLength: 0, maxLength: 40 }), fc.constantFrom('competition', 'dense', 'average' as const),
      fc.constantFrom('wci-14.2', 'wci-2.0', 'bci-4var', 'bci-7var'), fc.constantFrom(undefined, 'wechat', 'weibo' as const),
      (posts, method, index, platform) => {
        const t = PostsTable.fromPosts(posts);
        const accounts = accountsFor(t);
        const got = rankAccounts(t, { index, period, method, accounts, ...(platform ? { platform } : {}) });
        const byId = new Map(accounts.map((a) => [a.id, a]));
        const scores = scoreAccounts(t, { index, period }).filter((s) => !platform || byId.get(s.accountId)!.platform === platform);
        const ranks = rank(scores.map((s) => s.value), { method });
        const want = scores.map((s, i) => ({ accountId: s.accountId, value: s.value, rank: ranks[i], articles: s.articles, dimensions: s.dimensions }))
          .sort((x, y) => (x.rank ?? Infinity) - (y.rank ?? Infinity) || (x.accountId < y.accountId ? -1 : 1));
        expect(got.map(({ accountId, value, rank: r, articles, dimensions }) => ({ accountId, value, rank: r, articles, dimensions }))).toEqual(want);
        for (const r of got) expect(r.account).toBe(byId.get(r.accountId));
      },
    ));
  });

  it('reports the index inputs per account (reads, headline reads, days …)', () => {
    const t = PostsTable.fromPosts([
      { accountId: 'x', publishedAt: new Date(T0 + DAY), reads: 100, position: 1 },
      { accountId: 'x', publishedAt: new Date(T0 + 2 * DAY), reads: 50, position: 2 },
    ]);
    const [r] = rankAccounts(t, { period });
    expect(r!.rank).toBe(1);
    expect(r!.inputs).toMatchObject({ articles: 2, reads: 150, headlineReads: 100, maxReads: 100, days: 30 });
  });

  it('throws RangeError for an unknown method and for a platform without accounts', () => {
    const t = PostsTable.fromPosts([]);
    expect(() => rankAccounts(t, { period, method: 'olympic' as never })).toThrow(/^rankAccounts: unknown method "olympic"/);
    expect(() => rankAccounts(t, { period, platform: 'wechat' })).toThrow(/^rankAccounts: options.platform needs options.accounts/);
  });
});
