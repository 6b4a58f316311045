import { PLATFORM_LABELS_ZH } from '../model/enums.js';
import { InputError, type Rejection } from '../model/errors.js';
import { AccountSchema, type Account } from '../model/schemas.js';
import { readRecords, type ReadRecordsResult } from './read-records.js';
import type { ReadOptions } from './read-options.js';
import type { TextSource } from './text-chunks.js';

/**
 * The id given to a ledger row that has no 账号ID column: `name@platform`
 * (`青山发布@wechat`), unique as long as a name is used once per platform.
 * @returns `name@platform`.
 * @example derivedAccountId('青山发布', 'wechat') // '青山发布@wechat'
 */
export function derivedAccountId(name: string, platform: string): string {
  return `${name}@${platform}`;
}

/**
 * Reads an account list (账号台账) from CSV/JSON/NDJSON as offices write it, validated by
 * `AccountSchema`: headers 账号ID, 账号名称, 平台/账号类型, 主办单位, 层级/行政级别, 地区,
 * 类型, 粉丝数, 状态/运营状态, 留言功能, 服务功能 …; labels such as `微信公众号`,
 * `县（市、区）级`, `正常运营`, counts like `8.5万` (see `parseLabel`, `parseCount`);
 * `valueAliases` for a locality's own labels. JSON in the library's own nested shape
 * (`channels`, `flags`) reads back unchanged.
 *
 * A ledger with no 账号ID column gets ids from name + platform ({@link derivedAccountId});
 * without those columns either, every row is rejected naming the columns that do exist.
 * A repeated account id on the same platform rejects the later row, naming the id and both
 * rows (strict: throws). The same id on DIFFERENT platforms (a ledger whose 账号ID is the
 * name, one name on 微信 and on 微博) is one account per platform: each of them gets the id
 * `id@platform` ({@link derivedAccountId}: `青山发布@wechat`, `青山发布@weibo`), whatever the
 * row order, listed in `warnings`; posts keyed by name join them by name + platform.
 * @throws {InputError} in strict mode, for the bad rows (row, column, reason; a repeated id names both rows); never a raw ZodError.
 * @throws {TableFormatError} for input that is not a table (binary, empty, no header, bytes not in the sniffed encoding).
 * @throws {RangeError} for a bad option (`format`, `sheet`, `timeUnit`, an alias to a value that is not one).
 * @returns The valid accounts, every rejection (row, column, reason), `warnings` (ids split by platform), and what was read.
 * @example (await readAccounts('账号ID,账号名称,平台,主办单位,层级\na,某市发布,微信,某市政府办公室,市级\n')).records[0].platform // 'wechat'
 */
export async function readAccounts(source: TextSource, options: ReadOptions = {}): Promise<ReadRecordsResult<Account> & { warnings: string[] }> {
  const result = await readRecords('accounts', AccountSchema, source, { ...options, strict: false }, (f) => {
    if (f.id !== undefined) return f;
    if (typeof f.name === 'string' && typeof f.platform === 'string') return { ...f, id: derivedAccountId(f.name, f.platform) };
    return f;
  });
  const rejected: Rejection[] = result.rejected.map((r) =>
    r.column === 'id' && /^(缺少此项|类型不对)/.test(r.reason) // zodErrorZh's reasons for a missing / non-text id
      ? { ...r, column: '账号ID', reason: `没有账号ID：台账须有“账号ID”列，或有“账号名称”和“平台”两列以生成 ID（未使用的列：${result.ignoredColumns.join('、') || '无'}；可用 columns / --columns 映射）` }
      : r,
  );
  // An id on several DIFFERENT platforms (a ledger whose 账号ID is the account name, one name on
  // 微信 and on 微博) is several accounts: each gets the id `id@platform` ({@link derivedAccountId}),
  // all of them, whatever the row order, and a warning says so (posts keyed by name join by
  // name + platform). The same id twice on the SAME platform stays a rejected duplicate.
  const platformsOf = new Map<string, Set<string>>();
  for (const a of result.records) platformsOf.set(a.id, (platformsOf.get(a.id) ?? new Set()).add(a.platform));
  const warnings: string[] = [];
  const renamed = new Map<string, string[]>();
  // Duplicate ids: the first row keeps the id, later rows are rejected naming both rows.
  const firstRow = new Map<string, number>();
  const records: Account[] = [];
  const rows: number[] = [];
  result.records.forEach((given, k) => {
    const row = result.rows[k]!;
    const split = platformsOf.get(given.id)!.size > 1;
    const a = split ? { ...given, id: derivedAccountId(given.id, given.platform) } : given;
    const first = firstRow.get(a.id);
    if (first !== undefined) {
      const text = result.input.format !== 'json' && result.input.format !== 'ndjson';
      const why = split ? `账号ID“${given.id}”在同一平台（${PLATFORM_LABELS_ZH[given.platform]}）重复` : `账号ID“${a.id}”重复`;
      rejected.push({ row, ...(text ? { line: row } : {}), column: '账号ID', reason: `${why}：第 ${first} 行与第 ${row} 行（跳过后一行；请给每个账号不同的 ID）`, value: given.id });
      return;
    }
    if (split) renamed.set(given.id, [...(renamed.get(given.id) ?? []), `第 ${row} 行 → ${a.id}`]);
    firstRow.set(a.id, row);
    records.push(a);
    rows.push(row);
  });
  for (const [id, list] of renamed)
    warnings.push(`账号ID“${id}”在不同平台重复，按名称+平台区分为不同账号：${list.join('，')}（按账号名称关联的帖子按名称+平台关联）`);
  rejected.sort((x, y) => x.row - y.row);
  if (options.strict && rejected.length) throw new InputError(rejected, options.sourceName);
  return { ...result, records, rows, rejected, warnings };
}
