import type { CellResult } from './parse-count.js';
import { toHalfWidth } from './to-half-width.js';

const TRUE = new Set(['是', '有', '开通', '已开通', '开启', '已开启', '原创', '头条', 'true', 'yes', 'y', '1', '√', '✓', '✔']);
const FALSE = new Set(['否', '无', '未开通', '未开启', '关闭', '非原创', '转载', '转发', 'false', 'no', 'n', '0', '×', '✗', '✘']);

/**
 * Reads a yes/no cell: 是/否, 有/无, 开通/未开通, true/false, yes/no, Y/N, 1/0, √/×, and
 * the originality labels of Weibo and WeChat exports: `原创` → true, `转发`/`非原创`/`转载`
 * → false (a column 原创/转发 read as "is original"). Empty and `-` are missing.
 * Anything else is rejected with a reason.
 * @returns `{ ok: true, value }` (value undefined for missing) or `{ ok: false, reason }`.
 * @example parseFlag('是') // { ok: true, value: true }
 * @example parseFlag('转发') // { ok: true, value: false }
 */
export function parseFlag(raw: unknown): CellResult<boolean> {
  if (raw === null || raw === undefined) return { ok: true, value: undefined };
  if (typeof raw === 'boolean') return { ok: true, value: raw };
  if (raw === 1 || raw === 0) return { ok: true, value: raw === 1 };
  if (typeof raw !== 'string') return { ok: false, reason: `不是“是/否”：${JSON.stringify(raw)}` };
  const s = toHalfWidth(raw).trim().toLowerCase();
  if (s === '' || s === '-' || s === '--' || s === '—') return { ok: true, value: undefined };
  if (TRUE.has(s)) return { ok: true, value: true };
  if (FALSE.has(s)) return { ok: true, value: false };
  return { ok: false, reason: `不是“是/否”（是/否、有/无、开通/未开通）："${raw}"` };
}
