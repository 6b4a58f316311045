import { AccountSchema, type Account } from '../model/schemas.js';
import { readRecords, type ReadRecordsResult } from './read-records.js';
import type { ReadOptions } from './read-options.js';
import type { TextSource } from './text-chunks.js';

/**
 * Reads an account list (账号台账) from CSV/JSON/NDJSON with Chinese or English headers
 * (账号ID, 账号名称, 平台, 主办单位, 层级, 地区, 类型, 粉丝数, 状态, 留言功能, 服务功能 …),
 * validated by `AccountSchema`. Same sources and options as `readPosts`.
 * @example (await readAccounts('账号ID,账号名称,平台,主办单位,层级\na,某市发布,微信,某市政府办公室,市级\n')).records[0].platform // 'wechat'
 */
export function readAccounts(source: TextSource, options: ReadOptions = {}): Promise<ReadRecordsResult<Account>> {
  return readRecords('accounts', AccountSchema, source, options);
}
