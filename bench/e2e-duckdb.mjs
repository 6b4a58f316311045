// End-to-end contender for bench/run.ts: CSV on disk → ranked JSON with DuckDB, as a
// whole process: read_csv (inside the query, streamed) + the library's toSQL query +
// RANK() + COPY … TO JSON. Plain .mjs so it pays no TypeScript loader at start.
//   node bench/e2e-duckdb.mjs <posts.csv> <out.json> <threads> <lib entry (dist/index.js)>
import { DuckDBInstance } from '@duckdb/node-api';
import { pathToFileURL } from 'node:url';

const [csv, out, threads, entry] = process.argv.slice(2);
const { monthPeriod, toSQL } = await import(pathToFileURL(entry).href);
const db = await DuckDBInstance.create(':memory:', { threads: String(threads) });
const c = await db.connect();
// Times in the file are China time without an offset: epoch ms of the UTC instant = local − 8 h.
await c.run(`CREATE VIEW posts AS SELECT account_id, epoch_ms(published_at) - 28800000 AS published_at, reads, looks, likes, shares, comments, position, original = 1 AS is_original
  FROM read_csv('${csv}', header = true, columns = {'account_id': 'VARCHAR', 'published_at': 'TIMESTAMP', 'reads': 'DOUBLE', 'looks': 'DOUBLE', 'likes': 'DOUBLE', 'shares': 'DOUBLE', 'comments': 'DOUBLE', 'position': 'INTEGER', 'original': 'INTEGER'})`);
const sql = toSQL('wci-14.2', { period: monthPeriod(2024, 7) });
await c.run(`COPY (SELECT RANK() OVER (ORDER BY value DESC) AS rank, * FROM (${sql}) ORDER BY value DESC, account_id) TO '${out}' (FORMAT JSON, ARRAY true)`);
