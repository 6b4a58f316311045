import type { CensusResult } from '../matrix/census.js';
import { escapeMarkdownCell as esc } from './internal/escape-markdown-cell.js';

/** Percent rounded half up to one decimal, as seed 001 prints it (59.7%). */
const pct = (x: number) => `${(Math.round(x * 1000 + 1e-9) / 10).toFixed(1)}%`;

/**
 * The census (摸底) table in the shape of seed 001 (Ningbo, 2019) as Markdown: 项目 / 数量 /
 * 占比 rows for the total, each platform and level (largest first, as `census` orders
 * them), the accounts above the follower threshold (written in 万: 粉丝数量超过1万),
 * those posting at least N a day on average (only when `census` was given posts), and
 * those with service functions (具备办事服务功能). Percentages round half up to one
 * decimal. Complexity O(platforms + levels).
 * @param result The census (`census(accounts, posts)`).
 * @returns Markdown table text (LF line ends, no trailing newline).
 * @example censusMarkdown(census(accounts, posts)).split('\n')[2] // '| 政务新媒体账号总数 | 1170 | 100.0% |'
 */
export function censusMarkdown(result: CensusResult): string {
  const { accountCount: n, aboveFollowerThreshold: above, postingAtLeast: posting, withServices: services } = result;
  return [
    '| 项目 | 数量 | 占比 |', '| --- | ---: | ---: |', `| 政务新媒体账号总数 | ${n} | 100.0% |`,
    ...result.byPlatform.map((r) => `| 平台：${esc(r.label)} | ${r.count} | ${pct(r.share)} |`),
    ...result.byLevel.map((r) => `| 层级：${esc(r.label)} | ${r.count} | ${pct(r.share)} |`),
    `| 粉丝数量超过${above.threshold / 10000}万 | ${above.count} | ${pct(above.share)} |`,
    ...(posting ? [`| 日均发布${posting.perDay}条以上 | ${posting.count} | ${pct(posting.share)} |`] : []),
    `| 具备办事服务功能 | ${services.count} | ${pct(services.share)} |`,
  ].join('\n');
}
