import { describe, expect, it } from 'vitest';
import { formatReportCell, reportToCsv, reportToMarkdown, type ReportTable } from '../../src/report/index.js';

const table: ReportTable = Object.freeze({
  columns: [
    { key: 'name', label: '账号名称' },
    { key: 'wci', label: 'WCI', digits: 2 },
    { key: 'note', label: '备注' },
  ],
  rows: [
    { name: '青岛发布', wci: 1123.48461, note: 'a,b' },
    { name: '西海岸"发布"', wci: null, note: 'line1\nline2' },
    { name: '=HYPERLINK("x")', wci: 0, note: '-5' },
  ],
});

describe('formatReportCell(value, column)', () => {
  it('shows missing as empty, never as 0', () => {
    expect(formatReportCell(null, {})).toBe('');
    expect(formatReportCell(undefined, {})).toBe('');
    expect(formatReportCell(Number.NaN, { digits: 2 })).toBe('');
    expect(formatReportCell(0, { digits: 2 })).toBe('0.00');
  });
  it('formats booleans as 是/否 and arrays with 、', () => {
    expect(formatReportCell(true, {})).toBe('是');
    expect(formatReportCell(false, {})).toBe('否');
    expect(formatReportCell(['无更新', '无互动'], {})).toBe('无更新、无互动');
  });
});

describe('reportToCsv(table)', () => {
  it('writes a UTF-8 BOM, CRLF line ends and RFC 4180 quoting', () => {
    expect(reportToCsv(table)).toBe(
      '\uFEFF账号名称,WCI,备注\r\n' +
        '青岛发布,1123.48,"a,b"\r\n' +
        '"西海岸""发布""",,"line1\nline2"\r\n' +
        `"'=HYPERLINK(""x"")",0.00,-5\r\n`,
    );
  });
  it('reportToCsv(table, { bom: false, eol: "\\n" }) drops the BOM and uses LF', () => {
    const csv = reportToCsv({ columns: [{ key: 'a', label: 'a' }], rows: [{ a: 1 }] }, { bom: false, eol: '\n' });
    expect(csv).toBe('a\n1\n');
  });
  it('removes NUL, ESC and other control characters from cells, then defuses what they hid', () => {
    const csv = reportToCsv({ columns: [{ key: 'a', label: 'a' }], rows: [{ a: '\u0000nul' }, { a: '\u001b[2J\u0000=1+2' }, { a: 'x\ty' }] }, { bom: false, eol: '\n' });
    expect(csv).toBe('a\nnul\n[2J=1+2\nx\ty\n');
  });
  it('leaves a lone "-" (the exports\' missing mark) and plain numbers as they are (OWASP "CSV Injection": no formula follows)', () => {
    const csv = reportToCsv({ columns: [{ key: 'a', label: 'a' }], rows: ['-', '-3', '+1.5', '-1e5', '-0'].map((a) => ({ a })) }, { bom: false, eol: '\n' });
    expect(csv).toBe('a\n-\n-3\n+1.5\n-1e5\n-0\n');
  });
  it('still defuses a "-" or "+" followed by anything that is not a number, and a lone "=", "+" or "@"', () => {
    const cells = ['--1', '-=1', '- ', '-x', '-1+cmd|\' /C calc\'!A0', '-Infinity', '=', '+', '@', '-\t'];
    const csv = reportToCsv({ columns: [{ key: 'a', label: 'a' }], rows: cells.map((a) => ({ a })) }, { bom: false, eol: '\n' });
    expect(csv.split('\n').slice(1, -1)).toEqual(cells.map((c) => `'${c}`));
  });
  it('rejects a quote as delimiter with a RangeError naming the function', () => {
    expect(() => reportToCsv(table, { delimiter: '"' })).toThrow(/^reportToCsv: /);
  });
});

describe('reportToMarkdown(table)', () => {
  it('right-aligns numeric columns, escapes pipes and line breaks', () => {
    const md = reportToMarkdown({
      title: '排行',
      columns: [{ key: 'n', label: '账号' }, { key: 'v', label: 'WCI', digits: 1 }],
      rows: [{ n: 'A|B', v: 12.34 }, { n: 'C\nD', v: null }],
    });
    expect(md).toBe('### 排行\n\n| 账号 | WCI |\n| --- | ---: |\n| A\\|B | 12.3 |\n| C<br>D |  |\n');
  });
});
