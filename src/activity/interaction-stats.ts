import { group } from 'd3-array';
import { medianSorted, quantileSorted } from 'simple-statistics';
import { CalendarNotCoveredError } from '../calendar/calendar-not-covered-error.js';
import { defaultWorkingCalendar } from '../calendar/working-calendar.js';
import { workingMsBetween, type WorkingTimeOptions } from '../calendar/working-time.js';
import { instantArg } from '../model/internal/instant-arg.js';
import { HOUR_MS } from '../model/time.js';
import type { DateArg } from '../model/to-instant.js';
import type { Message } from '../model/schemas.js';
import { deadlineFrom } from './deadline-from.js';
import { firstResponseStatus, resolveReplyPolicy } from './internal/first-response.js';
import { earliestDeadline, settleDeadline } from './internal/settle-deadline.js';
import type { REPLY_POLICIES, ReplyPolicy } from './reply-policies.js';

export { deadlineFrom };

/** Interaction figures of one account (or of all messages). */
export interface InteractionStats {
  accountId: string;
  messages: number;
  replied: number;
  /** replied / messages; null with no message. */
  replyRate: number | null;
  /** Messages whose first-response deadline has passed by `at` or that were answered (on time or late; not `calendar-not-covered`). */
  due: number;
  onTime: number;
  /** onTime / due; null when none is due. */
  onTimeRate: number | null;
  /** Closure (办结) on time under the policy's closure deadlines, among messages that need closure and are due. */
  closureDue: number;
  closedOnTime: number;
  /** 诉求办结率: closed on time / closure due; null when none is due. */
  closureRate: number | null;
  /**
   * Reply latency in working hours: median and 90th percentile, null with no reply. Both
   * by linear interpolation between order statistics (Hyndman & Fan 1996 definition 7:
   * Excel's PERCENTILE.INC and numpy's default), computed with simple-statistics'
   * `medianSorted` / `quantileSorted`; e.g. latencies 1…10 h give p90 = 9.1 h.
   */
  latencyMedianHours: number | null;
  latencyP90Hours: number | null;
  /** Unanswered messages older than `unansweredAfterDays` at `at`. */
  unansweredOld: number;
  /**
   * Messages whose first-response status is `calendar-not-covered` (see `replyDeadlineStatus`):
   * the deadline runs past the calendar's last year and the data does not settle it. They
   * are counted here and left out of `due`/`onTime`, never failed or passed.
   */
  calendarNotCovered: number;
  /** The same for the closure deadline: left out of `closureDue`/`closedOnTime`. */
  closureCalendarNotCovered: number;
  /** Replies on a day outside the calendar: their working-hour latency cannot be counted and is left out of the latency figures. */
  latencyCalendarNotCovered: number;
  /** The years those messages would need (ascending; empty when none): supply them with `createWorkingCalendar`. */
  uncoveredYears: number[];
}

/** Options of {@link interactionStats}. */
export interface InteractionOptions extends WorkingTimeOptions {
  /** A named policy (`'yinchuan'`, `'yueqing'`, `'jingmen'`) or a custom one. Default `'yueqing'`. */
  policy?: keyof typeof REPLY_POLICIES | ReplyPolicy;
  /** The observation instant the figures are taken at. */
  at: DateArg;
  /** "Unanswered older than N days" (calendar days; default 7, ours). */
  unansweredAfterDays?: number;
}


/**
 * Interaction figures from public messages, per account: reply rate, on-time rate
 * under a deadline policy (working time on the China calendar), closure rate (诉求办结率),
 * reply latency median and p90 in working hours, and unanswered messages older than N
 * days. Only messages received before `at` count.
 *
 * Calendar edge: a deadline past the calendar's last year (shipped: 2019–2026) does not
 * fail the run. Each message is settled as `replyDeadlineStatus` does it (a reply before
 * the first uncovered day is on time whatever the holidays); the rest are counted in
 * `calendarNotCovered` (closure: `closureCalendarNotCovered`) with the missing years in
 * `uncoveredYears`, and every other message and account is computed as usual.
 * Complexity O(messages × days of each deadline).
 * @throws {RangeError} an unknown policy or a bad `at`.
 * @returns One {@link InteractionStats} per account with messages (rates as fractions, latencies in working hours; `null` where nothing was measured).
 * @throws {TypeError} for a policy object that does not match `ReplyPolicySchema` (names the field), or an `at` of another type.
 * @example interactionStats(messages, { policy: 'yinchuan', at: Date.now() })[0].onTimeRate
 */
export function interactionStats(messages: readonly Message[], options: InteractionOptions): InteractionStats[] {
  const policy = resolveReplyPolicy(options.policy, 'interactionStats');
  const cal = options.calendar ?? defaultWorkingCalendar();
  const wt = { calendar: cal, ...(options.officeHours ? { officeHours: options.officeHours } : {}) };
  const at = instantArg(options.at, 'interactionStats', 'at');
  const oldMs = (options.unansweredAfterDays ?? 7) * 86_400_000;
  const by = group(messages.filter((m) => m.receivedAt.getTime() < at), (m) => m.accountId);
  const out: InteractionStats[] = [];
  for (const [accountId, list] of by) {
    let replied = 0, due = 0, onTime = 0, closureDue = 0, closedOnTime = 0, unansweredOld = 0, notCovered = 0, closureNotCovered = 0, latencyNotCovered = 0;
    const lat: number[] = [];
    const years = new Set<number>();
    for (const m of list) {
      const r = m.receivedAt.getTime();
      const reply = m.repliedAt?.getTime();
      const answered = reply !== undefined && reply <= at;
      if (answered) {
        replied++;
        try {
          lat.push(workingMsBetween(r, reply, wt) / HOUR_MS);
        } catch (e) {
          if (!(e instanceof CalendarNotCoveredError)) throw e;
          latencyNotCovered++;
          years.add(e.year);
        }
      }
      const first = firstResponseStatus(m, policy, at, wt);
      if (first.status === 'calendar-not-covered') { notCovered++; years.add(first.uncoveredYear!); }
      else if (first.status !== 'pending') { due++; if (first.status === 'on-time') onTime++; }
      if (!answered && at - r > oldMs) unansweredOld++;
      const rule = policy.closure[m.category] ?? policy.closureMax;
      if (rule) {
        const rules = [rule, ...(policy.closureMax && policy.closureMax !== rule ? [policy.closureMax] : [])];
        const closure = settleDeadline(m.closedAt?.getTime(), at, () => earliestDeadline(rules.map((d) => () => deadlineFrom(r, d, wt))));
        if (closure.status === 'calendar-not-covered') { closureNotCovered++; years.add(closure.uncoveredYear!); }
        else if (closure.status !== 'pending') { closureDue++; if (closure.status === 'on-time') closedOnTime++; }
      }
    }
    lat.sort((a, b) => a - b);
    out.push({
      accountId, messages: list.length, replied, replyRate: list.length ? replied / list.length : null, due, onTime, onTimeRate: due ? onTime / due : null,
      closureDue, closedOnTime, closureRate: closureDue ? closedOnTime / closureDue : null,
      latencyMedianHours: lat.length ? medianSorted(lat) : null,
      latencyP90Hours: lat.length ? quantileSorted(lat, 0.9) : null, unansweredOld,
      calendarNotCovered: notCovered, closureCalendarNotCovered: closureNotCovered, latencyCalendarNotCovered: latencyNotCovered, uncoveredYears: [...years].sort((a, b) => a - b),
    });
  }
  return out.sort((a, b) => (a.accountId < b.accountId ? -1 : 1));
}
