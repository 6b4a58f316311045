import { instantArg } from '../model/internal/instant-arg.js';
import { HOUR_MS } from '../model/time.js';
import type { DateArg } from '../model/to-instant.js';
import { chinaDayStartMs, defaultWorkingCalendar, toChinaDay, type WorkingCalendar } from './working-calendar.js';

/** Options of the working-time functions; defaults resolved in `resolveWorkingTime`. */
export interface WorkingTimeOptions {
  calendar?: WorkingCalendar;
  /**
   * Office hours of a working day, as [start, end) minute-of-day pairs in China time.
   * Default 09:00–12:00 and 13:30–17:30 (our default, the common government office
   * day; local rules differ, e.g. summer hours).
   */
  officeHours?: readonly (readonly [number, number])[];
}

export const DEFAULT_OFFICE_HOURS: readonly (readonly [number, number])[] = Object.freeze([[9 * 60, 12 * 60], [13 * 60 + 30, 17 * 60 + 30]] as const);

function resolveWorkingTime(o: WorkingTimeOptions, fn: string) {
  const officeHours = o.officeHours ?? DEFAULT_OFFICE_HOURS;
  let prev = -1;
  for (const [a, b] of officeHours) {
    if (!(Number.isInteger(a) && Number.isInteger(b) && a >= 0 && b <= 1440 && a < b && a >= prev)) throw new RangeError(`${fn}: officeHours must be ordered [start, end) minute pairs within a day`);
    prev = b;
  }
  return { calendar: o.calendar ?? defaultWorkingCalendar(), officeHours };
}

/**
 * Working time between two instants, in milliseconds: the overlap of `[start, end)`
 * with office hours on working days (China time, holidays and 调休 applied).
 * 0 when end ≤ start. Complexity O(days spanned).
 * @throws {RangeError} for a `start`/`end` that is not a date/time, office hours that are not ordered minute pairs within a day, or a day outside the calendar's years.
 * @throws {TypeError} for a `start`/`end` that is none of a Date, a number or a string.
 * @returns Milliseconds of office hours in `[start, end)` (0 when end ≤ start).
 * @example workingMsBetween(Date.parse('2024-09-30T17:00:00+08:00'), Date.parse('2024-10-08T09:30:00+08:00')) / 3600000 // 1 (30 min on 30 Sep + 30 min on 8 Oct)
 */
export function workingMsBetween(startDate: DateArg, endDate: DateArg, options: WorkingTimeOptions = {}): number {
  const { calendar, officeHours } = resolveWorkingTime(options, 'workingMsBetween');
  const start = instantArg(startDate, 'workingMsBetween', 'start'), end = instantArg(endDate, 'workingMsBetween', 'end');
  if (end <= start) return 0;
  let total = 0;
  for (let day = toChinaDay(start, 'workingMsBetween'), last = toChinaDay(end, 'workingMsBetween'); day <= last; day++) {
    if (!calendar.isWorkingDayNumber(day)) continue;
    const base = chinaDayStartMs(day);
    for (const [a, b] of officeHours) {
      const lo = Math.max(start, base + a * 60_000), hi = Math.min(end, base + b * 60_000);
      if (hi > lo) total += hi - lo;
    }
  }
  return total;
}

/**
 * The instant reached after `ms` of working time from `start` (office hours on working
 * days). Starting outside office hours counts from the next opening. Complexity
 * O(days spanned).
 * @throws {RangeError} for a `start` that is not a date/time, an `ms` that is negative or not finite, bad office hours, or a day outside the calendar's years.
 * @throws {TypeError} for a `start` that is none of a Date, a number or a string.
 * @returns The instant reached, epoch ms.
 * @example new Date(addWorkingTime(Date.parse('2024-09-30T17:00:00+08:00'), 3600000)).toISOString() // '2024-10-08T01:30:00.000Z' (09:30 China time)
 */
export function addWorkingTime(startDate: DateArg, ms: number, options: WorkingTimeOptions = {}): number {
  const { calendar, officeHours } = resolveWorkingTime(options, 'addWorkingTime');
  const start = instantArg(startDate, 'addWorkingTime', 'start');
  if (!(ms >= 0 && Number.isFinite(ms))) throw new RangeError(`addWorkingTime: ms must be finite and ≥ 0, got ${ms}`);
  let left = ms;
  for (let day = toChinaDay(start, 'addWorkingTime'); ; day++) {
    if (!calendar.isWorkingDayNumber(day)) continue;
    const base = chinaDayStartMs(day);
    for (const [a, b] of officeHours) {
      const lo = Math.max(start, base + a * 60_000), hi = base + b * 60_000;
      if (hi <= lo) continue;
      if (hi - lo >= left) return lo + left;
      left -= hi - lo;
    }
  }
}

/**
 * Working hours between two instants (see {@link workingMsBetween}).
 * @param start Start instant.
 * @param end End instant.
 * @param options The calendar and office hours.
 * @returns Working hours in `[start, end)` (0 when end ≤ start).
 * @throws {RangeError} as {@link workingMsBetween}.
 * @throws {TypeError} as {@link workingMsBetween}.
 * @example workingHoursBetween('2024-09-30 17:00', '2024-10-08 09:30') // 1
 */
export const workingHoursBetween = (start: DateArg, end: DateArg, options: WorkingTimeOptions = {}) => workingMsBetween(start, end, options) / HOUR_MS;
