import { addWorkingDays } from '../calendar/add-working-days.js';
import { defaultWorkingCalendar } from '../calendar/working-calendar.js';
import { addWorkingTime, workingMsBetween, type WorkingTimeOptions } from '../calendar/working-time.js';
import { instantArg } from '../model/internal/instant-arg.js';
import { chinaDayNumber, HOUR_MS } from '../model/time.js';
import type { DateArg } from '../model/to-instant.js';
import type { Message } from '../model/schemas.js';
import { REPLY_POLICIES, ReplyPolicySchema, type Deadline, type ReplyPolicy } from './reply-policies.js';

/** Interaction figures of one account (or of all messages). */
export interface InteractionStats {
  accountId: string;
  messages: number;
  replied: number;
  /** replied / messages; null with no message. */
  replyRate: number | null;
  /** Messages whose first-response deadline has passed by `at` or that were answered. */
  due: number;
  onTime: number;
  /** onTime / due; null when none is due. */
  onTimeRate: number | null;
  /** Closure (办结) on time under the policy's closure deadlines, among messages that need closure and are due. */
  closureDue: number;
  closedOnTime: number;
  /** 诉求办结率: closed on time / closure due; null when none is due. */
  closureRate: number | null;
  /** Reply latency in working hours: median and 90th percentile (nearest rank); null with no reply. */
  latencyMedianHours: number | null;
  latencyP90Hours: number | null;
  /** Unanswered messages older than `unansweredAfterDays` at `at`. */
  unansweredOld: number;
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

/** The deadline instant for a message under a deadline rule. */
export function deadlineFrom(startDate: DateArg, d: Deadline, options: WorkingTimeOptions = {}): number {
  const start = instantArg(startDate, 'deadlineFrom', 'start');
  if (d.unit === 'hours') return start + d.amount * HOUR_MS;
  if (d.unit === 'workingHours') return addWorkingTime(start, d.amount * HOUR_MS, options);
  return addWorkingDays(new Date(start), Math.ceil(d.amount), { calendar: options.calendar }).getTime();
}

const quantile = (sorted: number[], q: number) => (sorted.length ? sorted[Math.max(0, Math.ceil(q * sorted.length) - 1)]! : null);

/**
 * Interaction figures from public messages, per account: reply rate, on-time rate
 * under a deadline policy (working time on the China calendar), closure rate (诉求办结率),
 * reply latency median and p90 in working hours, and unanswered messages older than N
 * days. Only messages received before `at` count. Complexity O(messages × days of
 * each deadline).
 * @example interactionStats(messages, { policy: 'yinchuan', at: Date.now() })[0].onTimeRate
 */
export function interactionStats(messages: readonly Message[], options: InteractionOptions): InteractionStats[] {
  const policy = typeof options.policy === 'object' ? ReplyPolicySchema.parse(options.policy) : REPLY_POLICIES[options.policy ?? 'yueqing'];
  if (!policy) throw new RangeError(`interactionStats: unknown policy "${String(options.policy)}" (yinchuan, yueqing, jingmen or a policy object)`);
  const cal = options.calendar ?? defaultWorkingCalendar();
  const wt = { calendar: cal, officeHours: options.officeHours };
  const at = instantArg(options.at, 'interactionStats', 'at');
  const oldMs = (options.unansweredAfterDays ?? 7) * 86_400_000;
  const by = new Map<string, Message[]>();
  for (const m of messages) {
    if (m.receivedAt.getTime() >= at) continue;
    let l = by.get(m.accountId);
    if (!l) by.set(m.accountId, (l = []));
    l.push(m);
  }
  const out: InteractionStats[] = [];
  for (const [accountId, list] of by) {
    let replied = 0, due = 0, onTime = 0, closureDue = 0, closedOnTime = 0, unansweredOld = 0;
    const lat: number[] = [];
    for (const m of list) {
      const r = m.receivedAt.getTime();
      const reply = m.repliedAt?.getTime();
      const rest = policy.firstResponseRestDay && !cal.isWorkingDayNumber(chinaDayNumber(r));
      const deadline = deadlineFrom(r, rest ? policy.firstResponseRestDay! : policy.firstResponse, wt);
      if (reply !== undefined && reply <= at) {
        replied++;
        lat.push(workingMsBetween(r, reply, wt) / HOUR_MS);
      }
      const answered = reply !== undefined && reply <= at;
      if (answered || deadline <= at) { due++; if (answered && reply! <= deadline) onTime++; }
      if (!answered && at - r > oldMs) unansweredOld++;
      const rule = policy.closure[m.category] ?? policy.closureMax;
      if (rule) {
        let cd = deadlineFrom(r, rule, wt);
        if (policy.closureMax) cd = Math.min(cd, deadlineFrom(r, policy.closureMax, wt));
        const closed = m.closedAt?.getTime();
        const isClosed = closed !== undefined && closed <= at;
        if (isClosed || cd <= at) { closureDue++; if (isClosed && closed! <= cd) closedOnTime++; }
      }
    }
    lat.sort((a, b) => a - b);
    out.push({
      accountId, messages: list.length, replied, replyRate: list.length ? replied / list.length : null, due, onTime, onTimeRate: due ? onTime / due : null,
      closureDue, closedOnTime, closureRate: closureDue ? closedOnTime / closureDue : null,
      latencyMedianHours: lat.length ? (lat.length % 2 ? lat[(lat.length - 1) / 2]! : (lat[lat.length / 2 - 1]! + lat[lat.length / 2]!) / 2) : null,
      latencyP90Hours: quantile(lat, 0.9), unansweredOld,
    });
  }
  return out.sort((a, b) => (a.accountId < b.accountId ? -1 : 1));
}
