import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { awardScores, combinePlatformScores, shortlist, SHORTLIST_EXCLUSION_LABELS_ZH, type ShortlistCandidateInput } from '../../src/index.js';
import { rankPoints } from '../../src/ranking/rank-points.js';

const c = (accountId: string, score: number | null, extra: Partial<ShortlistCandidateInput> = {}): ShortlistCandidateInput => ({ accountId, score, unit: `u-${accountId}`, posts: 10, ...extra });

describe('shortlist(scores, options)', () => {
  it('shortlist(…, { topN: 2 }) takes the top two', () => {
    const [r] = shortlist(Object.freeze([c('a', 5), c('b', 9), c('c', 7)]), { topN: 2 });
    expect(r!.entries.map((e) => e.accountId)).toEqual(['b', 'c']);
    expect(r!.excluded).toEqual([]);
  });

  it('shortlist(…) excludes failed, stale/dormant/zombie and low-post accounts, with reasons', () => {
    const [r] = shortlist([c('a', 10, { verdict: 'fail' }), c('b', 9, { tier: 'dormant' }), c('c', 8, { posts: 0 }), c('d', 7), c('e', 6)], { topN: 2 });
    expect(r!.entries.map((e) => e.accountId)).toEqual(['d', 'e']);
    expect(r!.excluded.map((x) => [x.candidate.accountId, x.reason, x.detail])).toEqual([
      ['a', 'failed-inspection', '本期检查不合格，不参加遴选'], ['b', 'inactive', '活跃度：睡眠账号'], ['c', 'min-posts', '发文 0 篇，少于 1 篇'],
    ]);
  });

  it('SHORTLIST_EXCLUSION_LABELS_ZH names every reason shortlist gives, as govmedia shortlist and the office app print it', () => {
    const [r] = shortlist([
      c('a', 10, { verdict: 'fail' }), c('b', 9, { tier: 'zombie' }), c('c', 8, { posts: 1 }), c('d', 7, { unit: 'U' }), c('e', 6, { unit: 'U' }), c('f', 5), c('g', 5),
    ], { topN: 2, minPosts: 2, maxPerUnit: 1, ties: 'break', tieBreak: 'accountId' });
    expect(r!.entries.map((e) => e.accountId)).toEqual(['d', 'f']);
    expect(r!.excluded.map((x) => [x.candidate.accountId, SHORTLIST_EXCLUSION_LABELS_ZH[x.reason]])).toEqual([
      ['a', '检查不合格'], ['b', '不活跃'], ['c', '发文不足'], ['e', '超出单位名额'], ['g', '并列未入围'],
    ]);
    expect(SHORTLIST_EXCLUSION_LABELS_ZH['no-score']).toBe('无指数');
  });

  it('shortlist(…, { maxPerUnit: 1 }) keeps one account per unit', () => {
    const [r] = shortlist([c('a', 10, { unit: 'U' }), c('b', 9, { unit: 'U' }), c('c', 8)], { topN: 2, maxPerUnit: 1 });
    expect(r!.entries.map((e) => e.accountId)).toEqual(['a', 'c']);
    expect(r!.excluded[0]!.reason).toBe('unit-cap');
    expect(r!.excluded[0]!.detail).toBe('U 已有 1 个账号入围（每单位至多 1 个）');
  });

  it('shortlist(…, { categories }) gives unit and personal accounts their own lists (seed 003)', () => {
    const rs = shortlist([c('a', 10), c('p', 9, { kind: 'personal' }), c('b', 8), c('q', 7, { kind: 'personal' })], {
      categories: [{ id: 'unit', kind: 'unit', topN: 1 }, { id: 'personal', kind: 'personal', topN: 2 }],
    });
    expect(rs.map((r) => r.entries.map((e) => e.accountId))).toEqual([['a'], ['p', 'q']]);
  });

  it("shortlist(…, { ties: 'expand' }) lists everyone tied with the last place", () => {
    const [r] = shortlist([c('a', 9), c('b', 8), c('c', 8), c('d', 7)], { topN: 2, ties: 'expand' });
    expect(r!.entries.map((e) => [e.accountId, e.place, e.tieExpanded])).toEqual([['a', 1, false], ['b', 2, false], ['c', 2, true]]);
    expect(r!.cutRule).toBe('第 2 名并列时全部入围：与末位同分的账号均列入');
  });

  it("shortlist(…, { ties: 'break', tieBreak: 'posts' }) breaks the tie by posts and reports the loser", () => {
    const [r] = shortlist([c('a', 9), c('b', 8, { posts: 3 }), c('c', 8, { posts: 30 }), c('d', 7)], { topN: 2, ties: 'break' });
    expect(r!.entries.map((e) => e.accountId)).toEqual(['a', 'c']);
    expect(r!.excluded.map((x) => [x.candidate.accountId, x.reason, x.detail])).toEqual([['b', 'tie-break', '与第 2 名同分（8），按发文数多者优先、再按账号ID取舍后未入围']]);
    expect(r!.cutRule).toBe('第 2 名并列时按发文数多者优先、再按账号ID取舍，取满 2 个为止');
  });

  it("shortlist(…, { categories: per platform }) gives each platform its own list and n", () => {
    const rs = shortlist([c('w1', 10, { platform: 'wechat' }), c('b1', 9, { platform: 'weibo' }), c('w2', 8, { platform: 'wechat' }), c('b2', 7, { platform: 'weibo' }), c('w3', 6, { platform: 'wechat' })], {
      topN: 2, categories: [{ id: 'wechat', platform: 'wechat' }, { id: 'weibo', platform: 'weibo', topN: 1 }],
    });
    expect(rs.map((r) => r.entries.map((e) => e.accountId))).toEqual([['w1', 'w2'], ['b1']]);
  });

  it('shortlist(…, { minPosts: 5 }) excludes accounts under the minimum and fills the list from below', () => {
    const [r] = shortlist([c('a', 9, { posts: 4 }), c('b', 8, { posts: 5 }), c('c', 7)], { topN: 2, minPosts: 5 });
    expect(r!.entries.map((e) => e.accountId)).toEqual(['b', 'c']);
    expect(r!.excluded.map((x) => [x.candidate.accountId, x.reason, x.detail])).toEqual([['a', 'min-posts', '发文 4 篇，少于 5 篇']]);
  });

  it('shortlist(…) lists only exclusions that would have made the list, and not null scores', () => {
    const [r] = shortlist([c('a', 9), c('b', 8), c('x', 1, { verdict: 'fail' }), c('z', null)], { topN: 2 });
    expect(r!.entries.map((e) => e.accountId)).toEqual(['a', 'b']);
    expect(r!.excluded).toEqual([]);
  });

  it("shortlist(…, { ties: 'expand' }) reports an excluded account tied at the cut, which expansion would have listed", () => {
    const [r] = shortlist([c('a', 9), c('b', 8), c('c', 8, { tier: 'stale' }), c('d', 7)], { topN: 2, ties: 'expand' });
    expect(r!.entries.map((e) => e.accountId)).toEqual(['a', 'b']);
    expect(r!.excluded.map((x) => [x.candidate.accountId, x.reason, x.detail])).toEqual([['c', 'inactive', '活跃度：两周内未更新']]);
  });

  it("shortlist(…, { ties: 'break', tieBreak: 'accountId' }) breaks the tie by account id, stated", () => {
    const [r] = shortlist([c('a', 9), c('c', 8, { posts: 30 }), c('b', 8, { posts: 3 })], { topN: 2, ties: 'break', tieBreak: 'accountId' });
    expect(r!.entries.map((e) => e.accountId)).toEqual(['a', 'b']);
    expect(r!.excluded.map((x) => [x.candidate.accountId, x.reason])).toEqual([['c', 'tie-break']]);
    expect(r!.cutRule).toBe('第 2 名并列时按账号ID取舍，取满 2 个为止');
  });

  it('shortlist(…, { excludeFailed: false, excludeTiers: [] }) keeps failed and inactive accounts when told to', () => {
    const [r] = shortlist([c('a', 9, { verdict: 'fail' }), c('b', 8, { tier: 'zombie' })], { topN: 2, excludeFailed: false, excludeTiers: [] });
    expect(r!.entries.map((e) => e.accountId)).toEqual(['a', 'b']);
  });

  it('shortlist(…, { topN: 0 }) throws RangeError naming shortlist', () => expect(() => shortlist([], { topN: 0 })).toThrow(/^shortlist: topN must/));

  it('shortlist(bad scores) throws TypeError naming the candidate', () => expect(() => shortlist([{ accountId: '', score: 1 }])).toThrow(/^shortlist: scores\[0\]/));

  it('shortlist size never exceeds n except by stated tie expansion', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ score: fc.integer({ min: 0, max: 6 }), unit: fc.constantFrom('x', 'y', 'z', 'w'), kind: fc.constantFrom('unit', 'personal') }), { maxLength: 30 }), fc.integer({ min: 1, max: 5 }), fc.constantFrom<'expand' | 'break'>('expand', 'break'), (rows, n, ties) => {
        const cands = rows.map((r, i) => c(`a${i}`, r.score, { unit: r.unit, kind: r.kind as 'unit' }));
        for (const r of shortlist(cands, { topN: n, ties, categories: [{ id: 'u', kind: 'unit' }, { id: 'p', kind: 'personal' }] })) {
          const strict = r.entries.filter((e) => !e.tieExpanded);
          expect(strict.length).toBeLessThanOrEqual(n);
          if (ties === 'break') expect(r.entries.length).toBeLessThanOrEqual(n);
          for (const e of r.entries.filter((x) => x.tieExpanded)) expect(e.score).toBe(strict[strict.length - 1]!.score);
        }
      }),
    );
  });
});

