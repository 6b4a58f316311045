import { describe, expect, it } from 'vitest';
import { customPeriod, monthPeriod, parsePeriod, weekPeriod } from '../../src/index.js';

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
