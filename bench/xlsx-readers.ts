// Workbook readers compared (issue 12): one 100k-row × 8-column .xlsx (Chinese headers,
// date cells, numbers, text), each reader timed on its second run in the same process,
// ratios against the fastest. Only `@e965/xlsx` is a dependency; the others are read
// when installed for the comparison (not saved):
//   npm install --no-save --no-audit --no-fund read-excel-file exceljs
//   npx tsx bench/xlsx-readers.ts          (BENCH_ROWS=20000 for a quicker run)
// Then our own reader (readPosts on the workbook bytes: SheetJS + header finding +
// the posts table) against SheetJS alone, to show what the ingestion adds.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readPosts } from '../src/index.js';

const ROWS = Number(process.env.BENCH_ROWS ?? 100_000);
const dir = join(import.meta.dirname, '.data');
mkdirSync(dir, { recursive: true });
const file = join(dir, `posts-${ROWS}.xlsx`);
const XLSX = await import('@e965/xlsx');

if (!existsSync(file)) {
  const aoa: unknown[][] = [['账号ID', '公众号名称', '标题', '发布时间', '阅读数', '在看数', '点赞数', '位置']];
  for (let i = 0; i < ROWS; i++) {
    const serial = 45536 + (i % 30) + (i % 1440) / 1440;
    aoa.push([`acc${i % 500}`, `青山发布${i % 500}`, `标题${i}，关于某事的通知`, { t: 'n', v: serial, z: 'yyyy/m/d h:mm' }, i % 100000, i % 97, i % 300, 1 + (i % 4)]);
  }
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(aoa), 'Sheet1');
  writeFileSync(file, XLSX.write(wb, { type: 'buffer', bookType: 'xlsx', compression: true }) as Buffer);
}
const bytes = readFileSync(file);

const readers: Record<string, () => Promise<number>> = {
  '@e965/xlsx (SheetJS CE 0.20.3)': async () => {
    const wb = XLSX.read(bytes, { type: 'buffer', dense: true });
    return XLSX.utils.sheet_to_json(wb.Sheets[wb.SheetNames[0]!]!, { header: 1 }).length;
  },
  'read-excel-file': async () => {
    const m = (await import('read-excel-file/node' as string)) as { readSheet: (b: Buffer) => Promise<unknown[]> };
    return (await m.readSheet(bytes)).length;
  },
  exceljs: async () => {
    const { default: ExcelJS } = (await import('exceljs' as string)) as { default: { Workbook: new () => { xlsx: { load(b: Buffer): Promise<void> }; worksheets: { rowCount: number }[] } } };
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes);
    return wb.worksheets[0]!.rowCount;
  },
  'govmedia readPosts (SheetJS + rows → posts table)': async () => (await readPosts(new Uint8Array(bytes))).table.size + 1,
};

const results: { name: string; ms?: number; rows?: number; error?: string }[] = [];
for (const [name, read] of Object.entries(readers)) {
  try {
    await read(); // warm-up (and module load)
    const t0 = performance.now();
    const rows = await read();
    results.push({ name, ms: performance.now() - t0, rows });
  } catch (e) {
    results.push({ name, error: (e as Error).message.split('\n')[0] });
  }
}
const best = Math.min(...results.filter((r) => r.ms !== undefined && !r.name.startsWith('govmedia')).map((r) => r.ms!));
process.stdout.write(`\nReading one ${ROWS.toLocaleString()}-row .xlsx (${(bytes.length / 1e6).toFixed(1)} MB), ratio to the fastest library\n`);
for (const r of results)
  process.stdout.write(r.ms === undefined ? `  ${r.name.padEnd(50)} not installed / failed: ${r.error}\n` : `  ${r.name.padEnd(50)} ${String(Math.round(r.ms)).padStart(6)} ms  ×${(r.ms / best).toFixed(2)}  rows ${r.rows}\n`);
