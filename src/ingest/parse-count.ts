import { toHalfWidth } from './to-half-width.js';

/** Result of reading one raw cell: a value (`undefined` = missing) or the reason it was rejected. */
export type CellResult<T> = { ok: true; value: T | undefined } | { ok: false; reason: string };

/** Cells that mean "no value" in provider exports (`--` is 清博's, `N/A` Excel's). */
export const MISSING_CELLS: ReadonlySet<string> = new Set(['', '-', '--', '—', '——', '/', 'null', 'NULL', 'N/A', 'n/a', '#N/A']);
// digits (with optional thousands groups), optional fraction, optional unit, optional "+".
const COUNT = /^\+?(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?\s*(万|w|W|亿)?\s*(\+)?$/;
const MAX = BigInt(Number.MAX_SAFE_INTEGER);

/**
 * Reads a count cell as the index providers print it (SPEC §1, issue 12):
 * `"10万+"`/`"10w+"` → 100001 (the providers' convention for a capped counter, for
 * reads and likes alike: one more than the cap, so it ranks above an exact 100000),
 * `"1.2万"` → 12000, `"1.5亿"` → 150000000, `"3,456"` → 3456 (comma, full-width comma, or a tab
 * between groups of exactly three digits), `"999+"` → 1000;
 * full-width digits, commas and signs (`１２３４`, `＋`) are folded first; `""`, `-`,
 * `--`, `—`, `/`, `N/A` → missing.
 *
 * The rule for fractions, the same for CSV text and JSON numbers: a count must be a
 * whole number once its unit is applied (`1.2万` = 12000 and `1234.0` = 1234 are read;
 * `12.5` and `1.23456万` = 12345.6 are rejected, never rounded). Rejected too: negative
 * numbers, `NaN`/`Infinity`/`1e308` and any count above 2^53 − 1 (it could not be held
 * exactly), percentages (`12%`), approximations (`约1万`) and units the providers do not
 * use (`1.2k`). The arithmetic is exact (decimal, via BigInt), so `1.2万` is 12000, not
 * 12000.000000000002.
 *
 * Complexity O(length).
 * Reasons are in Chinese (a clerk reads them), quoting the value, with a hint:
 * `不是计数（负数）："-5"` (not a count: negative), `（百分比，不是计数）` (a percentage),
 * `（约数）` (an approximation), `（平台不用 k 作单位，请写 1200）` (unit k), else
 * `（须为 ≥ 0 的数）`; `不是整数计数` (not a whole count); `超过 2^53 − 1` (above 2^53 − 1).
 * @returns `{ ok: true, value }` (value undefined for missing) or `{ ok: false, reason }`.
 * @example parseCount('10万+') // { ok: true, value: 100001 }
 * @example parseCount('１２３４') // { ok: true, value: 1234 }
 * @example parseCount('-') // { ok: true, value: undefined }
 */
export function parseCount(raw: unknown): CellResult<number> {
  if (raw === null || raw === undefined) return { ok: true, value: undefined };
  if (typeof raw === 'number') {
    if (!Number.isFinite(raw) || raw < 0) return { ok: false, reason: `不是计数（须为有限的数，≥ 0）：${raw}` };
    if (!Number.isInteger(raw)) return { ok: false, reason: `不是整数计数：${raw}（计数须为整数；小数一律拒收，不作取整）` };
    if (raw > Number.MAX_SAFE_INTEGER) return { ok: false, reason: `计数 ${raw} 超过 2^53 − 1，无法精确保存` };
    return { ok: true, value: raw };
  }
  if (typeof raw !== 'string') return { ok: false, reason: `不是计数：${JSON.stringify(raw)}` };
  const s = toHalfWidth(raw).trim();
  if (MISSING_CELLS.has(s)) return { ok: true, value: undefined };
  // A tab between digit groups (`1<TAB>234`) is the thousands comma of a comma-grouped
  // cell re-delimited as tab-separated text; groups must still be exactly three digits.
  const m = COUNT.exec(s.replace(/(\d)\t(?=\d{3}(?:\D|$))/g, '$1,'));
  if (!m) {
    const hint = /^-\s*\d/.test(s) ? '（负数）' : /%$/.test(s) ? '（百分比，不是计数）' : /^[约近超逾]/.test(s) ? '（约数）' : /\d\s*[kK]$/.test(s) ? '（平台不用 k 作单位，请写 1200）' : '（须为 ≥ 0 的数）';
    return { ok: false, reason: `不是计数${hint}："${raw}"` };
  }
  const int = m[1]!.replace(/,/g, '');
  const frac = (m[2] ?? '').replace(/0+$/, '');
  const zeros = m[3] === '亿' ? 8 : m[3] ? 4 : 0;
  if (frac.length > zeros) return { ok: false, reason: `不是整数计数："${raw}"（计数须为整数；小数一律拒收，不作取整）` };
  let v = BigInt(int + frac.padEnd(zeros, '0'));
  if (m[4]) v += 1n;
  if (v > MAX) return { ok: false, reason: `计数 "${raw}" 超过 2^53 − 1，无法精确保存` };
  return { ok: true, value: Number(v) };
}
