import { describe, expect, it } from 'vitest';
import {
  aggregateByAccount, aggregateOf, customPeriod, mergeAggregates, monthPeriod, parsePeriod, PostsTable, PostsTableBuilder, weekPeriod,
} from '../../src/index.js';

describe('PostsTableBuilder', () => {
  it('pushValues + setString + accountIndexOf build the same table as push(post)', () => {
    const b = new PostsTableBuilder();
    const k = b.accountIndexOf('B');
    expect(b.accountIndexOf('B')).toBe(k);
    const i = b.pushValues(k, Date.UTC(2024, 2, 1), 10, NaN, 2, NaN, 0, 1, 0);
    b.setString('titles', i, '标题');
    b.setString('texts', i, undefined);
    const t = b.build();
    expect(t.row(0)).toEqual({ accountId: 'B', publishedAt: new Date(Date.UTC(2024, 2, 1)), reads: 10, likes: 2, comments: 0, position: 1, isOriginal: false, title: '标题' });
    expect(t.texts).toBeUndefined();
    expect(PostsTable.fromPosts([t.row(0)]).row(0)).toEqual(t.row(0));
  });
  it('unknown position and original flag stay unknown in the row', () => {
    const t = PostsTable.fromPosts([{ accountId: 'a', publishedAt: new Date(0) }]);
    expect(t.position[0]).toBe(0);
    expect(t.original[0]).toBe(2);
    expect(t.row(0)).toEqual({ accountId: 'a', publishedAt: new Date(0) });
    expect(t.accountIndex('a')).toBe(0);
    expect(t.accountIndex('zz')).toBeUndefined();
  });
});

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

describe('periods: day counts and parsing', () => {
  it('customPeriod counts real days across February: 29 in 2024, 28 in 2023; one day = 1', () => {
    expect(customPeriod('2024-02-01', '2024-02-29').days).toBe(29);
    expect(customPeriod('2023-02-01', '2023-02-28').days).toBe(28);
    expect(customPeriod('2024-03-01 23:59:59', '2024-03-01 00:00:00').days).toBe(1);
  });
  it("parsePeriod('2024-03', { dayCount: 'real' }) has 31 days; '2024-02' 30 by default", () => {
    expect(parsePeriod('2024-03', { dayCount: 'real' }).days).toBe(31);
    expect(parsePeriod('2024-02').days).toBe(30);
    expect(parsePeriod('2024-03-01..2024-03-31').days).toBe(31);
    expect(parsePeriod(' 2024 ').days).toBe(365);
  });
  it('parsePeriod weeks: 2024-W01 starts Monday 2024-01-01; week 0 and 54 are errors', () => {
    expect(parsePeriod('2024-W01').label).toBe('2024-01-01~2024-01-07');
    expect(parsePeriod('2024-W1').days).toBe(7);
    expect(() => parsePeriod('2024-W00')).toThrow(/^parsePeriod: bad week number/);
    expect(() => parsePeriod('2024-W54')).toThrow(RangeError);
  });
  it('bad options and dates throw RangeError naming the function', () => {
    expect(() => weekPeriod('2024-03-06', { weekStartsOn: 7 as 0 })).toThrow(/weekStartsOn must be an integer 0..6/);
    expect(() => monthPeriod(2024, 3, { dayCount: 'calendar' as 'real' })).toThrow(RangeError);
    expect(() => weekPeriod('not a date')).toThrow(/^weekPeriod: date is not a date\/time/);
    expect(() => parsePeriod('2024-02-30~2024-03-01')).toThrow(/^customPeriod: first is not a date\/time/);
    expect(() => parsePeriod('2024-00')).toThrow(/^monthPeriod: bad year\/month/);
  });
});
