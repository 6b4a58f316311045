import { CalendarNotCoveredError } from '../../calendar/calendar-not-covered-error.js';
import { chinaDayStartMs } from '../../calendar/working-calendar.js';
import { DAY_MS } from '../../model/time.js';

/**
 * Where a deadline stands at the observation instant:
 * - `on-time`: done (replied, closed) by `at` and by the deadline;
 * - `late`: done after the deadline, or not done by `at` and the deadline has passed;
 * - `pending`: not done by `at` and the deadline is still ahead (not due);
 * - `calendar-not-covered`: the deadline needs a day outside the working calendar's
 *   years and the data does not settle the question without it.
 */
export type DeadlineStatus = 'on-time' | 'late' | 'pending' | 'calendar-not-covered';

/** A settled deadline: its status, the deadline when it could be counted, the missing year when one was needed. */
export interface SettledDeadline {
  status: DeadlineStatus;
  /** The deadline instant, epoch ms; null when it runs past the calendar's years. */
  deadline: number | null;
  /** The first year the deadline would have needed and the calendar lacks (set whenever one was needed, even when the data settled the status). */
  uncoveredYear?: number;
}

/**
 * Settles a deadline (internal). `deadline()` counts it on the working calendar and may
 * throw {@link CalendarNotCoveredError}. When the walk ran past the calendar's last
 * year, every covered day was used up without reaching the deadline, so the deadline is
 * no earlier than U, 00:00 China time of the first uncovered day. Then the data still
 * settles it when the thing was done before U (on time) or is not done and `at` is
 * before U (still pending); anything else is `calendar-not-covered`. A day before the
 * calendar's first year settles nothing.
 */
export function settleDeadline(done: number | undefined, at: number, deadline: () => number): SettledDeadline {
  const answered = done !== undefined && done <= at;
  let d: number;
  try {
    d = deadline();
  } catch (e) {
    if (!(e instanceof CalendarNotCoveredError)) throw e;
    const year = e.year;
    if (year > e.covered[1]) {
      const u = uncoveredStart(e);
      if (answered && done! < u) return { status: 'on-time', deadline: null, uncoveredYear: year };
      if (!answered && at < u) return { status: 'pending', deadline: null, uncoveredYear: year };
    }
    return { status: 'calendar-not-covered', deadline: null, uncoveredYear: year };
  }
  if (answered) return { status: done! <= d ? 'on-time' : 'late', deadline: d };
  return { status: d <= at ? 'late' : 'pending', deadline: d };
}

/** 00:00 China time of the first day after the calendar's last covered year. */
const uncoveredStart = (e: CalendarNotCoveredError) => chinaDayStartMs(Math.floor(Date.UTC(e.covered[1] + 1, 0, 1) / DAY_MS));

/**
 * The earliest of several deadlines (internal), any of which may run past the calendar
 * (then it lies at or after U, see {@link settleDeadline}). The earliest is the minimum
 * of those counted when that minimum is before U; otherwise (none counted, or a counted
 * clock-hours deadline itself at or after U) the order is unknown and the first
 * {@link CalendarNotCoveredError} is rethrown.
 */
export function earliestDeadline(deadlines: readonly (() => number)[]): number {
  let best = Infinity;
  let err: CalendarNotCoveredError | undefined;
  for (const f of deadlines) {
    try {
      best = Math.min(best, f());
    } catch (e) {
      if (!(e instanceof CalendarNotCoveredError)) throw e;
      err ??= e;
    }
  }
  if (err !== undefined && !(err.year > err.covered[1] && best < uncoveredStart(err))) throw err;
  return best;
}
