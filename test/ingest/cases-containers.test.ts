import { describe, expect, it } from 'vitest';
import { readAccountsFile, readPostsFile } from '../../src/io/node/files.js';
import { readMessages, readRegistry, TableFormatError, type ReadPostsResult } from '../../src/index.js';
import { cli } from '../cli/harness.js';

// The container/bytes layer on the real-shaped cases (test/fixtures/cases, README there):
// every case through readPostsFile / readAccountsFile on BOTH read paths (byte fast path
// and regular path must agree), with the values a user expects; and through the CLI.
const CASES = 'test/fixtures/cases';
const china = (s: string) => new Date(`${s.replace(' ', 'T')}+08:00`).getTime();

/** Reads a posts file on both paths, asserts they agree, returns the fast path's result. */
async function both(file: string): Promise<ReadPostsResult> {
  const fast = await readPostsFile(`${CASES}/${file}`);
  const regular = await readPostsFile(`${CASES}/${file}`, { fastPath: false });
  expect([...fast.table.rows()]).toEqual([...regular.table.rows()]);
  expect(fast.rejected).toEqual(regular.rejected);
  expect(fast.ignoredColumns).toEqual(regular.ignoredColumns);
  expect(fast.blankRows).toBe(regular.blankRows);
  expect(fast.input).toEqual(regular.input);
  return fast;
}
const rows = (r: ReadPostsResult) => [...r.table.rows()];
const rejectedRows = (r: ReadPostsResult) => [...new Set(r.rejected.map((x) => x.row))];

describe('exports: encodings, delimiters, title lines, workbooks', () => {
  it('清博 export: GBK + CRLF and UTF-8 + BOM read the same 8 rows (each kept or rejected, none lost)', async () => {
    const gbk = await both('exports/a_gsdata_wechat_gbk.csv');
    const utf8 = await both('exports/a_gsdata_wechat_utf8.csv');
    expect(gbk.input).toMatchObject({ format: 'csv', encoding: 'gb18030', delimiter: ',', headerRow: 1 });
    expect(utf8.input).toMatchObject({ format: 'csv', encoding: 'utf-8', delimiter: ',', headerRow: 1 });
    expect(rows(gbk)).toEqual(rows(utf8));
    expect(gbk.rejected).toEqual(utf8.rejected);
    expect(gbk.table.size + rejectedRows(gbk).length).toBe(8);
    expect(rejectedRows(gbk).every((r) => r >= 2 && r <= 9)).toBe(true); // data on lines 2–9
  });

  it('the .xlsx workbook: first sheet, date cells as China wall-clock time, numbers exact', async () => {
    const r = await both('exports/g_gsdata_wechat.xlsx');
    expect(r.input).toEqual({ format: 'xlsx', sheet: '文章列表', headerRow: 1, blankRows: 0 });
    expect(r.sheet).toBe('文章列表');
    expect(r.rejected).toEqual([]);
    expect(rows(r).map((p) => [p.accountId, p.publishedAt.getTime(), p.reads, p.looks, p.likes, p.position, p.isOriginal])).toEqual([
      ['青山发布', china('2024-09-01 08:30'), 100001, 1234, 21000, 1, true],
      ['青山发布', china('2024-09-01 08:30'), 12000, 56, 230, 2, false],
      ['青山市场监管', china('2024-09-02 17:05'), 3210, 8, 19, 1, true],
    ]);
    // Read as the CSV version: each workbook row equals the CSV row with the same title, where that one is read.
    const csv = await both('exports/a_gsdata_wechat_utf8.csv');
    const byTitle = new Map(rows(csv).map((p) => [p.title, p]));
    for (const p of rows(r)) {
      const c = byTitle.get(p.title);
      if (c) expect({ ...p, id: undefined }).toEqual({ ...c, id: undefined });
    }
  });

  it('the legacy .xls workbook (公众平台 back end) is read, not refused', async () => {
    const r = await both('exports/g_mp_backend.xls');
    expect(r.input).toEqual({ format: 'xls', sheet: '图文分析', headerRow: 1, blankRows: 0 });
    expect(rows(r).map((p) => [p.accountId, p.publishedAt.getTime(), p.reads, p.shares])).toEqual([
      ['青山发布', china('2024-09-01 08:30'), 120345, 4012],
      ['青山发布', china('2024-09-01 08:30'), 12001, 301],
    ]);
  });

  it('a sheet is chosen by name; an unknown sheet is a RangeError listing the sheets', async () => {
    const r = await readPostsFile(`${CASES}/exports/g_gsdata_wechat.xlsx`, { sheet: '文章列表' });
    expect(r.table.size).toBe(3);
    await expect(readPostsFile(`${CASES}/exports/g_gsdata_wechat.xlsx`, { sheet: 'Sheet9' })).rejects.toThrow(/no sheet "Sheet9" \(sheets: 文章列表\)/);
  });

  it('a title line above the header (GBK, CR CR LF line ends): header found on line 2, every row read', async () => {
    const r = await both('exports/j_title_row_gbk.csv');
    expect(r.input).toMatchObject({ encoding: 'gb18030', headerRow: 2, delimiter: ',' });
    expect(r.rejected).toEqual([]);
    expect(rows(r).map((p) => [p.accountId, p.reads])).toEqual([
      ['青山发布', 100001],
      ['青山发布', 12000],
      ['青山市场监管', 3210],
      ['青山市场监管', 23500],
    ]);
    // Each CR CR LF is a line break then an empty line (as a spreadsheet shows it): skipped and counted.
    expect(r.blankRows).toBe(5);
  });

  it('a ragged export: trailing empty field accepted, short row padded, blank and ",," rows skipped and counted', async () => {
    const r = await both('exports/k_ragged_utf8.csv');
    expect(r.rejected).toEqual([]);
    expect(rows(r).map((p) => [p.publishedAt.getTime(), p.reads])).toEqual([
      [china('2024-09-01 08:00'), 100],
      [china('2024-09-02 08:00'), 200],
      [china('2024-09-03 08:00'), undefined],
    ]);
    expect(r.blankRows).toBe(2);
  });

  it("tab-separated .txt and Excel's \"Unicode 文本\" (UTF-16 LE, BOM, tabs) read the same", async () => {
    const tab = await both('exports/l_gsdata_tab_utf8.txt');
    const u16 = await both('exports/l_gsdata_unicode_text_utf16.txt');
    expect(tab.input).toMatchObject({ encoding: 'utf-8', delimiter: '\t' });
    expect(u16.input).toMatchObject({ encoding: 'utf-16le', delimiter: '\t' });
    expect(rows(u16)).toEqual(rows(tab));
    expect(u16.rejected).toEqual(tab.rejected);
    expect(tab.table.size + rejectedRows(tab).length).toBe(8);
    expect(tab.table.accountIds).toEqual(['青山发布', '青山市场监管']);
  });
});

