/**
 * Folds full-width ASCII forms (U+FF01–U+FF5E: `１２３４`, `＋`, `－`, `，`, `．`, `：`, `ｗ`)
 * and the ideographic space (U+3000) to their ASCII counterparts, as Chinese input
 * methods type them into spreadsheets. Other characters are left as they are.
 *
 * Complexity O(length); returns `s` itself when there is nothing to fold.
 * @throws {TypeError} when `s` is not a string.
 * @returns The folded string (`s` itself when nothing changes).
 * @example toHalfWidth('１２，３４５＋') // '12,345+'
 */
export function toHalfWidth(s: string): string {
  if (typeof s !== 'string') throw new TypeError(`toHalfWidth: expected a string, got ${typeof s}`);
  if (!/[\uFF01-\uFF5E\u3000]/.test(s)) return s;
  return s.replace(/[\uFF01-\uFF5E\u3000]/g, (c) => (c === '\u3000' ? ' ' : String.fromCharCode(c.charCodeAt(0) - 0xfee0)));
}
