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

/**
 * Reads one input file with an ingestion reader. A missing or unreadable file,
 * or a bad row under `--strict`, becomes a {@link CliInputError} (exit 1) naming
 * the file (and row, column). Otherwise rejected rows are listed on stderr as
 * `file: row R, column "C": reason` and the good rows are returned.
 */
export async function readInputFile<T>(file: string, read: FileReader<T>, opts: { strict: boolean; io: CliIO; read?: ReadOptions }): Promise<T> {
  const path = resolve(opts.io.cwd, file);
  try {
    await access(path, constants.R_OK);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new CliInputError(`${file}: ${code === 'ENOENT' ? 'no such file' : `cannot read (${code ?? String(e)})`}`);
  }
  let result: T & { rejected: readonly Rejection[] };
  try {
    result = await read(path, { ...opts.read, strict: opts.strict });
  } catch (e) {
    if (e instanceof InputError) {
      const first = e.rejections[0];
      throw new CliInputError(first ? `${file}: ${describeRejection(first)}` : `${file}: ${e.message}`, e.rejections);
    }
    if (e instanceof Error && 'code' in e) throw new CliInputError(`${file}: cannot read (${e.message})`);
    throw e;
  }
  reportRejections(file, result.rejected, opts);
  return result;
}

/** `row 3, column "阅读数": not a number (value "abc")`; the value only when the reason does not already quote it. Row 0 is the header. */
export function describeRejection(r: Rejection): string {
  const value = r.value === undefined || r.reason.includes(r.value) ? '' : ` (value ${JSON.stringify(r.value)})`;
  return r.row === 0 ? `header: ${r.reason}` : `row ${r.row}, column "${r.column}": ${r.reason}${value}`;
}

function reportRejections(file: string, rejected: readonly Rejection[], opts: { strict: boolean; io: CliIO }): void {
  if (rejected.length === 0) return;
  // A reader that collects even when told strict: --strict still fails, on the first one.
  if (opts.strict) throw new CliInputError(`${file}: ${describeRejection(rejected[0]!)}`, rejected);
  for (const r of rejected.slice(0, MAX_LISTED_REJECTIONS)) opts.io.stderr.write(`govmedia: ${file}: ${describeRejection(r)}\n`);
  if (rejected.length > MAX_LISTED_REJECTIONS)
    opts.io.stderr.write(`govmedia: ${file}: … and ${rejected.length - MAX_LISTED_REJECTIONS} more rejected rows\n`);
  opts.io.stderr.write(`govmedia: ${file}: ${rejected.length} row${rejected.length === 1 ? '' : 's'} rejected and skipped (use --strict to fail instead)\n`);
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
      throw new CliUsageError(`--period: ${(e as Error).message}`);
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
      `${name}: expected ${check.integer ? 'an integer' : 'a number'}${check.min !== undefined ? ` ≥ ${check.min}` : ''}${check.max !== undefined ? ` ≤ ${check.max}` : ''}, got ${JSON.stringify(value)}`,
    );
  return n;
}
