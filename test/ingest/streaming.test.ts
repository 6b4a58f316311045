import { describe, expect, it } from 'vitest';
import { readPosts } from '../../src/index.js';

// Streams a large CSV through an async generator, producing text on the fly: the
// whole text never exists, and heap growth stays far below its size. 1 million rows
// with GOVMEDIA_SLOW=1 (CI default is 300,000 to keep the suite fast).
const ROWS = process.env.GOVMEDIA_SLOW ? 1_000_000 : 300_000;
// An unmapped column (备注) makes each row long, as real exports are; it is read and dropped.
const NOTE = '这是一段较长的备注文字，用于模拟真实导出中不需要保留的长字段内容，'.repeat(3);

const gc = (globalThis as { gc?: () => void }).gc;

describe(`readPosts(async iterable of ${ROWS} rows)`, () => {
  it('streams without holding the text: memory retained is a fraction of the text size', async () => {
    expect(gc, 'vitest runs with --expose-gc (vitest.config.ts)').toBeTypeOf('function');
    const enc = new TextEncoder();
    let textBytes = 0;
    async function* source() {
      yield enc.encode('账号ID,发布时间,标题,阅读数,点赞数,位置,备注\n');
      let chunk = '';
      for (let i = 0; i < ROWS; i++) {
        chunk += `acc${i % 5000},2024-03-${String(1 + (i % 28)).padStart(2, '0')} 08:${String(i % 60).padStart(2, '0')},标题${i % 1000},${(i * 7) % 100000},${i % 300},${1 + (i % 4)},${NOTE}\n`;
        if (chunk.length > 1 << 16) { const b = enc.encode(chunk); textBytes += b.length; yield b; chunk = ''; }
      }
      const b = enc.encode(chunk); textBytes += b.length; yield b;
    }
    gc!();
    const before = process.memoryUsage().heapUsed;
    // The synthetic rows repeat (account, minute, title) every 105,000 rows, which the
    // reader would drop as duplicate posts (issue 12): this test is about memory, so keep them.
    const { table, rejected, ignoredColumns } = await readPosts(source(), { keepDuplicates: true });
    gc!();
    const retained = process.memoryUsage().heapUsed - before;
    expect(rejected).toEqual([]);
    expect(ignoredColumns).toEqual(['备注']);
    expect(table.size).toBe(ROWS);
    expect(table.accountIds.length).toBe(5000);
    expect(table.titles?.[ROWS - 1]).toBe(`标题${(ROWS - 1) % 1000}`);
    expect(textBytes).toBeGreaterThan(ROWS * 150);
    // What stays is the table (typed arrays live outside the JS heap; the short titles,
    // about 40 bytes each with their pointer, and the dictionary inside it), never the text.
    expect(retained).toBeLessThan(ROWS * 64);
    expect(retained).toBeLessThan(textBytes / 5);
  });
});
