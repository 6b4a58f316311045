import { describe, expect, it } from 'vitest';
import { earlyWarnings, parseAccount, parseMessage, parseRegistryEntry, PostsTable, type Account } from '../../src/index.js';
import { cli } from '../cli/harness.js';

const D = 86_400_000;
const next = Date.parse('2024-09-30T17:00:00+08:00');
const acc = (id: string, unit: string): Account => parseAccount({ id, name: `账号${id}`, platform: 'wechat', unit, level: 'county', region: '河西区' });

describe('earlyWarnings(accounts, posts, messages, registry, { at, next })', () => {
  it('the 14-day veto boundary: silent 13 days or exactly 14 × 24 h before the next check is yellow, a minute more is red (as inspect counts)', () => {
    const accounts = ['d13', 'd14', 'd14m', 'fresh'].map((id) => acc(id, '单位甲'));
    const t = PostsTable.fromPosts([
      { accountId: 'd13', publishedAt: new Date(next - 13 * D) },
      { accountId: 'd14', publishedAt: new Date(next - 14 * D) },
      { accountId: 'd14m', publishedAt: new Date(next - 14 * D - 60_000) },
      { accountId: 'fresh', publishedAt: new Date(next - 2 * D) },
    ]);
    const r = earlyWarnings(accounts, t, [], [], { at: next, next });
    expect(r.warnings.filter((w) => w.kind === 'stale').map((w) => [w.accountId, w.level])).toEqual([['d14m', 'red'], ['d13', 'yellow'], ['d14', 'yellow']]);
    expect(r.warnings.find((w) => w.accountId === 'd14m')!.evidence).toContain('触发“2周内无更新”单项否决');
  });
  it('warnDays is inclusive: silent exactly warnDays × 24 h at `at` is warned, a minute less is not', () => {
    const at = next - 5 * D;
    const t = PostsTable.fromPosts([{ accountId: 'a', publishedAt: new Date(at - 7 * D) }, { accountId: 'b', publishedAt: new Date(at - 7 * D + 60_000) }]);
    const r = earlyWarnings([acc('a', 'U'), acc('b', 'U')], t, [], [], { at, next });
    expect(r.warnings.map((w) => [w.accountId, w.level])).toEqual([['a', 'yellow']]); // 12 days before the next check: not vetoed yet
    // Posts after `at` are not seen.
    const later = PostsTable.fromPosts([{ accountId: 'a', publishedAt: new Date(at - 20 * D) }, { accountId: 'a', publishedAt: new Date(at + D) }]);
    expect(earlyWarnings([acc('a', 'U')], later, [], [], { at, next }).warnings.map((w) => w.level)).toEqual(['red']);
  });
  it('messages whose reply deadline falls before the next check: red when already past, yellow when ahead; later deadlines and answered ones are not listed', () => {
    const at = Date.parse('2024-09-25T10:00:00+08:00');
    const t = PostsTable.fromPosts([{ accountId: 'a', publishedAt: new Date(at - D) }]);
    const m = (id: string, received: string, replied?: string) => parseMessage({ id, accountId: 'a', receivedAt: received, ...(replied ? { repliedAt: replied } : {}) });
    const msgs = [m('old', '2024-09-23 10:00'), m('new', '2024-09-25 09:00'), m('done', '2024-09-23 10:00', '2024-09-23 11:00'), m('after', '2024-09-30 16:00')];
    const r = earlyWarnings([acc('a', 'U')], t, msgs, [], { at, next });
    // yueqing: first response within 1 working day → 9-24 10:00 (past) and 9-26 09:00 (ahead); the 9-30 16:00 message is received after `at`.
    expect(r.warnings.map((w) => [w.messageId, w.level, w.deadline])).toEqual([['old', 'red', '2024-09-24T10:00:00+08:00'], ['new', 'yellow', '2024-09-26T09:00:00+08:00']]);
  });
  it('filings: an unfiled change and a ledger account never filed, against the Hubei 5-working-day limit; units coloured', () => {
    const at = Date.parse('2024-09-25T10:00:00+08:00');
    const accounts = [acc('a', '单位甲'), acc('b', '单位乙'), acc('c', '单位丙')];
    const t = PostsTable.fromPosts([
      { accountId: 'a', publishedAt: new Date(at - D) }, { accountId: 'b', publishedAt: new Date('2024-09-20T02:00:00Z') }, { accountId: 'c', publishedAt: new Date(at - D) },
    ]);
    const registry = [
      parseRegistryEntry({ accountId: 'a', unit: '单位甲', platform: 'wechat', filedAt: '2024-01-05', status: 'changed', changes: [{ event: 'opened', at: '2024-01-02' }, { event: 'changed', at: '2024-09-10' }] }),
      parseRegistryEntry({ accountId: 'c', unit: '单位丙', platform: 'wechat', filedAt: '2024-01-05' }),
    ];
    const r = earlyWarnings(accounts, t, [], registry, { at, next });
    expect(r.warnings.map((w) => [w.accountId, w.kind, w.level, w.deadline?.slice(0, 10)])).toEqual([['a', 'filing', 'red', '2024-09-18'], ['b', 'filing', 'yellow', '2024-09-27']]);
    expect(r.units.map((u) => [u.unit, u.status])).toEqual([['单位甲', 'red'], ['单位乙', 'yellow'], ['单位丙', 'green']]);
  });
  it('rejects next before at', () => {
    expect(() => earlyWarnings([], PostsTable.fromPosts([]), [], [], { at: next, next: next - D })).toThrow(RangeError);
  });
});

describe('govmedia warn on the sample province', () => {
  it('lists the planted stale accounts as red before the check, with units coloured', async () => {
    const run = await cli(['warn', '--accounts', 'examples/data/accounts.csv', '--posts', 'examples/data/posts.csv', '--messages', 'examples/data/messages.csv',
      '--registry', 'examples/data/registry.csv', '--at', '2024-09-25 09:00', '--next', '2024-09-30', '--format', 'json']);
    expect(run.code).toBe(0);
    const r = JSON.parse(run.stdout);
    const planted = JSON.parse((await import('node:fs')).readFileSync('examples/data/planted.json', 'utf8'));
    const redStale = new Set(r.warnings.filter((w: { kind: string; level: string }) => w.kind === 'stale' && w.level === 'red').map((w: { accountId: string }) => w.accountId));
    for (const id of [...planted.stale, ...planted.dormant, ...planted.zombie]) expect(redStale.has(id)).toBe(true);
    expect(r.units.some((u: { status: string }) => u.status === 'green')).toBe(true);
    expect(r.units.every((u: { status: string; red: number }) => (u.status === 'red') === u.red > 0)).toBe(true);
  });
});