describe('edge: defects one per file', () => {
  it.each([
    ['edge/a01_unbalanced_quote.csv', ['A1', 'A3', 'A4']],
    ['edge/a03_quote_then_junk.csv', ['A1', 'A3']],
  ])('%s: a stray quote costs its own line (3); every later row is read', async (file, ids) => {
    const r = await both(file);
    expect(rows(r).map((p) => p.accountId)).toEqual(ids);
    expect(r.rejected).toHaveLength(1);
    expect(r.rejected[0]).toMatchObject({ row: 3, line: 3, column: '(record)' });
    expect(r.rejected[0]!.reason).toMatch(/本行有多余的 "？/);
  });

  it('d19: a stray quote in an account list costs its own line only', async () => {
    const r = await readAccountsFile(`${CASES}/edge/d19_accounts_quote_junk.csv`);
    expect(r.records.map((a) => a.id)).toEqual(['Q2', 'Q3', 'Q4']);
    expect(r.rejected).toEqual([expect.objectContaining({ row: 2, line: 2, column: '(record)' })]);
  });

  it.each([
    ['edge/a07_empty.csv', /没有表头（文件是空的/],
    ['edge/a08_only_bom.csv', /没有表头（只有字节顺序标记 BOM/],
  ])('%s: one "no header" error naming the required columns', async (file, why) => {
    for (const fastPath of [true, false]) {
      const e = await readPostsFile(`${CASES}/${file}`, { fastPath }).catch((x: unknown) => x);
      expect(e).toBeInstanceOf(TableFormatError);
      expect((e as Error).message).toMatch(why);
      expect((e as Error).message).toContain('账号ID（或 账号名称）、发布时间');
    }
    await expect(readAccountsFile(`${CASES}/${file}`)).rejects.toThrow(/没有表头.*账号ID、账号名称、平台、主办单位、层级/);
  });

  it.each([
    ['edge/a09_png.csv', '不是文本表格（PNG 图片）/ not a text table (PNG image)'],
    ['edge/a10_gzip.csv', '不是文本表格（gzip 压缩包）/ not a text table (gzip archive)'],
  ])('%s: refused with one clear error, not rows of "缺少账号ID"', async (file, message) => {
    for (const read of [(p: string) => readPostsFile(p), (p: string) => readPostsFile(p, { fastPath: false }), (p: string) => readAccountsFile(p)]) {
      const e = await read(`${CASES}/${file}`).catch((x: unknown) => x);
      expect(e).toBeInstanceOf(TableFormatError);
      expect((e as TableFormatError).message).toBe(message);
      expect((e as TableFormatError).source).toBe(`${CASES}/${file}`);
    }
  });

  it('a zip that is not a workbook is refused as such', async () => {
    const { readPosts } = await import('../../src/index.js');
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 20, 0, 0, 0, 0, 0, ...new TextEncoder().encode('readme.txt')]);
    await expect(readPosts(zip)).rejects.toThrow('不是文本表格（zip 压缩包，不是 Excel 工作簿）');
  });

  it.each([
    ['edge/a11_utf16le_bom.csv', ['A1', 'A2', 'A3']],
    ['edge/t13-utf16le.csv', ['甲局发布', '乙局发布']],
  ])('%s: UTF-16 LE with BOM is read', async (file, ids) => {
    const r = await both(file);
    expect(r.input.encoding).toBe('utf-16le');
    expect(r.rejected).toEqual([]);
    expect(r.table.accountIds).toEqual(ids);
  });

  it.each(['edge/a12_mixed_crlf_then_lf.csv', 'edge/a12c_lone_cr.csv'])('%s: mixed and CR-only line ends, every row read', async (file) => {
    const r = await both(file);
    expect(r.rejected).toEqual([]);
    expect(rows(r).map((p) => [p.accountId, p.reads])).toEqual([['A1', 100], ['A2', 200], ['A3', 300]]);
  });

  it('d03: an account list with mixed line ends reads every account', async () => {
    const r = await readAccountsFile(`${CASES}/edge/d03_accounts_mixed_eol.csv`);
    expect(r.rejected).toEqual([]);
    expect(r.records.map((a) => a.id)).toEqual(['A1', 'A2', 'A3', 'A4']);
  });

  it('messages and registry readers take CR-only and mixed line ends too', async () => {
    const m = await readMessages('账号ID,留言时间,类别\ra,2024-03-01 09:00,投诉\r\nb,2024-03-02 09:00,咨询\nc,2024-03-03 09:00,建议\r');
    expect(m.rejected).toEqual([]);
    expect(m.records.map((x) => x.accountId)).toEqual(['a', 'b', 'c']);
    const g = await readRegistry('账号ID,主办单位,平台,备案时间\ra,某局,微信,2024-01-02\rb,某局,微博,2024-01-03\r\n');
    expect(g.rejected).toEqual([]);
    expect(g.records.map((x) => x.accountId)).toEqual(['a', 'b']);
  });

  it.each(['edge/a15_dup_header.csv', 'edge/a16_ws_header.csv', 'edge/a17b_ideographic_space_header.csv', 'edge/t01-dup-headers.csv'])(
    '%s: a repeated header (also with spaces, U+3000): the first column is used, the repeat reported',
    async (file) => {
      const r = await both(file);
      expect(r.ignoredColumns).toContain('阅读数（重复，第4列）');
      expect(rows(r)[0]!.reads).toBe(100); // the first 阅读数 column, never the second (999999 / 9)
    },
  );

  it('t12, t12b: GB18030 characters outside GBK (𠮷, 䶮, 𬍛) survive byte-exact', async () => {
    const t12 = await both('edge/t12-gb18030.csv');
    expect(t12.input.encoding).toBe('gb18030');
    expect(rows(t12).map((p) => [p.accountId, p.title, p.reads])).toEqual([
      ['a1', '䶮与𬍛的故事€', 100001],
      ['a2', '普通标题', 3456],
    ]);
    const t12b = await both('edge/t12b-gb18030-names.csv');
    expect(t12b.table.accountIds).toEqual(['𠮷县发布', '䶮镇发布']);
    expect([...t12b.table.accountIds[0]!].map((c) => c.codePointAt(0))).toEqual([0x20bb7, 0x53bf, 0x53d1, 0x5e03]);
    expect(t12b.table.accountIds[1]!.codePointAt(0)).toBe(0x4dae);
  });

  it('t14: tab-separated .tsv', async () => {
    const r = await both('edge/t14-tab.tsv');
    expect(r.input.delimiter).toBe('\t');
    expect(rows(r).map((p) => [p.accountId, p.reads])).toEqual([['甲局发布', 100], ['乙局发布', 200]]);
  });

  it('t15: Excel rows made only of commas (and blanks) are skipped quietly and counted', async () => {
    const r = await both('edge/t15-excel-trailing-commas.csv');
    expect(r.rejected).toEqual([]);
    expect(r.table.size).toBe(2);
    expect(r.blankRows).toBe(4);
  });
});

