import { addWorkingDays } from '../calendar/add-working-days.js';
import { addWorkingTime, type WorkingTimeOptions } from '../calendar/working-time.js';
import { instantArg } from '../model/internal/instant-arg.js';
import { HOUR_MS } from '../model/time.js';
import type { DateArg } from '../model/to-instant.js';
import type { Deadline } from './reply-policies.js';

/**
 * The deadline instant (epoch ms) for something received at `start` under a deadline
 * rule: clock hours, working hours (office hours on working days), or working days
 * (same time of day, `amount` rounded up). Rules: SPEC §4 (reply policies).
 * Complexity O(days to the deadline).
 * @returns The deadline, epoch ms.
 * @throws {RangeError} a bad `start`; {@link CalendarNotCoveredError} when the count needs a day outside the calendar's years.
 * @example deadlineFrom('2024-09-30 17:00', { amount: 1, unit: 'workingHours' }) // 09:30 on 2024-10-08, China time
 */
export function deadlineFrom(startDate: DateArg, d: Deadline, options: WorkingTimeOptions = {}): number {
  const start = instantArg(startDate, 'deadlineFrom', 'start');
  if (d.unit === 'hours') return start + d.amount * HOUR_MS;
  if (d.unit === 'workingHours') return addWorkingTime(start, d.amount * HOUR_MS, options);
  return addWorkingDays(new Date(start), Math.ceil(d.amount), { calendar: options.calendar }).getTime();
}
