import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { readPosts, readPostsCsvBytes, TableFormatError, type ReadPostsResult } from '../../src/index.js';
import { reopenable } from '../../src/ingest/open-table.js';
import { excelSerialToWallClock } from '../../src/ingest/read-workbook.js';

// Any valid posts table reads back to the same table whatever container it comes in:
// UTF-8 CSV (the reference, regular path), an .xlsx workbook with real date cells, Excel's
// "Unicode 文本" (UTF-16 LE + BOM, tabs), GB18030 CSV, and CSV with title lines above the header.
const ACCOUNTS = ['青山发布', '𠮷县发布', '䶮镇发布', 'qs-01', '青山市场监管'];
const TITLES = ['标题', '带,逗号', '带"引号"', '全角，逗号；分号', 'plain title', '€ 与 𬍛'];
const HEADER = ['账号ID', '发布时间', '标题', '阅读数', '在看数'];

interface Row { account: string; minutes: number; title: string; reads: number; looks: number | undefined }
const rowArb: fc.Arbitrary<Row> = fc.record({
  account: fc.constantFrom(...ACCOUNTS),
  minutes: fc.integer({ min: 0, max: 365 * 24 * 60 }),
  title: fc.constantFrom(...TITLES),
  reads: fc.nat({ max: 5_000_000 }),
  looks: fc.option(fc.nat({ max: 9999 }), { nil: undefined }),
});
const tableArb = fc.array(rowArb, { minLength: 1, maxLength: 30 });

const T0 = Date.UTC(2024, 0, 1) - 8 * 3_600_000; // 2024-01-01 00:00 China time
const pad = (n: number) => String(n).padStart(2, '0');
/** China wall-clock text of a row's time. */
function wallClock(minutes: number): string {
  const d = new Date(T0 + minutes * 60_000 + 8 * 3_600_000);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:00`;
}
const cells = (r: Row) => [r.account, wallClock(r.minutes), r.title, String(r.reads), r.looks === undefined ? '' : String(r.looks)];
const quote = (v: string, d: string) => (v.includes(d) || v.includes('"') || v.includes('\n') ? `"${v.replace(/"/g, '""')}"` : v);
const delimited = (rows: Row[], d: string, eol: string) => [HEADER, ...rows.map(cells)].map((c) => c.map((v) => quote(v, d)).join(d)).join(eol) + eol;

function utf16le(text: string): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  out[0] = 0xff; out[1] = 0xfe;
  for (let i = 0; i < text.length; i++) { const c = text.charCodeAt(i); out[2 + 2 * i] = c & 0xff; out[3 + 2 * i] = c >> 8; }
  return out;
}

async function xlsx(rows: Row[]): Promise<Uint8Array> {
  const XLSX = await import('@e965/xlsx');
  const aoa: unknown[][] = [HEADER];
  for (const r of rows) {
    // A real date cell: an Excel serial (China wall clock) with a date format.
    const serial = (T0 + 8 * 3_600_000 + r.minutes * 60_000) / 86_400_000 + 25569;
    aoa.push([r.account, { t: 'n', v: serial, z: 'yyyy/m/d h:mm' }, r.title, r.reads, r.looks]);
  }
  const ws = XLSX.utils.aoa_to_sheet(aoa);
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, ws, '数据');
  return new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx', compression: true }) as ArrayBuffer);
}

const chunked = (bytes: Uint8Array, size: number) => (async function* () { for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size); })();
const same = (a: ReadPostsResult, b: ReadPostsResult) => {
  expect([...a.table.rows()]).toEqual([...b.table.rows()]);
  expect(a.table.accountIds).toEqual(b.table.accountIds);
  expect(a.rejected).toEqual([]);
};

describe('any valid table reads back the same from every container', () => {
  it('xlsx, UTF-16 TSV, GB18030 CSV, title lines, any chunking: the same rows as the UTF-8 CSV', async () => {
    await fc.assert(
      fc.asyncProperty(tableArb, fc.integer({ min: 1, max: 97 }), fc.constantFrom('\n', '\r\n', '\r'), async (rows, chunk, eol) => {
        const csv = delimited(rows, ',', eol);
        const ref = await readPosts(csv, { fastPath: false });
        expect(ref.rejected).toEqual([]);
        expect(ref.table.size).toBe(rows.length);

        const book = await readPosts(await xlsx(rows));
        expect(book.input).toMatchObject({ format: 'xlsx', sheet: '数据', headerRow: 1 });
        same(book, ref);

        const tsv = utf16le(delimited(rows, '\t', '\r\n'));
        for (const fastPath of [true, false]) {
          const r = await readPosts(chunked(tsv, chunk), { fastPath });
          expect(r.input).toMatchObject({ encoding: 'utf-16le', delimiter: '\t' });
          same(r, ref);
        }

        const gb = new Uint8Array(iconv.encode(csv, 'gb18030'));
        for (const fastPath of [true, false]) {
          const r = await readPosts(chunked(gb, chunk), { fastPath });
          expect(r.input.encoding).toBe('gb18030'); // the Chinese header is not valid UTF-8 in GB18030
          same(r, ref);
        }

        const titled = `青山市政务新媒体发文统计（2024年）${eol}导出时间：2024-10-01${eol}${eol}${csv}`;
        for (const fastPath of [true, false]) {
          const r = await readPosts(chunked(new TextEncoder().encode(titled), chunk), { fastPath });
          expect(r.input.headerRow).toBe(4);
          same(r, ref);
        }
      }),
      { numRuns: 40 },
    );
  });

  it('excelSerialToWallClock: serials as China wall clock, the 1904 system, float noise rounded', () => {
    expect(excelSerialToWallClock(45536.35416666666)).toBe('2024-09-01 08:30:00');
    expect(excelSerialToWallClock(45536)).toBe('2024-09-01 00:00:00');
    expect(excelSerialToWallClock(45536 - 1462, true)).toBe('2024-09-01 00:00:00');
  });
});

