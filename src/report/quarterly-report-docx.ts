import type { QuarterlyReport } from './build-quarterly-report.js';
import { blocksDocx } from './internal/blocks-docx.js';
import { quarterlyBlocks } from './internal/quarterly-blocks.js';

/**
 * The quarterly 通报 as a Word document (.docx bytes), so offices can edit it in Word or
 * WPS: title (Title style), section headings (Heading 1), body paragraphs indented two
 * characters, tables with a header row, the annex.
 *
 * Uses the `docx` package (MIT, ~8M downloads a month, writes OOXML in Node and browsers),
 * imported lazily (in the report module's one .docx writer) so the core bundle does not carry it.
 * @returns The .docx file's bytes.
 * @example const bytes = await quarterlyReportDocx(report); // Uint8Array starting with "PK"
 */
export async function quarterlyReportDocx(report: QuarterlyReport): Promise<Uint8Array> {
  return blocksDocx(quarterlyBlocks(report), { title: report.title });
}
