import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PostsTable, rankAccounts, scoreAccounts, type Account, type Post } from '../../../src/index.js';
import { rankAccountsParallel, scoreAccountsParallel } from '../../../src/io/node/index.js';

const DAY = 86_400_000;
const T0 = Date.UTC(2024, 0, 1) - 8 * 3600_000;
const period = { start: T0 + 3 * DAY, end: T0 + 33 * DAY, days: 30 };

// Non-integer metric values too: bit-identity must not rely on exact integer sums.
const postArb = fc.record({
  u: fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }),
  t: fc.integer({ min: 0, max: 40 * DAY }),
  reads: fc.double({ min: 0, max: 1e5, noNaN: true }), looks: fc.integer({ min: 0, max: 500 }), likes: fc.double({ min: 0, max: 3000, noNaN: true }),
  shares: fc.integer({ min: 0, max: 800 }), comments: fc.integer({ min: 0, max: 300 }), position: fc.integer({ min: 1, max: 3 }), isOriginal: fc.boolean(),
}).map((r): Post => ({ accountId: `a${Math.floor(r.u ** 3 * 40)}`, publishedAt: new Date(T0 + r.t), reads: r.reads, looks: r.looks, likes: r.likes, shares: r.shares, comments: r.comments, position: r.position, isOriginal: r.isOriginal }));

describe('scoreAccountsParallel / rankAccountsParallel (worker threads over SharedArrayBuffer columns)', () => {
  it('are bit-identical to scoreAccounts / rankAccounts on one thread, for 2 and 3 threads and several indices', async () => {
    await fc.assert(fc.asyncProperty(
      fc.array(postArb, { minLength: 1, maxLength: 300 }), fc.constantFrom(2, 3), fc.constantFrom('wci-14.2', 'wci-2.0', 'bci-7var', 'bci-4var', 'wci-14.2-share'),
      async (posts, threads, index) => {
        const table = PostsTable.fromPosts(posts);
        const one = scoreAccounts(table, { index, period });
        const many = await scoreAccountsParallel(table, { index, period, threads, minPosts: 0 });
        expect(many).toEqual(one); // toEqual on numbers is Object.is: bit-identical (NaN, -0 included)
        const accounts: Account[] = table.accountIds.map((id, k) => ({ id, name: id, platform: k % 3 ? 'weibo' : 'wechat', unit: 'u', level: 'city', region: '', kind: 'unit', status: 'active' }));
        expect(await rankAccountsParallel(table, { index, period, accounts, platform: 'weibo', threads, minPosts: 0 }))
          .toEqual(rankAccounts(table, { index, period, accounts, platform: 'weibo' }));
      },
    ), { numRuns: 25 });
  });

  it('rejects a bad thread count', async () => {
    await expect(scoreAccountsParallel(PostsTable.fromPosts([]), { period, threads: 0 })).rejects.toThrow(/^scoreAccountsParallel: threads must be a positive integer/);
  });
});
