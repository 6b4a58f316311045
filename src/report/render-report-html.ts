import type { ChartSpec } from './chart-spec.js';
import { CHART_FONT_FAMILY } from './chart-theme.js';
import { escapeHtml } from './escape-html.js';
import { formatReportCell } from './format-report-cell.js';
import { isNumericColumn } from './is-numeric-column.js';
import { renderChartSvg } from './render-chart-svg.js';
import type { ReportTable } from './report-table.js';

/** One block of a report. */
export type ReportSection =
  | { kind: 'chart'; title: string; spec: ChartSpec; caption?: string }
  | { kind: 'table'; title: string; table: ReportTable; caption?: string }
  | { kind: 'text'; title?: string; text: string }
  | { kind: 'facts'; title?: string; facts: readonly (readonly [label: string, value: string | number])[] };

/** A whole report: title, optional subtitle (e.g. the period) and its sections in order. */
export interface ReportDocument {
  title: string;
  subtitle?: string;
  /** Shown in the footer when given (the caller passes it; the renderer reads no clock, so output is reproducible). */
  generatedAt?: string;
  sections: readonly ReportSection[];
}

const CSS = `
body{font-family:${CHART_FONT_FAMILY};margin:2rem auto;max-width:1000px;padding:0 1rem;color:#222;line-height:1.5}
h1{font-size:1.5rem;margin-bottom:.2rem}h2{font-size:1.15rem;margin-top:2rem;border-bottom:1px solid #ddd;padding-bottom:.2rem}
.subtitle{color:#666;margin-top:0}.caption{color:#666;font-size:.85rem}
table{border-collapse:collapse;font-size:.85rem;margin:.5rem 0}th,td{border:1px solid #ddd;padding:.25rem .5rem}
th{background:#f4f4f4;text-align:left}td.num{text-align:right;font-variant-numeric:tabular-nums}
.chart svg{max-width:100%;height:auto}dl.facts{display:grid;grid-template-columns:max-content auto;gap:.2rem 1rem}dt{color:#666}dd{margin:0}
footer{margin-top:3rem;color:#999;font-size:.8rem}`;

/**
 * Renders a report as ONE self-contained HTML file: inline CSS, charts rendered
 * to inline SVG by {@link renderChartSvg} (vega-lite + vega, no browser needed),
 * tables as HTML tables; no scripts, no external fonts, images or stylesheets,
 * so it opens offline and can be mailed or archived as is. Text is HTML-escaped.
 * Our design. Complexity: linear in the sections' data plus chart rendering.
 *
 * @throws {TypeError} when `doc.title` is not a string; a chart section throws as {@link renderChartSvg}.
 * @returns The HTML file's text.
 * @example await renderReportHtml({ title: '2024年3月 政务微信传播力排行', sections: [{ kind: 'text', text: '共 12 个账号' }] })
 * // '<!DOCTYPE html>\n<html lang="zh-CN">…<h1>2024年3月 政务微信传播力排行</h1>…'
 */
export async function renderReportHtml(doc: ReportDocument): Promise<string> {
  if (!doc || typeof doc.title !== 'string') throw new TypeError('renderReportHtml: doc.title must be a string');
  const parts: string[] = [];
  for (const s of doc.sections) {
    if (s.kind === 'chart') {
      const svg = await renderChartSvg(s.spec);
      parts.push(`<section class="chart"><h2>${escapeHtml(s.title)}</h2>\n${svg}${caption(s.caption)}</section>`);
    } else if (s.kind === 'table') {
      parts.push(`<section class="table"><h2>${escapeHtml(s.title)}</h2>\n${htmlTable(s.table)}${caption(s.caption)}</section>`);
    } else if (s.kind === 'text') {
      parts.push(`<section class="text">${s.title ? `<h2>${escapeHtml(s.title)}</h2>` : ''}<p>${escapeHtml(s.text)}</p></section>`);
    } else {
      const items = s.facts.map(([k, v]) => `<dt>${escapeHtml(k)}</dt><dd>${escapeHtml(String(v))}</dd>`).join('');
      parts.push(`<section class="facts">${s.title ? `<h2>${escapeHtml(s.title)}</h2>` : ''}<dl class="facts">${items}</dl></section>`);
    }
  }
  return [
    '<!DOCTYPE html>',
    '<html lang="zh-CN">',
    // An empty data: favicon so that even when served over HTTP the page fetches nothing.
    '<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><link rel="icon" href="data:,">',
    `<title>${escapeHtml(doc.title)}</title><style>${CSS}</style></head>`,
    '<body>',
    `<h1>${escapeHtml(doc.title)}</h1>`,
    doc.subtitle ? `<p class="subtitle">${escapeHtml(doc.subtitle)}</p>` : '',
    ...parts,
    `<footer>govmedia${doc.generatedAt ? ` · ${escapeHtml(doc.generatedAt)}` : ''}</footer>`,
    '</body></html>',
    '',
  ].join('\n');
}

function caption(text: string | undefined): string {
  return text ? `<p class="caption">${escapeHtml(text)}</p>` : '';
}

function htmlTable(t: ReportTable): string {
  const right = t.columns.map((c) => (c.align ?? (isNumericColumn(t, c.key) ? 'right' : 'left')) === 'right');
  const head = t.columns.map((c) => `<th>${escapeHtml(c.label)}</th>`).join('');
  const body = t.rows
    .map((r) => `<tr>${t.columns.map((c, i) => `<td${right[i] ? ' class="num"' : ''}>${escapeHtml(formatReportCell(r[c.key], c))}</td>`).join('')}</tr>`)
    .join('\n');
  return `<table><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table>`;
}
