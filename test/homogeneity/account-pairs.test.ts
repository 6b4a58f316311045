import { describe, expect, it } from 'vitest';
import { findHomogeneousAccounts } from '../../src/homogeneity/index.js';
import { PostsTable } from '../../src/table/posts-table.js';
import { parseAccount, type Post } from '../../src/model/index.js';

const H = 3_600_000;
const T0 = Date.UTC(2024, 4, 1);
// Distinct source texts (no shared trigrams between them beyond chance).
const SRC = [
  '市交通运输局发布五一假期高速公路出行提示请广大驾驶员合理安排行程',
  '市卫生健康委提醒近期流感进入高发季节老人儿童要注意做好防护措施',
  '市人力资源和社会保障局启动春季招聘月活动共提供就业岗位三千余个',
  '市生态环境局通报一季度空气质量优良天数比例同比上升五个百分点',
  '市教育局公布今年义务教育阶段学校招生入学政策和报名时间安排',
  '市市场监管局开展食品安全专项检查共出动执法人员二百余人次',
];
const post = (id: string, accountId: string, text: string, hours: number, extra: Partial<Post> = {}): Post =>
  ({ id, accountId, text, publishedAt: new Date(T0 + hours * H), ...extra });

// A publishes all six; B copies four of them (uncited) 2–5 hours later; C reposts two of A's citing them.
const posts: Post[] = [
  ...SRC.map((t, i) => post(`a${i}`, 'A', t, i * 24)),
  post('b0', 'B', `【转】${SRC[0]}。`, 0 * 24 + 2),
  post('b1', 'B', SRC[1]!, 1 * 24 + 3),
  post('b2', 'B', `${SRC[2]}！`, 2 * 24 + 4),
  post('b3', 'B', SRC[3]!, 3 * 24 + 5),
  post('b4', 'B', '本账号今日发布天气预报明天多云转晴最高气温二十五度', 100),
  post('c0', 'C', SRC[4]!, 4 * 24 + 1, { repostOf: 'a4' }),
  post('c1', 'C', SRC[5]!, 5 * 24 + 1, { repostOf: 'a5' }),
  post('c2', 'C', '区应急管理局组织开展防汛应急演练提升抢险救援能力', 120),
];
const table = PostsTable.fromPosts(Object.freeze(posts));

describe('findHomogeneousAccounts(table) account pairs', () => {
  const r = findHomogeneousAccounts(table);
  const ab = r.accountPairs.find((p) => p.a === 'A' && p.b === 'B')!;
  const ac = r.accountPairs.find((p) => p.a === 'A' && p.b === 'C')!;

  it('shares in both directions, lag and source vs copier for an uncited copier', () => {
    expect(ab).toMatchObject({
      postsA: 6, postsB: 5, pairs: 4, citedPairs: 0,
      shareAInB: 4 / 6, shareBInA: 4 / 5, citedShareAInB: 0, citedShareBInA: 0,
      aFirst: 4, bFirst: 0, simultaneous: 0, source: 'A', copier: 'B', homogeneous: true,
    });
    expect(ab.medianLagMs).toBe(3.5 * H); // lags 2, 3, 4, 5 h
    expect(ab.examples).toHaveLength(3);
  });

  it('reports cited reposts (repostOf) separately from uncited copies', () => {
    expect(ac).toMatchObject({ pairs: 2, citedPairs: 2, shareAInB: 0, shareBInA: 0, citedShareAInB: 2 / 6, citedShareBInA: 2 / 3, homogeneous: false });
    expect(r.pairs).toMatchObject({ count: 6, cited: 2 });
    expect(r.clusters).toEqual([{ accountIds: ['A', 'B'], homogeneousPairs: 1 }]);
  });

  it('maxLagMs drops pairs further apart than the window; start/end restrict the posts', () => {
    const short = findHomogeneousAccounts(table, { maxLagHours: 3, minPairs: 1 });
    expect(short.accountPairs.find((p) => p.b === 'B')!.pairs).toBe(2); // lags 2 h and 3 h
    const window = findHomogeneousAccounts(table, { period: { start: T0, end: T0 + 48 * H }, minPairs: 1 });
    expect(window.accountPairs.find((p) => p.b === 'B')).toMatchObject({ pairs: 2, postsA: 2, postsB: 2 });
    expect(window.stats.posts).toBe(table.size);
  });

  it('field: "title" compares titles instead of texts', () => {
    const t = PostsTable.fromPosts([
      post('x', 'X', '正文甲完全不同的内容一二三四五', 0, { title: '关于开展政务新媒体专项检查的通知' }),
      post('y', 'Y', '正文乙另外一段文字六七八九十', 1, { title: '关于开展政务新媒体专项检查的通知' }),
    ]);
    expect(findHomogeneousAccounts(t, { minPairs: 1 }).pairs.count).toBe(0);
    expect(findHomogeneousAccounts(t, { minPairs: 1, field: 'title' }).pairs.count).toBe(1);
  });
});

