import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aggregateByAccount, mergeAggregates, PostsTable, type Post } from '../../src/index.js';
import { AGGREGATE_FIELDS, aggregateOf } from '../../src/stats/aggregate.js';

const postArb: fc.Arbitrary<Post> = fc.record(
  {
    accountId: fc.constantFrom('a', 'b', 'c', 'd', 'e'),
    publishedAt: fc.integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2024, 11, 31) }).map((t) => new Date(t)),
    reads: fc.integer({ min: 0, max: 100001 }),
    looks: fc.integer({ min: 0, max: 900 }),
    likes: fc.integer({ min: 0, max: 5000 }),
    shares: fc.integer({ min: 0, max: 800 }),
    comments: fc.integer({ min: 0, max: 300 }),
    position: fc.integer({ min: 1, max: 5 }),
    isOriginal: fc.boolean(),
  },
  { requiredKeys: ['accountId', 'publishedAt'] },
);

/** Naive per-object aggregation: the reference the columnar pass must match. */
function naive(posts: readonly Post[], lo = -Infinity, hi = Infinity) {
  const out = new Map<string, Record<string, number>>();
  for (const p of posts) {
    const t = p.publishedAt.getTime();
    if (t < lo || t >= hi) continue;
    const o = out.get(p.accountId) ?? Object.fromEntries(AGGREGATE_FIELDS.map((f) => [f, f === 'firstTime' ? Infinity : f === 'lastTime' ? -Infinity : 0]));
    o.articles!++;
    if (p.isOriginal) o.originals!++;
    for (const m of ['reads', 'looks', 'likes', 'shares', 'comments'] as const) {
      const v = p[m] ?? 0, c = m[0]!.toUpperCase() + m.slice(1);
      o[m]! += v;
      o[`max${c}`] = Math.max(o[`max${c}`]!, v);
      if (p.position === 1) o[`headline${c}`]! += v;
    }
    if (p.position === 1) o.pushes!++;
    o.firstTime = Math.min(o.firstTime!, t);
    o.lastTime = Math.max(o.lastTime!, t);
    out.set(p.accountId, o);
  }
  return out;
}

describe('aggregateByAccount(table)', () => {
  it('equals a naive per-object aggregation on random posts', () => {
    fc.assert(
      fc.property(fc.array(postArb, { maxLength: 80 }), fc.integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2024, 11, 31) }), (posts, cut) => {
        const t = PostsTable.fromPosts(posts);
        for (const [lo, hi] of [[-Infinity, Infinity], [cut, cut + 90 * 86400e3]] as const) {
          const agg = aggregateByAccount(t, Number.isFinite(lo) ? { period: { start: lo, end: hi } } : {});
          const ref = naive(posts, lo, hi);
          agg.accountIds.forEach((id, k) => {
            const got = aggregateOf(agg, k);
            const want = ref.get(id);
            if (!want) expect(got.articles).toBe(0);
            else for (const f of AGGREGATE_FIELDS) expect(got[f]).toBe(want[f]);
          });
        }
      }),
    );
  });

  it('mergeAggregates(shard1, shard2) equals aggregating the whole table, whatever the split', () => {
    fc.assert(
      fc.property(fc.array(postArb, { maxLength: 80 }), fc.array(fc.boolean(), { minLength: 80, maxLength: 80 }), (posts, side) => {
        const left = posts.filter((_, i) => side[i]), right = posts.filter((_, i) => !side[i]);
        const merged = mergeAggregates(aggregateByAccount(PostsTable.fromPosts(left)), aggregateByAccount(PostsTable.fromPosts(right)));
        const whole = aggregateByAccount(PostsTable.fromPosts(posts));
        const byId = new Map(merged.accountIds.map((id, k) => [id, aggregateOf(merged, k)]));
        whole.accountIds.forEach((id, k) => expect(byId.get(id)).toEqual(aggregateOf(whole, k)));
        expect(merged.accountIds.length).toBe(whole.accountIds.length);
      }),
    );
  });
});
