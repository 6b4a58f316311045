import { instantArg } from '../model/internal/instant-arg.js';
import { CHINA_OFFSET_MS, DAY_MS, chinaDate, chinaDayNumber } from '../model/time.js';
import type { DateArg } from '../model/to-instant.js';

/** A period kind (SPEC §2); `quarter` (季度) and `half` (半年) as offices report them. */
export type PeriodKind = 'week' | 'month' | 'quarter' | 'half' | 'year' | 'custom';

/**
 * A period: the half-open instant range `[start, end)` (epoch ms, China-time day
 * boundaries) and `days`, the day count `d` used by the indices.
 *
 * Day counts follow the index providers (清博/gsdata): week 7, month **30** (fixed,
 * even for 31-day or 28-day months), year 365, custom = real days. Quarters and
 * half years have no fixed provider length we know of: their real day count. With
 * `dayCount: 'real'` the real number of calendar days is used instead.
 */
export interface Period {
  kind: PeriodKind;
  /** First instant, inclusive (00:00 China time of the first day). */
  start: number;
  /** Last instant, exclusive (00:00 China time of the day after the last day). */
  end: number;
  /** The index day count `d`. */
  days: number;
  /** Human label, e.g. `2024-03` or `2024-03-04~2024-03-10`. */
  label: string;
}

/** Options shared by the period constructors; defaults resolved in {@link resolvePeriodOptions}. */
export interface PeriodOptions {
  /** `'provider'` (default): week 7, month 30, year 365; `'real'`: calendar days. */
  dayCount?: 'provider' | 'real';
  /** First day of a week, 0 = Sunday … 6 = Saturday. Default 1 (Monday, the common list convention; the providers historically used 0, Sunday–Saturday). */
  weekStartsOn?: 0 | 1 | 2 | 3 | 4 | 5 | 6;
}

/**
 * The one place where period option defaults live.
 * @param o The options given.
 * @returns Both options, defaults filled in (Monday start, provider day count).
 * @throws {RangeError} for a `weekStartsOn` that is not an integer 0..6 or an unknown `dayCount`.
 * @example resolvePeriodOptions() // { weekStartsOn: 1, dayCount: 'provider' }
 */
export function resolvePeriodOptions(o: PeriodOptions = {}): Required<PeriodOptions> {
  const weekStartsOn = o.weekStartsOn ?? 1;
  if (!Number.isInteger(weekStartsOn) || weekStartsOn < 0 || weekStartsOn > 6)
    throw new RangeError(`period: weekStartsOn must be an integer 0..6, got ${String(o.weekStartsOn)}`);
  const dayCount = o.dayCount ?? 'provider';
  if (dayCount !== 'provider' && dayCount !== 'real') throw new RangeError(`period: dayCount must be 'provider' or 'real', got ${String(dayCount)}`);
  return { weekStartsOn, dayCount };
}

const dayStart = (dayNumber: number) => dayNumber * DAY_MS - CHINA_OFFSET_MS;

/**
 * The week (China time) containing `date`.
 * @throws {RangeError} for a `date` that is not a date/time, or bad options.
 * @throws {TypeError} for a `date` that is none of a Date, a number or a string.
 * @returns The period (`days` 7).
 * @example weekPeriod('2024-03-06').label // '2024-03-04~2024-03-10' (Monday start)
 */
