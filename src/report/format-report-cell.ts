import type { ReportColumn } from './report-table.js';

/**
 * Formats one cell for display, the same way in every output format:
 * `null`/`undefined`/`NaN` → `''` (missing is shown as empty, never as 0);
 * numbers with `column.digits` decimals when set (`toFixed`), else as JavaScript
 * prints them; booleans → `是`/`否` (the yes/no of the offices' sheets);
 * arrays joined with `、`; other objects as JSON. Complexity O(size of value).
 *
 * @returns The text shown.
 * @example formatReportCell(1123.48461, { key: 'wci', label: 'WCI', digits: 2 }) // '1123.48'
 * @example formatReportCell(true, { key: 'veto', label: '否决' }) // '是'
 */
export function formatReportCell(value: unknown, column: Pick<ReportColumn, 'digits'>): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') {
    if (Number.isNaN(value)) return '';
    return column.digits === undefined ? String(value) : value.toFixed(column.digits);
  }
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (typeof value === 'string') return value;
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map((v) => formatReportCell(v, column)).join('、');
  return JSON.stringify(value);
}