describe('the encoding guess does not rest on the first chunk', () => {
  // 1.2 MiB of ASCII rows (valid UTF-8 and GB18030 alike), then GB18030 names.
  const ascii = 'accountId,publishedAt,reads\n';
  const filler = 'a,2024-03-01 08:00:00,1\n'.repeat(Math.ceil((1.2 * 2 ** 20) / 24));
  const text = ascii + filler + '𠮷县发布,2024-03-01 09:00:00,2\n䶮镇发布,2024-03-01 10:00:00,3\n';
  const bytes = new Uint8Array(iconv.encode(text, 'gb18030'));

  it('bytes whose first MiB is ASCII and later GB18030 are read again as GB18030, on both paths', async () => {
    for (const fastPath of [true, false]) {
      const r = await readPosts(bytes, { fastPath });
      expect(r.input.encoding).toBe('gb18030');
      expect(r.rejected).toEqual([]);
      expect(r.table.accountIds).toEqual(['a', '𠮷县发布', '䶮镇发布']);
    }
    const again = await readPostsCsvBytes(reopenable(() => chunked(bytes, 65536)));
    expect(again.table.accountIds).toEqual(['a', '𠮷县发布', '䶮镇发布']);
  });

  it('a one-shot stream that turns out not to be UTF-8 fails loudly, never mis-decoded', async () => {
    const e = await readPosts(chunked(bytes, 65536)).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(TableFormatError);
    expect((e as Error).message).toMatch(/encoding: 'gb18030'/);
  });
});

describe('more containers', () => {
  const rowsOf = (r: ReadPostsResult) => [...r.table.rows()].map((p) => [p.accountId, p.publishedAt.getTime(), p.reads]);
  const t = (s: string) => new Date(`${s.replace(' ', 'T')}+08:00`).getTime();

  it('an HTML table saved as .xls (GB18030), cells kept as typed and parsed like a CSV', async () => {
    const html = '<html><head><meta charset="gbk"></head><body><table><tr><td>账号ID</td><td>发布时间</td><td>阅读数</td></tr>' +
      '<tr><td>青山发布</td><td>2024-03-01 08:00:00</td><td>5</td></tr><tr><td>䶮镇发布</td><td>2024-03-01 09:00</td><td>1,234</td></tr></table></body></html>';
    const r = await readPosts(new Uint8Array(iconv.encode(html, 'gb18030')));
    expect(r.input).toMatchObject({ format: 'html', encoding: 'gb18030', headerRow: 1 });
    expect(r.rejected).toEqual([]);
    expect(rowsOf(r)).toEqual([['青山发布', t('2024-03-01 08:00'), 5], ['䶮镇发布', t('2024-03-01 09:00'), 1234]]);
  });

  it('Excel 2003 SpreadsheetML (.xml / .xls)', async () => {
    const xml = '<?xml version="1.0"?><?mso-application progid="Excel.Sheet"?><Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet">' +
      '<Worksheet ss:Name="发文"><Table><Row><Cell><Data ss:Type="String">账号ID</Data></Cell><Cell><Data ss:Type="String">发布时间</Data></Cell><Cell><Data ss:Type="String">阅读数</Data></Cell></Row>' +
      '<Row><Cell><Data ss:Type="String">a</Data></Cell><Cell><Data ss:Type="String">2024-03-01 08:00:00</Data></Cell><Cell><Data ss:Type="Number">7</Data></Cell></Row></Table></Worksheet></Workbook>';
    const r = await readPosts(new TextEncoder().encode(xml));
    expect(r.input).toMatchObject({ format: 'xml', sheet: '发文' });
    expect(rowsOf(r)).toEqual([['a', t('2024-03-01 08:00'), 7]]);
  });

  it('UTF-16 BE with BOM, and UTF-16 LE without BOM (told by its shape)', async () => {
    const text = '账号ID\t发布时间\t阅读数\r\na\t2024-03-01 08:00:00\t5\r\n';
    const be = new Uint8Array(2 + text.length * 2);
    be[0] = 0xfe; be[1] = 0xff;
    for (let i = 0; i < text.length; i++) { be[2 + 2 * i] = text.charCodeAt(i) >> 8; be[3 + 2 * i] = text.charCodeAt(i) & 0xff; }
    const rBe = await readPosts(be);
    expect(rBe.input).toMatchObject({ encoding: 'utf-16be', delimiter: '\t' });
    expect(rowsOf(rBe)).toEqual([['a', t('2024-03-01 08:00'), 5]]);
    const le = new Uint8Array(text.length * 2);
    for (let i = 0; i < text.length; i++) { le[2 * i] = text.charCodeAt(i) & 0xff; le[2 * i + 1] = text.charCodeAt(i) >> 8; }
    const rLe = await readPosts(le);
    expect(rLe.input.encoding).toBe('utf-16le');
    expect(rowsOf(rLe)).toEqual(rowsOf(rBe));
  });

  it.each([
    [[0xff, 0xd8, 0xff, 0xe0], 'JPEG'],
    [[...new TextEncoder().encode('%PDF-1.7\n')], 'PDF'],
    [[0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c, 0, 4], '7z'],
    [[0x52, 0x61, 0x72, 0x21, 0x1a, 0x07, 0x01, 0], 'RAR'],
    [[...new TextEncoder().encode('账号ID,发布时间\n'), 0, 1, 2], 'binary data'],
  ])('binary input %j is refused as %s', async (bytes, label) => {
    const e = await readPosts(new Uint8Array(bytes)).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(TableFormatError);
    expect((e as Error).message).toContain(`not a text table (${label}`);
  });
});
