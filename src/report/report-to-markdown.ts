import { formatReportCell } from './format-report-cell.js';
import { isNumericColumn } from './is-numeric-column.js';
import type { ReportTable } from './report-table.js';
import { escapeMarkdownCell } from './internal/escape-markdown-cell.js';

/**
 * Renders a table as a GitHub-flavoured Markdown table (with its title as a
 * `###` heading when set). Cells, labels and the title are escaped (pipes as `\|`,
 * `<`, `>`, `&` as entities, line breaks as `<br>`, control characters dropped); numeric columns (every non-empty cell a number) are right-aligned
 * unless the column says otherwise. Complexity O(cells).
 *
 * @returns The Markdown text.
 * @example reportToMarkdown({ columns: [{ key: 'n', label: '账号' }, { key: 'v', label: 'WCI', digits: 1 }], rows: [{ n: 'A', v: 12.34 }] })
 * // '| 账号 | WCI |\n| --- | ---: |\n| A | 12.3 |\n'
 */
export function reportToMarkdown(table: ReportTable): string {
  const esc = escapeMarkdownCell;
  const right = table.columns.map((c) => (c.align ?? (isNumericColumn(table, c.key) ? 'right' : 'left')) === 'right');
  const lines: string[] = [];
  if (table.title) lines.push(`### ${esc(table.title)}`, '');
  lines.push(`| ${table.columns.map((c) => esc(c.label)).join(' | ')} |`);
  lines.push(`| ${right.map((r) => (r ? '---:' : '---')).join(' | ')} |`);
  for (const row of table.rows) lines.push(`| ${table.columns.map((c) => esc(formatReportCell(row[c.key], c))).join(' | ')} |`);
  return lines.join('\n') + '\n';
}
