import { formatReportCell } from './format-report-cell.js';
import type { ReportTable } from './report-table.js';

/** Control characters no cell carries: XML 1.0 forbids C0 controls other than TAB, LF and CR, and Excel shows the rest as boxes (as {@link reportToCsv} removes them). */
const CONTROLS = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]/g;
/** Characters Excel refuses in a sheet name. */
const BAD_SHEET_CHARS = /[\\/?*[\]:]/g;

/** Options of {@link reportToXlsx}. */
export interface ReportXlsxOptions {
  /** Sheet names, one per table; default each table's title, else `表1`, `表2` … (cut to Excel's 31 characters, made unique). */
  sheetNames?: readonly string[];
}

/**
 * Writes report tables as an .xlsx workbook (bytes), one sheet per table: a bold, frozen
 * header row of column labels, then one row per table row.
 *
 * Cells hold what {@link reportToCsv} writes for the same table, typed, so the CSV and the
 * workbook read back equal cell by cell: a number is a number cell, rounded to the column's
 * `digits` when set (shown with that many decimals, format `0.00`), as the CSV prints it;
 * `null`/`undefined`/`NaN` are empty cells; booleans `是`/`否`, arrays joined with `、`
 * and everything else as {@link formatReportCell} renders it, as text cells. Text cells are
 * never formulas, so no CSV-injection prefix is needed (the CSV's `'` is not written);
 * control characters other than TAB, CR and LF are removed (XML forbids them).
 *
 * Writing uses `write-excel-file` (MIT; runs in browsers and Node through its `universal`
 * entry), imported lazily so the core bundle does not carry it — the library's one .xlsx
 * writer, as {@link quarterlyReportXlsx} uses it (chosen there over exceljs, Node-only, and
 * npm's `xlsx`, frozen at 0.18.5 with advisories).
 *
 * @param tables one table or several (one sheet each, in order)
 * @param options `sheetNames`, one per table (default the tables' titles)
 * @returns The .xlsx file's bytes.
 * @throws {TypeError} when a table has no `columns` array or `rows` array
 * @throws {RangeError} when no table is given, or `sheetNames` does not give one name per table
 * @example const bytes = await reportToXlsx({ title: 'WCI 排行', columns: [{ key: 'n', label: '账号名称' }, { key: 'v', label: 'WCI', digits: 2 }], rows: [{ n: '青岛发布', v: 1123.48461 }] });
 * // Uint8Array starting with "PK"; sheet "WCI 排行": 账号名称 | WCI / 青岛发布 | 1123.48
 */
export async function reportToXlsx(tables: ReportTable | readonly ReportTable[], options: ReportXlsxOptions = {}): Promise<Uint8Array> {
  const list: readonly ReportTable[] = Array.isArray(tables) ? tables : [tables as ReportTable];
  if (list.length === 0) throw new RangeError('reportToXlsx: no table given');
  for (const t of list) if (!t || !Array.isArray(t.columns) || !Array.isArray(t.rows)) throw new TypeError('reportToXlsx: each table needs a columns array and a rows array');
  if (options.sheetNames && options.sheetNames.length !== list.length)
    throw new RangeError(`reportToXlsx: sheetNames gives ${options.sheetNames.length} names for ${list.length} tables`);
  const { default: writeXlsxFile } = await import('write-excel-file/universal');
  const used = new Set<string>();
  const sheets = list.map((t, i) => {
    const name = uniqueSheetName(options.sheetNames?.[i] ?? t.title ?? '', i, used);
    const header = t.columns.map((c) => ({ value: clean(c.label), fontWeight: 'bold' as const }));
    const width = t.columns.map((c) => displayWidth(c.label));
    const data = t.rows.map((row) =>
      t.columns.map((c, j) => {
        const v = row[c.key];
        if (typeof v === 'number') {
          if (!Number.isFinite(v)) return Number.isNaN(v) ? null : { value: formatReportCell(v, c) };
          const value = c.digits === undefined ? v : Number(v.toFixed(c.digits));
          width[j] = Math.max(width[j]!, formatReportCell(v, c).length);
          return c.digits === undefined ? { value } : { value, format: c.digits > 0 ? `0.${'0'.repeat(c.digits)}` : '0' };
        }
        const text = clean(formatReportCell(v, c));
        if (text === '') return null;
        width[j] = Math.max(width[j]!, displayWidth(text));
        return { value: text, type: String };
      }),
    );
    return {
      sheet: name,
      data: [header, ...data],
      columns: width.map((w) => ({ width: Math.min(60, Math.max(6, w + 2)) })),
      stickyRowsCount: 1,
    };
  });
  const blob = await writeXlsxFile(sheets as never).toBlob();
  return new Uint8Array(await blob.arrayBuffer());
}

const clean = (s: string): string => s.replace(CONTROLS, '');

/** Width in Excel "characters": a CJK (wide) character counts two. */
function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
  return w;
}

/** An Excel-valid sheet name: no `\ / ? * [ ] :`, at most 31 characters, not empty, unique in the workbook (case-insensitive). */
function uniqueSheetName(wanted: string, index: number, used: Set<string>): string {
  const base = (wanted.replace(BAD_SHEET_CHARS, '_').replace(/^'+|'+$/g, '').trim() || `表${index + 1}`).slice(0, 31);
  let name = base;
  for (let k = 2; used.has(name.toLowerCase()); k++) name = `${base.slice(0, 31 - String(k).length - 1)}_${k}`;
  used.add(name.toLowerCase());
  return name;
}
