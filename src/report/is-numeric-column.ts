import type { ReportTable } from './report-table.js';

/**
 * Whether every present value of a column is a number (and at least one is):
 * such columns are right-aligned in text tables and Markdown. Complexity O(rows).
 * @returns Whether the column is numeric.
 * @example isNumericColumn({ columns: [], rows: [{ v: 1 }, { v: null }] }, 'v') // true
 */
export function isNumericColumn(table: ReportTable, key: string): boolean {
  let seen = false;
  for (const row of table.rows) {
    const v = row[key];
    if (v === null || v === undefined) continue;
    if (typeof v !== 'number') return false;
    seen = true;
  }
  return seen;
}
