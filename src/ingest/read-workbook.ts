// Workbook reader: SheetJS Community Edition 0.20.3, as published on npm by the
// `@e965/xlsx` mirror (SheetJS CE itself is no longer published to npm; npm's `xlsx`
// is frozen at 0.18.5 with CVE-2023-30533, prototype pollution, and CVE-2024-22363,
// ReDoS, both fixed in 0.20.2+). Chosen over the candidates on the registry
// (bench/xlsx-readers.ts, 100k rows × 8 columns, 2026-11-30, ratio to the fastest in the
// same run; two runs on the shared machine: quiet-ish / loaded):
// - `read-excel-file` 9.3: ×1.00 / ×1.00, xlsx only: no `.xls`; browser + Node.
// - `@e965/xlsx` 0.20.3: ×1.82 / ×1.70; `.xlsx`, legacy `.xls` (BIFF), `.ods`; browser + Node;
//   no dependencies; the number format of cells (`z`) to tell real date cells.
// - `exceljs` 4.4: ×2.23 / ×3.32; xlsx only; 9 dependencies (archiver, unzipper, tmp…)
//   aimed at Node, a heavy browser bundle.
// (`npm audit` cannot reach the advisory endpoint from this machine (HTTP 405), so the
// security side rests on the published SheetJS CVEs, fixed in 0.20.2+, and on the
// dependency count; re-run `npm audit` where the endpoint answers.)
// - `xlsx-js-style` 1.2: a fork of SheetJS 0.18 (the vulnerable line): excluded.
// One library for all three workbook formats outweighs read-excel-file's 1.8× on xlsx.
// Loaded with a dynamic import() only when an input is a workbook, so the core bundle
// (`import { wci } from 'govmedia'`) does not carry its ~1 MB.
import type { RecordKind } from './column-presets.js';
import { locateHeaderRow, normalizeHeaders } from './locate-header.js';
import type { RecordsInput, TableInfo } from './open-table.js';
import type { RawRecord, RawRecordError } from './raw-records.js';
import type { ReadOptions } from './read-options.js';
import { TableFormatError } from './table-format-error.js';

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/**
 * An Excel date serial as China wall-clock text `YYYY-MM-DD HH:MM:SS` (no offset: the
 * readers take offset-less times as China time, UTC+08:00, which is what the clock in
 * the office showed when the cell was typed or exported). Serial 0 = 1899-12-30 (the
 * 1900 system, Excel's leap-year bug included for serials ≥ 61); `date1904` workbooks
 * count from 1904-01-01. Rounded to the second (serials carry float noise).
 * @returns `YYYY-MM-DD HH:MM:SS` (China wall clock).
 * @example excelSerialToWallClock(45536.35416666666) // '2024-09-01 08:30:00'
 */
export function excelSerialToWallClock(serial: number, date1904 = false): string {
  const days = serial + (date1904 ? 1462 : 0) - 25569;
  const d = new Date(Math.round(days * 86400) * 1000);
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
}

interface Cell { t?: string; v?: unknown; z?: string | number; w?: string }

/**
 * Reads one sheet of a workbook (`.xlsx`, `.xls`, `.ods`, an HTML table or SpreadsheetML
 * saved as `.xls`) into raw records, the way the
 * text readers see a CSV export of it: strings as typed, numbers as their shortest
 * exact decimal (`String(v)`: never a display rounding such as `1.2E+04`), booleans
 * `TRUE`/`FALSE`, date cells (a number with a date format) as China wall-clock text,
 * error cells as their text (`#N/A`). Rows are numbered as the sheet numbers them; the
 * header is found among the first rows (title rows above it skipped); blank rows are
 * skipped and counted; a short row's missing cells are empty.
 *
 * The sheet: `options.sheet` (by name), else the first. The whole file is held in
 * memory (a zip cannot be streamed).
 *
 * @throws {RangeError} `options.sheet` names no sheet of the workbook
 * @throws {TableFormatError} the bytes are not a readable workbook (password, corrupt, a Word file)
 * @internal
 * @param bytes The workbook (markup formats as decoded text).
 * @param format The container format.
 * @param options The reader's options, the record kind and the known header names.
 * @returns The sheet's raw records and what was read.
 */
