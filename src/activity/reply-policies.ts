import { z } from 'zod';

/** A deadline: an amount of working hours, working days, or clock hours. */
export const DeadlineSchema = z.object({ amount: z.number().positive(), unit: z.enum(['workingHours', 'workingDays', 'hours']) });
export type Deadline = z.infer<typeof DeadlineSchema>;

/**
 * A reply policy: the first-response deadline (optionally a different one for
 * messages received on rest days), and closure deadlines per message category.
 */
export const ReplyPolicySchema = z.object({
  id: z.string(),
  source: z.string().default('office-defined'),
  firstResponse: DeadlineSchema,
  /** Deadline for messages received on a rest day (weekend/holiday), if different. */
  firstResponseRestDay: DeadlineSchema.optional(),
  closure: z.object({ consultation: DeadlineSchema.optional(), complaint: DeadlineSchema.optional(), suggestion: DeadlineSchema.optional() }).default({}),
  /** Upper bound on any closure (e.g. 15 working days). */
  closureMax: DeadlineSchema.optional(),
});
export type ReplyPolicy = z.output<typeof ReplyPolicySchema>;

const wd = (amount: number) => ({ amount, unit: 'workingDays' as const });
const wh = (amount: number) => ({ amount, unit: 'workingHours' as const });

/**
 * Named reply policies (SPEC §4):
 * - `yinchuan`: seed 003 (Yinchuan's promise) — reply within 1 hour in working time,
 *   within 8 hours on rest days.
 * - `yueqing`: Yueqing rules — first response within 1 working day; consultations
 *   closed within 2 working days, complaints within 5, everything within 15.
 * - `jingmen`: Jingmen rules — first response within 4 hours (read as working hours:
 *   our reading), complaints closed within 5 working days, everything within 10.
 */
export const REPLY_POLICIES: Readonly<Record<'yinchuan' | 'yueqing' | 'jingmen', ReplyPolicy>> = Object.freeze({
  yinchuan: ReplyPolicySchema.parse({ id: 'yinchuan', source: 'seed 003: 银川 “工作时间1小时、休息日8小时内回复”', firstResponse: wh(1), firstResponseRestDay: { amount: 8, unit: 'hours' } }),
  yueqing: ReplyPolicySchema.parse({ id: 'yueqing', source: '乐清 local rule (SPEC §4)', firstResponse: wd(1), closure: { consultation: wd(2), complaint: wd(5) }, closureMax: wd(15) }),
  jingmen: ReplyPolicySchema.parse({ id: 'jingmen', source: '荆门 local rule (SPEC §4)', firstResponse: wh(4), closure: { complaint: wd(5) }, closureMax: wd(10) }),
});
