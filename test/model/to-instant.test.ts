import { describe, expect, it } from 'vitest';
import { activityTier, addWorkingDays, inspect, PostsTable, toInstant, weekPeriod } from '../../src/index.js';

describe('toInstant(date): the one DateArg resolver', () => {
  it('reads epoch ms, a Date, and a string as China time', () => {
    const ms = Date.parse('2024-09-30T16:00:00Z'); // 2024-10-01 00:00 China time
    expect(toInstant(ms)).toBe(ms);
    expect(toInstant(new Date(ms))).toBe(ms);
    expect(toInstant('2024-10-01')).toBe(ms);
    expect(toInstant('2024-10-01 08:30')).toBe(ms + 8.5 * 3_600_000);
    expect(toInstant('2024-10-01T00:00:00Z')).toBe(ms + 8 * 3_600_000);
  });
  it('throws RangeError for an invalid date and TypeError for a non-date, naming toInstant', () => {
    expect(() => toInstant('2024-02-30')).toThrow(RangeError);
    expect(() => toInstant('2024-02-30')).toThrow(/^toInstant: date is not a date\/time: "2024-02-30"/);
    expect(() => toInstant(new Date(Number.NaN))).toThrow(/^toInstant: date is an invalid Date/);
    expect(() => toInstant(Number.POSITIVE_INFINITY)).toThrow(RangeError);
    expect(() => toInstant(null as never)).toThrow(TypeError);
  });
  it('every public date argument goes through it: the three forms give the same result', () => {
    const forms = ['2024-03-06', new Date(toInstant('2024-03-06')), toInstant('2024-03-06')] as const;
    expect(new Set(forms.map((d) => weekPeriod(d).label)).size).toBe(1);
    expect(new Set(forms.map((d) => activityTier(toInstant('2024-03-01'), d))).size).toBe(1);
    expect(addWorkingDays(toInstant('2024-09-30'), 1)).toBe(toInstant('2024-10-08'));
    const table = PostsTable.fromPosts([{ accountId: 'a', publishedAt: new Date(toInstant('2024-09-29 10:00')) }]);
    const acc = [{ id: 'a', name: 'A', platform: 'wechat', level: 'city', region: '', unit: 'U', kind: 'unit' }] as never;
    const verdicts = forms.map((at) => inspect(acc, table, [], [], { at })[0]!.verdict);
    expect(new Set(verdicts).size).toBe(1);
    expect(() => inspect(acc, table, [], [], { at: 'soon' })).toThrow(/^inspect: at is not a date\/time/);
  });
});
