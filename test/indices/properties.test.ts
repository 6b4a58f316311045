import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aggregateByAccount, defineIndex, INDEX_CATALOG, PostsTable, scoreAccounts, wci, type Post, type WciVersion } from '../../src/index.js';
import { WCI_VERSIONS } from '../../src/indices/wci.js';

const versions = Object.keys(WCI_VERSIONS) as WciVersion[];
const metric = fc.integer({ min: 0, max: 1_000_000 });

/** Random consistent WCI stats: headline ≤ total, max ≤ total. */
const statsArb = fc
  .record({ days: fc.integer({ min: 1, max: 365 }), articles: fc.integer({ min: 1, max: 500 }), reads: metric, looks: metric, likes: metric, shares: metric, h: fc.double({ min: 0, max: 1, noNaN: true }), m: fc.double({ min: 0, max: 1, noNaN: true }) })
  .map(({ h, m, ...s }) => ({
    ...s,
    headlineReads: Math.floor(s.reads * h), headlineLooks: Math.floor(s.looks * h), headlineLikes: Math.floor(s.likes * h), headlineShares: Math.floor(s.shares * h),
    maxReads: Math.floor(s.reads * m), maxLooks: Math.floor(s.looks * m), maxLikes: Math.floor(s.likes * m), maxShares: Math.floor(s.shares * m),
  }));

describe('wci properties', () => {
  it('wci(stats) is non-decreasing in every metric, for every version', () => {
    fc.assert(
      fc.property(statsArb, fc.constantFrom(...versions), fc.constantFrom('reads', 'looks', 'likes', 'shares', 'headlineReads', 'headlineLooks', 'headlineLikes', 'headlineShares', 'maxReads', 'maxLooks', 'maxLikes', 'maxShares'), fc.integer({ min: 1, max: 10000 }), (s, version, field, bump) => {
        const before = wci(s, { version }).value!;
        const after = wci({ ...s, [field]: (s as Record<string, number>)[field]! + bump }, { version }).value!;
        expect(after).toBeGreaterThanOrEqual(before);
      }),
    );
  });

  it('wci(stats) is ≥ 0 and finite, and its contributions add up to the pre-transform sum', () => {
    fc.assert(
      fc.property(statsArb, fc.constantFrom(...versions), (s, version) => {
        const r = wci(s, { version });
        expect(Number.isFinite(r.value!)).toBe(true);
        expect(r.value!).toBeGreaterThanOrEqual(0);
        const total = Object.values(r.dimensions).reduce((a, d) => a + d.contribution, 0);
        expect(Math.abs(total - r.sum)).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(r.sum)));
      }),
    );
  });
});

const postArb = fc.record({
  accountId: fc.constantFrom('a', 'b', 'c', 'd'),
  publishedAt: fc.integer({ min: Date.UTC(2024, 2, 1) - 8 * 3600e3, max: Date.UTC(2024, 2, 31) - 8 * 3600e3 }).map((t) => new Date(t)),
  reads: fc.integer({ min: 0, max: 100001 }),
  looks: fc.integer({ min: 0, max: 500 }),
  likes: fc.integer({ min: 0, max: 2000 }),
  shares: fc.integer({ min: 0, max: 800 }),
  position: fc.integer({ min: 1, max: 4 }),
}) as fc.Arbitrary<Post>;

