import { DuckDBInstance } from '@duckdb/node-api';
import { tableFromIPC, tableToIPC } from 'apache-arrow';
import fc from 'fast-check';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PostsTable, postsTableFromArrow, postsTableToArrow, readPosts, readPostsParquet, writePostsParquet, type Post } from '../../src/index.js';
import { isParquet } from '../../src/interop/is-parquet.js';
import { readPostsFile } from '../../src/io/node/index.js';

// Parquet and Arrow round trips: any posts table (every column, missing values, ids
// and texts in Chinese and other non-ASCII text) written as Parquet and read back by
// readPosts, or converted to Arrow and back, equals the original.

// readPosts trims cells and reads '' as missing (CSV semantics), so generated strings are trimmed and non-empty.
const text = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 12 }).map((s) => s.trim()).filter((s) => s.length > 0);
const cjk = fc.array(fc.integer({ min: 0x4e00, max: 0x9fa5 }), { minLength: 1, maxLength: 8 }).map((cs) => String.fromCodePoint(...cs));
const str = fc.oneof(text, cjk, fc.constantFrom('市政府办公室', 'ID-001', '🚓公安', 'Ünïcødé'));
const count = fc.oneof(fc.integer({ min: 0, max: 2_000_000 }), fc.constantFrom(0, 100001), fc.double({ min: 0, max: 1e9, noNaN: true }));
const postArb = fc.record(
  {
    accountId: str,
    publishedAt: fc.integer({ min: Date.UTC(2015, 0, 1), max: Date.UTC(2030, 0, 1) }).map((t) => new Date(t)),
    id: str, title: str, text: str, pushId: str, repostOf: str,
    reads: count, looks: count, likes: count, shares: count, comments: count,
    position: fc.integer({ min: 1, max: 65535 }),
    isOriginal: fc.boolean(),
  },
  { requiredKeys: ['accountId', 'publishedAt'] },
) as fc.Arbitrary<Post>;
const tableArb = fc.array(postArb, { maxLength: 60 }).map((posts) => PostsTable.fromPosts(posts));

/** Every column of two tables, compared exactly (NaN = NaN for missing metrics). */
function expectSameTable(got: PostsTable, want: PostsTable): void {
  expect(got.size).toBe(want.size);
  expect([...got.rows()]).toEqual([...want.rows()]);
  expect(got.accountIds).toEqual(want.accountIds);
  for (const k of ['account', 'time', 'reads', 'looks', 'likes', 'shares', 'comments', 'position', 'original'] as const) expect(Array.from(got[k]), k).toEqual(Array.from(want[k]));
  for (const k of ['ids', 'titles', 'texts', 'pushIds', 'repostOf'] as const) expect(got[k] && Array.from(got[k]!), k).toEqual(want[k] && Array.from(want[k]!));
}

