import { describe, expect, it } from 'vitest';
import { findHomogeneousAccounts, homogeneityReport, monthPeriod, parseAccount, PostsTable } from '../../src/index.js';

const H = 3_600_000;
const t0 = Date.parse('2024-09-02T09:00:00+08:00');
const TEXTS = [
  '宁波市政府办公厅对全市政务新媒体建设情况开展调查，共涉及账号一百余个',
  '全市秋季开学工作会议召开，部署学校安全和食品卫生各项重点任务',
  '市交通运输局发布国庆假期高速公路出行提示，请广大市民错峰出行',
];
// A posts first; B repeats each post 3 hours later (uncited); C posts something else.
const posts = PostsTable.fromPosts([
  ...TEXTS.map((text, i) => ({ accountId: 'A', publishedAt: new Date(t0 + i * 24 * H), text })),
  ...TEXTS.map((text, i) => ({ accountId: 'B', publishedAt: new Date(t0 + i * 24 * H + 3 * H), text })),
  { accountId: 'C', publishedAt: new Date(t0), text: '区人社局举办专场招聘会，提供就业岗位八百余个，欢迎求职者参加' },
]);
const accounts = [
  parseAccount({ id: 'A', name: '某区发布', platform: 'wechat', unit: '某区人民政府办公室', level: 'county', region: '某区' }),
  parseAccount({ id: 'B', name: '某区政务', platform: 'wechat', unit: '某区人民政府办公室', level: 'county', region: '某区' }),
  parseAccount({ id: 'C', name: '某区人社', platform: 'wechat', unit: '某区人社局', level: 'county', region: '某区' }),
];
const period = monthPeriod(2024, 9);

describe('homogeneityReport (govmedia homogeneity and the office app)', () => {
  it('pairs, merge advice and facts in Chinese, accounts by their ledger names', () => {
    const r = homogeneityReport(posts, { period, accounts });
    expect(r.result).toEqual(findHomogeneousAccounts(posts, { period, accounts }));
    expect(r.pairs.title).toBe('同质化账号对（2024-09）');
    expect(r.pairs.rows).toEqual([{ a: '某区发布', b: '某区政务', pairs: 3, shareAInB: 1, shareBInA: 1, source: '某区发布', lagHours: 3, meanJaccard: 1 }]);
    // Keep the source (its 3 own posts were copied 3 times), merge the copier.
    expect(r.suggestions.rows).toEqual([{ keep: '某区发布', merge: ['某区政务'], reason: '同一单位同平台且内容同质化：某区人民政府办公室 微信', keepBecause: '本期自有发文 3 篇，被他号转载 3 次' }]);
    expect(r.highOverlap.rows).toEqual([]);
    expect(r.document.subtitle).toBe('统计周期 2024-09');
    const facts = Object.fromEntries((r.document.sections[0] as { facts: readonly (readonly [string, unknown])[] }).facts);
    expect(facts).toMatchObject({ 比对帖子: 7, 近似重复帖对: 3, 其中注明转载: 0, 同质化账号对: 1, 账号群: 1, '相似度阈值 (Jaccard)': 0.8 });
    expect(r.document.sections.map((s) => `${s.kind}:${'title' in s ? s.title : ''}`)).toEqual(['facts:', 'chart:账号间重复占比', 'table:同质化账号对', 'table:整合建议']);
  });

  it('without a ledger: ids for names, no merge advice, the pair listed as 高度重合 (unit unknown)', () => {
    const r = homogeneityReport(posts, {});
    expect(r.pairs.title).toBe('同质化账号对（无数据）');
    expect(r.suggestions.rows).toEqual([]);
    expect(r.highOverlap.rows).toEqual([{ accounts: ['A', 'B'], units: [], unknown: ['A', 'B'], pairs: 1 }]);
    expect(r.document.sections.at(-1)).toEqual({ kind: 'table', title: r.highOverlap.title, table: r.highOverlap });
  });

  it('an option out of range throws RangeError (from findHomogeneousAccounts)', () => {
    expect(() => homogeneityReport(posts, { minShare: 2 })).toThrow(RangeError);
  });
});
