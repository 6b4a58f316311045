import { KIND_LABELS_ZH, LEVEL_LABELS_ZH, PLATFORM_LABELS_ZH, STATUS_LABELS_ZH } from '../model/enums.js';
import type { Account } from '../model/schemas.js';
import { csvText, csvYesNo } from './internal/csv-cells.js';

const LEVEL_SHORT = { ...LEVEL_LABELS_ZH, township: '乡镇', village: '村' };

/**
 * Accounts as a registry office's spreadsheet: 账号ID, 账号名称, 平台, 主办单位, 层级, 地区,
 * 类型, 粉丝数, 状态, 留言功能, 评论功能, 在线咨询, 服务功能, 安全事故, 刷量 (是/否; blank =
 * unknown). UTF-8 with BOM and CRLF, written by `reportToCsv` (formula-looking cells prefixed
 * with `'`); browser-safe (returns a string).
 *
 * Complexity O(accounts).
 * @returns The CSV text.
 * @example accountsToCsv([{ id: 'A1', name: '江州发布', platform: 'wechat', unit: '江州市人民政府办公室', level: 'city', region: '江州市', kind: 'unit', status: 'active' }]).split('\r\n')[1] // 'A1,江州发布,微信,江州市人民政府办公室,市级,江州市,单位,,正常,,,,,,'
 */
export function accountsToCsv(accounts: Iterable<Account>): string {
  const rows: (string | number)[][] = [];
  for (const a of accounts)
    rows.push([a.id, a.name, PLATFORM_LABELS_ZH[a.platform], a.unit, LEVEL_SHORT[a.level], a.region, KIND_LABELS_ZH[a.kind], a.followers ?? '', STATUS_LABELS_ZH[a.status],
      csvYesNo(a.channels?.messages), csvYesNo(a.channels?.comments), csvYesNo(a.channels?.consultation), csvYesNo(a.channels?.services), csvYesNo(a.flags?.incident), csvYesNo(a.flags?.fraud)]);
  return csvText(['账号ID', '账号名称', '平台', '主办单位', '层级', '地区', '类型', '粉丝数', '状态', '留言功能', '评论功能', '在线咨询', '服务功能', '安全事故', '刷量'], rows);
}