describe('Parquet: writePostsParquet → readPosts', () => {
  it('round-trips any table (fast-check): every column, missing values, non-ASCII ids', async () => {
    await fc.assert(fc.asyncProperty(tableArb, async (t) => {
      const bytes = await writePostsParquet(t);
      expect(isParquet(bytes, { whole: true })).toBe(true);
      const r = await readPosts(bytes);
      expect(r.rejected).toEqual([]);
      expect(r.input.format).toBe('parquet');
      expect(r.ignoredColumns).toEqual([]);
      expectSameTable(r.table, t);
    }), { numRuns: 40 });
  });

  it('readPostsFile reads a .parquet file (streamed bytes, told by PAR1); DuckDB read_parquet reads the same values', async () => {
    const t = PostsTable.fromPosts([
      { accountId: '市政府办公室', publishedAt: new Date('2024-03-01T00:30:00Z'), reads: 100001, looks: 12, position: 1, isOriginal: true, title: '关于做好“五一”假期安全工作的通知' },
      { accountId: '市公安局', publishedAt: new Date('2024-03-02T10:00:00.123Z'), likes: 5, id: '文章-2' },
    ]);
    const dir = mkdtempSync(join(tmpdir(), 'govmedia-parquet-'));
    try {
      const file = join(dir, 'posts.parquet');
      writeFileSync(file, await writePostsParquet(t));
      expectSameTable((await readPostsFile(file)).table, t);
      const db = await DuckDBInstance.create(':memory:');
      const con = await db.connect();
      const rows = (await con.runAndReadAll(`SELECT account_id, epoch_ms(published_at) AS ms, reads, looks, likes, position, is_original, title, id FROM read_parquet('${file}') ORDER BY ms`)).getRowObjects();
      con.closeSync();
      expect(rows.map((r) => [r.account_id, Number(r.ms), r.reads, r.looks, r.likes, r.position, r.is_original, r.title, r.id])).toEqual([
        ['市政府办公室', Date.parse('2024-03-01T00:30:00Z'), 100001, 12, null, 1, true, '关于做好“五一”假期安全工作的通知', null],
        ['市公安局', Date.parse('2024-03-02T10:00:00.123Z'), null, null, 5, null, null, null, '文章-2'],
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reads a DuckDB-written file with Chinese headers and text cells like a CSV export: same table, same rejections', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'govmedia-parquet-'));
    try {
      const file = join(dir, 'export.parquet');
      const db = await DuckDBInstance.create(':memory:');
      const con = await db.connect();
      await con.run(`COPY (SELECT * FROM (VALUES
          ('市政府办公室', '2024-03-01 08:00', '10万+', '1.2万', 1, TIMESTAMPTZ '2024-03-01 08:00:00+08', '是'),
          ('市公安局', '2024-03-02 09:30', '-', '35', 2, TIMESTAMPTZ '2024-03-02 09:30:00+08', '否'),
          ('', '2024-03-03 10:00', '5', '6', 1, NULL, NULL),
          ('区融媒体中心', '2024-03-04 11:00', 'abc', '7', NULL, NULL, NULL)
        ) t("公众号名称", "发布时间", "阅读数", "点赞数", "位置", "备用时间", "是否原创")) TO '${file}' (FORMAT PARQUET)`);
      con.closeSync();
      const fromParquet = await readPostsFile(file);
      const csv = '公众号名称,发布时间,阅读数,点赞数,位置,备用时间,是否原创\n市政府办公室,2024-03-01 08:00,10万+,1.2万,1,,是\n市公安局,2024-03-02 09:30,-,35,2,,否\n,2024-03-03 10:00,5,6,1,,\n区融媒体中心,2024-03-04 11:00,abc,7,,,\n';
      const fromCsv = await readPosts(csv);
      expectSameTable(fromParquet.table, fromCsv.table);
      expect(fromParquet.table.reads[0]).toBe(100001);
      expect(fromParquet.keyedBy).toBe('accountName');
      // Rows are numbered as records (index + 1) in Parquet, as spreadsheet lines (header = 1) in CSV.
      expect(fromParquet.rejected.map((r) => ({ ...r, row: r.row + 1 }))).toEqual(fromCsv.rejected.map((r) => { const { line: _line, ...rest } = r as typeof r & { line?: number }; return rest; }));
      expect(fromParquet.rejected.map((r) => [r.row, r.column])).toContainEqual([3, '公众号名称']); // the row without an account
      expect(fromParquet.ignoredColumns).toEqual(['备用时间']);
      await expect(readPostsParquet(new Uint8Array([0x50, 0x41, 0x52, 0x31, 1, 2]))).rejects.toThrow(/not a whole Parquet file/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('Arrow: postsTableToArrow ⇄ postsTableFromArrow', () => {
  it('round-trips any table (fast-check), in memory and through Arrow IPC bytes', async () => {
    await fc.assert(fc.asyncProperty(tableArb, async (t) => {
      const arrow = await postsTableToArrow(t);
      expect(arrow.numRows).toBe(t.size);
      expectSameTable(postsTableFromArrow(arrow), t);
      expectSameTable(postsTableFromArrow(tableFromIPC(tableToIPC(arrow))), t);
    }), { numRuns: 40 });
  });

  it('shares the typed arrays instead of copying where the types match', async () => {
    const t = PostsTable.fromPosts([
      { accountId: 'a', publishedAt: new Date(1000), reads: 5, position: 1 },
      { accountId: 'b', publishedAt: new Date(2000), likes: 3 },
    ]);
    const arrow = await postsTableToArrow(t);
    expect(arrow.getChild('reads')!.data[0]!.values).toBe(t.reads);
    expect(arrow.getChild('account_id')!.data[0]!.values).toBe(t.account);
    expect(arrow.getChild('position')!.data[0]!.values).toBe(t.position);
    expect(arrow.getChild('reads')!.nullCount).toBe(1);
    expect(arrow.getChild('reads')!.get(1)).toBeNull();
    const back = postsTableFromArrow(arrow);
    // the same memory, not a copy
    for (const k of ['reads', 'looks', 'likes', 'shares', 'comments', 'account', 'position'] as const) expect(back[k].buffer, k).toBe(t[k].buffer);
    expect(back.time.buffer).not.toBe(t.time.buffer); // Arrow timestamps are int64: converted
    expect(() => postsTableFromArrow({} as never)).toThrow(/^postsTableFromArrow: expected an apache-arrow Table/);
  });
});
