import { describe, expect, it } from 'vitest';
import { monthPeriod, parseAccount, PostsTable, rankAccounts, shortlistReport, type Account } from '../../src/index.js';

const D = 86_400_000;
const period = monthPeriod(2024, 9);
const t = (day: number) => new Date(Date.parse('2024-09-01T10:00:00+08:00') + (day - 1) * D);
const acc = (id: string, unit: string, kind: Account['kind'] = 'unit'): Account =>
  parseAccount({ id, name: `账号${id}`, platform: 'wechat', unit, level: 'county', region: '某区', kind, channels: { messages: false, comments: false } });
// a and b share a unit; s posted a lot but only until 9-10 (silent 20 days at the check); p is a personal account.
const accounts = [acc('a', '单位甲'), acc('b', '单位甲'), acc('c', '单位乙'), acc('s', '单位丙'), acc('p', '单位丁', 'personal')];
const post = (accountId: string, day: number, reads: number) => ({ accountId, publishedAt: t(day), reads, likes: reads / 100, looks: reads / 200 });
const posts = PostsTable.fromPosts([
  ...[2, 9, 16, 23, 29].map((d) => post('a', d, 9000)),
  ...[3, 10, 17, 24, 28].map((d) => post('b', d, 6000)),
  ...[4, 11, 18, 25, 27].map((d) => post('c', d, 3000)),
  ...[1, 2, 3, 5, 8, 10].map((d) => post('s', d, 20000)),
  ...[5, 12, 19, 26].map((d) => post('p', d, 1000)),
]);
const at = '2024-10-01 00:00';

describe('shortlistReport (govmedia shortlist and the office app)', () => {
  it('inspected first, one per unit: entries and exclusions with their reasons in Chinese', () => {
    const r = shortlistReport(posts, accounts, { index: 'wci-14.2', period, at, topN: 2, maxPerUnit: 1 });
    const ranked = rankAccounts(posts, { index: 'wci-14.2', period, accounts });
    expect(r.ranked).toEqual(ranked);
    expect(ranked.map((x) => x.accountId)).toEqual(['s', 'a', 'b', 'c', 'p']); // s has the best index, but is stale at the check
    expect(r.verdicts!.map((v) => [v.accountId, v.verdict])).toEqual([['a', 'pass'], ['b', 'pass'], ['c', 'pass'], ['s', 'fail'], ['p', 'pass']]);
    expect(r.entries.title).toBe('WCI 14.2 入围名单（2024-09）');
    expect(r.entries.rows.map((e) => [e.category, e.place, e.name, e.unit, e.platform, e.posts])).toEqual([
      ['全部', 1, '账号a', '单位甲', '微信', 5], ['全部', 2, '账号c', '单位乙', '微信', 5],
    ]);
    expect(r.excluded.rows.map((x) => [x.name, x.reason])).toEqual([['账号s', '检查不合格'], ['账号b', '超出单位名额']]);
    expect(r.document.title).toBe('政务新媒体十佳遴选 · WCI 14.2');
    expect(r.document.subtitle).toBe('统计周期 2024-09（30 天）');
    expect(r.document.sections.map((s) => `${s.kind}:${'title' in s ? s.title : ''}`)).toEqual(['facts:遴选规则', 'chart:全部', 'table:入围名单', 'table:未入围说明']);
  });

  it('without at: nobody inspected, the stale account competes; by kind: unit and personal lists', () => {
    const r = shortlistReport(posts, accounts, { index: 'wci-14.2', period, topN: 1, byKind: true });
    expect(r.verdicts).toBeNull();
    expect(r.entries.rows.map((e) => [e.category, e.name])).toEqual([['单位账号', '账号s'], ['个人账号', '账号p']]);
    expect(r.excluded.rows).toEqual([]);
  });

  it('an unknown index throws RangeError', () => {
    expect(() => shortlistReport(posts, accounts, { index: 'no-such-index', period })).toThrow(RangeError);
  });
});
