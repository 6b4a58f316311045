import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { formatChinaTime } from '../model/index.js';
import { renderReportHtml, reportToCsv, reportToMarkdown, type ReportDocument, type ReportTable } from '../report/index.js';
import { CliInputError, type CliIO } from './io.js';
import { formatTerminalTable } from './terminal-table.js';

export const FORMATS = ['table', 'csv', 'json', 'md', 'html'] as const;
export type OutputFormat = (typeof FORMATS)[number];

/** What a command hands to the writer: the library result (JSON), its table view, and the report. */
export interface CommandOutput {
  /** The library result, JSON-friendly after {@link toJsonValue}. */
  json: unknown;
  /** The main table (terminal, CSV, Markdown). */
  table: ReportTable;
  /** Extra tables printed after the main one in table/md output (e.g. pass rates by level). */
  extraTables?: ReportTable[];
  /** The HTML report (charts + tables). */
  report: ReportDocument;
  /** Plain text printed instead of the table for `--format table` (e.g. `govmedia sql`'s query, pipeable into a database client). */
  text?: string;
}

/**
 * JSON replacer: Dates as China-time ISO strings, typed arrays as arrays, Maps
 * and Sets as objects/arrays, non-finite numbers as null (JSON has no NaN).
 */
export function toJsonValue(_key: string, value: unknown): unknown {
  if (typeof value === 'number' && !Number.isFinite(value)) return null;
  if (value instanceof Map) return Object.fromEntries(value);
  if (value instanceof Set) return [...value];
  if (ArrayBuffer.isView(value) && !(value instanceof DataView)) return Array.from(value as unknown as ArrayLike<number>);
  return value;
}

/** Dates are turned by JSON.stringify before the replacer sees them; convert them up front. */
function datesToChinaTime(value: unknown): unknown {
  if (value instanceof Date) return formatChinaTime(value.getTime());
  if (Array.isArray(value)) return value.map(datesToChinaTime);
  if (value !== null && typeof value === 'object' && !ArrayBuffer.isView(value) && !(value instanceof Map) && !(value instanceof Set)) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = datesToChinaTime(v);
    return out;
  }
  return value;
}

/** Renders a command's output in one format. */
export async function renderOutput(out: CommandOutput, format: OutputFormat): Promise<string> {
  switch (format) {
    case 'json':
      return JSON.stringify(datesToChinaTime(out.json), toJsonValue, 2) + '\n';
    case 'csv':
      return reportToCsv(out.table);
    case 'md':
      return [out.table, ...(out.extraTables ?? [])].map(reportToMarkdown).join('\n');
    case 'html':
      return renderReportHtml(out.report);
    case 'table':
      if (out.text !== undefined) return out.text;
      return [out.table, ...(out.extraTables ?? [])].map(formatTerminalTable).join('\n');
  }
}

/** Writes the rendered output to `--out` (relative to cwd) or stdout. */
export async function writeOutput(text: string, outFile: string | undefined, io: CliIO): Promise<void> {
  if (outFile === undefined) {
    io.stdout.write(text);
    return;
  }
  const path = resolve(io.cwd, outFile);
  try {
    await writeFile(path, text, 'utf8');
  } catch (e) {
    throw new CliInputError(`${outFile}：无法写入（${(e as Error).message}）`);
  }
}
