import fc from 'fast-check';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readPostsFile } from '../../../src/io/node/index.js';
import { readPostsFileThreaded } from '../../../src/io/node/read-posts-threaded.js';
import type { ReadPostsResult } from '../../../src/index.js';
import { headerArb, quoteCsv } from '../../ingest/random-csv.js';

// The threaded reader must give exactly what one thread gives: same rows in the same
// order, same account dictionary (first-seen order), same rejections with the same row
// numbers, same blank-row count, whatever the cut points — also a cut inside a quoted
// field spanning lines, inside a CRLF, inside a multi-byte character, on a stray quote.
const dir = mkdtempSync(join(tmpdir(), 'govmedia-threaded-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let fileNo = 0;
const at = Date.UTC(2026, 0, 1);

const COLUMNS: Record<string, string[]> = {
  账号ID: ['a', 'b', '账号c', 'd d', '', ' e', 'g\u00a0', 'h', 'i', 'j'],
  发布时间: ['2024-03-01 08:00:00', '2024-03-01', '2024-03-01 23:59', '2024/3/1 8:00', 'bad', '', '2099-01-01 08:00:00', '2024-03-02 09:10:11'],
  标题: ['标题', '带,逗号', '带"引号"', '换\n行', '多\n行\n\n三', '', ' 空格 ', 'plain', '"引号开头'],
  阅读数: ['12', '0', '10万+', '1.2万', '3,456', '-', '', 'abc', '77'],
  点赞数: ['3', '', '-', '99999'],
  位置: ['1', '2', '0', 'x', '', '头条'],
};

const csvArb = fc
  .record({
    cols: headerArb(Object.keys(COLUMNS)),
    rows: fc.array(
      fc.record({
        picks: fc.array(fc.nat(), { minLength: 6, maxLength: 6 }),
        blank: fc.boolean(),
        quoteAll: fc.boolean(),
        defect: fc.constantFrom('none', 'none', 'none', 'none', 'none', 'stray', 'junk', 'short', 'long', 'delims'),
      }),
      { minLength: 1, maxLength: 40 },
    ),
    bom: fc.boolean(),
    eol: fc.constantFrom('\n', '\r\n', '\r'),
    delim: fc.constantFrom(',', '\t'),
    title: fc.boolean(),
    finalNewline: fc.boolean(),
    cuts: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 5 }),
  })
  .map(({ cols, rows, bom, eol, delim, title, finalNewline, cuts }) => {
    const lines = [cols.join(delim)];
    for (const r of rows) {
      if (r.blank && r.defect === 'none' && r.picks[1]! % 5 === 0) { lines.push(''); continue; }
      let cells = cols.map((c, k) => { const pool = COLUMNS[c]!; const v = pool[r.picks[k]! % pool.length]!.replace(/\n/g, eol); return r.quoteAll ? `"${v.replace(/"/g, '""')}"` : quoteCsv(v, delim); });
      const i = r.picks[0]! % cells.length;
      if (r.defect === 'stray') cells[i] = `"${cells[i]!.replace(/"/g, '')}`;
      if (r.defect === 'junk') cells[i] = `"${cells[i]!.replace(/"/g, '')}"尾巴`;
      if (r.defect === 'short') cells = cells.slice(1);
      if (r.defect === 'long') cells.push('x');
      if (r.defect === 'delims') cells = cells.map(() => '');
      lines.push(cells.join(delim));
    }
    const text = (bom ? '\uFEFF' : '') + (title ? `某市政务新媒体发文统计${eol}` : '') + lines.join(eol) + (finalNewline ? eol : '');
    const bytes = new TextEncoder().encode(text);
    return { bytes, splits: cuts.map((c) => Math.floor(c * bytes.length)) };
  });

const same = (threaded: ReadPostsResult, one: ReadPostsResult) => {
  expect(threaded.rejected).toEqual(one.rejected);
  expect(threaded.rejectedCells).toEqual(one.rejectedCells);
  expect([...threaded.table.rows()]).toEqual([...one.table.rows()]);
  expect(threaded.table.accountIds).toEqual(one.table.accountIds);
  expect(Array.from(threaded.table.account)).toEqual(Array.from(one.table.account));
  const { table: _t, rejected: _r, rejectedCells: _c, ...rest } = threaded;
  const { table: _t1, rejected: _r1, rejectedCells: _c1, ...rest1 } = one;
  expect(rest).toEqual(rest1); // blankRows, input (header row, delimiter, encoding), preset, duplicates, warnings, rowCount …
};

