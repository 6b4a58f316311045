import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { census, censusMarkdown, linkedPublishing, matrixCoverage, parseAccount, parseMatrix, PostsTable, SAN_YOU_RULES, type Account, type Level, type Platform, type Post } from '../../src/index.js';
import { districtMatrix } from './district-matrix.js';

const acc = (id: string, unit: string, level: Level, platform: Platform, extra: Partial<Account> = {}) => parseAccount({ id, name: id, unit, level, platform, ...extra });
const H = 3600e3;
const t0 = Date.parse('2024-09-02T09:00:00+08:00');

// A hand-built district matrix under the 三有 rule (./district-matrix.ts).
const matrix = districtMatrix();
const accounts = [
  acc('gov-wx', '某区人民政府', 'county', 'wechat'),
  acc('dept-wx', '某区教育局', 'county', 'wechat'),
  acc('dept-wx2', '某区教育局', 'county', 'wechat'),
  acc('town-wb', '某镇人民政府', 'township', 'weibo'),
];

describe('matrixCoverage(matrix, accounts)', () => {
  it('gives exactly the known gaps, excesses and ratios', () => {
    const posts = PostsTable.fromPosts([{ accountId: 'gov-wx', publishedAt: new Date(t0) }]);
    const c = matrixCoverage(matrix, accounts, { platforms: ['wechat', 'weibo'], posts, period: { start: t0 - H, end: t0 + 30 * 24 * H } });
    expect(c.gaps).toEqual([{ unit: '某区人民政府', level: 'county', platform: 'weibo' }]);
    expect(c.excesses).toEqual([
      { unit: '某区教育局', level: 'county', platform: 'wechat', accountIds: ['dept-wx', 'dept-wx2'], reason: 'several-accounts' },
      { unit: '某镇人民政府', level: 'township', platform: 'weibo', accountIds: ['town-wb'], reason: 'discouraged' },
    ]);
    expect(c.requiredCoverage).toBe(0.5);
    expect(c.activeCoverage).toBe(0.5);
    expect(c.unitCoverage).toBe(1);
    expect(c.activeMemberShare).toBe(0.25);
  });

  it('coverage stays in [0, 1] and adding an account never lowers it', () => {
    const units = ['U0', 'U1', 'U2', 'U3'];
    const accArb = fc.record({ unit: fc.constantFrom(...units), platform: fc.constantFrom('wechat', 'weibo', 'douyin') as fc.Arbitrary<Platform> });
    fc.assert(
      fc.property(fc.array(accArb, { maxLength: 12 }), accArb, fc.array(fc.constantFrom('county', 'township') as fc.Arbitrary<Level>, { minLength: 4, maxLength: 4 }), (list, extra, levels) => {
        const accs = list.map((a, i) => acc(`a${i}`, a.unit, levels[units.indexOf(a.unit)]!, a.platform));
        const m = parseMatrix({ lead: 'a0', members: accs.map((a) => a.id), units: units.map((u, i) => ({ unit: u, level: levels[i]! })), rules: SAN_YOU_RULES });
        const before = matrixCoverage(m, accs, { platforms: ['wechat', 'weibo', 'douyin'] });
        const added = acc('extra', extra.unit, levels[units.indexOf(extra.unit)]!, extra.platform);
        const after = matrixCoverage({ ...m, members: [...m.members, 'extra'] }, [...accs, added], { platforms: ['wechat', 'weibo', 'douyin'] });
        for (const r of [before.requiredCoverage, before.unitCoverage, after.requiredCoverage, after.unitCoverage]) if (r !== null) { expect(r).toBeGreaterThanOrEqual(0); expect(r).toBeLessThanOrEqual(1); }
        if (before.requiredCoverage !== null) expect(after.requiredCoverage!).toBeGreaterThanOrEqual(before.requiredCoverage);
      }),
    );
  });
});

