import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ACCOUNT_FIELDS, accountRanges, accumulateAccountFields, aggregateByAccount, clusterByAccount, evaluateIndex, INDEX_CATALOG, IndexInputError, indexInputsOf, PostsTable, scoreAccounts, type Account, type AccountField, type Post } from '../../src/index.js';
import { AGGREGATE_FIELDS } from '../../src/stats/aggregate.js';

const DAY = 86_400_000;
const T0 = Date.UTC(2024, 0, 1) - 8 * 3600_000;
const count = (max: number) => fc.oneof(fc.integer({ min: 0, max }), fc.constant(undefined));

/** Random tables: skewed account choice (a few accounts post a lot), times over 90 days, some missing metrics. */
const tableArb = fc.record({
  accounts: fc.integer({ min: 1, max: 12 }),
  skew: fc.double({ min: 0, max: 3, noNaN: true }),
  rows: fc.array(fc.record({
    u: fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }),
    t: fc.integer({ min: 0, max: 90 * DAY }),
    reads: count(100_001), looks: count(500), likes: count(3000), shares: count(800), comments: count(300),
    position: fc.integer({ min: 0, max: 4 }), original: fc.constantFrom(true, false),
  }), { minLength: 0, maxLength: 120 }),
}).map(({ accounts, skew, rows }) => rows.map((r): Post => {
  const p: Post = { accountId: `acc${Math.floor(r.u ** (1 + skew) * accounts)}`, publishedAt: new Date(T0 + r.t), isOriginal: r.original };
  for (const m of ['reads', 'looks', 'likes', 'shares', 'comments'] as const) if (r[m] !== undefined) p[m] = r[m];
  if (r.position > 0) p.position = r.position;
  return p;
}));
const periodArb = fc.tuple(fc.integer({ min: -5, max: 95 }), fc.integer({ min: 1, max: 60 })).map(([s, d]) => ({ start: T0 + s * DAY, end: T0 + (s + d) * DAY, days: d }));

/** Naive per-account reference over the posts objects. */
function reference(posts: Post[], period: { start: number; end: number } | undefined, id: string): Record<string, number> {
  const ps = posts.filter((p) => p.accountId === id && (!period || (p.publishedAt.getTime() >= period.start && p.publishedAt.getTime() < period.end)));
  const o: Record<string, number> = { articles: ps.length, pushes: ps.filter((p) => p.position === 1).length, originals: ps.filter((p) => p.isOriginal === true).length, originalityUnknown: ps.filter((p) => p.isOriginal === undefined).length };
  for (const m of ['reads', 'looks', 'likes', 'shares', 'comments'] as const) {
    const C = m[0]!.toUpperCase() + m.slice(1);
    o[m] = ps.reduce((s, p) => s + (p[m] ?? 0), 0);
    o[`headline${C}`] = ps.filter((p) => p.position === 1).reduce((s, p) => s + (p[m] ?? 0), 0);
    o[`max${C}`] = ps.reduce((s, p) => Math.max(s, p[m] ?? 0), 0);
    o[`original${C}`] = ps.filter((p) => p.isOriginal === true).reduce((s, p) => s + (p[m] ?? 0), 0);
  }
  const ts = ps.map((p) => p.publishedAt.getTime());
  o.firstTime = ts.length ? Math.min(...ts) : Infinity;
  o.lastTime = ts.length ? Math.max(...ts) : -Infinity;
  o.activeDays = new Set(ts.map((t) => Math.floor((t + 8 * 3600_000) / DAY))).size;
  return o;
}

describe('clusterByAccount(table)', () => {
  it('groups posts by account, sorted by time within each account, and is cached per table', () => {
    fc.assert(fc.property(tableArb, (posts) => {
      const t = PostsTable.fromPosts(posts);
      const c = clusterByAccount(t);
      expect(clusterByAccount(t)).toBe(c);
      expect(c.offsets.length).toBe(t.accountIds.length + 1);
      expect(c.offsets[t.accountIds.length]).toBe(t.size);
      expect([...c.order].sort((a, b) => a - b)).toEqual(Array.from({ length: t.size }, (_, i) => i));
      for (let a = 0; a < c.accounts; a++)
        for (let p = c.offsets[a]!; p < c.offsets[a + 1]!; p++) {
          expect(t.account[c.order[p]!]).toBe(a);
          expect(c.time[p]).toBe(t.time[c.order[p]!]);
          expect(c.column('reads')[p]).toBe(t.reads[c.order[p]!]);
          if (p > c.offsets[a]!) {
            expect(c.time[p]!).toBeGreaterThanOrEqual(c.time[p - 1]!);
            if (c.time[p] === c.time[p - 1]) expect(c.order[p]!).toBeGreaterThan(c.order[p - 1]!); // ties keep row order
          }
        }
    }));
  });

  it('accountRanges(table, period) holds exactly each account\'s posts in the period', () => {
    fc.assert(fc.property(tableArb, periodArb, (posts, period) => {
      const t = PostsTable.fromPosts(posts);
      const { clustered, start, end } = accountRanges(t, period);
      for (let a = 0; a < clustered.accounts; a++) {
        const rows = [...clustered.order.subarray(start[a], end[a])].sort((x, y) => x - y);
        const want: number[] = [];
        for (let i = 0; i < t.size; i++) if (t.account[i] === a && t.time[i]! >= period.start && t.time[i]! < period.end) want.push(i);
        expect(rows).toEqual(want);
      }
    }));
  });
});

