import type { QuarterlyReport } from './build-quarterly-report.js';
import { quarterlyBlocks } from './internal/quarterly-blocks.js';

const cell = (v: string | number) => String(v).replace(/\|/g, '\\|').replace(/\n/g, ' ');

/**
 * The quarterly 通报 as Markdown (title, sections, tables, annex), from `buildQuarterlyReport`.
 * @returns The Markdown text.
 * @example quarterlyReportMarkdown(report).startsWith('# ') // true
 */
export function quarterlyReportMarkdown(report: QuarterlyReport): string {
  const out: string[] = [];
  for (const b of quarterlyBlocks(report)) {
    if (b.type === 'title') out.push(`# ${b.text}`, '');
    else if (b.type === 'h1') out.push(`## ${b.text}`, '');
    else if (b.type === 'h2') out.push(`### ${b.text}`, '');
    else if (b.type === 'signature') out.push(`<p align="right">${b.text}</p>`, '');
    else if (b.type === 'table') {
      if (b.caption) out.push(`**${b.caption}**`, '');
      out.push(`| ${b.head.map(cell).join(' | ')} |`, `| ${b.head.map((_, i) => (i === 0 ? '---' : '---:')).join(' | ')} |`);
      for (const r of b.rows) out.push(`| ${r.map(cell).join(' | ')} |`);
      if (b.rows.length === 0) out.push(`| 无 |${' |'.repeat(b.head.length - 1)}`);
      out.push('');
    } else out.push(b.text, '');
  }
  return out.join('\n');
}
