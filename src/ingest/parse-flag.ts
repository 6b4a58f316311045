import type { CellResult } from './parse-count.js';

const TRUE = new Set(['是', '有', '开通', '已开通', '原创', '头条', 'true', 'yes', 'y', '1', '√', '✓']);
const FALSE = new Set(['否', '无', '未开通', '非原创', '转载', 'false', 'no', 'n', '0', '×', '✗']);

/**
 * Reads a yes/no cell: 是/否, 有/无, 开通/未开通, true/false, yes/no, Y/N, 1/0, √/×.
 * Empty and `-` are missing. Anything else is rejected with a reason.
 * @example parseFlag('是') // { ok: true, value: true }
 */
export function parseFlag(raw: unknown): CellResult<boolean> {
  if (raw === null || raw === undefined) return { ok: true, value: undefined };
  if (typeof raw === 'boolean') return { ok: true, value: raw };
  if (raw === 1 || raw === 0) return { ok: true, value: raw === 1 };
  if (typeof raw !== 'string') return { ok: false, reason: `not yes/no: ${JSON.stringify(raw)}` };
  const s = raw.trim().toLowerCase();
  if (s === '' || s === '-' || s === '—') return { ok: true, value: undefined };
  if (TRUE.has(s)) return { ok: true, value: true };
  if (FALSE.has(s)) return { ok: true, value: false };
  return { ok: false, reason: `not yes/no (是/否): "${raw}"` };
}
