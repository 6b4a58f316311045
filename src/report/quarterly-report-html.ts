import type { QuarterlyReport } from './build-quarterly-report.js';
import { escapeHtml } from './escape-html.js';
import { quarterlyBlocks } from './internal/quarterly-blocks.js';

const STYLE = `body{font-family:"FangSong","STFangsong","Noto Serif CJK SC","Source Han Serif SC",serif;max-width:820px;margin:40px auto;padding:0 32px;color:#111;line-height:1.9;font-size:17px}
h1{font-family:"SimSun","Noto Serif CJK SC",serif;color:#c00;text-align:center;font-size:24px;line-height:1.5;border-bottom:2px solid #c00;padding-bottom:14px}
h2{font-family:"SimHei","Noto Sans CJK SC",sans-serif;font-size:18px;margin:26px 0 8px}
p{text-indent:2em;margin:6px 0}p.addressees{text-indent:0}p.signature{text-align:right;text-indent:0}
table{border-collapse:collapse;width:100%;margin:8px 0 14px;font-size:15px}caption{font-family:"SimHei","Noto Sans CJK SC",sans-serif;margin-bottom:4px}
th,td{border:1px solid #444;padding:4px 8px;text-align:center}td.l{text-align:left}th{background:#f1f1f1}`;

/**
 * The quarterly 通报 as a self-contained HTML page (official-document look: red title
 * line, 仿宋 body, numbered tables, annex), from `buildQuarterlyReport`. Browser-safe.
 * @returns The HTML page.
 * @example quarterlyReportHtml(report).includes('<table') // true
 */
export function quarterlyReportHtml(report: QuarterlyReport): string {
  const body: string[] = [];
  for (const b of quarterlyBlocks(report)) {
    if (b.type === 'title') body.push(`<h1>${escapeHtml(b.text)}</h1>`);
    else if (b.type === 'h1' || b.type === 'h2') body.push(`<h2>${escapeHtml(b.text)}</h2>`);
    else if (b.type === 'table') {
      const rows = b.rows.length ? b.rows : [['无', ...b.head.slice(1).map(() => '')]];
      body.push(`<table>${b.caption ? `<caption>${escapeHtml(b.caption)}</caption>` : ''}<thead><tr>${b.head.map((h) => `<th>${escapeHtml(h)}</th>`).join('')}</tr></thead><tbody>${rows
        .map((r) => `<tr>${r.map((c, i) => `<td${typeof c === 'string' && i > 0 && c.length > 12 ? ' class="l"' : ''}>${escapeHtml(String(c))}</td>`).join('')}</tr>`)
        .join('')}</tbody></table>`);
    } else body.push(`<p${b.type === 'p' ? '' : ` class="${b.type}"`}>${escapeHtml(b.text)}</p>`);
  }
  return `<!doctype html>\n<html lang="zh-CN"><head><meta charset="utf-8"><title>${escapeHtml(report.title)}</title><style>${STYLE}</style></head><body>\n${body.join('\n')}\n</body></html>\n`;
}