describe('the CLI on container defects', () => {
  const run = (file: string) => cli(['homogeneity', '--posts', `${CASES}/${file}`, '--format', 'json']);
  it.each([
    ['edge/a07_empty.csv', '没有表头'],
    ['edge/a08_only_bom.csv', '没有表头'],
    ['edge/a09_png.csv', '不是文本表格（PNG 图片）'],
    ['edge/a10_gzip.csv', '不是文本表格（gzip 压缩包）'],
  ])('%s: exit 1, one message naming the file', async (file, text) => {
    const r = await run(file);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`${CASES}/${file}`);
    expect(r.stderr).toContain(text);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('a stray quote: exit 0 on the other rows, the bad line (3) named', async () => {
    const r = await run('edge/a01_unbalanced_quote.csv');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).stats.posts).toBe(3);
    expect(r.stderr).toMatch(/(row|第) 3/);
  });

  it.each([
    ['exports/g_gsdata_wechat.xlsx', 3],
    ['exports/g_mp_backend.xls', 2],
    ['edge/t13-utf16le.csv', 2],
    ['edge/t14-tab.tsv', 2],
  ])('%s is read and ranked (%i posts)', async (file, n) => {
    const r = await cli(['rank', '--posts', `${CASES}/${file}`, '--format', 'json']);
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as { ranking: { articles: number }[] }).ranking.reduce((s, a) => s + a.articles, 0)).toBe(n);
  });
});
