import type { z } from 'zod';
import { InputError, type Rejection } from '../model/errors.js';
import { issuesToRejections } from '../model/parse.js';
import type { RecordKind } from './column-presets.js';
import { RecordConverter, nestFields } from './convert-record.js';
import { rawRecords } from './raw-records.js';
import type { ReadOptions } from './read-options.js';
import type { TextSource } from './text-chunks.js';

/** What the record readers resolve to: the valid records, every rejection, unused columns. */
export interface ReadRecordsResult<T> {
  records: T[];
  rejected: Rejection[];
  ignoredColumns: string[];
}

/**
 * Shared engine of `readAccounts`, `readMessages` and `readRegistry`: raw records →
 * cells parsed by the preset → zod schema (the single validation at the boundary).
 * Field paths in rejections are mapped back to the header as written.
 */
export async function readRecords<S extends z.ZodType>(
  kind: RecordKind,
  schema: S,
  source: TextSource,
  options: ReadOptions,
  shape: (fields: Record<string, unknown>) => unknown = (f) => f,
): Promise<ReadRecordsResult<z.output<S>>> {
  const conv = new RecordConverter(kind, options.columns);
  const records: z.output<S>[] = [];
  const rejected: Rejection[] = [];
  const reject = (rs: Rejection[]) => {
    if (options.strict) throw new InputError(rs, options.sourceName);
    rejected.push(...rs);
  };
  for await (const rec of rawRecords(source, options)) {
    if ('error' in rec) {
      reject([{ row: rec.row, column: '(record)', reason: rec.error }]);
      continue;
    }
    const { fields, rejections } = conv.convert(rec);
    if (rejections.length) {
      reject(rejections);
      continue;
    }
    const parsed = schema.safeParse(shape(nestFields(fields)));
    if (!parsed.success) {
      reject(
        issuesToRejections(parsed.error.issues, rec.row).map((r) => {
          const header = conv.headerOf(rec.headers, r.column) ?? conv.headerOf(rec.headers, r.column.split('.')[0]!);
          return header ? { ...r, column: header } : r;
        }),
      );
      continue;
    }
    records.push(parsed.data);
  }
  return { records, rejected, ignoredColumns: conv.ignoredColumns };
}
