import { DuckDBInstance } from '@duckdb/node-api';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INDEX_CATALOG, PostsTable, scoreAccounts, toSQL, type Post } from '../../src/index.js';

// SQL parity: DuckDB executing toSQL(index) equals scoreAccounts(table, { index })
// to 1e-9 relative, on random tables, for every index a posts table can score.
const scorable = Object.values(INDEX_CATALOG).filter((d) => d.family === 'wci' || d.id === 'bci-4var');

let db: DuckDBInstance;
let conn: Awaited<ReturnType<DuckDBInstance['connect']>>;
beforeAll(async () => {
  db = await DuckDBInstance.create(':memory:');
  conn = await db.connect();
});
afterAll(() => {
  conn?.closeSync?.();
});

const postArb = fc.record({
  accountId: fc.constantFrom('acc1', 'acc2', 'acc3', 'acc4', 'acc5'),
  publishedAt: fc.integer({ min: Date.UTC(2024, 1, 25), max: Date.UTC(2024, 3, 5) }).map((t) => new Date(t)),
  reads: fc.option(fc.integer({ min: 0, max: 100001 }), { nil: undefined }),
  looks: fc.option(fc.integer({ min: 0, max: 900 }), { nil: undefined }),
  likes: fc.integer({ min: 0, max: 5000 }),
  shares: fc.integer({ min: 0, max: 700 }),
  comments: fc.integer({ min: 0, max: 300 }),
  position: fc.option(fc.integer({ min: 1, max: 5 }), { nil: undefined }),
}) as fc.Arbitrary<Post>;

async function load(table: PostsTable): Promise<void> {
  await conn.run('DROP TABLE IF EXISTS posts');
  await conn.run('CREATE TABLE posts (account_id VARCHAR, published_at DOUBLE, reads DOUBLE, looks DOUBLE, likes DOUBLE, shares DOUBLE, comments DOUBLE, position INTEGER)');
  const v = (x: number) => (Number.isNaN(x) ? 'NULL' : String(x));
  const rows: string[] = [];
  for (let i = 0; i < table.size; i++)
    rows.push(`('${table.accountIds[table.account[i]!]}', ${table.time[i]}, ${v(table.reads[i]!)}, ${v(table.looks[i]!)}, ${v(table.likes[i]!)}, ${v(table.shares[i]!)}, ${v(table.comments[i]!)}, ${table.position[i] || 'NULL'})`);
  if (rows.length) await conn.run(`INSERT INTO posts VALUES ${rows.join(',')}`);
}

describe('toSQL(index) on DuckDB equals scoreAccounts(table, { index })', () => {
  const period = { start: Date.UTC(2024, 2, 1) - 8 * 3600e3, end: Date.UTC(2024, 3, 1) - 8 * 3600e3, days: 30 };
  for (const def of scorable) {
    it(`toSQL('${def.id}', { period }) matches to 1e-9 relative`, async () => {
      await fc.assert(
        fc.asyncProperty(fc.array(postArb, { minLength: 1, maxLength: 80 }), fc.boolean(), fc.constantFrom('duckdb' as const, 'standard' as const), async (posts, roundAverages, dialect) => {
          const table = PostsTable.fromPosts(posts);
          await load(table);
          const sql = toSQL(def, { period, roundAverages, dialect });
          const rows = (await conn.runAndReadAll(sql)).getRowObjects();
          const lib = new Map(scoreAccounts(table, { index: def, period, roundAverages }).map((r) => [r.accountId, r]));
          for (const row of rows) {
            const mine = lib.get(String(row.account_id))!;
            const expected = Number(row.value);
            expect(Number(row.articles)).toBe(mine.articles);
            expect(Math.abs(mine.value! - expected)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(expected)));
          }
          // Accounts with posts in the period are exactly those DuckDB returns.
          expect([...lib.values()].filter((r) => r.value !== null).length).toBe(rows.length);
        }),
        { numRuns: 15 },
      );
    });
  }

  it("toSQL('wci-14.2', { dialect: 'standard', table, columns }) uses the given names and rejects unsafe ones", () => {
    const sql = toSQL('wci-14.2', { dialect: 'standard', table: 'gov.posts', columns: { account: 'acct', reads: 'read_cnt' }, days: 30 });
    expect(sql).toContain('FROM gov.posts');
    expect(sql).toContain('GROUP BY acct');
    expect(sql).toContain('read_cnt');
    expect(() => toSQL('wci-14.2', { table: 'posts; DROP TABLE x', days: 30 })).toThrow(/toSQL: unsafe identifier/);
    expect(() => toSQL('wci-14.2', { dialect: 'oracle' as 'standard', days: 30 })).toThrow(/^toSQL: unknown dialect/);
    expect(() => toSQL('bvci-2.0', { days: 30 })).toThrow(TypeError);
    expect(toSQL('wci-14.2', { dialect: 'standard', days: 30, roundAverages: true })).not.toContain('ROUND(');
  });
});
