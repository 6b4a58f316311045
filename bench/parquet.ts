// Parquet benchmark (issue 16): a posts Parquet file written by DuckDB (10 million rows by
// default: account_id, published_at TIMESTAMPTZ, five DOUBLE metrics with nulls, position,
// is_original; snappy, DuckDB's default) read into a table two ways, each in its own
// child process so that its peak RSS is its own; the ratio is against DuckDB's
// read_parquet in the same run. Also hyparquet alone (decoding without building a
// table), to show where the time goes.
//   npx tsx bench/parquet.ts            (BENCH_ROWS=1000000 for a quicker run)
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const ROWS = Number(process.env.BENCH_ROWS ?? 10_000_000);
const dir = join(import.meta.dirname, '.data');
mkdirSync(dir, { recursive: true });
const file = join(dir, `posts-${ROWS}.parquet`);
const mode = process.argv[2];

if (mode === undefined) {
  if (!existsSync(file)) {
    const { DuckDBInstance } = await import('@duckdb/node-api');
    const db = await DuckDBInstance.create(':memory:');
    const c = await db.connect();
    await c.run(`COPY (SELECT '账号_' || (hash(i) % 100000) AS account_id,
        TIMESTAMPTZ '2024-01-01 00:00:00+08' + to_milliseconds((i * 3153) % 31536000000) AS published_at,
        CASE WHEN i % 53 = 0 THEN NULL ELSE (hash(i * 7) % 100002)::DOUBLE END AS reads,
        CASE WHEN i % 11 = 0 THEN NULL ELSE (hash(i * 11) % 900)::DOUBLE END AS looks,
        (hash(i * 13) % 5000)::DOUBLE AS likes, (hash(i * 17) % 700)::DOUBLE AS shares, (hash(i * 19) % 300)::DOUBLE AS comments,
        (1 + i % 6)::INTEGER AS position, CASE WHEN i % 7 = 0 THEN NULL ELSE i % 3 = 0 END AS is_original
      FROM range(${ROWS}) t(i)) TO '${file}' (FORMAT PARQUET)`);
    c.closeSync();
  }
  const size = statSync(file).size;
  const run = (m: string) => JSON.parse(execFileSync(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'parquet.ts'), m], { encoding: 'utf8', maxBuffer: 1 << 26 }).trim().split('\n').pop()!);
  const results: Record<string, { ms: number; rssMB: number; rows: number }> = {};
  for (const m of ['duckdb', 'govmedia', 'hyparquet']) results[m] = run(m);
  const duck = results.duckdb!.ms;
  process.stdout.write(`\nReading ${ROWS.toLocaleString()} rows of Parquet (${(size / 1e6).toFixed(0)} MB, written by DuckDB, snappy)\n`);
  for (const [m, r] of Object.entries(results))
    process.stdout.write(`  ${m.padEnd(10)} ${String(Math.round(r.ms)).padStart(7)} ms  ${(r.ms / duck).toFixed(2).padStart(6)}× DuckDB  peak RSS ${String(Math.round(r.rssMB)).padStart(6)} MB  rows ${r.rows}\n`);
} else {
  // Modules are loaded before the clock starts: only reading is timed.
  const { readPostsParquet } = await import('../src/interop/index.js');
  const { DuckDBInstance } = await import('@duckdb/node-api');
  const hyparquet = await import('hyparquet');
  const t0 = performance.now();
  let rows: number;
  if (mode === 'duckdb') {
    const db = await DuckDBInstance.create(':memory:');
    const c = await db.connect();
    await c.run(`CREATE TABLE posts AS SELECT * FROM read_parquet('${file}')`);
    rows = Number((await c.runAndReadAll('SELECT count(*) FROM posts')).getRows()[0]![0]);
  } else if (mode === 'govmedia') {
    const { table, rejected } = await readPostsParquet(readFileSync(file));
    if (rejected.length) throw new Error(`${rejected.length} rows rejected`);
    rows = table.size;
  } else {
    const buf = readFileSync(file);
    const ab = buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength);
    let n = 0;
    await hyparquet.parquetRead({ file: ab, onChunk: (ch) => { if (ch.columnName === 'reads') n += ch.rowEnd - ch.rowStart; }, parsers: { timestampFromMicroseconds: (v: bigint) => Number(v) } });
    rows = n;
  }
  const ms = performance.now() - t0;
  process.stdout.write(JSON.stringify({ ms, rssMB: process.resourceUsage().maxRSS / 1024, rows }) + '\n');
}
