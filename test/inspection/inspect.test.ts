import { describe, expect, it } from 'vitest';
import {
  countyScores, inspect, parseAccount, parseMessage, parseRegistryEntry, passRates, passRatesMarkdown, PostsTable, reconcileRegistry, stratifiedSample,
  type Account, type Platform,
} from '../../src/index.js';
import { seed004Sample } from './seed-004-dataset.js';

const D = 86400e3;
const check = Date.parse('2020-04-01T00:00:00+08:00');
const acc = (id: string, platform: Platform, extra: Partial<Account> = {}): Account =>
  parseAccount({ id, name: `账号${id}`, platform, unit: `单位${id}`, level: 'province', region: '省本级', channels: { messages: true, comments: true }, ...extra });

describe('inspect(accounts, posts, messages, registry, { at })', () => {
  it('fails a stale account with the date of its last post as evidence, and passes a fresh one', () => {
    const t = PostsTable.fromPosts([
      { accountId: 'fresh', publishedAt: new Date(check - 2 * D) },
      { accountId: 'stale', publishedAt: new Date(check - 15 * D) },
    ]);
    const [fresh, stale] = inspect([acc('fresh', 'wechat'), acc('stale', 'weibo')], t, [], [], { at: check });
    expect(fresh!.verdict).toBe('pass');
    expect(stale!.verdictZh).toBe('不合格');
    expect(stale!.reasons.map((r) => r.rule)).toEqual(['veto.stale']);
    expect(stale!.reasons[0]!.evidence).toContain('2020-03-17');
  });

  it('vetoes no working channel, and the incident and fraud flags, each with its reason', () => {
    const t = PostsTable.fromPosts(['a', 'b', 'c'].map((id) => ({ accountId: id, publishedAt: new Date(check - D) })));
    const vs = inspect(
      [acc('a', 'wechat', { channels: { messages: false, comments: false, consultation: false } }), acc('b', 'weibo', { flags: { incident: true } }), acc('c', 'app', { flags: { fraud: true } })],
      t, [], [], { at: check },
    );
    expect(vs.map((v) => v.reasons.map((r) => r.rule))).toEqual([['veto.channel'], ['veto.incident'], ['veto.fraud']]);
  });

  it('lists a sudden follower jump as a candidate, never a verdict', () => {
    const t = PostsTable.fromPosts([{ accountId: 'j', publishedAt: new Date(check - D) }]);
    const [v] = inspect([acc('j', 'weibo', { followerHistory: [[new Date(check - 20 * D), 1000], [new Date(check - 18 * D), 9000]] })], t, [], [], { at: check });
    expect(v!.verdict).toBe('pass');
    expect(v!.candidates.map((c) => c.kind)).toEqual(['follower-jump']);
  });

  it('applies local rules and a deduction sheet; a vetoed account sets its county to 59', () => {
    const posts = [0, 12, 13, 25].map((d) => ({ accountId: 'x', publishedAt: new Date(check - 30 * D + d * D + 3600e3), isOriginal: false }));
    const t = PostsTable.fromPosts(posts);
    const [v] = inspect([acc('x', 'wechat')], t, [], [], {
      at: check, cadence: { maxGapDays: 10 }, minOriginalPerMonth: 1,
      deductions: { items: [{ id: 'gap', label: '更新不及时', count: (c) => Math.floor(c.longestGapDays / 7), pointsEach: 50, cap: 45 }] },
    });
    expect(v!.reasons.map((r) => r.rule)).toEqual(['local.cadence', 'local.original', 'local.score']);
    expect(v!.score).toBe(55);
    expect(countyScores([v!]).get('省本级')).toBe(55);
    const stale = inspect([acc('y', 'weibo')], PostsTable.fromPosts([]), [], [], { at: check });
    expect(countyScores([v!, ...stale]).get('省本级')).toBe(59);
  });
});

