import { DAY_MS } from '../model/time.js';
import { chinaDayString, defaultWorkingCalendar, toChinaDay, type WorkingCalendar } from './working-calendar.js';

/**
 * The date `n` working days after `date` (before it when n < 0); n = 0 returns the
 * date itself. A string in gives a `YYYY-MM-DD` string out; a `Date` gives a `Date`
 * at the same time of day. This is how filing deadlines such as "within 5 working days
 * of a status change" (Hubei) are counted.
 * Complexity O(n).
 * @example addWorkingDays('2024-09-30', 1) // '2024-10-08' (across the National Day week)
 */
export function addWorkingDays<D extends Date | string>(date: D, n: number, options: { calendar?: WorkingCalendar } = {}): D {
  if (!Number.isInteger(n)) throw new RangeError(`addWorkingDays: n must be an integer, got ${n}`);
  const cal = options.calendar ?? defaultWorkingCalendar();
  const start = toChinaDay(date, 'addWorkingDays');
  let day = start;
  const step = n >= 0 ? 1 : -1;
  for (let left = Math.abs(n); left > 0; ) {
    day += step;
    if (cal.isWorkingDayNumber(day)) left--;
  }
  if (typeof date === 'string') return chinaDayString(day) as D;
  return new Date((date as Date).getTime() + (day - start) * DAY_MS) as D;
}

/**
 * Working days in `(from, to]` (for `to` before `from`: minus those in `[to, from)`), so
 * that `countWorkingDays(d, addWorkingDays(d, n)) === n` for every n.
 * @example countWorkingDays('2024-09-30', '2024-10-08') // 1
 */
export function countWorkingDays(from: Date | string, to: Date | string, options: { calendar?: WorkingCalendar } = {}): number {
  const cal = options.calendar ?? defaultWorkingCalendar();
  const a = toChinaDay(from, 'countWorkingDays'), b = toChinaDay(to, 'countWorkingDays');
  let n = 0;
  if (b >= a) { for (let d = a + 1; d <= b; d++) if (cal.isWorkingDayNumber(d)) n++; }
  else for (let d = b; d < a; d++) if (cal.isWorkingDayNumber(d)) n--; // [to, from): the inverse of a backward addWorkingDays
  return n;
}
