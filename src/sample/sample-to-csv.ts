import Papa from 'papaparse';
import { CATEGORY_LABELS_ZH, KIND_LABELS_ZH, LEVEL_LABELS_ZH, PLATFORM_LABELS_ZH, STATUS_LABELS_ZH } from '../model/enums.js';
import type { Account, Message, Post, RegistryEntry } from '../model/schemas.js';
import { CHINA_OFFSET_MS } from '../model/time.js';

/** `2024-03-01 08:30:00`, China time, as offices' exports write it. */
const time = (d: Date | undefined) => (d ? new Date(d.getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 19).replace('T', ' ') : '');
const yesNo = (b: boolean | undefined) => (b === undefined ? '' : b ? '是' : '否');
/** Counts the way provider downloads print them: `10万+` for the cap, `1.2万` for round ten-thousands, `-` for missing. */
const count = (n: number | undefined) => (n === undefined ? '-' : n === 100001 ? '10万+' : n >= 10000 && n % 1000 === 0 ? `${n / 10000}万` : String(n));
const LEVEL_SHORT = { ...LEVEL_LABELS_ZH, township: '乡镇', village: '村' };
const REGISTRY_ZH = { opened: '开设', changed: '变更', closed: '关停', cancelled: '注销' } as const;

function csv(headers: string[], rows: unknown[][]): string {
  // papaparse's unparse: RFC 4180 quoting; BOM + CRLF as Excel writes.
  return '\uFEFF' + Papa.unparse({ fields: headers, data: rows }, { newline: '\r\n' }) + '\r\n';
}

/**
 * Posts as an office's export: Chinese headers (账号ID, 账号名称, 文章ID, 发布时间, 标题, 正文,
 * 阅读数, 在看数, 点赞数, 转发数, 评论数, 是否原创, 推送ID, 位置, 转载自), China-time dates,
 * `10万+` / `万` forms and `-` for missing, UTF-8 with BOM, CRLF.
 * @example postsToCsv([{ accountId: 'A1', publishedAt: new Date('2024-07-01T00:30:00Z'), reads: 100001 }], new Map([['A1', '江州发布']])).split('\r\n')[1] // 'A1,江州发布,,2024-07-01 08:30:00,,,10万+,-,-,-,-,,,,'
 */
export function postsToCsv(posts: Iterable<Post>, names: ReadonlyMap<string, string> = new Map()): string {
  const rows: unknown[][] = [];
  for (const p of posts)
    rows.push([p.accountId, names.get(p.accountId) ?? '', p.id ?? '', time(p.publishedAt), p.title ?? '', p.text ?? '', count(p.reads), count(p.looks), count(p.likes), count(p.shares), count(p.comments), yesNo(p.isOriginal), p.pushId ?? '', p.position ?? '', p.repostOf ?? '']);
  return csv(['账号ID', '账号名称', '文章ID', '发布时间', '标题', '正文', '阅读数', '在看数', '点赞数', '转发数', '评论数', '是否原创', '推送ID', '位置', '转载自'], rows);
}

/** Accounts as a registry-office spreadsheet (账号ID, 账号名称, 平台, 主办单位, 层级, 地区, 类型, 粉丝数, 状态, 留言功能, 评论功能, 在线咨询, 服务功能, 安全事故, 刷量). */
export function accountsToCsv(accounts: Iterable<Account>): string {
  const rows: unknown[][] = [];
  for (const a of accounts)
    rows.push([a.id, a.name, PLATFORM_LABELS_ZH[a.platform], a.unit, LEVEL_SHORT[a.level], a.region, KIND_LABELS_ZH[a.kind], a.followers ?? '', STATUS_LABELS_ZH[a.status],
      yesNo(a.channels?.messages), yesNo(a.channels?.comments), yesNo(a.channels?.consultation), yesNo(a.channels?.services), yesNo(a.flags?.incident), yesNo(a.flags?.fraud)]);
  return csv(['账号ID', '账号名称', '平台', '主办单位', '层级', '地区', '类型', '粉丝数', '状态', '留言功能', '评论功能', '在线咨询', '服务功能', '安全事故', '刷量'], rows);
}

/** Messages (留言ID, 账号ID, 留言时间, 类别, 回复时间, 办结时间). */
export function messagesToCsv(messages: Iterable<Message>): string {
  const rows: unknown[][] = [];
  for (const m of messages) rows.push([m.id ?? '', m.accountId, time(m.receivedAt), CATEGORY_LABELS_ZH[m.category], time(m.repliedAt), time(m.closedAt)]);
  return csv(['留言ID', '账号ID', '留言时间', '类别', '回复时间', '办结时间'], rows);
}

/** Registry entries (账号ID, 主办单位, 平台, 备案时间, 状态, 状态变更时间: the latest change). */
export function registryToCsv(entries: Iterable<RegistryEntry>): string {
  const rows: unknown[][] = [];
  for (const e of entries) {
    const last = e.changes[e.changes.length - 1];
    rows.push([e.accountId, e.unit, PLATFORM_LABELS_ZH[e.platform], time(e.filedAt), REGISTRY_ZH[e.status], time(last?.at)]);
  }
  return csv(['账号ID', '主办单位', '平台', '备案时间', '状态', '状态变更时间'], rows);
}
