import type { WorkingCalendar } from '../../calendar/working-calendar.js';
import type { WorkingTimeOptions } from '../../calendar/working-time.js';
import type { Message } from '../../model/schemas.js';
import { chinaDayNumber } from '../../model/time.js';
import { deadlineFrom } from '../deadline-from.js';
import { REPLY_POLICIES, ReplyPolicySchema, type ReplyPolicy } from '../reply-policies.js';
import { settleDeadline, type SettledDeadline } from './settle-deadline.js';

/** Internal: a policy option resolved (named or custom), or a RangeError naming `fn`. */
export function resolveReplyPolicy(policy: keyof typeof REPLY_POLICIES | ReplyPolicy | undefined, fn: string): ReplyPolicy {
  const p = typeof policy === 'object' ? ReplyPolicySchema.parse(policy) : REPLY_POLICIES[policy ?? 'yueqing'];
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
