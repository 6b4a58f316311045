import { describe, expect, it } from 'vitest';
import { parsePeriod } from '../../src/time/period.js';

const day = (s: string) => Date.parse(`${s}T00:00:00+08:00`);

describe('parsePeriod: the forms offices write', () => {
  it.each([
    ['2024-Q3', 'quarter', '2024-Q3', '2024-07-01', '2024-10-01', 92],
    ['2024q3', 'quarter', '2024-Q3', '2024-07-01', '2024-10-01', 92],
    ['2024年第3季度', 'quarter', '2024-Q3', '2024-07-01', '2024-10-01', 92],
    ['2024年1季度', 'quarter', '2024-Q1', '2024-01-01', '2024-04-01', 91],
    ['2024-H2', 'half', '2024-H2', '2024-07-01', '2025-01-01', 184],
    ['2024年上半年', 'half', '2024-H1', '2024-01-01', '2024-07-01', 182],
    ['2024年9月', 'month', '2024-09', '2024-09-01', '2024-10-01', 30],
    ['2024年09月', 'month', '2024-09', '2024-09-01', '2024-10-01', 30],
    ['2024/9', 'month', '2024-09', '2024-09-01', '2024-10-01', 30],
    ['2024年', 'year', '2024', '2024-01-01', '2025-01-01', 365],
    ['2024年第36周', 'week', '2024-09-02~2024-09-08', '2024-09-02', '2024-09-09', 7],
    ['2026-W53', 'week', '2026-12-28~2027-01-03', '2026-12-28', '2027-01-04', 7],
    ['2020-W53', 'week', '2020-12-28~2021-01-03', '2020-12-28', '2021-01-04', 7],
  ])('%s → %s %s', (spec, kind, label, start, end, days) => {
    expect(parsePeriod(spec)).toEqual({ kind, label, start: day(start), end: day(end), days });
  });

  it.each(['2024-W53', '2025-W53', '2023-W53'])('%s is refused: the year has 52 weeks', (spec) => {
    expect(() => parsePeriod(spec)).toThrow(new RegExp(`has no week 53 \\("${spec}"\\): its last week is 52`));
  });

  it.each([
    ['2024-Q5', /bad quarter/],
    ['2024-Q0', /bad quarter/],
    ['2024-13', /bad year\/month/],
    ['2024年13月', /bad year\/month/],
    ['2024-W00', /bad week number/],
    ['2024-02-30~2024-03-01', /not a date/],
    ['2024-09-30~2024-09-01', /last day 2024-09-01 is before first day 2024-09-30/],
    ['上季度', /cannot read period/],
  ])('%s is refused with a RangeError naming why', (spec, why) => {
    expect(() => parsePeriod(spec)).toThrow(RangeError);
    expect(() => parsePeriod(spec)).toThrow(why);
  });

  it('week 53 exists exactly in the years whose 1 January is a Thursday, or a Wednesday in a leap year (ISO 8601)', () => {
    for (let y = 2000; y <= 2040; y++) {
      const jan1 = new Date(Date.UTC(y, 0, 1)).getUTCDay();
      const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
      const has53 = jan1 === 4 || (leap && jan1 === 3);
      if (has53) expect(parsePeriod(`${y}-W53`).days).toBe(7);
      else expect(() => parsePeriod(`${y}-W53`)).toThrow(/has no week 53/);
    }
  });
});
