import { describe, expect, it } from 'vitest';
import { customPeriod, monthPeriod, parseChinaTime, parsePeriod, weekPeriod, yearPeriod } from '../../src/index.js';
import { chinaDate, chinaDayNumber } from '../../src/model/time.js';

describe('periods (SPEC §2)', () => {
  it('monthPeriod(2024, 3) has d = 30 (provider convention), 31 real days with dayCount real', () => {
    expect(monthPeriod(2024, 3).days).toBe(30);
    expect(monthPeriod(2024, 3, { dayCount: 'real' }).days).toBe(31);
    expect(monthPeriod(2024, 2, { dayCount: 'real' }).days).toBe(29);
    expect(monthPeriod(2023, 2, { dayCount: 'real' }).days).toBe(28);
    expect(monthPeriod(2023, 2).days).toBe(30);
  });
  it('weekPeriod has 7 days and a configurable start (Monday default, Sunday as the providers used)', () => {
    expect(weekPeriod('2024-03-06').label).toBe('2024-03-04~2024-03-10');
    expect(weekPeriod('2024-03-06', { weekStartsOn: 0 }).label).toBe('2024-03-03~2024-03-09');
    expect(weekPeriod('2024-03-06').days).toBe(7);
  });
  it('yearPeriod(2024) has d = 365 even in a leap year; real days 366', () => {
    expect(yearPeriod(2024).days).toBe(365);
    expect(yearPeriod(2024, { dayCount: 'real' }).days).toBe(366);
  });
  it("customPeriod('2024-01-01', '2024-03-31') counts real days, both ends inclusive: 91", () => expect(customPeriod('2024-01-01', '2024-03-31').days).toBe(91));
  it('month bounds are China midnights: 2024-03 starts at 2024-02-29T16:00Z', () => {
    const p = monthPeriod(2024, 3);
    expect(new Date(p.start).toISOString()).toBe('2024-02-29T16:00:00.000Z');
    expect(new Date(p.end).toISOString()).toBe('2024-03-31T16:00:00.000Z');
  });
  it('China-time bucketing at the day boundary: 23:59:59+08:00 and 00:00:00+08:00 fall on different days and periods', () => {
    const before = Date.parse('2024-03-31T23:59:59+08:00'), after = Date.parse('2024-04-01T00:00:00+08:00');
    expect(chinaDayNumber(after) - chinaDayNumber(before)).toBe(1);
    expect(chinaDate(before)).toBe('2024-03-31');
    expect(chinaDate(after)).toBe('2024-04-01');
    const march = monthPeriod(2024, 3);
    expect(before >= march.start && before < march.end).toBe(true);
    expect(after >= march.start && after < march.end).toBe(false);
    // The same instants are both 2024-03-31 in UTC: UTC bucketing would be wrong.
    expect(new Date(after).toISOString().slice(0, 10)).toBe('2024-03-31');
  });
  it('parsePeriod reads 2024, 2024-03, 2024-W10 and custom ranges; rejects nonsense with RangeError', () => {
    expect(parsePeriod('2024').kind).toBe('year');
    expect(parsePeriod('2024-03').label).toBe('2024-03');
    expect(parsePeriod('2024-W10').label).toBe('2024-03-04~2024-03-10');
    expect(parsePeriod('2024-03-01~2024-03-07').days).toBe(7);
    expect(() => parsePeriod('last week')).toThrow(/^parsePeriod: cannot read period/);
    expect(() => monthPeriod(2024, 13)).toThrow(RangeError);
    expect(() => customPeriod('2024-03-02', '2024-03-01')).toThrow(/before first day/);
  });
  it('parseChinaTime reads timestamps without an offset as UTC+08:00, and rejects impossible dates', () => {
    expect(parseChinaTime('2024-03-01 08:30:00')).toBe(Date.parse('2024-03-01T00:30:00Z'));
    expect(parseChinaTime('2024/3/1 8:30')).toBe(Date.parse('2024-03-01T00:30:00Z'));
    expect(parseChinaTime('2024年3月1日 08:30')).toBe(Date.parse('2024-03-01T00:30:00Z'));
    expect(parseChinaTime('2024-03-01T08:30:00Z')).toBe(Date.parse('2024-03-01T08:30:00Z'));
    expect(parseChinaTime('2024-03-01T08:30:00.5-05:00')).toBe(Date.parse('2024-03-01T13:30:00.500Z'));
    expect(parseChinaTime('2024-02-30')).toBeNull();
    expect(parseChinaTime('yesterday')).toBeNull();
  });
});
