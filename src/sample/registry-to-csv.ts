import { PLATFORM_LABELS_ZH } from '../model/enums.js';
import type { RegistryEntry } from '../model/schemas.js';
import { csvText, csvTime } from './internal/csv-cells.js';

const REGISTRY_ZH = { opened: '开设', changed: '变更', closed: '关停', cancelled: '注销' } as const;

/**
 * Registry (备案) entries as an office's export: 账号ID, 主办单位, 平台, 备案时间, 状态
 * (开设/变更/关停/注销), 状态变更时间 (the latest change; one row per account, so earlier
 * changes are not written). UTF-8 with BOM and CRLF, written by `reportToCsv`; browser-safe.
 *
 * Complexity O(entries).
 * @returns The CSV text.
 * @example registryToCsv([{ accountId: 'A1', unit: '江州市公安局', platform: 'weibo', filedAt: new Date('2023-01-04T16:00:00Z'), status: 'opened', changes: [] }]).split('\r\n')[1] // 'A1,江州市公安局,微博,2023-01-05 00:00:00,开设,'
 */
export function registryToCsv(entries: Iterable<RegistryEntry>): string {
  const rows: (string | number)[][] = [];
  for (const e of entries) {
    const last = e.changes[e.changes.length - 1];
    rows.push([e.accountId, e.unit, PLATFORM_LABELS_ZH[e.platform], csvTime(e.filedAt), REGISTRY_ZH[e.status], csvTime(last?.at)]);
  }
  return csvText(['账号ID', '主办单位', '平台', '备案时间', '状态', '状态变更时间'], rows);
}
