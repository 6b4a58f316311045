import { access, constants } from 'node:fs/promises';
import { resolve } from 'node:path';
import { customPeriod, parsePeriod, type Period } from '../time/index.js';
import { InputError, type Rejection } from '../model/index.js';
import type { ReadOptions } from '../ingest/index.js';
import { CliInputError, CliUsageError, type CliIO } from './io.js';

/** How many rejected rows are listed on stderr before a summary line. */
export const MAX_LISTED_REJECTIONS = 50;

/** A reader from the ingestion module: a path in, parsed records plus rejected rows out. */
export type FileReader<T> = (path: string, options: ReadOptions & { strict: boolean }) => Promise<T & { rejected: readonly Rejection[] }>;

/** Kept records of a reader's result: a posts table's size, else the records' count. */
function keptCount(result: object): number | undefined {
  const r = result as { table?: { size?: unknown }; records?: unknown };
  if (r.table && typeof r.table.size === 'number') return r.table.size;
  if (Array.isArray(r.records)) return r.records.length;
  return undefined;
}

/** Whether a file is a JSON array input (its rejections are numbered by record; NDJSON's by line). */
const isJsonFile = (file: string) => /\.json$/i.test(file);

/**
 * Reads one input file with an ingestion reader. A missing or unreadable file,
 * or a bad row under `--strict`, becomes a {@link CliInputError} (exit 1) naming
 * the file (and line, column). Otherwise rejected rows are listed on stderr as
 * `file 第 L 行，列“C”：reason` (L = the line as a spreadsheet numbers it, header =
 * line 1), followed by one summary counting rejected ROWS (a row with two bad
 * cells counts once). A file that yields no usable row at all is a
 * {@link CliInputError} too ("读取 0 行（共 N 行）"): a command never reports on nothing.
 */
