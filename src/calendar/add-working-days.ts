import { DAY_MS } from '../model/time.js';
import type { DateArg } from '../model/to-instant.js';
import { chinaDayString, defaultWorkingCalendar, toChinaDay, type WorkingDayOptions } from './working-calendar.js';

/**
 * The date `days` working days after `date` (before it when days < 0); 0 returns the
 * date itself. A string in gives a `YYYY-MM-DD` string out; a `Date` gives a `Date`
 * and epoch ms give epoch ms, at the same time of day. This is how filing deadlines such as "within 5 working days
 * of a status change" (Hubei) are counted.
 * Complexity O(days).
 * @throws {RangeError} `days` not an integer, or `date` not a date.
 * @returns The date, of the type given (`YYYY-MM-DD` string, `Date` or epoch ms).
 * @example addWorkingDays('2024-09-30', 1) // '2024-10-08' (across the National Day week)
 */
export function addWorkingDays<D extends DateArg>(date: D, days: number, options: WorkingDayOptions = {}): D {
  if (!Number.isInteger(days)) throw new RangeError(`addWorkingDays: days must be an integer, got ${days}`);
  const n = days;
  const cal = options.calendar ?? defaultWorkingCalendar();
  const start = toChinaDay(date, 'addWorkingDays');
  let day = start;
  const step = n >= 0 ? 1 : -1;
  for (let left = Math.abs(n); left > 0; ) {
    day += step;
    if (cal.isWorkingDayNumber(day)) left--;
  }
  if (typeof date === 'string') return chinaDayString(day) as D;
  if (typeof date === 'number') return (date + (day - start) * DAY_MS) as D;
  return new Date((date as Date).getTime() + (day - start) * DAY_MS) as D;
}

/**
 * Working days in `(from, to]` (for `to` before `from`: minus those in `[to, from)`), so
 * that `countWorkingDays(d, addWorkingDays(d, n)) === n` for every n.
 * @throws {RangeError} for a `from`/`to` that is not a date/time, or a day outside the calendar's years.
 * @throws {TypeError} for a `from`/`to` that is none of a Date, a number or a string.
 * @returns The number of working days (negative when `to` is before `from`).
 * @example countWorkingDays('2024-09-30', '2024-10-08') // 1
 */
export function countWorkingDays(from: DateArg, to: DateArg, options: WorkingDayOptions = {}): number {
  const cal = options.calendar ?? defaultWorkingCalendar();
  const a = toChinaDay(from, 'countWorkingDays'), b = toChinaDay(to, 'countWorkingDays');
  let n = 0;
  if (b >= a) { for (let d = a + 1; d <= b; d++) if (cal.isWorkingDayNumber(d)) n++; }
  else for (let d = b; d < a; d++) if (cal.isWorkingDayNumber(d)) n--; // [to, from): the inverse of a backward addWorkingDays
  return n;
}
