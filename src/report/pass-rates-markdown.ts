import type { PassRateReport, PassRateRow } from '../inspection/pass-rates.js';
import { escapeMarkdownCell as esc } from './internal/escape-markdown-cell.js';

const pct = (p: number | null) => (p === null ? '—' : `${p}%`);
const table = (title: string, rows: readonly PassRateRow[]) =>
  [`### ${title}`, '', '| 分组 | 检查数 | 合格数 | 不合格数 | 合格率 |', '| --- | ---: | ---: | ---: | ---: |', ...rows.map((r) => `| ${esc(r.label)} | ${r.checked} | ${r.passed} | ${r.failed} | ${pct(r.ratePercent)} |`)].join('\n');

/** Options of {@link passRatesMarkdown}. */
export interface PassRatesMarkdownOptions {
  /** Heading of the section. Default `政务新媒体检查抽查情况`. */
  title?: string;
}

/**
 * The pass-rate report as Markdown, in the order of seed 004 (a provincial inspection
 * 通报): the overall sentence (本次共检查 … 总体合格率为 …%), the tables by host level
 * and by platform (检查数, 合格数, 不合格数, 合格率: the published percent, rounded half
 * up to 1 decimal by `passRates`; `—` when none checked), then the annex of failing
 * accounts (单项否决 list) with their reasons joined by `；`. Names, units, labels and
 * reasons are escaped as `reportToMarkdown` escapes cells (`|` → `\|`, `<`, `>`,
 * `&` as entities, line breaks as `<br>`). Complexity O(rows).
 * @param report The pass rates (`passRates`).
 * @param options `title` of the section (default 政务新媒体检查抽查情况).
 * @returns Markdown text (LF line ends, no trailing newline).
 * @example passRatesMarkdown(passRates(verdicts)).split('\n')[0] // '## 政务新媒体检查抽查情况'
 */
export function passRatesMarkdown(report: PassRateReport, options: PassRatesMarkdownOptions = {}): string {
  const o = report.overall;
  return [
    `## ${esc(options.title ?? '政务新媒体检查抽查情况')}`, '',
    `本次共检查 ${o.checked} 个政务新媒体，合格 ${o.passed} 个，总体合格率为 ${pct(o.ratePercent)}。`, '',
    table('按开设主体层级', report.byLevel), '', table('按平台类型', report.byPlatform), '',
    '### 附件：不合格政务新媒体名单', '', '| 账号 | 主办单位 | 平台 | 问题 |', '| --- | --- | --- | --- |',
    ...report.failing.map((f) => `| ${esc(f.name)} | ${esc(f.unit)} | ${esc(f.platform)} | ${esc(f.reasons.join('；'))} |`),
  ].join('\n');
}
