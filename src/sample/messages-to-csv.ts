import { CATEGORY_LABELS_ZH } from '../model/enums.js';
import type { Message } from '../model/schemas.js';
import { csvText, csvTime } from './internal/csv-cells.js';

/**
 * Public messages as an office's export: 留言ID, 账号ID, 留言时间, 类别 (咨询/投诉/建议),
 * 回复时间, 办结时间 (blank = not yet). UTF-8 with BOM and CRLF, written by `reportToCsv`; browser-safe.
 *
 * Complexity O(messages).
 * @returns The CSV text.
 * @example messagesToCsv([{ id: 'M1', accountId: 'A1', receivedAt: new Date('2024-07-01T01:00:00Z'), category: 'complaint' }]).split('\r\n')[1] // 'M1,A1,2024-07-01 09:00:00,投诉,,'
 */
export function messagesToCsv(messages: Iterable<Message>): string {
  const rows: (string | number)[][] = [];
  for (const m of messages) rows.push([m.id ?? '', m.accountId, csvTime(m.receivedAt), CATEGORY_LABELS_ZH[m.category], csvTime(m.repliedAt), csvTime(m.closedAt)]);
  return csvText(['留言ID', '账号ID', '留言时间', '类别', '回复时间', '办结时间'], rows);
}