describe('linkedPublishing(matrix, posts)', () => {
  const leadText = '区政府召开安全生产专题会议，部署国庆假期安全防范工作，要求各部门压实责任。';
  const posts: Post[] = [
    { id: 'L1', accountId: 'gov-wx', publishedAt: new Date(t0), text: leadText },
    { id: 'L2', accountId: 'gov-wx', publishedAt: new Date(t0 + 48 * H), text: '全区开展防汛应急演练，提升群众自救互救能力和基层应急处置水平。' },
    { id: 'E1', accountId: 'dept-wx', publishedAt: new Date(t0 + 2 * H), text: '转发', repostOf: 'L1' }, // repost link, 2 h
    { id: 'E2', accountId: 'town-wb', publishedAt: new Date(t0 + 5 * H), text: leadText + '！' }, // same text, 5 h
    { id: 'E3', accountId: 'dept-wx2', publishedAt: new Date(t0 + 30 * H), text: leadText }, // too late (> 24 h)
    { id: 'X', accountId: 'dept-wx', publishedAt: new Date(t0 + 49 * H), text: '教育局召开秋季开学工作会议。' }, // not an echo
  ];
  it('finds exactly the echoes within 24 h, by link and by text, with rates and lags', () => {
    const r = linkedPublishing(matrix, PostsTable.fromPosts(posts));
    expect(r.leadPosts).toBe(2);
    expect(r.perLeadPost[0]!.echoes).toEqual([{ accountId: 'dept-wx', lagHours: 2, by: 'repost' }, { accountId: 'town-wb', lagHours: 5, by: 'text' }]);
    expect(r.perLeadPost[1]!.echoes).toEqual([]);
    expect(r.perMember).toEqual([{ accountId: 'dept-wx', echoed: 1, rate: 0.5 }, { accountId: 'town-wb', echoed: 1, rate: 0.5 }, { accountId: 'dept-wx2', echoed: 0, rate: 0 }]);
    expect(r.matrixEchoRate).toBeCloseTo(2 / 6, 12);
    expect(r.silentMembers).toEqual(['dept-wx2']);
    expect(r.lag.medianHours).toBe(3.5);
    // Lags 2 h and 5 h: p90 by linear interpolation (R-7, Excel PERCENTILE.INC) = 2 + 0.9 × (5 − 2) = 4.7 h.
    expect(r.lag.p90Hours).toBeCloseTo(4.7, 12);
  });
  it('with matcher: null counts repost links only', () => expect(linkedPublishing(matrix, PostsTable.fromPosts(posts), { matcher: null }).perLeadPost[0]!.echoes.map((e) => e.accountId)).toEqual(['dept-wx']));
  it('is invariant to post order', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(posts, { minLength: posts.length, maxLength: posts.length }), (shuffled) => {
        const a = linkedPublishing(matrix, PostsTable.fromPosts(posts));
        const b = linkedPublishing(matrix, PostsTable.fromPosts(shuffled));
        expect(b.perMember).toEqual(a.perMember);
        expect(b.perLeadPost.map((p) => p.echoes)).toEqual(a.perLeadPost.map((p) => p.echoes));
      }),
    );
  });
  it('gives the same result (all but each lead post\'s row index) for any row order, with posts at one instant and without ids', () => {
    const tied: Post[] = [
      ...posts,
      { accountId: 'gov-wx', publishedAt: new Date(t0 + 72 * H), text: '区政府发布国庆假期出行提示，请广大市民错峰出行注意安全。' },
      { accountId: 'gov-wx', publishedAt: new Date(t0 + 72 * H), text: '区政府发布秋季森林防火通告，严禁野外用火。' },
      { accountId: 'dept-wx', publishedAt: new Date(t0 + 73 * H), text: '区政府发布秋季森林防火通告，严禁野外用火。' },
      { accountId: 'dept-wx', publishedAt: new Date(t0 + 73 * H), text: '区政府发布国庆假期出行提示，请广大市民错峰出行注意安全。' },
      { id: 'R2', accountId: 'town-wb', publishedAt: new Date(t0 + 49 * H), text: '转发', repostOf: 'L2' },
      { id: 'R1', accountId: 'town-wb', publishedAt: new Date(t0 + 49 * H), text: '全区开展防汛应急演练，提升群众自救互救能力和基层应急处置水平。' },
    ];
    const strip = (r: ReturnType<typeof linkedPublishing>) => ({ ...r, perLeadPost: r.perLeadPost.map(({ index: _row, ...p }) => p) });
    const base = strip(linkedPublishing(matrix, PostsTable.fromPosts(tied)));
    expect(base.perLeadPost.find((p) => p.id === 'L2')!.echoes).toEqual([{ accountId: 'town-wb', lagHours: 1, by: 'text' }]); // R1 before R2 (post id)
    fc.assert(
      fc.property(fc.shuffledSubarray(tied, { minLength: tied.length, maxLength: tied.length }), (shuffled) => {
        expect(strip(linkedPublishing(matrix, PostsTable.fromPosts(shuffled)))).toEqual(base);
      }),
      { numRuns: 50 },
    );
  });
});