export async function readInputFile<T extends object>(file: string, read: FileReader<T>, opts: { strict: boolean; io: CliIO; read?: ReadOptions }): Promise<T> {
  const path = resolve(opts.io.cwd, file);
  try {
    await access(path, constants.R_OK);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new CliInputError(`${file}：${code === 'ENOENT' ? '文件不存在' : `无法读取（${code ?? String(e)}）`}`);
  }
  let result: T & { rejected: readonly Rejection[] };
  try {
    result = await read(path, { ...opts.read, strict: opts.strict });
  } catch (e) {
    if (e instanceof InputError) {
      const first = e.rejections[0];
      throw new CliInputError(first ? `${file} ${describeRejection(first, file)}` : `${file}：${e.message}`, e.rejections);
    }
    if (e instanceof Error && 'code' in e) throw new CliInputError(`${file}：无法读取（${e.message}）`);
    // A reading option the file cannot honour is a usage error (exit 2) in Chinese, not an internal error.
    if (e instanceof RangeError) {
      if (e.message.startsWith('sheet: ')) throw new CliUsageError(`--sheet：${file}：${e.message.slice(7).replace(/\s*\/ no sheet .*$/, '')}`);
      const m = /valueAliases\.(\w+)\["([^"]*)"\] = "([^"]*)" is not a \w+ \(one of (.*)\)/.exec(e.message);
      if (m) throw new CliUsageError(`--aliases：${m[1]} 中“${m[2]}”对应的 "${m[3]}" 不是可用的取值（应为 ${m[4]!.split(', ').join('、')} 之一）`);
    }
    throw e;
  }
  const rejectedRows = new Set(result.rejected.map((r) => r.row)).size;
  const kept = keptCount(result);
  // The reader's own count of data rows when it gives one (posts: duplicates included), else kept + rejected.
  const rowCount = (result as { rowCount?: unknown }).rowCount;
  const total = typeof rowCount === 'number' ? rowCount : (kept ?? 0) + rejectedRows;
  if (kept === 0) {
    const first = result.rejected[0];
    throw new CliInputError(
      `${file}：读取 0 行（共 ${total} 行）：${first ? describeRejection(first, file) : '文件为空，或只有表头、没有数据行'}`,
      result.rejected,
    );
  }
  reportRejections(file, result.rejected, rejectedRows, total, kept, opts);
  return result;
}

/**
 * Where a rejection is and why, in the user's numbering: `第 3 行，列“阅读数”：不是计数（须为 ≥ 0 的数）："abc"`.
 * For a text table the line is the spreadsheet's (header = line 1), as the readers
 * number `row` (and `line`). JSON input is numbered by record
 * (`第 2 条记录，字段“…”`); row 0 is the header (`表头：…`); a whole-row problem (column `(record)`) names no column. The value is added only when the reason does not already quote it.
 */
export function describeRejection(r: Rejection, file = ''): string {
  const value = r.value === undefined || r.reason.includes(r.value) ? '' : `（值 ${JSON.stringify(r.value)}）`;
  // A problem of the whole row or file (`(record)`, `(header)` …: the readers' placeholders) names no column.
  const whole = /^\((record|row|file|header)\)$/.test(r.column);
  const where = r.row === 0 ? '表头'
    : isJsonFile(file) ? `第 ${r.row} 条记录${whole ? '' : `，字段“${r.column}”`}`
    : `第 ${r.line ?? r.row} 行${whole ? '' : `，列“${r.column}”`}`;
  return `${where}：${r.reason}${value}`;
}

function reportRejections(file: string, rejected: readonly Rejection[], rows: number, total: number, kept: number | undefined, opts: { strict: boolean; io: CliIO }): void {
  if (rejected.length === 0) return;
  // A reader that collects even when told strict: --strict still fails, on the first one.
  if (opts.strict) throw new CliInputError(`${file} ${describeRejection(rejected[0]!, file)}`, rejected);
  for (const r of rejected.slice(0, MAX_LISTED_REJECTIONS)) opts.io.stderr.write(`govmedia: ${file} ${describeRejection(r, file)}\n`);
  if (rejected.length > MAX_LISTED_REJECTIONS)
    opts.io.stderr.write(`govmedia: ${file}：另有 ${rejected.length - MAX_LISTED_REJECTIONS} 处问题未列出\n`);
  const numbering = isJsonFile(file) ? '' : '行号同表格软件，表头为第 1 行；';
  const counts = kept === undefined ? '' : `，共 ${total} 行，读取 ${kept} 行`;
  opts.io.stderr.write(`govmedia: ${file}：跳过 ${rows} 行有误的数据${counts}（${numbering}加 --strict 则出错即停）\n`);
}

/** The period forms `--period` reads, for messages. */
const PERIOD_FORMS = '2024-09 或 2024年9月、2024-Q3 或 2024年第3季度、2024-H2、2024-W36、2024，或 2024-09-01~2024-09-30';

/**
 * A bad `--period` in Chinese (exit 2): the value, why, and the accepted forms. The
 * library's RangeError (English, naming the function, for programmers) is read for the
 * reason; an unrecognised one gives "无法识别".
 */
export function periodErrorZh(spec: string, e: unknown): string {
  const m = e instanceof Error ? e.message : String(e);
  let x: RegExpExecArray | null;
  const why =
    (x = /last day (\S+) is before first day (\S+)/.exec(m)) ? `结束日 ${x[1]} 早于开始日 ${x[2]}`
    : (x = /(\d{4}) has no week (\d+).*last week is (\d+)/.exec(m)) ? `${x[1]} 年没有第 ${x[2]} 周（最后一周是第 ${x[3]} 周）`
    : /bad week number/.test(m) ? '周次须在 1–53 之间'
    : /bad quarter/.test(m) ? '季度须在 1–4 之间'
    : /bad year/.test(m) ? '年份或月份无效'
    : (x = /is not a date\/time: "([^"]*)"/.exec(m)) ? `“${x[1]}”不是有效日期`
    : '无法识别';
  return `--period：统计周期 ${JSON.stringify(spec)} 有误：${why}；可写 ${PERIOD_FORMS}`;
}

/**
 * The period of a run: `--period` parsed (`2024-03`, `2024-W10`, `2024`,
 * `2024-01-01~2024-03-31`), else the data's full date range as a custom period
 * (real day count), else null when there are no dated records.
 */
export function resolveRunPeriod(spec: string | undefined, range: { start: number; end: number } | null, options: { realDays?: boolean } = {}): Period | null {
  if (spec !== undefined) {
    try {
      return parsePeriod(spec, options.realDays ? { dayCount: 'real' } : {});
    } catch (e) {
      throw new CliUsageError(periodErrorZh(spec, e));
    }
  }
  return range ? customPeriod(range.start, range.end) : null;
}

/** Parses a numeric option value; a usage error naming the option otherwise. */
export function numberOption(name: string, value: unknown, check: { integer?: boolean; min?: number; max?: number } = {}): number | undefined {
  if (value === undefined) return undefined;
  const n = typeof value === 'number' ? value : Number(String(value).replace(/,/g, ''));
  if (!Number.isFinite(n) || (check.integer && !Number.isInteger(n)) || (check.min !== undefined && n < check.min) || (check.max !== undefined && n > check.max))
    throw new CliUsageError(
      `${name}：应为${check.integer ? '整数' : '数'}${check.min !== undefined ? ` ≥ ${check.min}` : ''}${check.max !== undefined ? ` ≤ ${check.max}` : ''}，收到 ${JSON.stringify(value)}`,
    );
  return n;
}