describe('findHomogeneousAccounts(table, { accounts, scores }) suggestions', () => {
  const acct = (id: string, unit: string, platform: string) => parseAccount({ id, name: id, unit, platform, level: 'city' });
  const accounts = [
    acct('A', '市交通运输局', 'wechat'), acct('B', '市交通运输局', 'wechat'), acct('C', '市教育局', 'wechat'),
    acct('D', '市教育局', 'wechat'), acct('E', '市教育局', 'weibo'),
  ];

  it('structural group with homogeneous content → reason both; keep by score', () => {
    const r = findHomogeneousAccounts(table, { accounts, scores: { A: 300, B: 500 } });
    const s = r.suggestions.find((x) => x.unit === '市交通运输局')!;
    expect(s).toMatchObject({ reason: 'both', platform: 'wechat', keep: 'B', merge: ['A'], keepBecause: '指数 500' });
    expect(s.evidence.accountPairs.map((p) => [p.a, p.b])).toEqual([['A', 'B']]);
  });

  it('structural group without shared content → same-unit-platform; keep by posts when no score', () => {
    const r = findHomogeneousAccounts(table, { accounts });
    const s = r.suggestions.find((x) => x.unit === '市教育局')!;
    expect(s).toMatchObject({ reason: 'same-unit-platform', platform: 'wechat', keep: 'C', merge: ['D'] });
    expect(s.evidence.accountPairs).toEqual([]);
    expect(r.suggestions.find((x) => x.unit === '市交通运输局')!.keep).toBe('A'); // 6 posts vs 5
    expect(r.suggestions).toHaveLength(2); // the A–B cluster is covered by its structural group
  });

  it('content cluster across host units → high overlap, never a merge suggestion (issue 13 kind 7)', () => {
    const r = findHomogeneousAccounts(table, { accounts: [acct('A', '市交通运输局', 'wechat'), acct('B', '市公路局', 'wechat')] });
    expect(r.suggestions).toEqual([]);
    expect(r.highOverlap).toEqual([expect.objectContaining({ accountIds: ['A', 'B'], units: ['市交通运输局', '市公路局'] })]);
    expect(r.highOverlap[0]!.evidence.accountPairs.map((p) => [p.a, p.b])).toEqual([['A', 'B']]);
  });

  it('content cluster without account records → high overlap, no merge advice (units unknown)', () => {
    const r = findHomogeneousAccounts(table, {});
    expect(r.suggestions).toEqual([]);
    expect(r.highOverlap).toEqual([expect.objectContaining({ accountIds: ['A', 'B'], units: [], unitUnknown: ['A', 'B'] })]);
  });

  it('content cluster within one host unit on two platforms → homogeneous-content suggestion with 保留理由', () => {
    const r = findHomogeneousAccounts(table, { accounts: [acct('A', '市交通运输局', 'wechat'), acct('B', '市交通运输局', 'weibo')] });
    expect(r.suggestions).toEqual([expect.objectContaining({ reason: 'homogeneous-content', unit: '市交通运输局', keep: 'A', merge: ['B'] })]);
    expect(r.suggestions[0]!.platform).toBeUndefined();
    // A: six own posts, four copied by B; no reads in these posts, so none are cited (no "阅读 0").
    expect(r.suggestions[0]!.keepBecause).toBe('本期自有发文 6 篇，被他号转载 4 次');
    expect(r.highOverlap).toEqual([]);
    const withReads = PostsTable.fromPosts(posts.map((p) => ({ ...p, reads: 100 })));
    const r2 = findHomogeneousAccounts(withReads, { accounts: [acct('A', '市交通运输局', 'wechat'), acct('B', '市交通运输局', 'weibo')] });
    expect(r2.suggestions[0]!.keepBecause).toBe('本期自有发文 6 篇，被他号转载 4 次，阅读 600');
  });

  it('content cluster with one account not in the ledger → high overlap, not merged into the known unit', () => {
    const r = findHomogeneousAccounts(table, { accounts: [parseAccount({ id: 'A', name: '甲', platform: 'wechat', unit: '市交通运输局', level: 'city' })] });
    expect(r.suggestions).toEqual([]);
    expect(r.highOverlap).toEqual([expect.objectContaining({ accountIds: ['A', 'B'], units: ['市交通运输局'], unitUnknown: ['B'] })]);
  });
});

describe("findHomogeneousAccounts(table, { field: 'auto' })", () => {
  it('falls back to titles where a post has no text, and counts a text copied by k accounts as k(k − 1)/2 pairs', () => {
    const title = '关于开展全市政务新媒体专项检查的通知';
    const t = PostsTable.fromPosts([
      post('t1', 'P', '', 0, { title, text: undefined }),
      post('t2', 'Q', '', 1, { title: `${title}。`, text: undefined }),
      post('t3', 'R', title, 2),
      post('t4', 'S', title, 3),
    ]);
    const r = findHomogeneousAccounts(t, { minPairs: 1 });
    expect(r.pairs.count).toBe(6);
    expect(r.pairs.candidates).toBe(6);
    expect(r.clusters).toEqual([{ accountIds: ['P', 'Q', 'R', 'S'], homogeneousPairs: 6 }]);
  });
});
