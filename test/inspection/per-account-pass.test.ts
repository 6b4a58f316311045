import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { earlyWarnings, inspect, parseAccount, parseRegistryEntry, PostsTable, reconcileRegistry, type Account, type Post } from '../../src/index.js';
import { postsArb } from '../engines/random-posts.js';

// inspect, earlyWarnings and reconcileRegistry take their per-account figures from the
// per-account pass (src/stats); each is checked here against a straightforward row-order scan.
const D = 86_400_000;
const IDS = ['市政府办公室', 'acc_2', '公安局_发布', 'acc-4', '教育局', 'x', 'never-posted'];
const accounts: Account[] = IDS.map((id, k) => parseAccount({ id, name: id, platform: k % 2 ? 'weibo' : 'wechat', unit: `单位${k % 3}`, level: 'county', region: '某区', channels: { messages: true, comments: true } }));
const atArb = fc.integer({ min: Date.UTC(2024, 1, 15), max: Date.UTC(2024, 3, 15) });

/** A table with, per account, only its first and last post at or before `at` (row-order scan): what earlyWarnings may look at. */
function firstAndLastThrough(table: PostsTable, at: number, allTime = false): PostsTable {
  const first = new Map<string, number>(), last = new Map<string, number>();
  for (let i = 0; i < table.size; i++) {
    const id = table.accountIds[table.account[i]!]!, t = table.time[i]!;
    if (!allTime && t > at) continue;
    if (t < (first.get(id) ?? Infinity)) first.set(id, t);
    if (t > (last.get(id) ?? -Infinity)) last.set(id, t);
  }
  const posts: Post[] = [];
  for (const [id, t] of first) posts.push({ accountId: id, publishedAt: new Date(t) }, { accountId: id, publishedAt: new Date(last.get(id)!) });
  return PostsTable.fromPosts(posts.length ? posts : [{ accountId: 'filler', publishedAt: new Date(at + 400 * D) }]);
}

describe('inspect on the per-account pass', () => {
  it('weekly cadence counts and 30-day originals equal a row-order scan (random tables, check times, windows)', () => {
    fc.assert(fc.property(postsArb, atArb, fc.integer({ min: 7, max: 45 }), fc.integer({ min: 1, max: 6 }), (posts, at, cadenceDays, minPerWeek) => {
      const table = PostsTable.fromPosts(posts);
      const verdicts = inspect(accounts, table, [], [], { at, cadence: { minPerWeek, cadenceDays }, minOriginalPerMonth: 1000 });
      const weeks = Math.floor(cadenceDays / 7);
      for (const v of verdicts) {
        const w = new Array<number>(weeks).fill(0);
        let originals = 0;
        for (let i = 0; i < table.size; i++) {
          const t = table.time[i]!;
          if (table.accountIds[table.account[i]!] !== v.accountId || t >= at || t < at - cadenceDays * D) continue;
          const k = Math.floor((at - t) / (7 * D));
          if (k < weeks) w[k]!++;
          if (table.original[i] === 1 && t >= at - 30 * D) originals++;
        }
        const short = w.findIndex((x) => x < minPerWeek);
        const weekly = v.reasons.filter((r) => r.rule === 'local.cadence').map((r) => /的一周发文 (\d+) 条/.exec(r.evidence)?.[1]).filter((x) => x !== undefined);
        expect(weekly).toEqual(short >= 0 ? [String(w[short])] : []);
        expect(v.reasons.find((r) => r.rule === 'local.original')!.evidence).toContain(`近 30 天原创 ${originals} 条`);
      }
    }), { numRuns: 60 });
  });
});

describe('earlyWarnings on the per-account pass', () => {
  it('gives the same warnings as on a table holding only each account\'s first and last post at or before `at` (row-order scan)', () => {
    fc.assert(fc.property(postsArb, atArb, fc.integer({ min: 0, max: 20 }), (posts, at, warnDays) => {
      const table = PostsTable.fromPosts(posts);
      const registry = [parseRegistryEntry({ accountId: 'acc_2', unit: '单位1', platform: 'weibo', filedAt: new Date(Date.UTC(2024, 0, 1)) })];
      const options = { at, next: at + 10 * D, warnDays };
      expect(earlyWarnings(accounts, table, [], registry, options)).toEqual(earlyWarnings(accounts, firstAndLastThrough(table, at), [], registry, options));
    }), { numRuns: 60 });
  });
});

describe('reconcileRegistry on the per-account pass', () => {
  it('gives the same findings as on a table holding only each account\'s first and last post (row-order scan)', () => {
    fc.assert(fc.property(postsArb, fc.integer({ min: Date.UTC(2024, 1, 1), max: Date.UTC(2024, 3, 1) }), (posts, closedAt) => {
      const table = PostsTable.fromPosts(posts);
      const at = Date.UTC(2024, 5, 1);
      const registry = [
        parseRegistryEntry({ accountId: '市政府办公室', unit: '单位0', platform: 'wechat', filedAt: new Date(closedAt + D), status: 'closed', changes: [{ event: 'closed', at: new Date(closedAt) }] }),
        parseRegistryEntry({ accountId: 'x', unit: '单位2', platform: 'weibo', filedAt: new Date(closedAt) }),
      ];
      expect(reconcileRegistry(accounts, registry, table, { at })).toEqual(reconcileRegistry(accounts, registry, firstAndLastThrough(table, at, true), { at }));
    }), { numRuns: 60 });
  });
});
