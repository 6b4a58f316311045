import { defaultWorkingCalendar } from '../calendar/working-calendar.js';
import type { WorkingTimeOptions } from '../calendar/working-time.js';
import { instantArg } from '../model/internal/instant-arg.js';
import type { Message } from '../model/schemas.js';
import type { DateArg } from '../model/to-instant.js';
import { firstResponseStatus, resolveReplyPolicy } from './internal/first-response.js';
import type { DeadlineStatus, SettledDeadline } from './internal/settle-deadline.js';
import type { REPLY_POLICIES, ReplyPolicy } from './reply-policies.js';

export type { DeadlineStatus, SettledDeadline };

/** Options of {@link replyDeadlineStatus}. */
export interface ReplyDeadlineOptions extends WorkingTimeOptions {
  /** A named policy (`'yinchuan'`, `'yueqing'`, `'jingmen'`) or a custom one. Default `'yueqing'`. */
  policy?: keyof typeof REPLY_POLICIES | ReplyPolicy;
  /** The observation instant: replies after it are not seen. */
  at: DateArg;
}

/**
 * Where one message's first-response deadline stands at `at`, under a reply policy
 * (SPEC §4) on the working calendar:
 * `on-time` (replied by `at` and by the deadline), `late` (replied after it, or unanswered
 * with the deadline passed), `pending` (unanswered, deadline still ahead) or
 * `calendar-not-covered`.
 *
 * Calendar edge (issue 13): a deadline that runs past the calendar's last year (the
 * shipped one covers 2019–2026) cannot be counted, but it is then no earlier than
 * 00:00 China time of the first uncovered day; a reply before that day is `on-time`, an
 * unanswered message observed before that day is `pending`, and only the rest is
 * `calendar-not-covered`, with `uncoveredYear` naming the year to supply
 * (`createWorkingCalendar({ ...CHINA_HOLIDAYS, [year]: … })`, passed as `calendar`).
 * `deadline` is the instant (epoch ms) when it could be counted, else null.
 *
 * Complexity O(days to the deadline).
 * @returns `{ status, deadline, uncoveredYear? }` ({@link SettledDeadline}).
 * @throws {RangeError} for an unknown policy or a bad `at`.
 * @example replyDeadlineStatus({ receivedAt: new Date('2026-12-31T16:00:00+08:00') }, { at: '2027-01-05' }) // { status: 'calendar-not-covered', deadline: null, uncoveredYear: 2027 }
 */
export function replyDeadlineStatus(message: Pick<Message, 'receivedAt' | 'repliedAt'>, options: ReplyDeadlineOptions): SettledDeadline {
  const policy = resolveReplyPolicy(options.policy, 'replyDeadlineStatus');
  const at = instantArg(options.at, 'replyDeadlineStatus', 'at');
  const wt = { calendar: options.calendar ?? defaultWorkingCalendar(), ...(options.officeHours ? { officeHours: options.officeHours } : {}) };
  return firstResponseStatus(message, policy, at, wt);
}
