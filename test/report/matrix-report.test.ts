import { describe, expect, it } from 'vitest';
import { matrixReport, monthPeriod, parseAccount, PostsTable, scoreAccounts, type Account, type Level, type Platform } from '../../src/index.js';
import { districtMatrix } from '../matrix/district-matrix.js';

const acc = (id: string, name: string, unit: string, level: Level, platform: Platform): Account => parseAccount({ id, name, unit, level, platform });
const H = 3600e3;
const t0 = Date.parse('2024-09-02T09:00:00+08:00');

// The district matrix of test/matrix under the 三有 rule: the government must be on WeChat and Weibo.
const matrix = districtMatrix('某区政务矩阵');
const accounts = [
  acc('gov-wx', '某区发布', '某区人民政府', 'county', 'wechat'),
  acc('dept-wx', '某区教育', '某区教育局', 'county', 'wechat'),
  acc('dept-wx2', '某区教育资讯', '某区教育局', 'county', 'wechat'),
  acc('town-wb', '某镇微博', '某镇人民政府', 'township', 'weibo'),
];
// Two lead posts; dept-wx repeats the first within 2 hours, nobody echoes the second.
const posts = PostsTable.fromPosts([
  { accountId: 'gov-wx', publishedAt: new Date(t0), title: '某区召开全区安全生产工作会议部署下一阶段重点任务', reads: 1000, likes: 10, looks: 5 },
  { accountId: 'gov-wx', publishedAt: new Date(t0 + 48 * H), title: '某区开展秋季学校食品安全专项检查行动情况通报', reads: 600, likes: 4, looks: 2 },
  { accountId: 'dept-wx', publishedAt: new Date(t0 + 2 * H), title: '某区召开全区安全生产工作会议部署下一阶段重点任务', reads: 300, likes: 1, looks: 0 },
]);
const period = monthPeriod(2024, 9);

describe('matrixReport (govmedia matrix and the office app)', () => {
  it('tables hold the coverage, echo and totals in Chinese, accounts by their ledger names', () => {
    const r = matrixReport(matrix, accounts, posts, { period, platforms: ['wechat', 'weibo'], index: 'wci-14.2' });
    expect(r.gaps.rows).toEqual([{ unit: '某区人民政府', level: '县级', platform: '微博' }]);
    expect(r.excesses.rows).toEqual([
      { unit: '某区教育局', platform: '微信', accounts: ['某区教育', '某区教育资讯'], reason: '同一平台多个账号' },
      { unit: '某镇人民政府', platform: '微博', accounts: ['某镇微博'], reason: '原则上不开设' },
    ]);
    expect(r.members.title).toBe('成员联动（龙头账号 某区发布 发文 2 篇）');
    // In the matrix's member order.
    expect(r.members.rows).toEqual([
      { name: '某区教育', platform: '微信', echoed: 1, rate: '50.0%' },
      { name: '某镇微博', platform: '微博', echoed: 0, rate: '0.0%' },
      { name: '某区教育资讯', platform: '微信', echoed: 0, rate: '0.0%' },
    ]);
    expect(r.grid.title).toBe('某区政务矩阵 覆盖情况（2024-09）');
    expect(r.grid.rows.find((x) => x.unit === '某区人民政府' && x.platform === '微信')).toEqual({
      unit: '某区人民政府', level: '县级', platform: '微信', expected: '应开设', accounts: ['某区发布'], active: 1, status: '已开设',
    });
    expect(r.grid.rows.find((x) => x.unit === '某区人民政府' && x.platform === '微博')).toMatchObject({ expected: '应开设', accounts: [], status: '缺失' });
    expect(r.grid.rows.find((x) => x.unit === '某镇人民政府' && x.platform === '微博')).toMatchObject({ expected: '原则上不开设', status: '超出' });
    // Mean index over the 4 members, the two unscored ones counted 0.
    const wci = new Map(scoreAccounts(posts, { index: 'wci-14.2', period }).map((s) => [s.accountId, s.value ?? 0]));
    const mean = ((wci.get('gov-wx') ?? 0) + (wci.get('dept-wx') ?? 0)) / 4;
    expect(r.totals.meanIndex).toBeCloseTo(mean, 10);
    expect(r.document.title).toBe('某区政务矩阵 矩阵报告');
    expect(r.document.subtitle).toBe('统计周期 2024-09（30 天）');
    expect(r.document.sections[0]).toEqual({
      kind: 'facts',
      facts: [
        ['成员账号（含龙头）', 4], ['本期有更新账号', 2], ['发文', 3], ['阅读', 1900],
        ['应开设覆盖率', '50.0%'], ['应开设且本期有更新', '50.0%'], ['单位覆盖率', '100.0%'],
        ['矩阵响应率', '16.7%'], // 1 echo of 2 lead posts × 3 members
        ['响应时差中位数（小时）', '2.0'], ['从未响应的成员', 2],
        ['成员平均指数（wci-14.2，无指数计 0）', mean.toFixed(2)],
      ],
    });
    expect(r.linkedPublishing.matrixEchoRate).toBeCloseTo(1 / 6, 12); // 1 echo of 2 lead posts × 3 members
    expect(r.document.sections.map((s) => `${s.kind}:${'title' in s ? s.title : ''}`)).toEqual([
      'facts:', 'chart:覆盖热力图（单位 × 平台）', 'chart:成员响应率', `table:${r.gaps.title}`, `table:${r.excesses.title}`, `table:${r.members.title}`, 'table:覆盖明细',
    ]);
  });

  it('without a period: every post, no mean index (an index needs the day count), 无发布数据 in the titles', () => {
    const r = matrixReport(matrix, accounts, posts, { index: 'wci-14.2' });
    expect(r.totals.meanIndex).toBeNull();
    expect(r.grid.title).toBe('某区政务矩阵 覆盖情况（无发布数据）');
    expect(r.document.subtitle).toBe('无发布数据');
    expect((r.document.sections[0] as { facts: readonly (readonly [string, unknown])[] }).facts.map(([k]) => k)).not.toContain('成员平均指数（wci-14.2，无指数计 0）');
  });

  it('an unknown index throws (from scoreAccounts)', () => {
    expect(() => matrixReport(matrix, accounts, posts, { period, index: 'no-such-index' })).toThrow();
  });
});
