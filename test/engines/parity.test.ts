import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INDEX_CATALOG, PostsTable, scoreAccounts, toSQL, type IndexDefinition, type SqlDialect, type SqlTimeType } from '../../src/index.js';
import { clickhouse, clickhouseFromEnv, describeEngine, pgFromEnv } from './engines.js';
import { clickhouseCreate, clickhouseInsert, clickhouseTruncate, duckdbLoad, pgQuery } from './load-posts.js';
import { EMPTY_WEEK, MARCH_2024, postsArb } from './random-posts.js';

// Parity on real engines: for every index a posts table can score, toSQL(index, {
// dialect, timeType }) executed by the engine equals scoreAccounts(table, { index }) to
// 1e-9 relative, on random tables with skew, ties, missing values and empty periods,
// with the time column as epoch ms and as the engine's timestamp type (period bounds
// written as China time). DuckDB always runs; PostgreSQL and the two-shard ClickHouse
// cluster run when scripts/engines.sh started them (CI: .ci/run).

const scorable = Object.values(INDEX_CATALOG).filter((d) => {
  try { toSQL(d, { days: 30 }); return true; } catch { return false; }
});
const RUNS = Number(process.env.GOVMEDIA_ENGINE_RUNS ?? 6);

/**
 * The table a parity run scores. Indices that count original posts (BCI 7var) refuse
 * posts of unknown originality (IndexInputError), so for them every post states it
 * (unknown flags made alternately original / not); other indices get the posts as drawn.
 */
function tableFor(def: IndexDefinition, posts: Parameters<typeof PostsTable.fromPosts>[0]): PostsTable {
  const needsOriginality = def.dimensions.some((d) => d.terms.some((t) => /^original/.test(t.field)));
  return PostsTable.fromPosts(needsOriginality ? [...posts].map((p, i) => (p.isOriginal === undefined ? { ...p, isOriginal: i % 2 === 0 } : p)) : posts);
}

type Row = Record<string, unknown>;
/** Asserts the engine's rows equal the library's scores: same accounts, same article counts, values to 1e-9 relative. */
function expectParity(rows: Row[], table: PostsTable, def: IndexDefinition, period: typeof MARCH_2024, roundAverages: boolean, where: string): void {
  const lib = scoreAccounts(table, { index: def, period, roundAverages, explain: false }).filter((r) => r.value !== null);
  const got = new Map(rows.map((r) => [String(r.account_id), r]));
  expect([...got.keys()].sort(), `${where}: accounts`).toEqual(lib.map((r) => r.accountId).sort());
  for (const mine of lib) {
    const row = got.get(mine.accountId)!;
    const v = Number(row.value);
    expect(Number(row.articles), `${where}: articles of ${mine.accountId}`).toBe(mine.articles);
    expect(Math.abs(mine.value! - v), `${where}: ${def.id} of ${mine.accountId}: library ${mine.value}, engine ${v}`).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(v)));
  }
}

const periodArb = fc.constantFrom(MARCH_2024, MARCH_2024, EMPTY_WEEK);
const TIME_TYPES: SqlTimeType[] = ['epoch-ms', 'timestamp'];
const sqlFor = (def: IndexDefinition, dialect: SqlDialect, timeType: SqlTimeType, period: typeof MARCH_2024, roundAverages: boolean) =>
  toSQL(def, { dialect, timeType, period, roundAverages, columns: { time: timeType === 'epoch-ms' ? 'published_ms' : 'published_at' } });

describe('DuckDB (embedded) parity with scoreAccounts', () => {
  let db: DuckDBInstance, conn: DuckDBConnection;
  beforeAll(async () => { db = await DuckDBInstance.create(':memory:'); conn = await db.connect(); });
  afterAll(() => conn?.closeSync());
  for (const def of scorable)
    it(`${def.id}: duckdb dialect, epoch-ms and TIMESTAMPTZ`, async () => {
      await fc.assert(fc.asyncProperty(postsArb, fc.boolean(), periodArb, async (posts, roundAverages, period) => {
        const table = tableFor(def, posts);
        await duckdbLoad(conn, table);
        for (const timeType of TIME_TYPES) {
          const rows = (await conn.runAndReadAll(sqlFor(def, 'duckdb', timeType, period, roundAverages))).getRowObjects();
          expectParity(rows, table, def, period, roundAverages, `duckdb ${timeType}`);
        }
      }), { numRuns: RUNS });
    });
});

describeEngine('PostgreSQL parity with scoreAccounts', 'postgres', pgFromEnv(), 'GOVMEDIA_PG_HOST', (pg) => {
  it('reports its version', async () => {
    const [v] = await pgQuery(pg, PostsTable.fromPosts([]), 'SELECT current_setting(\'server_version\') AS v');
    expect(v!.v).toMatch(/^\d+\.\d+/);
  });
  for (const def of scorable)
    it(`${def.id}: postgres dialect, epoch-ms and TIMESTAMP WITH TIME ZONE`, async () => {
      await fc.assert(fc.asyncProperty(postsArb, fc.boolean(), periodArb, async (posts, roundAverages, period) => {
        const table = tableFor(def, posts);
        // One psql call per query: load + query (a throw-away table).
        for (const timeType of TIME_TYPES) {
          const rows = await pgQuery(pg, table, sqlFor(def, 'postgres', timeType, period, roundAverages));
          expectParity(rows, table, def, period, roundAverages, `postgres ${timeType}`);
        }
      }), { numRuns: RUNS });
    });
});

describeEngine('ClickHouse two-shard cluster parity with scoreAccounts', 'clickhouse', clickhouseFromEnv(), 'GOVMEDIA_CLICKHOUSE_URLS', (ch) => {
  beforeAll(() => clickhouseCreate(ch, 'posts'));
  for (const def of scorable)
    it(`${def.id}: clickhouse dialect on the Distributed table, Int64 epoch ms and DateTime('Asia/Shanghai')`, async () => {
      await fc.assert(fc.asyncProperty(postsArb, fc.boolean(), periodArb, async (posts, roundAverages, period) => {
        const table = tableFor(def, posts);
        await clickhouseTruncate(ch, 'posts');
        await clickhouseInsert(ch, table, 'posts');
        for (const timeType of TIME_TYPES) {
          const rows = await clickhouse(ch.urls[0]!, `${sqlFor(def, 'clickhouse', timeType, period, roundAverages)}\nFORMAT JSON`);
          expectParity(rows, table, def, period, roundAverages, `clickhouse ${timeType}`);
        }
      }), { numRuns: RUNS });
    });
});
