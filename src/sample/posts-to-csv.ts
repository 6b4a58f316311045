import type { Post } from '../model/schemas.js';
import { csvCount, csvText, csvTime, csvYesNo } from './internal/csv-cells.js';

/** The posts headers, in order, as offices' exports write them (see the team's column conventions). */
export const POSTS_CSV_HEADERS = ['账号ID', '账号名称', '文章ID', '发布时间', '标题', '正文', '阅读数', '在看数', '点赞数', '转发数', '评论数', '是否原创', '推送ID', '位置', '转载自'] as const;

/**
 * Posts as an office's export: Chinese headers ({@link POSTS_CSV_HEADERS}), China-time
 * dates, `10万+` for the cap, the exact `万` form from 10,000 up, `-` for missing
 * counts, 是/否 for the original flag; UTF-8 with BOM and CRLF, written by `reportToCsv`
 * (a text cell that looks like a formula is prefixed with `'`; `-` and numbers are not). Browser-safe: returns a
 * string. `names` maps account ids to 账号名称 (blank when absent).
 *
 * Complexity O(total text length).
 * @returns The CSV text.
 * @example postsToCsv([{ accountId: 'A1', publishedAt: new Date('2024-07-01T00:30:00Z'), reads: 100001, likes: 12000 }], new Map([['A1', '江州发布']])).split('\r\n')[1] // 'A1,江州发布,,2024-07-01 08:30:00,,,10万+,-,1.2万,-,-,,,,'
 */
export function postsToCsv(posts: Iterable<Post>, names: ReadonlyMap<string, string> = new Map()): string {
  const rows: (string | number)[][] = [];
  for (const p of posts)
    rows.push([p.accountId, names.get(p.accountId) ?? '', p.id ?? '', csvTime(p.publishedAt), p.title ?? '', p.text ?? '', csvCount(p.reads), csvCount(p.looks), csvCount(p.likes), csvCount(p.shares), csvCount(p.comments), csvYesNo(p.isOriginal), p.pushId ?? '', p.position ?? '', p.repostOf ?? '']);
  return csvText(POSTS_CSV_HEADERS, rows);
}
