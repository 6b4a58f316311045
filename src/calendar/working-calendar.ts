import { instantArg } from '../model/internal/instant-arg.js';
import { CHINA_OFFSET_MS, DAY_MS, chinaDayNumber } from '../model/time.js';
import type { DateArg } from '../model/to-instant.js';
import { CalendarNotCoveredError } from './calendar-not-covered-error.js';
import { CHINA_HOLIDAYS, type HolidayYear } from './china-holidays.js';

/** A working-day calendar: which China days are working days, over which years. */
export interface WorkingCalendar {
  /** Whether China day number `day` (days since 1970-01-01, China date) is a working day. */
  isWorkingDayNumber(day: number): boolean;
  /** First and last year covered (inclusive). */
  years: [number, number];
}

const dayOf = (ymd: string): number => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(ymd);
  const ms = m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : NaN;
  // A real calendar day only: 2027-13-01 or 2027-02-30 would roll over silently.
  if (!m || new Date(ms).toISOString().slice(0, 10) !== ymd) throw new RangeError(`createWorkingCalendar: bad date "${ymd}" (YYYY-MM-DD)`);
  return Math.floor(ms / DAY_MS);
};

/**
 * Builds a working-day calendar from holiday data (default: the shipped 2019–2026
 * State Council notices, {@link CHINA_HOLIDAYS}). A day is a working day when it is
 * Monday–Friday and not a holiday, or a listed make-up working day. A day outside the
 * covered years throws {@link CalendarNotCoveredError} (a `RangeError` naming the year):
 * a deadline counted on a guessed calendar would be wrong without anyone noticing; pass
 * your own data for other years.
 *
 * @throws {RangeError} no years, or a date not `YYYY-MM-DD`; the calendar's `isWorkingDayNumber`
 *   throws {@link CalendarNotCoveredError} for a day outside the covered years.
 * Complexity O(days listed) to build, O(1) per query.
 * @throws {RangeError} when `data` lists no year or a date is not `YYYY-MM-DD`; the calendar's `isWorkingDayNumber` throws it for a day outside the covered years.
 * @returns The calendar (`isWorkingDayNumber`, covered `years`).
 * @example createWorkingCalendar().isWorkingDayNumber(chinaDayNumber(Date.parse('2024-10-12T12:00:00+08:00'))) // true (a make-up Saturday)
 */
export function createWorkingCalendar(data: Readonly<Record<number, HolidayYear>> = CHINA_HOLIDAYS): WorkingCalendar {
  const years = Object.keys(data).map(Number).sort((a, b) => a - b);
  if (years.length === 0) throw new RangeError('createWorkingCalendar: no years given');
  const off = new Set<number>(), work = new Set<number>();
  for (const y of years) {
    for (const [a, b] of data[y]!.off) for (let d = dayOf(a); d <= dayOf(b); d++) off.add(d);
    for (const w of data[y]!.work) work.add(dayOf(w));
  }
  const first = years[0]!, last = years[years.length - 1]!;
  const lo = dayOf(`${first}-01-01`), hi = dayOf(`${last}-12-31`);
  return {
    years: [first, last],
    isWorkingDayNumber(day: number): boolean {
      if (day < lo || day > hi) throw new CalendarNotCoveredError(day, [first, last]);
      if (work.has(day)) return true;
      if (off.has(day)) return false;
      const weekday = (((day + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday
      return weekday >= 1 && weekday <= 5;
    },
  };
}

let shipped: WorkingCalendar | undefined;
/** Options of the working-day functions ({@link isWorkingDay}, {@link addWorkingDays}, {@link countWorkingDays}). */
export interface WorkingDayOptions {
  /** The calendar; default the shipped mainland calendar ({@link defaultWorkingCalendar}). */
  calendar?: WorkingCalendar;
}

/**
 * The shipped mainland calendar (built once).
 * @returns The calendar of {@link CHINA_HOLIDAYS} (2019–2026); its `isWorkingDayNumber` throws `RangeError` for a day outside those years.
 * @example defaultWorkingCalendar().years // [2019, 2026]
 */
export function defaultWorkingCalendar(): WorkingCalendar {
  return (shipped ??= createWorkingCalendar());
}

/**
 * China day number of a {@link DateArg} (a string without offset is China time).
 * @param date The date (a string without offset is China time).
 * @param fn The calling function's name, for the error message.
 * @returns Days since 1970-01-01 of the China date.
 * @throws {RangeError} for a `date` that is not a date/time.
 * @throws {TypeError} for a `date` that is none of a Date, a number or a string.
 * @example toChinaDay('2024-03-01', 'myFunction') // 19783
 */
export function toChinaDay(date: DateArg, fn: string): number {
  return chinaDayNumber(instantArg(date, fn));
}

/**
 * `YYYY-MM-DD` of a China day number.
 * @param day A China day number (days since 1970-01-01).
 * @returns The date as `YYYY-MM-DD`.
 * @example chinaDayString(19783) // '2024-03-01'
 */
export const chinaDayString = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);
/**
 * Epoch ms of 00:00 China time of a China day number.
 * @param day A China day number (days since 1970-01-01).
 * @returns Epoch ms of that day's 00:00 China time.
 * @example new Date(chinaDayStartMs(19783)).toISOString() // '2024-02-29T16:00:00.000Z'
 */
export const chinaDayStartMs = (day: number) => day * DAY_MS - CHINA_OFFSET_MS;