export function weekPeriod(date: DateArg, options?: PeriodOptions): Period {
  const o = resolvePeriodOptions(options);
  const day = chinaDayNumber(instantArg(date, 'weekPeriod'));
  const weekday = (((day + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday (4)
  const first = day - ((weekday - o.weekStartsOn + 7) % 7);
  const start = dayStart(first), end = dayStart(first + 7);
  return { kind: 'week', start, end, days: 7, label: `${chinaDate(start)}~${chinaDate(end - DAY_MS)}` };
}

/**
 * A calendar month (China time). `days` = 30 with the provider convention, else the real length.
 * @throws {RangeError} for a year or month that is not an integer (month 1..12), or bad options.
 * @returns The period.
 * @example monthPeriod(2024, 3).days // 30 ; monthPeriod(2024, 3, { dayCount: 'real' }).days // 31
 */
export function monthPeriod(year: number, month: number, options?: PeriodOptions): Period {
  const o = resolvePeriodOptions(options);
  if (!Number.isInteger(year) || !Number.isInteger(month) || month < 1 || month > 12)
    throw new RangeError(`monthPeriod: bad year/month ${year}-${month}`);
  const start = Date.UTC(year, month - 1, 1) - CHINA_OFFSET_MS;
  const end = Date.UTC(year, month, 1) - CHINA_OFFSET_MS;
  const real = Math.round((end - start) / DAY_MS);
  return { kind: 'month', start, end, days: o.dayCount === 'real' ? real : 30, label: `${year}-${String(month).padStart(2, '0')}` };
}

/**
 * A calendar year (China time). `days` = 365 with the provider convention (even in leap years).
 * @throws {RangeError} for a year that is not an integer, or bad options.
 * @returns The period.
 * @example yearPeriod(2024).days // 365
 */
export function yearPeriod(year: number, options?: PeriodOptions): Period {
  const o = resolvePeriodOptions(options);
  if (!Number.isInteger(year)) throw new RangeError(`yearPeriod: bad year ${year}`);
  const start = Date.UTC(year, 0, 1) - CHINA_OFFSET_MS;
  const end = Date.UTC(year + 1, 0, 1) - CHINA_OFFSET_MS;
  const real = Math.round((end - start) / DAY_MS);
  return { kind: 'year', start, end, days: o.dayCount === 'real' ? real : 365, label: String(year) };
}

/**
 * A custom range of whole China days, both ends inclusive: `customPeriod('2024-01-01', '2024-03-31')`
 * covers 91 days. `days` is always the real count.
 * @throws {RangeError} when `last` is before `first`, or either is not a date/time.
 * @throws {TypeError} for a `first`/`last` that is none of a Date, a number or a string.
 * @returns The period (`days` = the real count).
 * @example customPeriod('2024-01-01', '2024-03-31').days // 91
 */
export function customPeriod(first: DateArg, last: DateArg): Period {
  const a = chinaDayNumber(instantArg(first, 'customPeriod', 'first'));
  const b = chinaDayNumber(instantArg(last, 'customPeriod', 'last'));
  if (b < a) throw new RangeError(`customPeriod: last day ${chinaDate(dayStart(b))} is before first day ${chinaDate(dayStart(a))}`);
  const start = dayStart(a), end = dayStart(b + 1);
  return { kind: 'custom', start, end, days: b - a + 1, label: `${chinaDate(start)}~${chinaDate(end - DAY_MS)}` };
}

/** Consecutive calendar months as one period (quarter, half year): real day count. */
function monthsPeriod(year: number, firstMonth: number, months: number, kind: PeriodKind, label: string): Period {
  const start = Date.UTC(year, firstMonth - 1, 1) - CHINA_OFFSET_MS;
  const end = Date.UTC(year, firstMonth - 1 + months, 1) - CHINA_OFFSET_MS;
  return { kind, start, end, days: Math.round((end - start) / DAY_MS), label };
}

/** The ISO-style week `week` of `year` (week 1 contains 4 January); a RangeError when the year has no such week. */
function numberedWeek(year: number, week: number, spec: string, options?: PeriodOptions): Period {
  const o = { ...options, weekStartsOn: options?.weekStartsOn ?? 1 };
  const firstWeek = (y: number) => weekPeriod(Date.UTC(y, 0, 4) - CHINA_OFFSET_MS, o);
  if (week < 1 || week > 53) throw new RangeError(`parsePeriod: bad week number in "${spec}" (1–53)`);
  const w = weekPeriod(firstWeek(year).start + (week - 1) * 7 * DAY_MS, o);
  if (w.start >= firstWeek(year + 1).start) throw new RangeError(`parsePeriod: ${year} has no week ${week} ("${spec}"): its last week is ${week - 1}`);
  return w;
}

/**
 * Parses a period spec as the CLI, config files and offices write it:
 * - year: `2024`, `2024年`
 * - half year (real days): `2024-H2`, `2024H1`, `2024年上半年`, `2024年下半年`
 * - quarter (real days): `2024-Q3`, `2024Q3`, `2024年第3季度`, `2024年3季度`
 * - month (30 days): `2024-03`, `2024/3`, `2024年3月`, `2024年03月`
 * - week (ISO-style number, Monday start unless told): `2024-W10`, `2024年第10周`;
 *   week 53 only in a year that has one (2020, 2026 …)
 * - custom: `2024-03-04~2024-03-10` or `2024-03-04..2024-03-10` (both days inclusive)
 *
 * @throws {RangeError} naming the spec when it is unreadable, impossible (month 13,
 *   2024-02-30, a week the year lacks) or reversed (last day before first day).
 * @returns The period.
 * @example parsePeriod('2024-03').days // 30
 * @example parsePeriod('2024年第3季度').label // '2024-Q3' (92 days)
 */
export function parsePeriod(spec: string, options?: PeriodOptions): Period {
  const s = spec.trim();
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})年?$/.exec(s))) return yearPeriod(Number(m[1]), options);
  if ((m = /^(\d{4})-?H([12])$/i.exec(s)) || (m = /^(\d{4})年([上下])半年$/.exec(s))) {
    const half = m[2] === '上' ? 1 : m[2] === '下' ? 2 : Number(m[2]);
    resolvePeriodOptions(options);
    return monthsPeriod(Number(m[1]), half === 1 ? 1 : 7, 6, 'half', `${m[1]}-H${half}`);
  }
  if ((m = /^(\d{4})-?Q(\d)$/i.exec(s)) || (m = /^(\d{4})年第?(\d)季度?$/.exec(s))) {
    const q = Number(m[2]);
    if (q < 1 || q > 4) throw new RangeError(`parsePeriod: bad quarter in "${spec}" (1–4)`);
    resolvePeriodOptions(options);
    return monthsPeriod(Number(m[1]), 3 * q - 2, 3, 'quarter', `${m[1]}-Q${q}`);
  }
  if ((m = /^(\d{4})[-/.](\d{1,2})$/.exec(s)) || (m = /^(\d{4})年(\d{1,2})月$/.exec(s))) return monthPeriod(Number(m[1]), Number(m[2]), options);
  if ((m = /^(\d{4})-W(\d{1,2})$/i.exec(s)) || (m = /^(\d{4})年第(\d{1,2})周$/.exec(s))) return numberedWeek(Number(m[1]), Number(m[2]), spec, options);
  if ((m = /^(.+?)\s*(?:~|～|\.\.)\s*(.+)$/.exec(s))) return customPeriod(m[1]!, m[2]!);
  throw new RangeError(
    `parsePeriod: cannot read period "${spec}" (use 2024, 2024-H2, 2024-Q3, 2024-03, 2024年9月, 2024年第3季度, 2024-W10 or 2024-03-01~2024-03-31)`,
  );
}

/**
 * Whether an instant falls inside a period.
 * @param ms An instant, epoch ms.
 * @param period The period (`start` inclusive, `end` exclusive).
 * @returns Whether `start ≤ ms < end`.
 * @example inPeriod(Date.parse('2024-03-31T23:59:59+08:00'), monthPeriod(2024, 3)) // true
 */
export function inPeriod(ms: number, period: Pick<Period, 'start' | 'end'>): boolean {
  return ms >= period.start && ms < period.end;
}
