import Table from 'cli-table3';
import { formatReportCell, isNumericColumn, type ReportTable } from '../report/index.js';
import { stripControls } from './sanitize.js';

/**
 * A table for the terminal: box-drawn with cli-table3, which measures East Asian
 * wide characters as two columns (string-width) so Chinese names line up. No
 * colours (output is also piped and compared in tests), no rule between rows.
 * Title, labels and cells go through {@link stripControls}: data can carry
 * terminal escapes (ANSI, OSC 8 links), CR and direction overrides, and none of
 * them may reach the terminal.
 */
export function formatTerminalTable(table: ReportTable): string {
  const t = new Table({
    head: table.columns.map((c) => stripControls(c.label)),
    style: { head: [], border: [], compact: true },
    colAligns: table.columns.map((c) => c.align ?? (isNumericColumn(table, c.key) ? 'right' : 'left')),
  });
  for (const row of table.rows) t.push(table.columns.map((c) => stripControls(formatReportCell(row[c.key], c))));
  return (table.title ? `${stripControls(table.title, { keepNewlines: false })}\n` : '') + t.toString() + '\n';
}
