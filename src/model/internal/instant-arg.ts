import { parseChinaTime } from '../time.js';
import type { DateArg } from '../to-instant.js';

/**
 * Internal: resolves a {@link DateArg} to epoch ms, naming the calling function and
 * argument in the error. Every public function taking a date goes through here.
 */
export function instantArg(date: DateArg, fn: string, name = 'date'): number {
  if (date instanceof Date) {
    const ms = date.getTime();
    if (!Number.isFinite(ms)) throw new RangeError(`${fn}: ${name} is an invalid Date`);
    return ms;
  }
  if (typeof date === 'number') {
    if (!Number.isFinite(date)) throw new RangeError(`${fn}: ${name} must be finite epoch milliseconds, got ${date}`);
    return date;
  }
  if (typeof date === 'string') {
    const ms = parseChinaTime(date);
    if (ms === null) throw new RangeError(`${fn}: ${name} is not a date/time: "${date}" (e.g. 2024-09-30, "2024-09-30 17:00", ISO 8601)`);
    return ms;
  }
  throw new TypeError(`${fn}: ${name} must be epoch milliseconds, a Date or a string, got ${date === null ? 'null' : typeof date}`);
}
