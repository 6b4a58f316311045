import type { DateArg } from '../model/to-instant.js';
import { defaultWorkingCalendar, toChinaDay, type WorkingDayOptions } from './working-calendar.js';

/**
 * Whether a date is a working day in mainland China: Monday–Friday except public
 * holidays, plus the make-up working weekends (调休), per the State Council's annual
 * notices (2019–2026 shipped). A `Date` is read in China time; a string is a China date.
 * Complexity O(1).
 * @throws {RangeError} for a `date` that is not a date/time, or outside the calendar's years.
 * @throws {TypeError} for a `date` that is none of a Date, a number or a string.
 * @returns Whether that China date is a working day.
 * @example isWorkingDay('2024-10-01') // false (National Day)
 * @example isWorkingDay('2024-09-29') // true (a make-up Sunday)
 */
export function isWorkingDay(date: DateArg, options: WorkingDayOptions = {}): boolean {
  return (options.calendar ?? defaultWorkingCalendar()).isWorkingDayNumber(toChinaDay(date, 'isWorkingDay'));
}
