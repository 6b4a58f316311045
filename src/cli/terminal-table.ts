import Table from 'cli-table3';
import { formatReportCell, isNumericColumn, type ReportTable } from '../report/index.js';

/**
 * A table for the terminal: box-drawn with cli-table3, which measures East Asian
 * wide characters as two columns (string-width) so Chinese names line up. No
 * colours (output is also piped and compared in tests), no rule between rows.
 */
export function formatTerminalTable(table: ReportTable): string {
  const t = new Table({
    head: table.columns.map((c) => c.label),
    style: { head: [], border: [], compact: true },
    colAligns: table.columns.map((c) => c.align ?? (isNumericColumn(table, c.key) ? 'right' : 'left')),
  });
  for (const row of table.rows) t.push(table.columns.map((c) => formatReportCell(row[c.key], c)));
  return (table.title ? `${table.title}\n` : '') + t.toString() + '\n';
}
