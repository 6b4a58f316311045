// Ingestion benchmark (issue 9, SPEC §9, issue 15): a posts CSV with Chinese headers (10
// million rows by default, 0.1% bad rows) read several ways, each in its own child process
// so that its peak RSS is its own; ratios against DuckDB's read_csv in the same run.
//   npx tsx bench/ingest.ts            (BENCH_ROWS=2000000 for a quicker run)
//   BENCH_MODES=duckdb,fast,fast1 …    only these readers (fast = readPostsFile on all cores,
//                                      fast1 = one thread; regular and papaparse are slow)
//   BENCH_DIST=1 …                     govmedia from dist/ (built) instead of the sources under tsx
//   BENCH_MIN_BYTES=0 …                fast uses threads whatever the file size (to find where they pay)
import { execFileSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, statSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import {  } from '../src/index.js';
import { createRng } from '../src/stats/create-rng.js';

const ROWS = Number(process.env.BENCH_ROWS ?? 10_000_000);
const dir = join(import.meta.dirname, '.data');
mkdirSync(dir, { recursive: true });
const file = join(dir, `posts-${ROWS}.csv`);
const mode = process.argv[2];

if (mode === undefined) {
  if (!existsSync(file)) await generate();
  const size = statSync(file).size;
  const run = (m: string) => JSON.parse(execFileSync(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'ingest.ts'), m], { encoding: 'utf8', maxBuffer: 1 << 26 }).trim().split('\n').pop()!);
  type Result = { ms: number; rssMB: number; rows: number; rejected: number; rejectedCells?: number; columnarMB?: number };
  const runs: Record<string, Result[]> = {};
  const modes = (process.env.BENCH_MODES ?? 'duckdb,fast,fast1,regular,papaparse').split(',');
  if (!modes.includes('duckdb')) modes.unshift('duckdb');
  // BENCH_ROUNDS=n: every reader n times, interleaved (load falls on all alike); the median is shown.
  for (let r = 0; r < Number(process.env.BENCH_ROUNDS ?? 1); r++) for (const m of modes) (runs[m] ??= []).push(run(m));
  const results: Record<string, Result> = {};
  for (const [m, rs] of Object.entries(runs)) results[m] = [...rs].sort((a, b) => a.ms - b.ms)[Math.floor(rs.length / 2)]!;
  const duck = results.duckdb!.ms;
  process.stdout.write(`\nIngesting ${ROWS.toLocaleString()} rows (${(size / 1e6).toFixed(0)} MB CSV, Chinese headers, 0.1% bad rows), ${new Date().toISOString()}, load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}\n`);
  for (const [m, r] of Object.entries(results))
    process.stdout.write(`  ${m.padEnd(10)} ${String(Math.round(r.ms)).padStart(7)} ms  ${(r.ms / duck).toFixed(2).padStart(5)}× DuckDB  peak RSS ${String(Math.round(r.rssMB)).padStart(6)} MB  rows ${r.rows}  rejected ${r.rejected}${r.rejectedCells !== undefined ? ` + ${r.rejectedCells} cells` : ''}${r.columnarMB ? `  (columnar table ${r.columnarMB.toFixed(0)} MB, RSS/columnar ${(r.rssMB / r.columnarMB).toFixed(2)})` : ''}\n`);
} else {
  // Modules are loaded before the clock starts: only reading is timed.
  // BENCH_DIST=1: the built library (npm run build first), whose reading threads start without tsx.
  const { readPostsFile } = (process.env.BENCH_DIST ? await import(join(import.meta.dirname, '../dist/node.js')) : await import('../src/io/node/index.js')) as typeof import('../src/io/node/index.js');
  const { DuckDBInstance } = await import('@duckdb/node-api');
  const Papa = (await import('papaparse')).default;
  const { createReadStream } = await import('node:fs');
  const t0 = performance.now();
  let out: { rows: number; rejected: number; rejectedCells?: number; columnarMB?: number };
  if (mode === 'fast' || mode === 'fast1' || mode === 'regular') {
    // fast: all cores (default threads); fast1: the byte fast path on one thread.
    const { table, rejected, rejectedCells } = await readPostsFile(file, { fastPath: mode !== 'regular', ...(mode === 'fast' ? (process.env.BENCH_MIN_BYTES ? { minBytes: Number(process.env.BENCH_MIN_BYTES) } : {}) : { threads: 1 }) });
    out = { rows: table.size, rejected: rejected.length, rejectedCells: rejectedCells.length, columnarMB: (table.size * (4 + 8 * 6 + 2 + 1) + table.accountIds.length * 40) / 1e6 };
  } else if (mode === 'duckdb') {
    const db = await DuckDBInstance.create(':memory:');
    const c = await db.connect();
    await c.run(`CREATE TABLE posts AS SELECT * FROM read_csv('${file}', header = true, ignore_errors = true, store_rejects = true,
      columns = {'账号ID': 'VARCHAR', '发布时间': 'TIMESTAMP', '阅读数': 'BIGINT', '在看数': 'BIGINT', '点赞数': 'BIGINT', '转发数': 'BIGINT', '评论数': 'BIGINT', '位置': 'INTEGER'})`);
    const rows = Number((await c.runAndReadAll('SELECT count(*) FROM posts')).getRows()[0]![0]);
    const rejected = Number((await c.runAndReadAll('SELECT count(*) FROM reject_errors')).getRows()[0]![0]);
    out = { rows, rejected };
  } else {
    const rows: unknown[] = [];
    await new Promise<void>((resolve, reject) => {
      Papa.parse(createReadStream(file) as never, { header: true, step: (r: { data: unknown }) => void rows.push(r.data), complete: () => resolve(), error: reject } as never);
    });
    out = { rows: rows.length, rejected: 0 };
  }
  const ms = performance.now() - t0;
  process.stdout.write(JSON.stringify({ ms, rssMB: process.resourceUsage().maxRSS / 1024, ...out }) + '\n');
}

async function generate(): Promise<void> {
  const rng = createRng(9);
  const out = createWriteStream(file);
  out.write('账号ID,发布时间,阅读数,在看数,点赞数,转发数,评论数,位置\n');
  const pad = (n: number) => String(n).padStart(2, '0');
  for (let i = 0; i < ROWS; ) {
    let s = '';
    for (const end = Math.min(ROWS, i + 20_000); i < end; i++) {
      const r = Math.min(100001, Math.floor(Math.exp(6 + 1.5 * rng.normal())));
      const reads = rng.next() < 0.001 ? 'abc' : r === 100001 ? '10万+' : String(r);
      s += `gov_${Math.floor(rng.next() * rng.next() * 100_000).toString(36)},2024-${pad(1 + Math.floor(rng.next() * 12))}-${pad(1 + Math.floor(rng.next() * 28))} ${pad(Math.floor(rng.next() * 24))}:${pad(Math.floor(rng.next() * 60))}:00,${reads},${Math.floor(r * 0.006)},${Math.floor(r * 0.015)},${Math.floor(r * 0.008)},${Math.floor(r * 0.002)},${1 + Math.floor(rng.next() * 4)}\n`;
    }
    if (!out.write(s)) await new Promise<void>((res) => out.once('drain', () => res()));
  }
  await new Promise<void>((res) => out.end(res));
}
