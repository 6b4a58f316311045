import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { reportToCsv, reportToDocx, reportToXlsx, type ReportTable } from '../../src/report/index.js';

/** A sheet read back with SheetJS CE (the library's workbook reader): header and typed cells, empty cells as null. */
async function readBack(bytes: Uint8Array, sheet?: string): Promise<{ names: string[]; rows: unknown[][] }> {
  const XLSX = await import('@e965/xlsx');
  const wb = XLSX.read(bytes, { type: 'array' });
  const ws = wb.Sheets[sheet ?? wb.SheetNames[0]!]!;
  return { names: wb.SheetNames, rows: XLSX.utils.sheet_to_json<unknown[]>(ws, { header: 1, defval: null, blankrows: true }) };
}

const table: ReportTable = {
  title: 'WCI 排行（2024-09）',
  columns: [
    { key: 'rank', label: '排名' }, { key: 'name', label: '账号名称' }, { key: 'value', label: 'WCI', digits: 2 },
    { key: 'share', label: '占比', digits: 0 }, { key: 'tags', label: '标签' }, { key: 'ok', label: '合格' }, { key: 'note', label: '说明' },
  ],
  rows: [
    { rank: 1, name: '青岛发布', value: 1123.48461, share: 0.6, tags: ['头条', '原创'], ok: true, note: '=1+1' },
    { rank: 2, name: '崂山\u0007发布', value: 998.5, share: null, tags: [], ok: false, note: null },
    { rank: null, name: '无发文账号', value: Number.NaN, share: 3, tags: ['x'], ok: undefined, note: '"引号",逗号' },
  ],
};

describe('reportToXlsx', () => {
  it('writes one sheet per table whose cells are the CSV\u2019s values, numbers as numbers rounded to the column\u2019s digits', async () => {
    const { names, rows } = await readBack(await reportToXlsx(table));
    expect(names).toEqual(['WCI 排行（2024-09）']);
    expect(rows).toEqual([
      ['排名', '账号名称', 'WCI', '占比', '标签', '合格', '说明'],
      [1, '青岛发布', 1123.48, 1, '头条、原创', '是', '=1+1'],
      [2, '崂山发布', 998.5, null, null, '否', null],
      [null, '无发文账号', null, 3, 'x', null, '"引号",逗号'],
    ]);
    // The CSV of the same table, read back, holds the same values (its `'` guard against formulas aside).
    const csv = reportToCsv(table, { bom: false }).trimEnd().split('\r\n');
    expect(csv[1]).toBe("1,青岛发布,1123.48,1,头条、原创,是,'=1+1");
  });

  it('shows numbers with the column\u2019s decimals and freezes the header row', async () => {
    const files = unzipSync(await reportToXlsx(table));
    const sheet = strFromU8(files['xl/worksheets/sheet1.xml']!);
    expect(sheet).toMatch(/<pane [^>]*ySplit="1"/);
    expect(strFromU8(files['xl/styles.xml']!)).toContain('formatCode="0.00"');
  });

  it('names sheets as Excel allows: no \\ / ? * [ ] :, at most 31 characters, unique', async () => {
    const t = (title?: string): ReportTable => ({ ...(title === undefined ? {} : { title }), columns: [{ key: 'a', label: 'A' }], rows: [{ a: 1 }] });
    const long = '很长的表名'.repeat(8);
    const { names } = await readBack(await reportToXlsx([t('合格率 [按层级]: 1/2'), t(long), t(long), t()]));
    expect(names).toEqual(['合格率 _按层级__ 1_2', long.slice(0, 31), `${long.slice(0, 29)}_2`, '表4']);
    expect(names.every((n) => n.length <= 31)).toBe(true);
  });

  it('refuses what is not a table, and sheet names that do not match the tables', async () => {
    await expect(reportToXlsx([])).rejects.toThrow(RangeError);
    await expect(reportToXlsx({ rows: [] } as unknown as ReportTable)).rejects.toThrow(/reportToXlsx.*columns/);
    await expect(reportToXlsx([table], { sheetNames: ['a', 'b'] })).rejects.toThrow(/reportToXlsx: sheetNames gives 2 names for 1 tables/);
  });
});

describe('reportToDocx', () => {
  it('writes the title, facts, every table row and a note for charts into word/document.xml', async () => {
    const bytes = await reportToDocx({
      title: '政务新媒体检查情况', subtitle: '监测时间点 2024-09-30 24:00',
      sections: [
        { kind: 'facts', facts: [['检查账号', 12], ['合格率', '83.3%']] },
        { kind: 'chart', title: '合格率', spec: { mark: 'bar' } as never },
        { kind: 'table', title: '附件：不合格账号及原因', table: { columns: [{ key: 'name', label: '账号名称' }, { key: 'v', label: 'WCI', digits: 2 }], rows: [{ name: '青山发布', v: 12.345 }, { name: 'A&B<发布>', v: null }] } },
        { kind: 'text', title: '说明', text: '单项否决须人工确认。' },
      ],
    });
    expect(strFromU8(bytes.subarray(0, 2))).toBe('PK');
    const xml = strFromU8(unzipSync(bytes)['word/document.xml']!);
    const text = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('|');
    for (const s of ['政务新媒体检查情况', '监测时间点 2024-09-30 24:00', '检查账号|12', '合格率|83.3%', '图表见同名 HTML 报告', '账号名称|WCI|青山发布|12.35|A&amp;B&lt;发布&gt;', '单项否决须人工确认。'])
      expect(text).toContain(s);
  });

  it('refuses a document without a title', async () => {
    await expect(reportToDocx({ sections: [] } as never)).rejects.toThrow(/reportToDocx: doc.title/);
  });
});