describe('passRates(verdicts) — seed 004 reconstruction', () => {
  // The dataset (seed 004's published counts) lives in seed-004-dataset.ts, shared with the 通报 test.
  const { accounts, posts } = seed004Sample(acc);
  const verdicts = inspect(accounts, PostsTable.fromPosts(posts), [], [], { at: check });
  const report = passRates(verdicts);

  it('reproduces the published per-platform pass rates (rounded half up to 0.1%)', () => {
    const by = Object.fromEntries(report.byPlatform.map((r) => [r.group, r.ratePercent]));
    expect(by).toEqual({ wechat: 95.5, weibo: 85.5, app: 64.3, other: 75 });
  });
  it('reproduces the overall 90% and the host-level rates 85.5% and 92.3%', () => {
    expect(report.overall).toMatchObject({ checked: 219, passed: 197, ratePercent: 90 });
    expect(Object.fromEntries(report.byLevel.map((r) => [r.group, [r.checked, r.ratePercent]]))).toEqual({ province: [76, 85.5], city: [143, 92.3] });
  });
  it('prints the report and its annex as Markdown', () => {
    const md = passRatesMarkdown(report);
    expect(md).toContain('总体合格率为 90%');
    expect(md).toContain('| 微信 | 132 | 126 | 6 | 95.5% |');
    expect(md.split('\n').filter((l) => l.includes('监测时间点前2周内无更新')).length).toBe(22);
  });
});

describe('stratifiedSample(accounts, { share, seed })', () => {
  const population = Array.from({ length: 200 }, (_, i) => ({ id: i, platform: i % 4 === 0 ? 'weibo' : 'wechat', level: i % 3 === 0 ? 'city' : 'county' }));
  it('is reproducible from the seed and proportional by platform × level', () => {
    const a = stratifiedSample(population, { share: 0.25, seed: 7 });
    expect(stratifiedSample(population, { share: 0.25, seed: 7 })).toEqual(a);
    expect(a.length).toBe(50);
    expect(new Set(a.map((x) => x.id)).size).toBe(50);
    const weibo = a.filter((x) => x.platform === 'weibo').length;
    // Largest-remainder allocation per platform × level stratum: within one of the exact share.
    expect(Math.abs(weibo - 0.25 * population.filter((x) => x.platform === 'weibo').length)).toBeLessThanOrEqual(1);
    expect(stratifiedSample(population, { share: 0.25, seed: 8 })).not.toEqual(a);
  });
  it('throws RangeError without a valid size or share', () => expect(() => stratifiedSample(population, { size: 500 })).toThrow(/^stratifiedSample:/));
});

describe('bad inputs name the record', () => {
  it('parseMessage rejects a reply before receipt, naming repliedAt', () =>
    expect(() => parseMessage({ accountId: 'a', receivedAt: '2024-03-02 10:00', repliedAt: '2024-03-01 10:00' })).toThrow(/repliedAt.*回复时间早于收到时间/));
  it('parseAccount rejects an unknown platform, naming the field', () =>
    expect(() => parseAccount({ id: 'a', name: 'n', platform: 'myspace', unit: 'u', level: 'city' })).toThrow(/platform/));
  it('reconcileRegistry rejects a registry date in the future, naming the entry', () => {
    const e = parseRegistryEntry({ accountId: 'a', unit: 'u', platform: 'wechat', filedAt: '2030-01-01' });
    expect(() => reconcileRegistry([], [e], PostsTable.fromPosts([]), { at: check })).toThrow(/registry entry 1 \(account a\): filedAt/);
  });
});

describe('reconcileRegistry(accounts, registry, posts, { at })', () => {
  it('finds every kind of anomaly', () => {
    const accounts = [acc('a', 'wechat', { unit: 'U' }), acc('b', 'wechat', { unit: 'U' }), acc('c', 'weibo')];
    const registry = [
      parseRegistryEntry({ accountId: 'a', unit: 'U', platform: 'wechat', filedAt: '2020-01-10', status: 'closed', changes: [{ event: 'closed', at: '2020-02-01' }] }),
      parseRegistryEntry({ accountId: 'b', unit: 'U', platform: 'wechat', filedAt: '2020-02-20', status: 'changed', changes: [{ event: 'changed', at: '2020-02-10' }] }),
      parseRegistryEntry({ accountId: 'gone', unit: 'V', platform: 'douyin', filedAt: '2019-05-01' }),
    ];
    const t = PostsTable.fromPosts([{ accountId: 'a', publishedAt: new Date('2020-03-01T10:00:00+08:00') }, { accountId: 'c', publishedAt: new Date('2020-03-01T10:00:00+08:00') }]);
    const kinds = reconcileRegistry(accounts, registry, t, { at: check, filingDeadline: 'linyi' }).map((f) => `${f.kind}:${f.accountIds.join('+')}`);
    expect(kinds.sort()).toEqual(['closed-but-posting:a', 'late-filing:b', 'posting-not-registered:c', 'registered-not-seen:gone', 'several-accounts-one-platform:a+b']);
  });
});