describe('census(accounts, posts) — seed 001 reconstruction', () => {
  // Seed 001 (Ningbo, 2019): 1,170 accounts; 微博 525, 微信 551, 抖音 50, 今日头条 26, other
  // apps 18; city 164, county 326, township 680; 385 above 10,000 followers; 698 posting 2+
  // a day (59.7%); 1,021 with service functions (87.3%).
  const platforms: [Platform, number][] = [['weibo', 525], ['wechat', 551], ['douyin', 50], ['toutiao', 26], ['app', 18]];
  const levels: [Level, number][] = [['city', 164], ['county', 326], ['township', 680]];
  const list: Account[] = [];
  const levelOf = (i: number) => (i < 164 ? 'city' : i < 490 ? 'county' : 'township');
  let i = 0;
  for (const [p, n] of platforms) for (let k = 0; k < n; k++, i++)
    list.push(acc(`a${i}`, `unit${i}`, levelOf(i), p, { followers: i % 3 === 0 && i < 1155 ? 20000 : 800, channels: { services: i < 1021 } }));
  const period = { start: Date.parse('2019-03-01T00:00:00+08:00'), end: Date.parse('2019-03-31T00:00:00+08:00'), days: 30 };
  const posts: Post[] = [];
  for (let k = 0; k < 1170; k++) {
    const perDay = k < 698 ? 2 : 1;
    for (let d = 0; d < 30; d++) for (let j = 0; j < perDay; j++) posts.push({ accountId: `a${k}`, publishedAt: new Date(period.start + d * 86400e3 + (9 + j) * H) });
  }
  const r = census(list, PostsTable.fromPosts(posts), { period });
  it('has the published counts', () => {
    expect(r.accountCount).toBe(1170);
    expect(Object.fromEntries(r.byPlatform.map((x) => [x.platform, x.count]))).toEqual(Object.fromEntries(platforms));
    expect(Object.fromEntries(r.byLevel.map((x) => [x.level, x.count]))).toEqual(Object.fromEntries(levels));
    expect(r.aboveFollowerThreshold.count).toBe(385);
    expect(r.postingAtLeast!.count).toBe(698);
    expect(r.withServices.count).toBe(1021);
  });
  it('prints the published percentages 59.7% and 87.3% (censusMarkdown, src/report)', () => {
    const md = censusMarkdown(r);
    expect(md).toContain('| 日均发布2条以上 | 698 | 59.7% |');
    expect(md).toContain('| 具备办事服务功能 | 1021 | 87.3% |');
    expect(md).toContain('| 粉丝数量超过1万 | 385 | 32.9% |');
    expect(md).toContain('| 平台：微信 | 551 | 47.1% |');
  });
});
