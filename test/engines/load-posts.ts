import type { DuckDBConnection } from '@duckdb/node-api';
import type { PostsTable } from '../../src/index.js';
import { clickhouse, psql, type ClickHouseCluster, type PgConnection } from './engines.js';

// Loads a PostsTable into each engine as table `posts` with BOTH time representations:
// `published_ms` (epoch ms, a number column) and `published_at` (the engine's timestamp
// type: Postgres TIMESTAMP WITH TIME ZONE, DuckDB TIMESTAMPTZ, ClickHouse
// DateTime('Asia/Shanghai')). Missing metrics and unknown positions/flags are NULL.

const CHINA = 8 * 3600e3;
/** SQL string literal: standard SQL doubles quotes (Postgres, DuckDB); ClickHouse escapes with backslashes. */
const q = (s: string) => `'${s.replace(/'/g, "''")}'`;
const qch = (s: string) => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
const n = (x: number) => (Number.isNaN(x) ? 'NULL' : String(x));
const iso = (ms: number) => new Date(ms).toISOString();
/** ClickHouse DateTime text in the column's zone (Asia/Shanghai), whole seconds (DateTime holds seconds). */
const chinaSeconds = (ms: number) => new Date(Math.floor(ms / 1000) * 1000 + CHINA).toISOString().slice(0, 19).replace('T', ' ');

function rows(table: PostsTable, time: (ms: number) => string, flag: (o: number) => string, quote = q): string[] {
  const out: string[] = [];
  for (let i = 0; i < table.size; i++) {
    const t = table.time[i]!;
    out.push(`(${quote(table.accountIds[table.account[i]!]!)}, ${t}, ${time(t)}, ${n(table.reads[i]!)}, ${n(table.looks[i]!)}, ${n(table.likes[i]!)}, ${n(table.shares[i]!)}, ${n(table.comments[i]!)}, ${table.position[i] || 'NULL'}, ${flag(table.original[i]!)})`);
  }
  return out;
}

export const PG_DDL = `DROP TABLE IF EXISTS posts;
CREATE TABLE posts (account_id TEXT, published_ms DOUBLE PRECISION, published_at TIMESTAMP WITH TIME ZONE, reads DOUBLE PRECISION, looks DOUBLE PRECISION,
  likes DOUBLE PRECISION, shares DOUBLE PRECISION, comments DOUBLE PRECISION, position INTEGER, is_original BOOLEAN);`;

/** SQL text (DDL + INSERT) that loads the table into Postgres; run it in the same psql call as the query. */
export function pgLoadSql(table: PostsTable): string {
  const r = rows(table, (t) => `${q(iso(t))}::timestamptz`, (o) => (o === 2 ? 'NULL' : o === 1 ? 'TRUE' : 'FALSE'));
  return `${PG_DDL}\n${r.length ? `INSERT INTO posts VALUES ${r.join(',\n')};` : ''}\n`;
}

export async function pgQuery(pg: PgConnection, table: PostsTable, sql: string): Promise<Record<string, string>[]> {
  return psql(pg, `${pgLoadSql(table)}${sql};`);
}

export async function duckdbLoad(conn: DuckDBConnection, table: PostsTable): Promise<void> {
  await conn.run('DROP TABLE IF EXISTS posts');
  await conn.run(`CREATE TABLE posts (account_id VARCHAR, published_ms DOUBLE, published_at TIMESTAMPTZ, reads DOUBLE, looks DOUBLE, likes DOUBLE,
    shares DOUBLE, comments DOUBLE, position INTEGER, is_original BOOLEAN)`);
  const r = rows(table, (t) => `${q(iso(t))}::TIMESTAMPTZ`, (o) => (o === 2 ? 'NULL' : o === 1 ? 'TRUE' : 'FALSE'));
  if (r.length) await conn.run(`INSERT INTO posts VALUES ${r.join(',')}`);
}

const CH_COLUMNS = `account_id String, published_ms Int64, published_at DateTime('Asia/Shanghai'), reads Nullable(Float64), looks Nullable(Float64),
  likes Nullable(Float64), shares Nullable(Float64), comments Nullable(Float64), position Nullable(UInt16), is_original Nullable(UInt8)`;

/**
 * Creates on every shard the MergeTree table `<name>_local` and the Distributed table
 * `<name>` over the cluster, sharded by cityHash64(account_id, published_ms) so one
 * account's posts spread over both shards (the aggregate is then merged across shards).
 */
export async function clickhouseCreate(ch: ClickHouseCluster, name = 'posts'): Promise<void> {
  for (const url of ch.urls) {
    await clickhouse(url, `DROP TABLE IF EXISTS ${name}`);
    await clickhouse(url, `DROP TABLE IF EXISTS ${name}_local`);
    await clickhouse(url, `CREATE TABLE ${name}_local (${CH_COLUMNS}) ENGINE = MergeTree() ORDER BY (account_id, published_ms)`);
    await clickhouse(url, `CREATE TABLE ${name} AS ${name}_local ENGINE = Distributed(${ch.cluster}, default, ${name}_local, cityHash64(account_id, published_ms))`);
  }
}

/** Empties the shards' local tables. */
export async function clickhouseTruncate(ch: ClickHouseCluster, name = 'posts'): Promise<void> {
  for (const url of ch.urls) await clickhouse(url, `TRUNCATE TABLE ${name}_local`);
}

/** INSERT through the Distributed table (synchronously, so the rows are on the shards when it returns). */
export async function clickhouseInsert(ch: ClickHouseCluster, table: PostsTable, into = 'posts'): Promise<void> {
  const r = rows(table, (t) => qch(chinaSeconds(t)), (o) => (o === 2 ? 'NULL' : String(o)), qch);
  if (r.length) await clickhouse(ch.urls[0]!, `INSERT INTO ${into} VALUES ${r.join(',')}`, { insert_distributed_sync: 1 });
}

/** A plain one-node MergeTree copy (for distributed = one-node checks), on the first server. */
export async function clickhouseOneNode(ch: ClickHouseCluster, table: PostsTable, name: string): Promise<void> {
  await clickhouse(ch.urls[0]!, `DROP TABLE IF EXISTS ${name}`);
  await clickhouse(ch.urls[0]!, `CREATE TABLE ${name} (${CH_COLUMNS}) ENGINE = MergeTree() ORDER BY (account_id, published_ms)`);
  const r = rows(table, (t) => qch(chinaSeconds(t)), (o) => (o === 2 ? 'NULL' : String(o)), qch);
  if (r.length) await clickhouse(ch.urls[0]!, `INSERT INTO ${name} VALUES ${r.join(',')}`);
}
