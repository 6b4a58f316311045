import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addWorkingDays, addWorkingTime, countWorkingDays, createWorkingCalendar, isWorkingDay, workingMsBetween } from '../../src/index.js';
import { CHINA_HOLIDAYS } from '../../src/calendar/china-holidays.js';

// Known days per year, read from each year's State Council notice (cited in china-holidays.ts):
// [a holiday, a make-up working weekend day].
const KNOWN: Record<number, [string, string]> = {
  2019: ['2019-02-05', '2019-02-02'], 2020: ['2020-01-31', '2020-01-19'], 2021: ['2021-02-12', '2021-02-20'], 2022: ['2022-02-01', '2022-01-29'],
  2023: ['2023-01-23', '2023-01-28'], 2024: ['2024-02-12', '2024-02-04'], 2025: ['2025-01-29', '2025-01-26'], 2026: ['2026-02-17', '2026-02-14'],
};

describe('isWorkingDay(date)', () => {
  for (const [year, [holiday, makeUp]] of Object.entries(KNOWN)) {
    it(`isWorkingDay('${holiday}') is false and isWorkingDay('${makeUp}') (make-up weekend) is true — ${year}`, () => {
      expect(isWorkingDay(holiday)).toBe(false);
      expect(isWorkingDay(makeUp)).toBe(true);
      const wd = new Date(makeUp + 'T00:00:00Z').getUTCDay();
      expect(wd === 0 || wd === 6).toBe(true);
    });
  }
  it('ships every year 2019–2026 with its source', () => {
    expect(Object.keys(CHINA_HOLIDAYS).map(Number)).toEqual([2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026]);
    for (const y of Object.values(CHINA_HOLIDAYS)) expect(y.source).toMatch(/国务院办公厅关于\d{4}年部分节假日安排的通知/);
  });
  it('reads a Date in China time: 2024-10-07T16:30Z is 2024-10-08 in China, a working day', () => {
    expect(isWorkingDay(new Date('2024-10-07T16:30:00Z'))).toBe(true);
    expect(isWorkingDay(new Date('2024-10-07T15:30:00Z'))).toBe(false);
  });
  it('plain weekdays and weekends: 2024-03-06 (Wed) works, 2024-03-09 (Sat) does not', () => {
    expect(isWorkingDay('2024-03-06')).toBe(true);
    expect(isWorkingDay('2024-03-09')).toBe(false);
  });
  it('throws RangeError for a year not covered, and for a bad string', () => {
    expect(() => isWorkingDay('2030-01-02')).toThrow(/2030 is not covered/);
    expect(() => isWorkingDay('2024-02-30')).toThrow(/^isWorkingDay: date is not a date\/time: "2024-02-30"/);
    expect(isWorkingDay('2024/01/02')).toBe(true); // any China-time string (DateArg), not only YYYY-MM-DD
  });
  it('accepts a caller calendar: createWorkingCalendar({ 2030: … })', () => {
    const cal = createWorkingCalendar({ 2030: { source: 'test', off: [['2030-01-01', '2030-01-01']], work: [] } });
    expect(isWorkingDay('2030-01-01', { calendar: cal })).toBe(false);
    expect(isWorkingDay('2030-01-02', { calendar: cal })).toBe(true);
  });
});

describe('addWorkingDays(date, n) and working time', () => {
  it("addWorkingDays('2024-09-30', 1) crosses the National Day week to '2024-10-08'", () => expect(addWorkingDays('2024-09-30', 1)).toBe('2024-10-08'));
  it("addWorkingDays('2024-09-27', 2) lands on the make-up Sunday '2024-09-29' then Monday", () => {
    expect(addWorkingDays('2024-09-27', 1)).toBe('2024-09-29');
    expect(addWorkingDays('2024-09-27', 2)).toBe('2024-09-30');
  });
  // 29 Sep (make-up Sunday) 1, 30 Sep 2, [1–7 Oct National Day], 8 Oct 3, 9 Oct 4, 10 Oct 5.
  it('a 5-working-day deadline from 2024-09-28 (Sat) is 2024-10-10', () => expect(addWorkingDays('2024-09-28', 5)).toBe('2024-10-10'));
  it('property: countWorkingDays(d, addWorkingDays(d, n)) === n', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(2019, 1, 15), max: Date.UTC(2026, 10, 1) }), fc.integer({ min: -15, max: 30 }), (ms, n) => {
        const d = new Date(ms).toISOString().slice(0, 10);
        expect(countWorkingDays(d, addWorkingDays(d, n))).toBe(n);
      }),
    );
  });
  it('workingMsBetween: 17:00 on 30 Sep to 09:30 on 8 Oct 2024 is 1 working hour', () =>
    expect(workingMsBetween(Date.parse('2024-09-30T17:00:00+08:00'), Date.parse('2024-10-08T09:30:00+08:00'))).toBe(3600e3));
  it('addWorkingTime: 1 working hour from 17:00 on 30 Sep 2024 is 09:30 on 8 Oct', () =>
    expect(addWorkingTime(Date.parse('2024-09-30T17:00:00+08:00'), 3600e3)).toBe(Date.parse('2024-10-08T09:30:00+08:00')));
  it('property: workingMsBetween(s, addWorkingTime(s, x)) === x', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2024, 11, 1) }), fc.integer({ min: 0, max: 40 * 3600e3 }), (s, x) => {
        expect(workingMsBetween(s, addWorkingTime(s, x))).toBe(x);
      }),
    );
  });
});
