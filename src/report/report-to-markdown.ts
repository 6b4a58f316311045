import { formatReportCell } from './format-report-cell.js';
import { isNumericColumn } from './is-numeric-column.js';
import type { ReportTable } from './report-table.js';

/** C0/C1 controls (ESC of terminal sequences included), DEL and bidi overrides/isolates (U+202A–202E, U+2066–2069). */
const CONTROLS = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * Escapes text for a Markdown table cell or heading: `\` and `|` are backslash-escaped
 * (a pipe would split the cell), `&`, `<` and `>` become entities (no HTML from the
 * data reaches a renderer), every line break (CRLF, CR, LF, U+2028/2029) becomes
 * `<br>`, and control characters and direction overrides are dropped.
 */
function escapeMarkdownCell(s: string): string {
  return s
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\r\n|[\r\n\u2028\u2029]/g, '<br>')
    .replace(CONTROLS, '');
}

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
