/** Result of reading one raw cell: a value (`undefined` = missing) or the reason it was rejected. */
export type CellResult<T> = { ok: true; value: T | undefined } | { ok: false; reason: string };

const MISSING = new Set(['', '-', '--', '—', '——', '/', 'null', 'NULL', 'N/A', 'n/a']);
const COUNT = /^(\d+(?:\.\d+)?)\s*(万|w|W|亿)?\s*(\+)?$/;

/**
 * Reads a count cell as the index providers print it (SPEC §1):
 * `"10万+"` → 100001 (the providers' convention for a capped counter, for reads and
 * likes alike: one more than the cap, so it ranks above an exact 100000),
 * `"1.2万"` → 12000, `"1.5亿"` → 150000000, `"3,456"` → 3456, `"10w+"` → 100001;
 * `""`, `"-"`, `"—"` → missing. A `+` without a 万/亿 unit (e.g. `"999+"`) adds 1 too.
 * Numbers pass through when finite and ≥ 0. Negative numbers, fractions of a
 * count that do not resolve to a whole number, and text are rejected with a reason.
 *
 * Complexity O(length).
 * @example parseCount('10万+') // { ok: true, value: 100001 }
 * @example parseCount('1.2万') // { ok: true, value: 12000 }
 * @example parseCount('-') // { ok: true, value: undefined }
 */
export function parseCount(raw: unknown): CellResult<number> {
  if (raw === null || raw === undefined) return { ok: true, value: undefined };
  if (typeof raw === 'number') {
    if (Number.isFinite(raw) && raw >= 0) return { ok: true, value: raw };
    return { ok: false, reason: `not a count (must be a finite number ≥ 0): ${raw}` };
  }
  if (typeof raw !== 'string') return { ok: false, reason: `not a count: ${JSON.stringify(raw)}` };
  const s = raw.trim();
  if (MISSING.has(s)) return { ok: true, value: undefined };
  const m = COUNT.exec(s.replace(/[,，](?=\d{3}(?:\D|$))/g, ''));
  if (!m) return { ok: false, reason: `not a count: "${raw}"` };
  const unit = m[2] === '亿' ? 1e8 : m[2] ? 1e4 : 1;
  let v = Math.round(Number(m[1]) * unit);
  if (unit === 1 && !Number.isInteger(Number(m[1]))) return { ok: false, reason: `not a whole count: "${raw}"` };
  if (m[3]) v += 1;
  return { ok: true, value: v };
}
