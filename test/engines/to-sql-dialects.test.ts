import { DuckDBInstance } from '@duckdb/node-api';
import { describe, expect, it } from 'vitest';
import { monthPeriod, toSQL } from '../../src/index.js';
import { cli } from '../cli/harness.js';

// What each dialect writes (the engines themselves run it in parity.test.ts and
// clickhouse-cluster.test.ts), and the `govmedia sql` command that prints it.

const march = monthPeriod(2024, 3);

describe('toSQL dialects and time types', () => {
  it('writes no CTE and no CAST(… AS DOUBLE PRECISION) for ClickHouse 18 (nested subqueries, toFloat64)', () => {
    const sql = toSQL('wci-14.2', { dialect: 'clickhouse', period: march });
    expect(sql).not.toMatch(/\bWITH\b/);
    expect(sql).not.toContain('DOUBLE PRECISION');
    expect(sql).toContain('toFloat64(reads)');
    expect(sql).toMatch(/\) AS agg\n\) AS dims\nORDER BY account_id$/);
    for (const d of ['duckdb', 'postgres', 'standard'] as const) expect(toSQL('wci-14.2', { dialect: d, period: march })).toContain('CAST(reads AS DOUBLE PRECISION)');
    expect(toSQL('wci-14.2', { dialect: 'postgres', period: march })).toBe(toSQL('wci-14.2', { dialect: 'standard', period: march }));
  });

  it('writes period bounds as China time literals for timestamp columns, and epoch ms for number columns', () => {
    expect(toSQL('wci-14.2', { period: march })).toContain(`published_at >= ${march.start} AND published_at < ${march.end}`);
    expect(toSQL('wci-14.2', { dialect: 'postgres', period: march, timeType: 'timestamp' }))
      .toContain("published_at >= TIMESTAMP WITH TIME ZONE '2024-03-01 00:00:00+08:00' AND published_at < TIMESTAMP WITH TIME ZONE '2024-04-01 00:00:00+08:00'");
    expect(toSQL('wci-14.2', { dialect: 'duckdb', period: march, timeType: 'timestamp' })).toContain("published_at >= TIMESTAMPTZ '2024-03-01 00:00:00+08:00'");
    expect(toSQL('wci-14.2', { dialect: 'clickhouse', period: march, timeType: 'timestamp' }))
      .toContain("published_at >= toDateTime('2024-03-01 00:00:00', 'Asia/Shanghai') AND published_at < toDateTime('2024-04-01 00:00:00', 'Asia/Shanghai')");
    // sub-second bounds keep their milliseconds where the type holds them; ClickHouse DateTime cannot
    const odd = { start: march.start + 1500, end: march.end, days: 30 };
    expect(toSQL('wci-14.2', { dialect: 'postgres', period: odd, timeType: 'timestamp' })).toContain("'2024-03-01 00:00:01.500+08:00'");
    expect(() => toSQL('wci-14.2', { dialect: 'clickhouse', period: odd, timeType: 'timestamp' })).toThrow(/^toSQL: ClickHouse DateTime holds whole seconds/);
    // the old option name still works
    expect(toSQL('wci-14.2', { period: march, timeUnit: 'timestamp' })).toBe(toSQL('wci-14.2', { period: march, timeType: 'timestamp' }));
    expect(() => toSQL('wci-14.2', { period: march, timeType: 'unix' as 'timestamp' })).toThrow(/^toSQL: unknown timeType "unix"/);
  });

  it('ClickHouse tests the UInt8 original flag with = 1; the others use the boolean', () => {
    const own = { id: 'own', family: 'own', name: 'originals', source: 'test', confidence: 'low', outer: 'linear', multiplier: 1, roundAverages: false,
      dimensions: [{ key: 'O', weight: 1, terms: [{ field: 'originals', weight: 1, scale: 1, transform: 'log' }] }] };
    expect(toSQL(own as never, { dialect: 'clickhouse' })).toContain('CASE WHEN is_original = 1 THEN 1');
    expect(toSQL(own as never, { dialect: 'postgres' })).toContain('CASE WHEN is_original THEN 1');
  });
});

