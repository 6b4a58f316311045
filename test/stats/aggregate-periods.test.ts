import { describe, expect, it } from 'vitest';
import { aggregateByAccount, aggregateOf, mergeAggregates, monthPeriod, PostsTable, weekPeriod } from '../../src/index.js';

describe('aggregateByAccount(table, { period })', () => {
  const before = new Date('2024-03-31T23:59:59+08:00'), after = new Date('2024-04-01T00:00:00+08:00');
  const table = PostsTable.fromPosts([
    { accountId: 'a', publishedAt: before, reads: 100, position: 1 },
    { accountId: 'a', publishedAt: after, reads: 7, position: 2 },
  ]);
  it('puts posts either side of China midnight into different months', () => {
    const march = aggregateOf(aggregateByAccount(table, { period: monthPeriod(2024, 3) }), 0);
    const april = aggregateOf(aggregateByAccount(table, { period: monthPeriod(2024, 4) }), 0);
    expect([march.articles, march.reads, march.headlineReads]).toEqual([1, 100, 100]);
    expect([april.articles, april.reads, april.headlineReads]).toEqual([1, 7, 0]);
  });
  it('puts them into different weeks when the week boundary falls there (Sunday start: 2024-03-31 is a Sunday)', () => {
    const w = weekPeriod(before, { weekStartsOn: 1 });
    expect(w.label).toBe('2024-03-25~2024-03-31');
    expect(aggregateOf(aggregateByAccount(table, { period: w }), 0).articles).toBe(1);
    const sundayWeek = weekPeriod(before, { weekStartsOn: 0 });
    expect(sundayWeek.label).toBe('2024-03-31~2024-04-06');
    expect(aggregateOf(aggregateByAccount(table, { period: sundayWeek }), 0).articles).toBe(2);
  });
  it('an account without posts in the period keeps its slot with zero articles', () => {
    const none = aggregateOf(aggregateByAccount(table, { period: monthPeriod(2024, 5) }), 0);
    expect(none.articles).toBe(0);
    expect(none.reads).toBe(0);
  });
  it('a missing metric adds nothing (it is not read as NaN)', () => {
    const t = PostsTable.fromPosts([{ accountId: 'a', publishedAt: before, reads: 5 }, { accountId: 'a', publishedAt: before }]);
    const g = aggregateOf(aggregateByAccount(t), 0);
    expect(g.reads).toBe(5);
    expect(g.likes).toBe(0);
  });
});

describe('mergeAggregates(a, b) with different dictionaries', () => {
  it('matches ids, not dictionary slots', () => {
    const d = new Date('2024-03-02T10:00:00+08:00');
    const left = aggregateByAccount(PostsTable.fromPosts([{ accountId: 'x', publishedAt: d, reads: 1 }, { accountId: 'y', publishedAt: d, reads: 10 }]));
    const right = aggregateByAccount(PostsTable.fromPosts([{ accountId: 'z', publishedAt: d, reads: 1000 }, { accountId: 'y', publishedAt: d, reads: 100 }]));
    const m = mergeAggregates(left, right);
    const byId = Object.fromEntries(m.accountIds.map((id, k) => [id, aggregateOf(m, k).reads]));
    expect(byId).toEqual({ x: 1, y: 110, z: 1000 });
  });
});
