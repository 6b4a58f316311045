import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { census, matrixCoverage, matrixTotals, parseAccount, parseMatrix, PostsTable, SAN_YOU_RULES } from '../../src/index.js';
import { postsArb } from '../engines/random-posts.js';

// census, matrixTotals and matrixCoverage count posts per account through the per-account
// pass (src/stats); each is checked here against a straightforward row-order scan.
const D = 86_400_000;
const IDS = ['市政府办公室', 'acc_2', '公安局_发布', 'acc-4', '教育局', 'x', 'never-posted'];
const accounts = IDS.map((id, k) => parseAccount({ id, name: id, platform: k % 2 ? 'weibo' : 'wechat', unit: `单位${k % 3}`, level: 'county' }));
const matrix = parseMatrix({ id: 'm', lead: 'acc_2', members: ['acc_2', '教育局', 'x', 'never-posted', 'acc_2'], units: [], rules: SAN_YOU_RULES });
const periodArb = fc.option(fc.record({ start: fc.integer({ min: Date.UTC(2024, 1, 15), max: Date.UTC(2024, 3, 1) }), days: fc.integer({ min: 1, max: 30 }) })
  .map(({ start, days }) => ({ start, end: start + days * D, days })), { nil: undefined });

/** Posts and reads per account in [start, end), row-order scan. */
function scan(table: PostsTable, period?: { start: number; end: number }) {
  const posts = new Map<string, number>(), reads = new Map<string, number>();
  for (let i = 0; i < table.size; i++) {
    const t = table.time[i]!;
    if (period && (t < period.start || t >= period.end)) continue;
    const id = table.accountIds[table.account[i]!]!;
    posts.set(id, (posts.get(id) ?? 0) + 1);
    reads.set(id, (reads.get(id) ?? 0) + (table.reads[i]! || 0));
  }
  return { posts, reads };
}

describe('census, matrixTotals, matrixCoverage on the per-account pass', () => {
  it('census: accounts posting at least N a day equal a row-order count (given period or the table\'s span)', () => {
    fc.assert(fc.property(postsArb, periodArb, fc.constantFrom(0.05, 0.2, 1), (posts, period, minPostsPerDay) => {
      const table = PostsTable.fromPosts(posts);
      const r = census(accounts, table, { minPostsPerDay, ...(period ? { period } : {}) });
      const span = table.timeRange()!;
      const range = period ?? { start: span.start, end: span.end + 1, days: Math.floor((span.end + 8 * 3600e3) / D) - Math.floor((span.start + 8 * 3600e3) / D) + 1 };
      const { posts: n } = scan(table, range);
      expect(r.postingAtLeast!.count).toBe(accounts.filter((a) => (n.get(a.id) ?? 0) / range.days >= minPostsPerDay).length);
    }));
  });

  it('matrixTotals: active members, posts and reads equal a row-order scan', () => {
    fc.assert(fc.property(postsArb, periodArb, (posts, period) => {
      const table = PostsTable.fromPosts(posts);
      const t = matrixTotals(matrix, table, period ? { period } : {});
      const s = scan(table, period);
      const members = [...new Set(matrix.members)];
      expect([t.accountCount, t.activeAccountCount, t.posts, t.reads]).toEqual([
        members.length, members.filter((id) => s.posts.has(id)).length,
        members.reduce((x, id) => x + (s.posts.get(id) ?? 0), 0), members.reduce((x, id) => x + (s.reads.get(id) ?? 0), 0),
      ]);
    }));
  });

  it('matrixCoverage: active accounts per cell equal a row-order scan', () => {
    fc.assert(fc.property(postsArb, periodArb, (posts, period) => {
      const table = PostsTable.fromPosts(posts);
      const c = matrixCoverage(matrix, accounts, { posts: table, ...(period ? { period } : {}) });
      const { posts: n } = scan(table, period);
      for (const cell of c.cells) expect(cell.activeAccountIds).toEqual(cell.accountIds.filter((id) => n.has(id)));
    }));
  });
});