describe('govmedia sql', () => {
  it('prints the query for each dialect; DuckDB runs the printed query', async () => {
    const r = await cli(['sql', '--index', 'wci-14.2', '--dialect', 'duckdb', '--time-type', 'timestamp', '--period', '2024-03']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`${toSQL('wci-14.2', { dialect: 'duckdb', timeType: 'timestamp', period: march })};\n`);
    const db = await DuckDBInstance.create(':memory:');
    const con = await db.connect();
    await con.run(`CREATE TABLE posts AS SELECT * FROM (VALUES ('a', TIMESTAMPTZ '2024-03-05 10:00:00+08:00', 1000.0, 10.0, 5.0, 1.0, 1.0, 1, TRUE),
      ('a', TIMESTAMPTZ '2024-02-29 23:59:59+08:00', 9e9, 1.0, 1.0, 1.0, 1.0, 1, TRUE)) t(account_id, published_at, reads, looks, likes, shares, comments, position, is_original)`);
    const rows = (await con.runAndReadAll(r.stdout.replace(/;\n$/, ''))).getRowObjects();
    con.closeSync();
    expect(rows.map((x) => [x.account_id, Number(x.articles)])).toEqual([['a', 1]]); // the February post is outside the China-time month
    for (const d of ['postgres', 'clickhouse'] as const) {
      const x = await cli(['sql', '--index', 'bci-4var', '--dialect', d, '--period', '2024-W10', '--table', 'gov.posts', '--table-columns', 'account=acct,time=ts']);
      expect(x.code).toBe(0);
      expect(x.stdout).toContain('FROM gov.posts');
      expect(x.stdout).toContain('GROUP BY acct');
    }
    const json = JSON.parse((await cli(['sql', '--dialect', 'clickhouse', '--days', '30', '-f', 'json'])).stdout);
    expect(json).toMatchObject({ index: 'wci-14.2', dialect: 'clickhouse', timeType: 'epoch-ms', period: null });
    expect(json.sql).toBe(toSQL('wci-14.2', { dialect: 'clickhouse', days: 30 }));
  });

  it('--ddl prints the CREATE TABLE statements, --rows the rows of a posts file as TSV (missing = \\N)', async () => {
    const ddl = await cli(['sql', '--ddl', '--dialect', 'clickhouse', '--time-type', 'timestamp', '--cluster', 'govmedia_2shards']);
    expect(ddl.code).toBe(0);
    expect(ddl.stdout).toMatch(/^CREATE TABLE posts_local \(account_id String, published_at DateTime\('Asia\/Shanghai'\),.*\) ENGINE = MergeTree\(\) ORDER BY \(account_id, published_at\);\nCREATE TABLE posts AS posts_local ENGINE = Distributed\(govmedia_2shards, default, posts_local, cityHash64\(account_id, published_at\)\);\n$/);
    const rows = await cli(['sql', '--rows', 'examples/data/posts.csv', '--dialect', 'clickhouse', '--time-type', 'timestamp']);
    expect(rows.code).toBe(0);
    const lines = rows.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(16601);
    // 账号ID,账号名称,文章ID,发布时间,标题,正文,阅读数,在看数(-),点赞数,转发数,评论数,是否原创(是),推送ID,位置,转载自
    expect(lines[0]).toBe('A00269\t2024-07-01 06:06:00\t3394\t\\N\t36\t24\t4\t\\N\t1\tP0014363\t\\N');
  });

  it('exits 2 naming the option on a bad dialect, time type, period, column or index', async () => {
    const cases: [string[], RegExp][] = [
      [['--dialect', 'oracle', '--days', '30'], /--dialect：应为 duckdb、postgres、clickhouse、standard 之一，收到 "oracle"/],
      [['--time-type', 'unix', '--days', '30'], /--time-type：应为 epoch-ms 或 timestamp/],
      [['--period', '2024-13'], /--period：统计周期 "2024-13" 有误：年份或月份无效/],
      [['--table-columns', 'acct', '--days', '30'], /--table-columns：应为“字段=列名”对/],
      [['--table-columns', 'account=a;b', '--days', '30'], /不安全的标识符 "a;b"/],
      [['--index', 'bvci-2.0', '--days', '7'], /--index bvci-2.0：需要“/],
      [[], /--period 或 --days：wci-14.2 要除以统计天数 d/],
      [['--ddl', '--rows', 'examples/data/posts.csv'], /--ddl 与 --rows 只能给一个/],
      [['--cluster', 'c', '--days', '30'], /--cluster 须与 --ddl 同用/],
      [['--ddl', '--dialect', 'postgres', '--cluster', 'c'], /--cluster 只用于 clickhouse 方言/],
    ];
    for (const [args, msg] of cases) {
      const r = await cli(['sql', ...args]);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(msg);
    }
  });
});
