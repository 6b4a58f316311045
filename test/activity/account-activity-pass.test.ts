import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { accountActivity, PostsTable } from '../../src/index.js';
import { postsArb } from '../engines/random-posts.js';
import { accountActivityRowLoop } from './reference/account-activity-row-loop.js';

// accountActivity runs on the per-account pass (accumulateAccountFields + accountRanges over
// the clustered table); the reference is the row-order scan it replaced.
const DAY = 86_400_000;
const base = Date.UTC(2024, 1, 20);
const periodArb = fc.record({ startDay: fc.integer({ min: -3, max: 45 }), days: fc.integer({ min: 1, max: 40 }), startHour: fc.integer({ min: 0, max: 23 }) })
  .map(({ startDay, days, startHour }) => ({ start: base + startDay * DAY + startHour * 3600e3, end: base + (startDay + days) * DAY + startHour * 3600e3, days }));

describe('accountActivity on the per-account pass', () => {
  it('equals the row-order scan on random tables, periods and check times (before, inside and after the period)', () => {
    fc.assert(fc.property(postsArb, periodArb, fc.integer({ min: -5 * DAY, max: 60 * DAY }), fc.boolean(), (posts, period, atOffset, withAt) => {
      const table = PostsTable.fromPosts(posts);
      const options = { period, accountIds: ['市政府办公室', 'never-posted'], ...(withAt ? { at: period.start + atOffset } : {}) };
      expect(accountActivity(table, options)).toEqual(accountActivityRowLoop(table, options));
    }));
  });

  it('counts a post exactly at the check time as the last post (t ≤ at)', () => {
    const at = Date.UTC(2024, 2, 10, 3, 0, 0, 1);
    const table = PostsTable.fromPosts([
      { accountId: 'a', publishedAt: new Date(at - DAY) },
      { accountId: 'a', publishedAt: new Date(at) },
      { accountId: 'a', publishedAt: new Date(at + 1) },
    ]);
    const [a] = accountActivity(table, { period: { start: at - 10 * DAY, end: at + 10 * DAY, days: 20 }, at });
    expect(a!.lastPostAt).toBe(at);
    expect(a!.posts).toBe(3);
  });
});
