import { DuckDBInstance } from '@duckdb/node-api';
import fc from 'fast-check';
import { mkdtempSync, rmSync, writeFileSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PostsTable, postsTableDdl, postsTableTsv, scoreAccounts, toSQL, type SqlTimeType } from '../../src/index.js';
import { describeEngine, pgFromEnv, psql } from './engines.js';
import { MARCH_2024, postsArb } from './random-posts.js';

// postsTableDdl + postsTableTsv load a table into DuckDB and PostgreSQL with the
// engines' own bulk loaders (COPY), and toSQL on the loaded table equals scoreAccounts.
// (ClickHouse: scale-out-example.test.ts runs the same path through clickhouse-client.)

function expectRanking(rows: Record<string, unknown>[], table: PostsTable): void {
  const lib = scoreAccounts(table, { index: 'wci-14.2', period: MARCH_2024 }).filter((s) => s.value !== null);
  expect(rows.map((r) => String(r.account_id)).sort()).toEqual(lib.map((s) => s.accountId).sort());
  const got = new Map(rows.map((r) => [String(r.account_id), Number(r.value)]));
  for (const s of lib) expect(Math.abs(got.get(s.accountId)! - s.value!)).toBeLessThanOrEqual(1e-9 * Math.max(1, s.value!));
}

const withTitles = postsArb.map((ps) => ps.map((p, i) => ({ ...p, id: `帖\t${i}`, ...(i % 3 ? { title: `标题\\第${i}篇\n换行` } : {}) })));

describe('postsTableDdl + postsTableTsv on DuckDB (COPY … FROM)', () => {
  it('loads any table with both time types; toSQL on it equals scoreAccounts', async () => {
    const db = await DuckDBInstance.create(':memory:');
    const con = await db.connect();
    const dir = mkdtempSync(join(tmpdir(), 'govmedia-tsv-'));
    try {
      await fc.assert(fc.asyncProperty(withTitles, fc.constantFrom<SqlTimeType>('epoch-ms', 'timestamp'), async (posts, timeType) => {
        const table = PostsTable.fromPosts(posts);
        const file = join(dir, 'rows.tsv');
        writeFileSync(file, [...postsTableTsv(table, { dialect: 'duckdb', timeType })].join(''));
        await con.run('DROP TABLE IF EXISTS posts');
        await con.run(postsTableDdl({ dialect: 'duckdb', timeType }));
        await con.run(`COPY posts FROM '${file}' (DELIMITER '\t', NULL '\\N', HEADER false, QUOTE '', ESCAPE '')`);
        const back = (await con.runAndReadAll('SELECT count(*) AS n FROM posts')).getRowObjects();
        expect(Number(back[0]!.n)).toBe(table.size);
        expectRanking((await con.runAndReadAll(toSQL('wci-14.2', { dialect: 'duckdb', timeType, period: MARCH_2024 }))).getRowObjects(), table);
      }), { numRuns: 8 });
    } finally {
      con.closeSync();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses an unknown dialect, a cluster outside ClickHouse, an unsafe name', () => {
    expect(() => postsTableDdl({ dialect: 'oracle' as 'duckdb' })).toThrow(/^postsTableDdl: unknown dialect/);
    expect(() => postsTableDdl({ dialect: 'postgres', cluster: 'c' })).toThrow(/^postsTableDdl: cluster is for the clickhouse dialect/);
    expect(() => postsTableDdl({ table: 'x; DROP' })).toThrow(/^postsTableDdl: unsafe identifier/);
    expect(postsTableDdl({ dialect: 'clickhouse', cluster: 'govmedia_2shards', table: 'gov.posts' })).toContain('Distributed(govmedia_2shards, gov, posts_local, cityHash64(account_id, published_at))');
  });
});

describeEngine('postsTableDdl + postsTableTsv on PostgreSQL (\\copy)', 'postgres', pgFromEnv(), 'GOVMEDIA_PG_HOST', (pg) => {
  it('loads any table with both time types; toSQL on it equals scoreAccounts', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'govmedia-tsv-'));
    chmodSync(dir, 0o755);
    try {
      await fc.assert(fc.asyncProperty(withTitles, fc.constantFrom<SqlTimeType>('epoch-ms', 'timestamp'), async (posts, timeType) => {
        const table = PostsTable.fromPosts(posts);
        const file = join(dir, 'rows.tsv');
        writeFileSync(file, [...postsTableTsv(table, { dialect: 'postgres', timeType })].join(''));
        // Its own table name: parity.test.ts uses \`posts\` on the same server at the same time.
        const rows = await psql(pg, `DROP TABLE IF EXISTS tsv_posts;\n${postsTableDdl({ dialect: 'postgres', timeType, table: 'tsv_posts' })}\\copy tsv_posts FROM '${file}'\n${toSQL('wci-14.2', { dialect: 'postgres', timeType, period: MARCH_2024, table: 'tsv_posts' })};`);
        expectRanking(rows, table);
      }), { numRuns: 6 });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