describe('scoreAccounts properties', () => {
  const period = { start: Date.UTC(2024, 2, 1) - 8 * 3600e3, end: Date.UTC(2024, 3, 1) - 8 * 3600e3, days: 30 };
  const byId = (t: PostsTable, version: WciVersion) => new Map(scoreAccounts(t, { index: `wci-${version}`, period }).map((r) => [r.accountId, r.value]));

  it('scoreAccounts(table) is invariant to post order and account order', () => {
    // A random permutation of the posts also permutes the account dictionary (first-seen order).
    const postsAndOrder = fc.array(postArb, { minLength: 1, maxLength: 60 }).chain((posts) =>
      fc.tuple(fc.constant(posts), fc.shuffledSubarray(posts.map((_, i) => i), { minLength: posts.length, maxLength: posts.length })));
    fc.assert(
      fc.property(postsAndOrder, fc.constantFrom(...versions), ([posts, order], version) => {
        const a = byId(PostsTable.fromPosts(posts), version);
        const b = byId(PostsTable.fromPosts(order.map((i) => posts[i]!)), version);
        expect(b.size).toBe(a.size);
        for (const [id, v] of a) expect(Math.abs(b.get(id)! - v!)).toBeLessThanOrEqual(1e-9 * Math.max(1, v!));
      }),
    );
  });

  const scorable = Object.values(INDEX_CATALOG).filter((d) => d.family === 'wci' || d.id === 'bci-4var');

  it('scoreAccounts(table) is non-decreasing in reads, looks, likes and shares of any post, for every table-scorable index', () => {
    fc.assert(
      fc.property(fc.array(postArb, { minLength: 1, maxLength: 30 }), fc.nat(), fc.constantFrom('reads', 'looks', 'likes', 'shares'), fc.integer({ min: 1, max: 50000 }), fc.constantFrom(...scorable), (posts, pick, field, bump, def) => {
          const j = pick % posts.length;
          const bumped = posts.map((p, i) => (i === j ? { ...p, [field]: (p[field as 'reads'] ?? 0) + bump } : p));
          const before = new Map(scoreAccounts(PostsTable.fromPosts(posts), { index: def, period }).map((r) => [r.accountId, r.value!]));
          for (const r of scoreAccounts(PostsTable.fromPosts(bumped), { index: def, period }))
            expect(r.value!).toBeGreaterThanOrEqual(before.get(r.accountId)!);
        }),
    );
  });

  it('scoreAccounts(table) gives 0 to an account with posts but zero reads, looks, likes and shares (every WCI version)', () => {
    fc.assert(
      fc.property(fc.array(postArb, { minLength: 1, maxLength: 30 }), fc.constantFrom(...versions), (posts, version) => {
        const silent = posts.map((p) => ({ ...p, reads: 0, looks: 0, likes: 0, shares: 0 }));
        for (const r of scoreAccounts(PostsTable.fromPosts(silent), { index: `wci-${version}`, period })) expect(r.value).toBe(0);
      }),
    );
  });

  // An office's own index that also uses nt (pushes) and per-push averages.
  const withPushes = defineIndex({ id: 'own-pushes', name: 'own', requires: 'articles', dimensions: [
    { key: 'T', weight: 0.5, terms: [{ field: 'pushes', weight: 1 }, { field: 'headlineReads', divideBy: 'pushes', weight: 1 }] },
    { key: 'S', weight: 0.5, terms: [{ field: 'shares', divideBy: 'days', weight: 1, scale: 10 }, { field: 'maxComments', weight: 1 }] },
  ] });

  it('scoreAccounts(table) (fused kernel) equals scoreAccounts(table, { aggregates }) (aggregateByAccount path), explanation included', () => {
    fc.assert(
      fc.property(fc.array(postArb, { minLength: 1, maxLength: 40 }), fc.constantFrom(...scorable, withPushes), fc.boolean(), (posts, def, roundAverages) => {
        const table = PostsTable.fromPosts(posts);
        const fused = scoreAccounts(table, { index: def, period, roundAverages });
        const viaAgg = scoreAccounts(table, { index: def, period, roundAverages, aggregates: aggregateByAccount(table, { period }) });
        expect(fused).toEqual(viaAgg);
        for (const r of fused) {
          const total = Object.values(r.dimensions).reduce((a, d) => a + d.contribution, 0);
          expect(Math.abs(total - r.sum)).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(r.sum)));
        }
      }),
    );
  });

  it('scoreAccounts(table) equals wci() on hand-aggregated stats', () => {
    fc.assert(
      fc.property(fc.array(postArb, { minLength: 1, maxLength: 40 }), (posts) => {
        const got = byId(PostsTable.fromPosts(posts), '14.2');
        for (const id of new Set(posts.map((p) => p.accountId))) {
          const mine = posts.filter((p) => p.accountId === id);
          const sum = (f: (p: Post) => number) => mine.reduce((s, p) => s + f(p), 0);
          const max = (f: (p: Post) => number) => Math.max(...mine.map(f));
          const head = mine.filter((p) => p.position === 1);
          const hs = (f: (p: Post) => number) => head.reduce((s, p) => s + f(p), 0);
          const expected = wci({
            days: 30, articles: mine.length, pushes: head.length,
            reads: sum((p) => p.reads!), looks: sum((p) => p.looks!), likes: sum((p) => p.likes!),
            headlineReads: hs((p) => p.reads!), headlineLooks: hs((p) => p.looks!), headlineLikes: hs((p) => p.likes!),
            maxReads: max((p) => p.reads!), maxLooks: max((p) => p.looks!), maxLikes: max((p) => p.likes!),
          }).value!;
          expect(Math.abs(got.get(id)! - expected)).toBeLessThanOrEqual(1e-9 * Math.max(1, expected));
        }
      }),
    );
  });

  it('scoreAccounts(table, { period }) gives null to an account with no post in the period', () => {
    const t = PostsTable.fromPosts([
      { accountId: 'in', publishedAt: new Date(period.start + 1000), reads: 10 },
      { accountId: 'out', publishedAt: new Date(period.end + 1000), reads: 10 },
    ]);
    const r = scoreAccounts(t, { index: 'wci-14.2', period });
    expect(r.find((x) => x.accountId === 'out')!.value).toBeNull();
    expect(r.find((x) => x.accountId === 'in')!.value).toBeGreaterThan(0);
  });

  it("scoreAccounts(table, { index: 'bci-7var' }) throws IndexInputError when a post does not state its originality", () => {
    const t = PostsTable.fromPosts([{ accountId: 'w', publishedAt: new Date(period.start + 1000), shares: 3 }]);
    expect(() => scoreAccounts(t, { index: 'bci-7var', period })).toThrow(/^scoreAccounts: index bci-7var counts original posts, but 1 account\(s\) have posts whose originality/);
  });
});
