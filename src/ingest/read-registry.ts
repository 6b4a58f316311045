import { RegistryEntrySchema, type RegistryEntry } from '../model/schemas.js';
import { readRecords, type ReadRecordsResult } from './read-records.js';
import type { ReadOptions } from './read-options.js';
import type { TextSource } from './text-chunks.js';

/**
 * Reads registry (备案) entries from CSV/JSON/NDJSON (账号ID, 主办单位, 平台, 备案时间,
 * 状态, 状态变更时间). A row's status and change time become one entry of `changes`.
 * @throws {InputError} in strict mode, for the first bad row (row, column, reason); never a raw ZodError.
 * @throws {TableFormatError} for input that is not a table (binary, empty, no header, bytes not in the sniffed encoding).
 * @throws {RangeError} for a bad option (`format`, `sheet`, `timeUnit`, an alias to a value that is not one).
 * @returns The valid entries, every rejection (row, column, reason), and what was read.
 * @example (await readRegistry('账号ID,主办单位,平台,备案时间\na,某局,微信,2024-01-02\n')).records[0].status // 'opened'
 */
export function readRegistry(source: TextSource, options: ReadOptions = {}): Promise<ReadRecordsResult<RegistryEntry>> {
  return readRecords('registry', RegistryEntrySchema, source, options, (f) => {
    const { changedAt, ...rest } = f;
    if (changedAt === undefined) return rest;
    return { ...rest, changes: [{ event: rest.status ?? 'changed', at: changedAt }] };
  });
}
