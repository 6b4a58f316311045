import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findHomogeneousAccounts, type HomogeneityResult } from '../../src/homogeneity/index.js';
import { PostsTable } from '../../src/table/posts-table.js';
import type { Post } from '../../src/model/index.js';
import { cli, ROOT } from '../cli/harness.js';

// Issue 13 kind 7: homogeneity on real Weibo data. Placeholder texts, empty reposts,
// `//@name:` chains with nothing of one's own and short reactions never make accounts
// homogeneous; they are counted in stats.skipped.
const T0 = Date.UTC(2024, 8, 1);
const LONG = '青山区召开2024年秋季防汛工作会议，会议强调要压实各级防汛责任，加强隐患排查，确保人民群众生命财产安全。';
const at = (h: number) => new Date(T0 + h * 3_600_000);
/** Accounts A and B each post `text` five times (B an hour after A): enough pairs to be homogeneous if compared. */
const twice = (text: string, extra: Partial<Post> = {}): Post[] =>
  [0, 1, 2, 3, 4].flatMap((d) => [
    { id: `a${d}`, accountId: 'A', text, publishedAt: at(d * 24), ...extra },
    { id: `b${d}`, accountId: 'B', text, publishedAt: at(d * 24 + 1), ...extra },
  ]);
const run = (posts: Post[], o = {}): HomogeneityResult => findHomogeneousAccounts(PostsTable.fromPosts(posts), { minPairs: 1, ...o });

describe('findHomogeneousAccounts: placeholders and short texts (Weibo)', () => {
  it.each(['转发微博', '轉發微博', 'Repost', 'REPOST。', '分享图片', '分享图片 http://t.cn/A6abcdEF', '[图片]分享图片', '转发微博 [赞][赞]'])(
    'the platform placeholder %j pairs nobody and is counted as skipped', (text) => {
      const r = run(twice(text));
      expect(r.pairs.count).toBe(0);
      expect(r.accountPairs).toEqual([]);
      expect(r.stats).toMatchObject({ compared: 0, skipped: { placeholder: 10, short: 0 } });
    });

  it('an empty repost (no text, repostOf set) and a //@ chain with nothing of its own are placeholders', () => {
    expect(run(twice('', { repostOf: 'x1' })).stats.skipped).toEqual({ placeholder: 10, short: 0 });
    const chain = run(twice(`//@青山发布:${LONG}`));
    expect(chain.pairs.count).toBe(0);
    expect(chain.stats.skipped).toEqual({ placeholder: 10, short: 0 });
    expect(run(twice(` ／／@青山发布：${LONG}`)).stats.skipped).toEqual({ placeholder: 10, short: 0 });
  });

  it('the own words before a //@ chain are what is compared: short ones are skipped, long ones pair', () => {
    const short = run(twice(`学习了！//@青山发布:${LONG}`));
    expect(short.pairs.count).toBe(0);
    expect(short.stats.skipped).toEqual({ placeholder: 0, short: 10 });
    // Same own text, different chains: still near-duplicates (the chain is not the account's words).
    const own = [...twice(LONG)].map((p, i) => ({ ...p, text: `${p.text}//@账号${i}:完全不同的被转发内容${i}` }));
    const r = run(own);
    expect(r.pairs.count).toBe(25);
    expect(r.pairs.list[0]!.jaccard).toBe(1);
  });

  it(`texts under minChars (default 10) meaningful characters are skipped; minChars lowers the bar`, () => {
    const slogan = twice('为祖国点赞！！！');
    expect(run(slogan).pairs.count).toBe(0);
    expect(run(slogan).stats).toMatchObject({ compared: 0, skipped: { placeholder: 0, short: 10 }, minChars: 10 });
    expect(run(slogan, { minChars: 5 }).pairs.count).toBe(25);
    // Exactly ten meaningful characters is enough (punctuation and emoji do not count).
    expect(run(twice('青山区召开防汛工作会议！😀')).stats).toMatchObject({ compared: 10, skipped: { placeholder: 0, short: 0 } });
    expect(run(twice('青山区召开防汛工作！😀')).stats).toMatchObject({ compared: 0, skipped: { placeholder: 0, short: 10 } });
  });

  it('placeholders are an option (normalised as texts are); bad minChars is a RangeError', () => {
    const r = run(twice('江州市每日天气预报播报'), { placeholders: ['江州市每日天气预报播报！'] });
    expect(r.stats.skipped.placeholder).toBe(10);
    expect(() => run([], { minChars: 0 })).toThrow(/^findHomogeneousAccounts: minChars must be an integer ≥ 1/);
    expect(() => run([], { minChars: 2.5 })).toThrow(RangeError);
  });

  it('skipped posts never count in the shares: a mixed account is judged on its compared posts only', () => {
    const posts: Post[] = [...twice(LONG).slice(0, 2), ...twice('转发微博').map((p) => ({ ...p, id: `x${p.id}` }))];
    const r = run(posts);
    expect(r.accountPairs).toHaveLength(1);
    expect(r.accountPairs[0]).toMatchObject({ postsA: 1, postsB: 1, shareAInB: 1, shareBInA: 1 });
    expect(r.stats).toMatchObject({ posts: 12, compared: 2, skipped: { placeholder: 10, short: 0 } });
  });
});

