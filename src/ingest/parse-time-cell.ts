import { CHINA_OFFSET_MS, DAY_MS, formatChinaTime, parseChinaTime } from '../model/time.js';
import { MISSING_CELLS, type CellResult } from './parse-count.js';
import { toHalfWidth } from './to-half-width.js';

/** Unit of a bare-number timestamp: epoch milliseconds, epoch seconds, or an Excel serial date (days since 1899-12-30, China wall-clock time). */
export type TimeUnit = 'ms' | 's' | 'excel';
export const TIME_UNITS: readonly TimeUnit[] = ['ms', 's', 'excel'];

/** Earliest plausible post/message time by default: 2000-01-01 00:00 China time (no government new-media account predates it). */
export const DEFAULT_EARLIEST_TIME = Date.UTC(2000, 0, 1) - CHINA_OFFSET_MS;

/** How {@link parseTimeCell} reads one cell. */
export interface TimeCellOptions {
  /** Unit of bare numbers; without it a bare number is rejected with a hint (never read as 1970). */
  timeUnit?: TimeUnit;
  /** Times outside `[min, max]` (epoch ms) are rejected as implausible. */
  min: number;
  max: number;
}

/** The serial-date origin of Excel's 1900 date system: 1899-12-30 (Excel's own 1900 leap-year bug makes this the origin for every date after 1900-03-01). */
const EXCEL_EPOCH_DAYS = 25569; // 1970-01-01 as an Excel serial

/** What a bare number would be in each unit, as a hint. */
function guess(v: number): string {
  if (v > 20000 && v < 80000) return `是 Excel 日期序号吗？（${v} 作 Excel 日期为 ${formatChinaTime(Math.round((v - EXCEL_EPOCH_DAYS) * DAY_MS) - CHINA_OFFSET_MS)}；timeUnit 'excel' / --time-unit excel）`;
  if (v > 5e8 && v < 5e9) return `是 Unix 秒数吗？（按秒为 ${formatChinaTime(v * 1000)}；timeUnit 's' / --time-unit s）`;
  if (v > 5e11 && v < 5e12) return `是 Unix 毫秒数吗？（timeUnit 'ms' / --time-unit ms）`;
  return `是 Unix 秒数还是 Excel 日期序号？（请给 timeUnit 'ms' | 's' | 'excel' / --time-unit）`;
}

/**
 * Reads a time cell (issue 12): a date/time string (see `parseChinaTime`; no offset =
 * China time) or, only with an explicit `timeUnit`, a bare number (epoch ms, epoch
 * seconds, or an Excel serial date read as China wall-clock time). Each rejection says
 * why: a bare number without a unit (with a guess: "Excel serial date?", "epoch
 * seconds?"), Excel's forced-text form `="2024-09-03 10:00:00"`, a two-digit year, a
 * month/day order that cannot be told (`9/7/2024`), a 12-hour clock (`下午 2:30`), an
 * impossible offset (`+25:00`), and any time outside `[min, max]` (default 2000-01-01 ..
 * read time + 1 day: a 2099 post or an epoch read in the wrong unit is never accepted
 * as 1970 or 2100). Reasons are in Chinese, quoting the cell: `不是日期时间："…"` (not a
 * date/time), `纯数字没有单位` (a bare number without its unit, with a guess: `是 Excel 日期序号吗？`
 * Excel serial date?, `是 Unix 秒数吗？` epoch seconds?), `Excel 公式文本` (formula text),
 * `两位数年份` (two-digit year), `不读 12 小时制` (12-hour clock), `无法判断日、月的先后`
 * (day/month order), `不可能的时区偏移` (impossible offset), `时间不合理` (implausible time).
 * @returns `{ ok: true, value }` (epoch ms; undefined for missing) or `{ ok: false, reason }`.
 * @example parseTimeCell('2024年9月1日 08:30', { min: 0, max: 4e12 }) // { ok: true, value: 1725150600000 }
 * @example parseTimeCell(45536.35, { timeUnit: 'excel', min: 0, max: 4e12 }).value // 1725150240000 (2024-09-01 08:24 China time)
 */
export function parseTimeCell(raw: unknown, options: TimeCellOptions): CellResult<number> {
  if (raw === null || raw === undefined) return { ok: true, value: undefined };
  let ms: number;
  if (raw instanceof Date) ms = raw.getTime();
  else if (typeof raw === 'number' || (typeof raw === 'string' && /^\s*[0-9０-９]+(?:[.．][0-9０-９]+)?\s*$/.test(raw) && parseChinaTime(raw) === null)) {
    const v = typeof raw === 'number' ? raw : Number(toHalfWidth(raw).trim());
    if (!Number.isFinite(v)) return { ok: false, reason: `不是时间：${String(raw)}` };
    const unit = options.timeUnit;
    if (unit === undefined) return { ok: false, reason: `纯数字没有单位，不能当作时间：${String(raw)} — ${guess(v)}` };
    ms = unit === 'ms' ? v : unit === 's' ? v * 1000 : Math.round((v - EXCEL_EPOCH_DAYS) * DAY_MS) - CHINA_OFFSET_MS;
    if (!Number.isFinite(ms)) return { ok: false, reason: `不是时间：${String(raw)}` };
  } else if (typeof raw === 'string') {
    const s = toHalfWidth(raw).trim();
    if (MISSING_CELLS.has(s)) return { ok: true, value: undefined };
    const parsed = parseChinaTime(s);
    if (parsed === null) return { ok: false, reason: timeReason(raw, s) };
    ms = parsed;
  } else return { ok: false, reason: `不是时间：${JSON.stringify(raw)}` };
  if (Number.isNaN(ms)) return { ok: false, reason: '无效日期' };
  if (ms < options.min || ms > options.max) {
    const shown = Math.abs(ms) < 8.64e15 ? formatChinaTime(ms) : String(raw);
    const side = ms < options.min ? `早于 ${formatChinaTime(options.min)}` : `晚于 ${formatChinaTime(options.max)}（读取时间 + 1 天）`;
    return { ok: false, reason: `时间不合理 ${shown}：${side} — 是 Unix 秒数、Excel 日期序号，还是录入错误？（可接受的范围由 timeBounds 选项给定）` };
  }
  return { ok: true, value: ms };
}

function timeReason(raw: string, s: string): string {
  if (/^=\s*"/.test(s)) return `Excel 公式文本（="…"），不是日期："${raw}" — 请把该列存为日期或纯文本`;
  if (/上午|下午|中午|晚上|凌晨|\b[AaPp]\.?[Mm]\.?\b/.test(s)) return `不读 12 小时制（上午/下午、AM/PM）："${raw}" — 请用 24 小时制（14:30）`;
  if (/^\d{2}[-/.]\d{1,2}[-/.]\d{1,2}(?:\s|$)/.test(s)) return `两位数年份："${raw}" — 请写四位年份（2024-09-05）`;
  if (/^\d{1,2}[-/.]\d{1,2}[-/.]\d{4}/.test(s)) return `无法判断日、月的先后："${raw}" — 请把年份写在前面（YYYY-MM-DD）`;
  if (/[+-]\d{2}:?\d{2}$/.test(s)) return `不可能的时区偏移："${raw}"（偏移须在 ±14:00 以内）`;
  return `不是日期时间："${raw}"`;
}
