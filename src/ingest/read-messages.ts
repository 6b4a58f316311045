import { MessageSchema, type Message } from '../model/schemas.js';
import { readRecords, type ReadRecordsResult } from './read-records.js';
import type { ReadOptions } from './read-options.js';
import type { TextSource } from './text-chunks.js';

/**
 * Reads public messages (留言/咨询) from CSV/JSON/NDJSON (留言ID, 账号ID, 留言时间, 类别,
 * 回复时间, 办结时间), validated by `MessageSchema` (a reply before receipt is rejected).
 * @throws {InputError} in strict mode, for the first bad row (row, column, reason); never a raw ZodError.
 * @throws {TableFormatError} for input that is not a table (binary, empty, no header, bytes not in the sniffed encoding).
 * @throws {RangeError} for a bad option (`format`, `sheet`, `timeUnit`, an alias to a value that is not one).
 * @returns The valid messages, every rejection (row, column, reason), and what was read.
 * @example (await readMessages('账号ID,留言时间,类别\na,2024-03-01 09:00,投诉\n')).records[0].category // 'complaint'
 */
export function readMessages(source: TextSource, options: ReadOptions = {}): Promise<ReadRecordsResult<Message>> {
  return readRecords('messages', MessageSchema, source, options);
}
