import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readPosts, readPostsCsvBytes } from '../../src/index.js';
import { headerArb, quoteCsv } from './random-csv.js';

// The byte-level fast path must give the same table and the same rejections as the
// regular path, on any well-formed CSV: quotes, doubled quotes, embedded newlines, BOM,
// CRLF, empty fields, bad values, wrong field counts, blank lines, any chunking.
const COLUMNS: Record<string, string[]> = {
  账号ID: ['a', 'b', '账号c', 'd d', '', ' e', '\u3000f', 'g\u00a0', '\u200b'],
  发布时间: ['2024-03-01 08:00:00', '2024-03-01', '2024-03-01 23:59', '2024/3/1 8:00', '2024-02-30 10:00:00', 'bad', '', '2024-03-01T08:00:00+08:00', '2099-01-01 08:00:00', '1999-12-31 23:00:00', '20240301', '2024-03-01 08:00:00+25:00'],
  标题: ['标题', '带,逗号', '带"引号"', '换\n行', '', ' 空格 ', 'plain'],
  阅读数: ['12', '0', '007', '10万+', '1.2万', '3,456', '-', '', 'abc', '1.5', '１２', '1.23456万', '9007199254740993', '999999999999999'],
  点赞数: ['3', '', '-', '99999'],
  在看数: ['1', '2', ''],
  位置: ['1', '2', '0', 'x', '', '65536', '头条', '第2条', '次条'],
  是否原创: ['是', '否', '', 'maybe'],
  是否头条: ['是', '否', ''],
};

// Rows may also carry what real files have: a stray quote (unclosed, or with text after
// the closing quote), trailing delimiters, rows of delimiters only; any delimiter, any
// line end (LF, CRLF, lone CR), title lines above the header.
const csvArb = fc
  .record({
    cols: headerArb(Object.keys(COLUMNS)),
    rows: fc.array(
      fc.record({
        picks: fc.array(fc.nat(), { minLength: 12, maxLength: 12 }),
        extra: fc.integer({ min: -1, max: 12 }),
        blank: fc.boolean(),
        quoteAll: fc.boolean(),
        defect: fc.constantFrom('none', 'none', 'none', 'none', 'stray', 'junk', 'trailing', 'delims'),
      }),
      { maxLength: 25 },
    ),
    bom: fc.boolean(),
    eol: fc.constantFrom('\n', '\r\n', '\r'),
    delim: fc.constantFrom(',', '\t', ';'),
    title: fc.boolean(),
    finalNewline: fc.boolean(),
    chunk: fc.integer({ min: 1, max: 64 }),
  })
  .map(({ cols, rows, bom, eol, delim, title, finalNewline, chunk }) => {
    const lines = [cols.join(delim)];
    for (const r of rows) {
      if (r.blank && r.extra === 0) { lines.push(''); continue; }
      let cells = cols.map((c, k) => { const pool = COLUMNS[c]!; const v = pool[r.picks[k]! % pool.length]!.replace(/\n/g, eol); return r.quoteAll ? `"${v.replace(/"/g, '""')}"` : quoteCsv(v, delim); });
      if (r.extra === -1) cells = cells.slice(1);
      if (r.extra === 12) cells.push('x');
      const at = r.picks[0]! % cells.length;
      if (r.defect === 'stray') cells[at] = `"${cells[at]!.replace(/"/g, '')}`;
      if (r.defect === 'junk') cells[at] = `"${cells[at]!.replace(/"/g, '')}"尾巴`;
      if (r.defect === 'trailing') cells.push('', '');
      if (r.defect === 'delims') cells = cells.map(() => (r.quoteAll ? ' ' : ''));
      lines.push(cells.join(delim));
    }
    const text = (bom ? '\uFEFF' : '') + (title ? `某市政务新媒体发文统计${eol}` : '') + lines.join(eol) + (finalNewline ? eol : '');
    return { text, chunk };
  });

const chunked = (bytes: Uint8Array, size: number) => (async function* () { for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size); })();

describe('readPostsCsvBytes(bytes) equals readPosts(text)', () => {
  it('gives the same rows and the same rejections on random CSVs, in any chunking', async () => {
    await fc.assert(
      fc.asyncProperty(csvArb, async ({ text, chunk }) => {
        // A fixed read time: the plausibility bound (read time + 1 day) is quoted in reasons.
        const at = Date.UTC(2026, 0, 1);
        const regular = await readPosts(text, { format: 'csv', fastPath: false, at });
        const fast = await readPostsCsvBytes(chunked(new TextEncoder().encode(text), chunk), { at });
        expect(fast.rejected).toEqual(regular.rejected);
        expect(fast.rejectedCells).toEqual(regular.rejectedCells);
        expect([fast.duplicates, fast.preset, fast.warnings]).toEqual([regular.duplicates, regular.preset, regular.warnings]);
        expect([...fast.table.rows()]).toEqual([...regular.table.rows()]);
        expect(fast.table.accountIds).toEqual(regular.table.accountIds);
        expect(fast.ignoredColumns).toEqual(regular.ignoredColumns);
        expect(fast.blankRows).toBe(regular.blankRows);
        expect({ ...fast.input, encoding: undefined }).toEqual({ ...regular.input, encoding: undefined }); // text in, so no encoding on the regular side
      }),
      { numRuns: 300 },
    );
  });

  it('rejects the line of an unterminated quote at the end of the file', async () => {
    const r = await readPostsCsvBytes(new TextEncoder().encode('账号ID,发布时间,标题\na,2024-03-01,"never closed\n'));
    expect(r.rejected).toEqual([{ row: 2, line: 2, column: '(record)', reason: 'CSV 格式有误：引号未闭合（本行有多余的 "？）' }]);
  });

  it('hands GBK input to the regular path', async () => {
    const { default: iconv } = await import('iconv-lite');
    const text = '账号ID,发布时间,阅读数\n甲,2024-03-01 08:00:00,10万+\n';
    const r = await readPostsCsvBytes(new Uint8Array(iconv.encode(text, 'gbk')));
    expect([...r.table.rows()]).toEqual([...(await readPosts(text)).table.rows()]);
  });

  it('strict mode throws on the first bad row, like the regular path', async () => {
    const bytes = new TextEncoder().encode('账号ID,发布时间,阅读数\na,2024-03-01,x\n');
    await expect(readPostsCsvBytes(bytes, { strict: true })).rejects.toThrow('第 2 行，列“阅读数”：不是计数（须为 ≥ 0 的数）："x"');
  });
});
