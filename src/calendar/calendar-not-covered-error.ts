/**
 * Thrown by a {@link WorkingCalendar} asked about a day outside the years it covers
 * (the shipped calendar: 2019–2026, one State Council notice per year). A deadline
 * counted on a guessed calendar would be wrong without anyone noticing, so the
 * calendar refuses; callers that can settle a question without that day (a reply that
 * came before any uncovered day is on time whatever the holidays) catch this error
 * and mark the rest `calendar-not-covered` (see `replyDeadlineStatus`).
 *
 * The fix is data: build a calendar with the missing year's holidays from its
 * 《国务院办公厅关于XXXX年部分节假日安排的通知》 and pass it as `options.calendar`:
 * `createWorkingCalendar({ ...CHINA_HOLIDAYS, 2027: { source, off, work } })`.
 * @example
 * try { isWorkingDay('2027-01-04') } catch (e) { if (e instanceof CalendarNotCoveredError) e.year } // 2027
 */
export class CalendarNotCoveredError extends RangeError {
  override readonly name = 'CalendarNotCoveredError';
  /** The year asked about (China date). */
  readonly year: number;
  /** The China day number asked about (days since 1970-01-01, China date). */
  readonly day: number;
  /** First and last year the calendar covers (inclusive). */
  readonly covered: readonly [number, number];
  constructor(day: number, covered: readonly [number, number]) {
    const year = new Date(day * 86_400_000).getUTCFullYear();
    super(
      `working calendar: ${year} is not covered (${covered[0]}–${covered[1]}); build a calendar with that year's holidays ` +
        `(createWorkingCalendar({ ...CHINA_HOLIDAYS, ${year}: { source, off, work } }), from the State Council's notice for ${year}) and pass it as options.calendar`,
    );
    this.year = year;
    this.day = day;
    this.covered = covered;
  }
}
