import { instantArg } from './internal/instant-arg.js';

/**
 * A date argument, accepted by every public function that takes a date or the
 * observation instant `at`: epoch milliseconds, a `Date`, or a string read by
 * {@link parseChinaTime} — a string without an offset is China time (UTC+08:00), so
 * `'2024-09-30'` is 00:00 China time on that day.
 */
export type DateArg = number | Date | string;

/**
 * Resolves a {@link DateArg} to epoch milliseconds — the one resolver every public
 * function uses for its date arguments.
 * @throws {RangeError} an invalid `Date`, a non-finite number, or a string that is not a date/time.
 * @throws {TypeError} anything else (null, an object …).
 * @returns Epoch ms.
 * @example toInstant('2024-10-01') // 1727712000000 (= 2024-09-30T16:00:00Z)
 * @example toInstant(new Date(0)) // 0
 */
export function toInstant(date: DateArg): number {
  return instantArg(date, 'toInstant');
}
