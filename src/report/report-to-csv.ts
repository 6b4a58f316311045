import { formatReportCell } from './format-report-cell.js';
import type { ReportTable } from './report-table.js';

/** Control characters a CSV cell never carries (TAB, LF and CR are kept: they are quoted). */
const CSV_CONTROLS = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]/g;

/**
 * Whether Excel or LibreOffice Calc would evaluate the cell as a formula, so
 * {@link reportToCsv} prefixes it with `'`. Source: OWASP, "CSV Injection"
 * (owasp.org/www-community/attacks/CSV_Injection): no cell may begin with `=`, `+`,
 * `-`, `@`, TAB or CR. OWASP lists the characters without exceptions; two are ours,
 * because defusing them would change what a reader gets back and neither carries a
 * formula: (1) a finite number (`-3`, `+1.5`, `-1e5`): the spreadsheet reads it as that
 * number, which is what the cell means (`-1+cmd|…` is not a number and is defused);
 * (2) a cell that is exactly `-`: the missing-value mark of 清博/新榜 downloads, which
 * the readers must accept and the sample generator writes; a lone operator has no
 * operand, function or reference to evaluate, so the spreadsheet shows it as the text
 * `-` (any `-` followed by more text, `-x`, `--1`, `-=1`, is still defused).
 */
const isFormulaLike = (s: string): boolean =>
  /^[\t\r]/.test(s) || (/^[=+\-@]/.test(s) && s !== '-' && !Number.isFinite(Number(s)));

/** Options of {@link reportToCsv}; defaults resolved in one place inside it. */
export interface ReportCsvOptions {
  /** Prefix a UTF-8 byte-order mark so Excel (Chinese Windows) reads UTF-8, not GBK. Default `true`. */
  bom?: boolean;
  /** Line ending. Default `'\r\n'` (RFC 4180 and what Excel writes). */
  eol?: '\r\n' | '\n';
  /** Field separator. Default `','`. */
  delimiter?: string;
}

/**
 * Renders a table as CSV that Excel opens correctly: header row of column labels,
 * RFC 4180 quoting (a field containing the delimiter, a quote, CR or LF is quoted
 * and its quotes doubled), CRLF line ends and a UTF-8 BOM by default. A cell
 * beginning with `=`, `+`, `-` or `@` that is not a number, or beginning with a
 * TAB or CR (Excel and LibreOffice skip them and evaluate what follows), is
 * prefixed with `'` so it is not evaluated as a formula (OWASP "CSV Injection"); a
 * cell that is exactly `-` (the exports' missing-value mark) is left as it is.
 * C0/C1 control characters other than TAB, CR and LF (NUL, ESC, …) are removed from
 * cells: Excel truncates a cell at NUL and shows the others as boxes.
 * Source: RFC 4180; the BOM convention is Excel's. Complexity O(cells).
 *
 * @throws {RangeError} for a delimiter that is not one character, or is a quote or a line break.
 * @returns The CSV text.
 * @example reportToCsv({ columns: [{ key: 'n', label: '账号名称' }], rows: [{ n: '青岛发布' }] }, { bom: false })
 * // '账号名称\r\n青岛发布\r\n'
 */
export function reportToCsv(table: ReportTable, options: ReportCsvOptions = {}): string {
  const bom = options.bom ?? true;
  const eol = options.eol ?? '\r\n';
  const delimiter = options.delimiter ?? ',';
  if (delimiter.length !== 1 || delimiter === '"' || delimiter === '\r' || delimiter === '\n')
    throw new RangeError(`reportToCsv: delimiter must be one character other than a quote or line break, got ${JSON.stringify(delimiter)}`);
  const quote = (raw: string): string => {
    const s = raw.replace(CSV_CONTROLS, '');
    const safe = isFormulaLike(s) ? `'${s}` : s;
    return safe.includes(delimiter) || /["\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
  };
  const lines = [table.columns.map((c) => quote(c.label)).join(delimiter)];
  for (const row of table.rows) lines.push(table.columns.map((c) => quote(formatReportCell(row[c.key], c))).join(delimiter));
  return (bom ? '\uFEFF' : '') + lines.join(eol) + eol;
}
