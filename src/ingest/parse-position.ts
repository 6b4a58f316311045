import { MISSING_CELLS, type CellResult } from './parse-count.js';
import { toHalfWidth } from './to-half-width.js';

const WORDS: Record<string, number> = { 头条: 1, 首条: 1, 次条: 2, 二条: 2, 三条: 3, 四条: 4, 五条: 5, 六条: 6, 七条: 7, 八条: 8 };
const NUMERALS = '一二三四五六七八九';

/** 一..九十九 as a number, or NaN. */
function chineseNumeral(s: string): number {
  if (/^\d+$/.test(s)) return Number(s);
  const m = /^([一二三四五六七八九])?(十)?([一二三四五六七八九])?$/.exec(s);
  if (!m || s === '') return NaN;
  const d = (c: string | undefined) => (c ? NANUM(c) : 0);
  if (m[2]) return (m[1] ? d(m[1]) : 1) * 10 + d(m[3]);
  return m[3] ? NaN : d(m[1]);
}
const NANUM = (c: string) => NUMERALS.indexOf(c) + 1;

/**
 * Reads a position-in-push cell (1 = the headline 头条) as WeChat exports write it:
 * `头条`/`首条` → 1, `次条`/`二条` → 2, `三条` → 3, `第N条` (`第2条`, `第二条`) → N, or the
 * number itself (`3`, full-width `３`). Positions run 1..65535 (a push holds at most 8
 * articles today; the bound is the table's storage). Empty and `--` are missing.
 * @returns `{ ok: true, value }` (value undefined for missing) or `{ ok: false, reason }`.
 * @example parsePosition('次条') // { ok: true, value: 2 }
 * @example parsePosition('第3条') // { ok: true, value: 3 }
 */
export function parsePosition(raw: unknown): CellResult<number> {
  if (raw === null || raw === undefined) return { ok: true, value: undefined };
  let v: number;
  if (typeof raw === 'number') v = raw;
  else if (typeof raw === 'string') {
    const s = toHalfWidth(raw).trim();
    if (MISSING_CELLS.has(s)) return { ok: true, value: undefined };
    const m = /^第\s*(\S+?)\s*[条篇]$/.exec(s);
    v = WORDS[s] ?? (m ? chineseNumeral(m[1]!) : /^\d+$/.test(s) ? Number(s) : NaN);
  } else v = NaN;
  return Number.isInteger(v) && v >= 1 && v <= 65535 ? { ok: true, value: v } : { ok: false, reason: `不是推送位置（头条/次条/第N条/N，1 = 头条）："${String(raw)}"` };
}
