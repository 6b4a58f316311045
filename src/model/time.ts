/** Milliseconds in one hour. */
export const HOUR_MS = 3_600_000;
/** Milliseconds in one day. */
export const DAY_MS = 86_400_000;
/** China Standard Time offset (UTC+08:00) in milliseconds; mainland China has no DST. */
export const CHINA_OFFSET_MS = 8 * HOUR_MS;

const ISO_LIKE =
  /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T]+(\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3})\d*)?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/;
const CHINESE_DATE = /^(\d{4})年(\d{1,2})月(\d{1,2})[日号]?(?:\s*(\d{1,2})[:时](\d{1,2})(?:分|[:分](\d{2})秒?)?)?$/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})(?:[ T]?(\d{2}):?(\d{2})(?::?(\d{2}))?)?$/;

/** Full-width digits, colon, dot, slash, dash, plus, letters and U+3000 folded to ASCII. */
const fold = (s: string) => (/[\uFF01-\uFF5E\u3000]/.test(s) ? s.replace(/[\uFF01-\uFF5E\u3000]/g, (c) => (c === '\u3000' ? ' ' : String.fromCharCode(c.charCodeAt(0) - 0xfee0))) : s);

/**
 * Parses a timestamp string into epoch milliseconds. A timestamp without an
 * offset is read as China time (UTC+08:00), the convention of the seeds' exports and
 * of the index providers (SPEC §1). Accepts `2024-03-01`, `2024-03-01 08:30`,
 * `2024/3/1 8:30:15`, `2024.3.1 8:30`, ISO 8601 with `Z` or `±hh:mm`, `2024年3月1日 08:30`,
 * `2024年03月01日 08时30分`, the compact `20240301` (公众平台 exports), and full-width digits
 * and colons (`08：30`).
 *
 * Degenerate input returns `null`: not a recognisable timestamp, an impossible date
 * (2024-02-30) or time, an impossible UTC offset (`+25:00`; real offsets lie within
 * ±14:00), a two-digit year (`24/9/5`: never guessed). Callers turn that into a
 * rejection naming the row.
 *
 * Complexity O(length of s).
 * @returns Epoch ms, or `null` when the string is not a date/time.
 * @example parseChinaTime('2024-03-01 00:00:00') // 1709222400000 (= 2024-02-29T16:00:00Z)
 */
export function parseChinaTime(s: string): number | null {
  const t = fold(s).trim();
  let m = ISO_LIKE.exec(t);
  let parts: (string | undefined)[] | null = null;
  let offset: string | undefined;
  if (m) {
    parts = [m[1], m[2], m[3], m[4], m[5], m[6], m[7]];
    offset = m[8];
  } else if ((m = CHINESE_DATE.exec(t))) parts = [m[1], m[2], m[3], m[4], m[5], m[6], undefined];
  else if ((m = COMPACT.exec(t))) parts = [m[1], m[2], m[3], m[4], m[5], m[6], undefined];
  if (!parts) return null;
  const num = (p: string | undefined): number => (p === undefined ? 0 : Number(p));
  const year = num(parts[0]), month = num(parts[1]), day = num(parts[2]);
  const hour = num(parts[3]), minute = num(parts[4]), second = num(parts[5]);
  const milli = parts[6] === undefined ? 0 : Number(parts[6].padEnd(3, '0'));
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 59) return null;
  // Date.UTC maps years 0–99 to 1900–1999; shift by a 400-year cycle (146097 days) to keep year 24 as 0024.
  const utc = year < 100 ? Date.UTC(year + 400, month - 1, day, hour, minute, second, milli) - 146097 * DAY_MS : Date.UTC(year, month - 1, day, hour, minute, second, milli);
  const check = new Date(utc);
  if (check.getUTCDate() !== day || check.getUTCMonth() !== month - 1) return null;
  let off = CHINA_OFFSET_MS;
  if (offset !== undefined) {
    if (offset === 'Z') off = 0;
    else {
      const sign = offset[0] === '-' ? -1 : 1;
      const digits = offset.slice(1).replace(':', '');
      const oh = Number(digits.slice(0, 2)), om = digits.length > 2 ? Number(digits.slice(2)) : 0;
      if (oh > 14 || om > 59 || (oh === 14 && om > 0)) return null;
      off = sign * (oh * HOUR_MS + om * 60_000);
    }
  }
  return utc - off;
}

/**
 * The China-time calendar day of an instant, as a whole number of days since
 * 1970-01-01 (China date). Two instants fall on the same China day iff they have
 * the same day number. Complexity O(1).
 * @returns Days since 1970-01-01 of the China date.
 * @example chinaDayNumber(Date.parse('2024-03-01T23:59:59+08:00')) // 19783
 */
export function chinaDayNumber(ms: number): number {
  return Math.floor((ms + CHINA_OFFSET_MS) / DAY_MS);
}

/**
 * The China date (YYYY-MM-DD) of an instant. Complexity O(1).
 * @returns `YYYY-MM-DD`.
 * @example chinaDate(Date.parse('2024-02-29T16:00:00Z')) // '2024-03-01'
 */
export function chinaDate(ms: number): string {
  return new Date(ms + CHINA_OFFSET_MS).toISOString().slice(0, 10);
}

/**
 * Formats an instant as an ISO 8601 string in China time with its offset,
 * e.g. `2024-03-01T08:30:00+08:00`. JSON outputs use this form.
 * @returns `YYYY-MM-DDTHH:MM:SS+08:00`.
 * @example formatChinaTime(Date.parse('2024-03-01T00:30:00Z')) // '2024-03-01T08:30:00+08:00'
 */
export function formatChinaTime(ms: number): string {
  return new Date(ms + CHINA_OFFSET_MS).toISOString().slice(0, 19) + '+08:00';
}