describe('accumulateAccountFields(table, { fields, period })', () => {
  it('equals a naive reference for every field of ACCOUNT_FIELDS, and aggregateByAccount on the fields both compute', () => {
    const all = ACCOUNT_FIELDS.map((f) => f.name);
    fc.assert(fc.property(tableArb, fc.option(periodArb, { nil: undefined }), (posts, period) => {
      const t = PostsTable.fromPosts(posts);
      const got = accumulateAccountFields(t, { fields: all, period });
      const agg = aggregateByAccount(t, period ? { period } : {});
      t.accountIds.forEach((id, a) => {
        const want = reference(posts, period, id);
        for (const f of all) expect(got.fields[f]![a], `${id}.${f}`).toBe(want[f]);
        for (const f of AGGREGATE_FIELDS) expect(got.fields[f]![a]).toBe(agg.fields[f][a]);
      });
    }));
  });

  it('throws RangeError naming an unknown field', () => {
    expect(() => accumulateAccountFields(PostsTable.fromPosts([]), { fields: ['bogus' as AccountField] })).toThrow(/^accumulateAccountFields: unknown field "bogus"/);
  });
});

/** Accounts with followers and a follower history around the test periods. */
const accountsOf = (t: PostsTable): Account[] => t.accountIds.map((id, k) => ({
  id, name: id, platform: 'douyin', unit: 'u', level: 'city', region: '', kind: 'unit', status: 'active', followers: 1000 * (k + 1),
  // A point every day from 10 days before T0 (some drops: fans gained may be negative, DCI counts it as 0).
  followerHistory: Array.from({ length: 120 }, (_, j): [Date, number] => [new Date(T0 + (j - 10) * DAY), 500 * (k + 1) + 37 * j * (j % 4 === 3 ? -1 : 1)]),
}));

describe('scoreAccounts: clustered pass = row-order pass = evaluateIndex on reference stats, for every index', () => {
  const scorable = Object.values(INDEX_CATALOG).filter((d) => { try { indexInputsOf(d); return true; } catch { return false; } });

  it('covers WCI, BCI 4var and 7var, DCI and BVCI', () => {
    const ids = scorable.map((d) => d.id);
    for (const id of ['wci-14.2', 'wci-2.0', 'bci-4var', 'bci-7var', 'dci', 'bvci-2.0']) expect(ids).toContain(id);
  });

  it('gives bit-identical values clustered and unclustered, equal to evaluateIndex on the reference stats', () => {
    fc.assert(fc.property(tableArb, periodArb, fc.constantFrom(...scorable), (posts, period, def) => {
      const t = PostsTable.fromPosts(posts);
      const accounts = accountsOf(t);
      const clustered = scoreAccounts(t, { index: def, period, accounts });
      const rowOrder = scoreAccounts(t, { index: def, period, accounts, clustered: false });
      expect(clustered).toEqual(rowOrder);
      const inputs = indexInputsOf(def);
      clustered.forEach((s, a) => {
        const ref = reference(posts, period, s.accountId);
        const acc = accounts[a]!;
        const stats: Record<string, number> = {};
        for (const [input, src] of inputs)
          stats[input] = src === 'days' ? period.days : src === 'followers' ? acc.followers! : src === 'followersGained' ? gained(acc, period) : ref[src]!;
        expect(s.value).toBe(evaluateIndex(def, stats).value);
      });
    }), { numRuns: 200 });
  });

  it('DCI without accounts, or with an account lacking followers, throws IndexInputError naming what is missing', () => {
    const t = PostsTable.fromPosts([{ accountId: 'dy', publishedAt: new Date(T0 + DAY), likes: 5 }]);
    const period = { start: T0, end: T0 + 30 * DAY, days: 30 };
    expect(() => scoreAccounts(t, { index: 'dci', period })).toThrow(IndexInputError);
    expect(() => scoreAccounts(t, { index: 'dci', period })).toThrow(/needs each account's followers and followersGained: pass options.accounts/);
    const acc: Account = { ...accountsOf(t)[0]!, followers: undefined };
    try { scoreAccounts(t, { index: 'dci', period, accounts: [acc] }); expect.unreachable(); } catch (e) {
      expect(e).toBeInstanceOf(IndexInputError);
      expect((e as IndexInputError).missing).toBe('followers');
      expect((e as IndexInputError).accountIds).toEqual(['dy']);
    }
    const noHistory: Account = { ...accountsOf(t)[0]!, followerHistory: undefined };
    expect(() => scoreAccounts(t, { index: 'bvci-2.0', period, accounts: [noHistory] })).toThrow(/fans gained over the period/);
  });
});

function gained(acc: Account, period: { start: number; end: number }): number {
  const h = acc.followerHistory!.map(([d, f]) => [d.getTime(), f] as const);
  const base = h.filter(([t]) => t <= period.start).at(-1)!, last = h.filter(([t]) => t <= period.end).at(-1)!;
  return last[1] - base[1];
}