describe('awardScores(inputs, { preset })', () => {
  it("awardScores(…, { preset: 'shandong2015' }) is 0.3 expert + 0.3 vote-rank points + 0.4 data-rank points", () => {
    const r = awardScores([{ accountId: 'a', dataRank: 1, expertScore: 90, voteCount: 500 }, { accountId: 'b', dataRank: 2, expertScore: 95, voteCount: 800 }], { preset: 'shandong2015' });
    // a: 0.4·100 + 0.3·90 + 0.3·99 = 96.7; b: 0.4·99 + 0.3·95 + 0.3·100 = 98.1
    expect(r.map((x) => [x.accountId, +x.total.toFixed(6), x.place])).toEqual([['b', 98.1, 1], ['a', 96.7, 2]]);
  });
  it("awardScores(…, { preset: 'hubei2023' }) keeps the data top 20 and weighs experts 70%, vote 30%", () => {
    const inputs = Array.from({ length: 25 }, (_, i) => ({ accountId: `a${i}`, dataScore: 100 - i, expertScore: 60 + i, voteScore: 50 }));
    const r = awardScores(inputs, { preset: 'hubei2023' });
    expect(r.length).toBe(20);
    expect(r[0]!.accountId).toBe('a19');
    expect(r[0]!.total).toBeCloseTo(0.7 * 79 + 0.3 * 50, 12);
  });
  it('rankPoints(place) is 100 for first, one less per place, never below 0 (Shandong 2015)', () => {
    expect([rankPoints(1), rankPoints(2), rankPoints(2.5), rankPoints(100), rankPoints(101), rankPoints(500)]).toEqual([100, 99, 98.5, 1, 0, 0]);
    expect(() => rankPoints(0)).toThrow(/^rankPoints: place/);
  });
  it("awardScores(…, { preset: 'shandong2015' }) gives vote ties the same rank points (competition ranks)", () => {
    const r = awardScores([{ accountId: 'a', dataRank: 1, expertScore: 80, voteCount: 10 }, { accountId: 'b', dataRank: 3, expertScore: 80, voteCount: 10 }, { accountId: 'c', dataRank: 2, expertScore: 80, voteCount: 20 }], { preset: 'shandong2015' });
    // votes: c 1st (100), a and b tied 2nd (99 each); data points a 100, c 99, b 98.
    // Totals: a 40 + 24 + 29.7 = 93.7, c 39.6 + 24 + 30 = 93.6, b 39.2 + 24 + 29.7 = 92.9.
    expect(r.map((x) => [x.accountId, x.components.vote, x.components.data])).toEqual([['a', 99, 100], ['c', 100, 99], ['b', 99, 98]]);
    expect(r.map((x) => +x.total.toFixed(6))).toEqual([93.7, 93.6, 92.9]);
  });
  it('combinePlatformScores(scores) weighs WeChat 40%, Weibo, Douyin and other 20% (Hubei)', () =>
    expect(combinePlatformScores([{ platform: 'wechat', score: 800 }, { platform: 'weibo', score: 600 }, { platform: 'toutiao', score: 100 }])).toBeCloseTo(0.4 * 800 + 0.2 * 600 + 0.2 * 100, 12));
  it('combinePlatformScores(scores) counts the best account per platform and no score as absent', () =>
    expect(combinePlatformScores([{ platform: 'wechat', score: 500 }, { platform: 'wechat', score: 700 }, { platform: 'douyin', score: null }])).toBeCloseTo(0.4 * 700, 12));
});