describe('findHomogeneousAccounts: the same result for any row order (issue 13 kind 6)', () => {
  const POOL = [LONG, `${LONG}（转自青山发布）`, `${LONG.slice(0, 40)}。`, '青山区市场监督管理局开展中秋国庆节前食品安全专项检查，重点检查月饼生产企业和大型商超。', '转发微博', '点赞'];
  const row = fc.record({ a: fc.integer({ min: 0, max: 3 }), h: fc.integer({ min: 0, max: 3 }), t: fc.integer({ min: 0, max: POOL.length - 1 }), id: fc.boolean() });
  const withoutIndex = (r: HomogeneityResult) => JSON.stringify(r, (k, v) => (k === 'index' ? undefined : v));
  it('pairs, examples, shares, sources, meanJaccard (every digit), clusters and high overlap ignore the row order', () => {
    fc.assert(fc.property(fc.array(row, { minLength: 2, maxLength: 30 }), fc.array(fc.integer(), { minLength: 30, maxLength: 30 }), (rows, keys) => {
      const posts: Post[] = rows.map((x, i) => ({ accountId: `acc${x.a}`, text: POOL[x.t]!, publishedAt: at(x.h), ...(x.id ? { id: `p${i}` } : {}) }));
      const order = posts.map((_, i) => i).sort((p, q) => keys[p]! - keys[q]! || p - q);
      const o = { minPairs: 1, examplesPerPair: 2, maxListedPairs: 5 };
      expect(withoutIndex(run(order.map((i) => posts[i]!), o))).toBe(withoutIndex(run(posts, o)));
    }), { numRuns: 80 });
  });
});

describe('govmedia homogeneity on the Weibo duplicates case (cases README: i_weibo_duplicates_gbk.csv)', () => {
  const C = (f: string) => resolve(ROOT, 'test/fixtures/cases/exports', f);
  it('3 pairs with the right source; no merge advice across host units (high overlap instead); Chinese reasons', async () => {
    const r = await cli(['homogeneity', '--posts', C('i_weibo_duplicates_gbk.csv'), '--accounts', C('h_ledger_adapted_gbk.csv'), '--format', 'json']);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    const pairs = j.accountPairs.map((p: { a: string; b: string; source: string }) => [p.a, p.b, p.source]);
    // 青山发布 (WB001 in the ledger) publishes first (08:30), 青山市场监管 (WB002) copies at
    // 10:15, 青山区柳塘镇 (no Weibo account in the ledger: its name is its id) at 16:40.
    expect(pairs).toEqual([
      ['WB001', 'WB002', 'WB001'],
      ['WB001', '青山区柳塘镇', 'WB001'],
      ['WB002', '青山区柳塘镇', 'WB002'],
    ]);
    expect(j.accountPairs.every((p: { pairs: number; homogeneous: boolean }) => p.pairs === 6 && p.homogeneous)).toBe(true);
    // Three host units (柳塘镇's Weibo is not in the ledger): high overlap, never a merge suggestion.
    expect(j.suggestions).toEqual([]);
    expect(j.highOverlap).toHaveLength(1);
    expect(j.highOverlap[0]).toMatchObject({ units: ['青山区人民政府办公室', '青山区市场监督管理局'], unitUnknown: ['青山区柳塘镇'] });
    const md = await cli(['homogeneity', '--posts', C('i_weibo_duplicates_gbk.csv'), '--accounts', C('h_ledger_adapted_gbk.csv'), '--format', 'md']);
    expect(md.stdout).toContain('高度重合（不同或未知主办单位，不作整合建议）');
    expect(md.stdout).toContain('| 青山发布 | 青山市场监管 | 6 |');
    expect(md.stdout).not.toMatch(/same-unit|homogeneous-content|both|high overlap/);
  });

  it('without a ledger: the same 3 pairs, no merge advice, and stderr says why', async () => {
    const r = await cli(['homogeneity', '--posts', C('i_weibo_duplicates_gbk.csv'), '--format', 'json']);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j.accountPairs).toHaveLength(3);
    expect(j.suggestions).toEqual([]);
    expect(j.highOverlap[0].unitUnknown).toEqual(['青山区柳塘镇', '青山发布', '青山市场监管']);
    expect(r.stderr).toContain('未给 --accounts（台账），无法判断主办单位：内容同质化的账号只列为高度重合，不作整合建议');
  });
});
