import type { WorkingCalendar } from '../../calendar/working-calendar.js';
import type { WorkingTimeOptions } from '../../calendar/working-time.js';
import type { Message } from '../../model/schemas.js';
import { chinaDayNumber } from '../../model/time.js';
import { deadlineFrom } from '../deadline-from.js';
import { REPLY_POLICIES, ReplyPolicySchema, type ReplyPolicy } from '../reply-policies.js';
import { settleDeadline, type SettledDeadline } from './settle-deadline.js';

/**
 * Internal: a policy option resolved, named (default `'yueqing'`) or an office's own object
 * validated against `ReplyPolicySchema` (defaults filled in). Shared by `interactionStats`,
 * `earlyWarnings` and `buildQuarterlyReport`, so a bad policy fails the same way in all
 * three, and never as a raw `ZodError`.
 * @throws {TypeError} when a policy object does not match the schema; the message names
 *   `fn`, the field path (`policy.firstResponse.amount`) and zod's reason.
 * @throws {RangeError} when `policy` is a string that names no known policy.
 */
export function resolveReplyPolicy(policy: keyof typeof REPLY_POLICIES | ReplyPolicy | undefined, fn: string): ReplyPolicy {
  if (policy !== null && typeof policy === 'object') {
    const r = ReplyPolicySchema.safeParse(policy);
    if (r.success) return r.data;
    const i = r.error.issues[0]!;
    throw new TypeError(`${fn}: ${['policy', ...i.path.map(String)].join('.')}: ${i.message}`);
  }
  const p = Object.hasOwn(REPLY_POLICIES, policy ?? 'yueqing') ? REPLY_POLICIES[policy ?? 'yueqing'] : undefined;
  if (!p) throw new RangeError(`${fn}: unknown policy "${String(policy)}" (yinchuan, yueqing, jingmen or a policy object)`);
  return p;
}

/** Internal: `replyDeadlineStatus` with options resolved (used by interactionStats, earlyWarnings, the quarterly report). */
export function firstResponseStatus(
  message: Pick<Message, 'receivedAt' | 'repliedAt'>,
  policy: ReplyPolicy,
  at: number,
  wt: WorkingTimeOptions & { calendar: WorkingCalendar },
): SettledDeadline {
  const r = message.receivedAt.getTime();
  return settleDeadline(message.repliedAt?.getTime(), at, () => {
    const rest = policy.firstResponseRestDay && !wt.calendar.isWorkingDayNumber(chinaDayNumber(r));
    return deadlineFrom(r, rest ? policy.firstResponseRestDay! : policy.firstResponse, wt);
  });
}
