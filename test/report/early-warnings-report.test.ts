import { describe, expect, it } from 'vitest';
import { earlyWarnings, earlyWarningsReport, parseAccount, parseMessage, parseRegistryEntry, PostsTable, type Account } from '../../src/index.js';

const D = 86_400_000;
const acc = (id: string, unit: string): Account => parseAccount({ id, name: `账号${id}`, platform: 'wechat', unit, level: 'county', region: '河西区' });

describe('earlyWarningsReport (govmedia warn and the office app)', () => {
  const at = Date.parse('2024-09-25T10:00:00+08:00');
  const next = Date.parse('2024-09-30T17:00:00+08:00');
  const accounts = [acc('a', '单位甲'), acc('b', '单位乙'), acc('c', '单位丙'), acc('s', '单位乙')];
  const posts = PostsTable.fromPosts([
    { accountId: 'a', publishedAt: new Date(at - D) }, { accountId: 'b', publishedAt: new Date('2024-09-20T02:00:00Z') },
    { accountId: 'c', publishedAt: new Date(at - D) }, { accountId: 's', publishedAt: new Date(next - 15 * D) },
  ]);
  const registry = [
    parseRegistryEntry({ accountId: 'a', unit: '单位甲', platform: 'wechat', filedAt: '2024-01-05', status: 'changed', changes: [{ event: 'opened', at: '2024-01-02' }, { event: 'changed', at: '2024-09-10' }] }),
    parseRegistryEntry({ accountId: 'c', unit: '单位丙', platform: 'wechat', filedAt: '2024-01-05' }),
    parseRegistryEntry({ accountId: 's', unit: '单位乙', platform: 'wechat', filedAt: '2024-01-05' }),
  ];
  const messages = [parseMessage({ id: 'm1', accountId: 'c', receivedAt: '2024-09-25 09:00' })];

  it('tables and document hold the values of earlyWarnings, in Chinese', () => {
    const r = earlyWarningsReport(accounts, posts, messages, registry, { at, next });
    expect(r.result).toEqual(earlyWarnings(accounts, posts, messages, registry, { at, next }));
    expect(r.byUnit.title).toBe('各单位预警（2024-09-25 10:00 → 下次检查 2024-09-30 17:00）');
    expect(r.byUnit.rows).toEqual([
      { unit: '单位乙', status: '红', red: 1, yellow: 1, accounts: 2 },
      { unit: '单位甲', status: '红', red: 1, yellow: 0, accounts: 1 },
      { unit: '单位丙', status: '黄', red: 0, yellow: 1, accounts: 1 },
    ]);
    expect(r.list.title).toBe('预警清单（4 条）');
    expect(r.list.rows.map((w) => [w.level, w.unit, w.accountName, w.kind, w.deadline])).toEqual([
      // silent 15 days at the next check: the veto will hit unless it posts before then
      ['红', '单位乙', '账号s', '更新（2周无更新否决）', '2024-09-30 17:00'],
      // the change of 9-10 unfiled: 5 working days (Hubei) ran out on 9-18
      ['红', '单位甲', '账号a', '备案', '2024-09-18 00:00'],
      // unanswered since 9-25 09:00: 1 working day (yueqing)
      ['黄', '单位丙', '账号c', '留言答复', '2024-09-26 09:00'],
      // never filed, first post 9-20 10:00: 5 working days
      ['黄', '单位乙', '账号b', '备案', '2024-09-27 10:00'],
    ]);
    expect(r.document.title).toBe('政务新媒体检查预警');
    expect(r.document.subtitle).toBe('预警时间 2024-09-25 10:00，下次检查 2024-09-30 17:00');
    expect(r.document.sections[0]).toEqual({ kind: 'facts', facts: [['红色预警单位', 2], ['黄色预警单位', 1], ['绿色单位', 0], ['预警条数', 4]] });
    expect(r.document.sections.slice(1)).toEqual([
      { kind: 'table', title: r.byUnit.title, table: r.byUnit },
      { kind: 'table', title: r.list.title, table: r.list },
    ]);
  });

  it('a deadline beyond the calendar reads 日历未覆盖 and is counted in the facts', () => {
    const at2 = Date.parse('2027-01-04T23:59:00+08:00');
    const t = PostsTable.fromPosts([{ accountId: 'a', publishedAt: new Date(at2 - D) }]);
    const m = [parseMessage({ id: 'm2', accountId: 'a', receivedAt: '2026-12-31 16:00' })];
    const r = earlyWarningsReport([acc('a', '单位甲')], t, m, [], { at: at2, next: at2 + 6 * D });
    expect(r.list.rows.map((w) => [w.level, w.kind, w.deadline, w.uncoveredYear])).toEqual([['黄', '留言答复', '日历未覆盖', 2027]]);
    expect(r.document.sections[0]).toEqual({ kind: 'facts', facts: [['红色预警单位', 0], ['黄色预警单位', 1], ['绿色单位', 0], ['预警条数', 1], ['日历未覆盖（无法判断时限）', 1]] });
  });

  it('throws RangeError when next is before at (from earlyWarnings)', () => {
    expect(() => earlyWarningsReport(accounts, posts, [], [], { at, next: at - D })).toThrow(RangeError);
  });
});
