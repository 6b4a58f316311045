import type { QuarterlyBlock } from './quarterly-blocks.js';

/** Options of {@link blocksDocx}. */
export interface BlocksDocxOptions {
  /** The document's title property (Word's File → Info). */
  title: string;
  /** Table text size in half-points (default 24 = 12 pt; wide tables pass less). */
  tableSize?: (columns: number) => number;
}

/**
 * Blocks (title, headings, paragraphs, tables) as a Word document (.docx bytes), in the
 * official-document look of the 通报: title in the Title style, headings bold, body text
 * FangSong 16 pt (三号) indented two characters, bordered tables with a repeated header row.
 * The one .docx writer of the report module: {@link quarterlyReportDocx} and
 * {@link reportToDocx} both call it.
 *
 * Uses the `docx` package (MIT, ~8M downloads a month, writes OOXML in Node and browsers),
 * imported lazily here so the core bundle does not carry it.
 */
export async function blocksDocx(blocks: readonly QuarterlyBlock[], options: BlocksDocxOptions): Promise<Uint8Array> {
  const d = await import('docx');
  const { AlignmentType, BorderStyle, Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } = d;
  const font = { ascii: 'FangSong', eastAsia: 'FangSong', hAnsi: 'FangSong' };
  const children: (InstanceType<typeof Paragraph> | InstanceType<typeof Table>)[] = [];
  const border = { style: BorderStyle.SINGLE, size: 4, color: '444444' };
  for (const b of blocks) {
    if (b.type === 'title') children.push(new Paragraph({ heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER, children: [new TextRun({ text: b.text, bold: true, color: 'C00000', size: 40 })] }));
    else if (b.type === 'h1' || b.type === 'h2') children.push(new Paragraph({ heading: b.type === 'h1' ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2, children: [new TextRun({ text: b.text, bold: true, size: 32 })] }));
    else if (b.type === 'signature') children.push(new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: b.text, font, size: 32 })] }));
    else if (b.type === 'addressees') children.push(new Paragraph({ children: [new TextRun({ text: b.text, font, size: 32 })] }));
    else if (b.type === 'p') children.push(new Paragraph({ indent: { firstLine: 640 }, spacing: { line: 560 }, children: [new TextRun({ text: b.text, font, size: 32 })] }));
    else if (b.type === 'table') {
      if (b.caption) children.push(new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: b.caption, bold: true, size: 28 })] }));
      const size = options.tableSize?.(b.head.length) ?? 24;
      const rows = b.rows.length ? b.rows : [['无', ...b.head.slice(1).map(() => '')]];
      const cell = (text: string, header: boolean) =>
        new TableCell({ borders: { top: border, bottom: border, left: border, right: border }, children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text, bold: header, size })] })] });
      children.push(new Table({
        width: { size: 100, type: WidthType.PERCENTAGE },
        rows: [new TableRow({ tableHeader: true, children: b.head.map((h) => cell(h, true)) }), ...rows.map((r) => new TableRow({ children: r.map((c) => cell(String(c), false)) }))],
      }));
    }
  }
  const doc = new Document({ creator: 'govmedia', title: options.title, sections: [{ children }] });
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}
