import { instantArg } from '../model/internal/instant-arg.js';
import { CHINA_OFFSET_MS, DAY_MS, chinaDate, chinaDayNumber } from '../model/time.js';
import type { DateArg } from '../model/to-instant.js';

/** A period kind (SPEC §2). */
export type PeriodKind = 'week' | 'month' | 'year' | 'custom';

/**
 * A period: the half-open instant range `[start, end)` (epoch ms, China-time day
 * boundaries) and `days`, the day count `d` used by the indices.
 *
 * Day counts follow the index providers (清博/gsdata): week 7, month **30** (fixed,
 * even for 31-day or 28-day months), year 365, custom = real days. With
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

/** The one place where period option defaults live. */
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
 */
export function customPeriod(first: DateArg, last: DateArg): Period {
  const a = chinaDayNumber(instantArg(first, 'customPeriod', 'first'));
  const b = chinaDayNumber(instantArg(last, 'customPeriod', 'last'));
  if (b < a) throw new RangeError(`customPeriod: last day ${chinaDate(dayStart(b))} is before first day ${chinaDate(dayStart(a))}`);
  const start = dayStart(a), end = dayStart(b + 1);
  return { kind: 'custom', start, end, days: b - a + 1, label: `${chinaDate(start)}~${chinaDate(end - DAY_MS)}` };
}

/**
 * Parses a period spec as the CLI and config files write it: `2024-03` (month),
 * `2024` (year), `2024-W10` (ISO-style week number, Monday start unless told),
 * `2024-03-04~2024-03-10` or `2024-03-04..2024-03-10` (custom).
 * @example parsePeriod('2024-03').days // 30
 */
export function parsePeriod(spec: string, options?: PeriodOptions): Period {
  const s = spec.trim();
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})$/.exec(s))) return yearPeriod(Number(m[1]), options);
  if ((m = /^(\d{4})-(\d{1,2})$/.exec(s))) return monthPeriod(Number(m[1]), Number(m[2]), options);
  if ((m = /^(\d{4})-W(\d{1,2})$/i.exec(s))) {
    const year = Number(m[1]), week = Number(m[2]);
    if (week < 1 || week > 53) throw new RangeError(`parsePeriod: bad week number in "${spec}"`);
    // ISO rule: week 1 contains 4 January.
    const jan4 = Date.UTC(year, 0, 4) - CHINA_OFFSET_MS;
    const w1 = weekPeriod(jan4, { ...options, weekStartsOn: options?.weekStartsOn ?? 1 });
    return weekPeriod(w1.start + (week - 1) * 7 * DAY_MS, { ...options, weekStartsOn: options?.weekStartsOn ?? 1 });
  }
  if ((m = /^(.+?)\s*(?:~|\.\.)\s*(.+)$/.exec(s))) return customPeriod(m[1]!, m[2]!);
  throw new RangeError(`parsePeriod: cannot read period "${spec}" (use 2024, 2024-03, 2024-W10 or 2024-03-01~2024-03-31)`);
}

/** Whether an instant falls inside a period. */
export function inPeriod(ms: number, period: Pick<Period, 'start' | 'end'>): boolean {
  return ms >= period.start && ms < period.end;
}
