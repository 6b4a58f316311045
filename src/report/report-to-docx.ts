import { formatReportCell } from './format-report-cell.js';
import { blocksDocx } from './internal/blocks-docx.js';
import type { QuarterlyBlock } from './internal/quarterly-blocks.js';
import type { ReportDocument, ReportSection } from './render-report-html.js';

/**
 * A report (the document {@link renderReportHtml} renders) as a Word document (.docx bytes)
 * that offices edit in Word or WPS: the title, the subtitle as a paragraph, each section
 * under its heading — facts as a two-column table (项目 | 情况), tables with every row and
 * their cells as {@link formatReportCell} shows them (the CSV's text), text as a paragraph.
 * A chart cannot be drawn in Word without a raster image, so a chart section gives its
 * title and the sentence 图表见同名 HTML 报告 (the HTML download carries it as SVG).
 * Same look as the 通报 ({@link quarterlyReportDocx}); tables of more than six columns are
 * set in 9 pt so they fit the page.
 *
 * Uses the `docx` package (MIT), imported lazily so the core bundle does not carry it.
 * @returns The .docx file's bytes.
 * @throws {TypeError} when `doc.title` is not a string or `doc.sections` not an array
 * @example const bytes = await reportToDocx({ title: '政务新媒体检查情况', sections: [{ kind: 'facts', facts: [['合格率', '85.7%']] }] });
 * // Uint8Array starting with "PK"; word/document.xml contains 合格率 and 85.7%
 */
export async function reportToDocx(doc: ReportDocument): Promise<Uint8Array> {
  if (!doc || typeof doc.title !== 'string') throw new TypeError('reportToDocx: doc.title must be a string');
  const sections: readonly ReportSection[] = doc.sections;
  if (!Array.isArray(sections as unknown)) throw new TypeError('reportToDocx: doc.sections must be an array');
  const blocks: QuarterlyBlock[] = [{ type: 'title', text: doc.title }];
  if (doc.subtitle) blocks.push({ type: 'p', text: doc.subtitle });
  for (const s of sections) {
    if (s.title) blocks.push({ type: 'h1', text: s.title });
    if (s.kind === 'facts') blocks.push({ type: 'table', caption: '', head: ['项目', '情况'], rows: s.facts.map(([k, v]) => [k, String(v)]) });
    else if (s.kind === 'table') {
      const t = s.table;
      blocks.push({ type: 'table', caption: '', head: t.columns.map((c) => c.label), rows: t.rows.map((r) => t.columns.map((c) => formatReportCell(r[c.key], c))) });
      if (s.caption) blocks.push({ type: 'p', text: s.caption });
    } else if (s.kind === 'text') blocks.push({ type: 'p', text: s.text });
    else blocks.push({ type: 'p', text: `图表见同名 HTML 报告${s.caption ? `（${s.caption}）` : ''}。` });
  }
  if (doc.generatedAt) blocks.push({ type: 'signature', text: `govmedia · ${doc.generatedAt}` });
  return blocksDocx(blocks, { title: doc.title, tableSize: (n) => (n > 6 ? 18 : 24) });
}