const write = (bytes: Uint8Array) => {
  const file = join(dir, `posts-${fileNo++}.csv`);
  writeFileSync(file, bytes);
  return file;
};

describe('readPostsFile with threads equals one thread', () => {
  it('any cut points (ranges read on the calling thread, stitched as the workers’ are)', async () => {
    await fc.assert(
      fc.asyncProperty(csvArb, async ({ bytes, splits }) => {
        const file = write(bytes);
        const one = await readPostsFile(file, { at, threads: 1 });
        const threaded = await readPostsFileThreaded(file, { at, sourceName: file }, { threads: 4 }, { splits, inProcess: true });
        expect(threaded).toBeDefined();
        same(threaded!, one);
        rmSync(file);
      }),
      { numRuns: 200 },
    );
  });

  it('cuts inside one quoted field that spans many lines (the range is read again from where the previous one stopped)', async () => {
    const body = Array.from({ length: 30 }, (_, i) => `第${i}行`).join('\n');
    const text = `账号ID,发布时间,标题,阅读数\na,2024-03-01 08:00:00,"${body}",1\nb,2024-03-01 09:00:00,x,2\nbad,不是时间,y,3\nc,2024-03-01 10:00:00,z,3\n`;
    const bytes = new TextEncoder().encode(text);
    const file = write(bytes);
    const one = await readPostsFile(file, { at, threads: 1 });
    for (const splits of [[60], [60, 90, 120], [40, 200], [bytes.length - 5], [10, 11, 12, 13]]) {
      const threaded = await readPostsFileThreaded(file, { at, sourceName: file }, {}, { splits, inProcess: true });
      same(threaded!, one);
    }
    expect(one.rejected.map((r) => r.row)).toEqual([33]);
  });

  it('real worker threads give the same result as one thread', async () => {
    const rows = ['账号ID,发布时间,标题,阅读数,点赞数'];
    for (let i = 0; i < 20_000; i++) {
      const title = i % 97 === 0 ? `"多行\n标题 ${i}"` : i % 13 === 0 ? '"带,逗号"' : `标题${i}`;
      const reads = i % 501 === 0 ? 'abc' : i % 37 === 0 ? '10万+' : String(i % 1000);
      const time = i % 777 === 0 ? '2024-02-30 08:00:00' : `2024-0${1 + (i % 9)}-1${i % 10} 0${i % 10}:00:00`;
      rows.push(`acc_${(i * 7919) % 1500},${time},${title},${reads},${i % 50}`);
    }
    const file = write(new TextEncoder().encode(rows.join('\r\n') + '\r\n'));
    const one = await readPostsFile(file, { at, threads: 1 });
    const threaded = await readPostsFile(file, { at, threads: 3, minBytes: 0 });
    same(threaded, one);
    expect(one.rejected.length).toBeGreaterThan(0);
    expect(one.rejectedCells.length).toBeGreaterThan(0);
    expect(one.table.size).toBeGreaterThan(19_000);
  }, 60_000);

  it('reads on one thread what threads cannot take: strict, GB18030, small files; refuses bad thread counts', async () => {
    const { default: iconv } = await import('iconv-lite');
    const text = '账号ID,发布时间,阅读数\n甲,2024-03-01 08:00:00,10万+\n乙,2024-03-02 08:00:00,5\n';
    const gbk = write(new Uint8Array(iconv.encode(text, 'gbk')));
    expect(await readPostsFileThreaded(gbk, { at }, {}, { splits: [30], inProcess: true })).toBeUndefined();
    const utf8 = write(new TextEncoder().encode(text));
    expect(await readPostsFileThreaded(utf8, { at, strict: true }, {}, { splits: [30], inProcess: true })).toBeUndefined();
    expect(await readPostsFileThreaded(utf8, { at }, { threads: 2 })).toBeUndefined(); // under minBytes
    expect([...(await readPostsFile(gbk, { at, minBytes: 0 })).table.rows()]).toEqual([...(await readPostsFile(utf8, { at })).table.rows()]);
    await expect(readPostsFile(utf8, { threads: 0 })).rejects.toThrow(RangeError);
    await expect(readPostsFile(utf8, { minBytes: -1 })).rejects.toThrow(/minBytes/);
  });
});