export async function readWorkbookRecords(
  bytes: Uint8Array | string,
  format: 'xlsx' | 'xls' | 'ods' | 'html' | 'xml',
  options: ReadOptions & { kind: RecordKind; known: ReadonlySet<string> },
): Promise<RecordsInput> {
  const XLSX = await import('@e965/xlsx');
  // Markup (HTML, SpreadsheetML) arrives decoded; HTML cells are kept as typed (`raw`), like a CSV's.
  const type = typeof bytes === 'string' ? ('string' as const) : ('array' as const);
  let names: string[];
  try {
    names = XLSX.read(bytes, { type, bookSheets: true }).SheetNames;
  } catch (e) {
    throw new TableFormatError(`无法读取工作簿（${(e as Error).message}）/ cannot read the ${format} workbook`, options.sourceName);
  }
  const want = options.sheet;
  const sheet = want === undefined ? names[0] : (names.find((n) => n === want) ?? names.find((n) => n.trim() === want.trim()));
  if (sheet === undefined) {
    if (want === undefined) throw new TableFormatError('工作簿里没有工作表 / the workbook has no sheet', options.sourceName);
    throw new RangeError(`sheet: 工作簿里没有工作表“${want}”（有：${names.join('、')}）/ no sheet "${want}" (sheets: ${names.join(', ')})`);
  }
  let wb: { Sheets: Record<string, Record<string, unknown>>; Workbook?: { WBProps?: { date1904?: boolean } } };
  try {
    wb = XLSX.read(bytes, { type, dense: true, cellNF: true, cellDates: false, cellHTML: false, sheets: sheet, raw: format === 'html' }) as never;
  } catch (e) {
    throw new TableFormatError(`无法读取工作簿（${(e as Error).message}）/ cannot read the ${format} workbook`, options.sourceName);
  }
  const ws = wb.Sheets[sheet];
  const date1904 = wb.Workbook?.WBProps?.date1904 === true;
  const info: TableInfo = { format, sheet, blankRows: 0 };
  const data = ((ws?.['!data'] as (Cell[] | undefined)[] | undefined) ?? []);
  const ref = ws?.['!ref'] as string | undefined;
  const range = ref ? XLSX.utils.decode_range(ref) : { s: { r: 0, c: 0 }, e: { r: -1, c: -1 } };
  const text = (c: Cell | undefined): string => {
    if (!c || c.v === undefined || c.v === null) return c?.t === 'e' ? (c.w ?? '') : '';
    switch (c.t) {
      case 'n': {
        const v = c.v as number;
        const fmt = typeof c.z === 'string' ? c.z : typeof c.z === 'number' ? (XLSX.SSF.get_table()[c.z] as string | undefined) : undefined;
        return fmt !== undefined && XLSX.SSF.is_date(fmt) ? excelSerialToWallClock(v, date1904) : String(v);
      }
      case 'b':
        return c.v ? 'TRUE' : 'FALSE';
      case 'e':
        return c.w ?? '#ERROR';
      case 'd':
        return (c.v as Date).toISOString();
      default:
        return String(c.v);
    }
  };
  const rowCells = (r: number): string[] => {
    const row = data[r];
    const out: string[] = [];
    for (let c = range.s.c; c <= range.e.c; c++) out.push(text(row?.[c]));
    return out;
  };
  const firstRows: string[][] = [];
  for (let r = range.s.r; r <= range.e.r && firstRows.length < 10; r++) firstRows.push(rowCells(r));
  if (firstRows.every((cells) => cells.every((c) => c.trim() === '')))
    throw new TableFormatError(`工作表“${sheet}”是空的，没有表头 / sheet "${sheet}" is empty: no header`, options.sourceName);
  const headerAt = range.s.r + locateHeaderRow(firstRows, options.known);
  const headers = normalizeHeaders(rowCells(headerAt));
  info.headerRow = headerAt + 1;
  const m = headers.length;
  async function* records(): AsyncGenerator<RawRecord | RawRecordError> {
    for (let r = headerAt + 1; r <= range.e.r; r++) {
      const cells = rowCells(r);
      if (cells.every((c) => /^[ \t]*$/.test(c))) { info.blankRows++; continue; }
      let n = cells.length;
      while (n > m && cells[n - 1] === '') n--;
      if (n > m) { yield { row: r + 1, error: `有 ${n} 个字段，多于表头的 ${m} 个` }; continue; }
      cells.length = m;
      for (let c = 0; c < m; c++) cells[c] ??= '';
      yield { row: r + 1, headers, values: cells };
    }
  }
  return { kind: 'records', info, records: records() };
}
