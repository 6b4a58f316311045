import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { expect, it } from 'vitest';
import { monthPeriod, scoreAccounts } from '../../src/index.js';
import { readPostsFile } from '../../src/io/node/index.js';
import { clickhouseFromEnv, describeEngine } from './engines.js';

// The README's "Scaling out" walkthrough, run as written (scripts/scale-out-example.sh):
// examples/data/posts.csv (Chinese headers) → govmedia sql --ddl / --rows → a two-shard
// ClickHouse cluster → govmedia sql's WCI 14.2 query → the ranking, which must equal
// scoreAccounts on the same file.

const ROOT = resolve(__dirname, '../..');

describeEngine('Scaling out walkthrough (scripts/scale-out-example.sh)', 'clickhouse', clickhouseFromEnv(), 'GOVMEDIA_CLICKHOUSE_URLS', () => {
  it('ranks examples/data/posts.csv on the two-shard cluster exactly as scoreAccounts does', async () => {
    const { stdout, stderr } = await new Promise<{ stdout: string; stderr: string }>((res, rej) =>
      execFile('bash', ['scripts/scale-out-example.sh', 'examples/data/posts.csv', '2024-07'], {
        cwd: ROOT, maxBuffer: 64 << 20, env: { ...process.env, GOVMEDIA: `${process.execPath} --import tsx src/cli/main.ts` },
      }, (err, stdout, stderr) => (err ? rej(new Error(`${err.message}\n${stderr}`)) : res({ stdout, stderr }))));
    const { table } = await readPostsFile(resolve(ROOT, 'examples/data/posts.csv'));
    const perShard = [...stderr.matchAll(/: (\d+) posts/g)].map((m) => Number(m[1]));
    expect(perShard).toHaveLength(2);
    expect(perShard.every((n) => n > 0)).toBe(true);
    expect(perShard[0]! + perShard[1]!).toBe(table.size);
    const [head, ...lines] = stdout.trim().split('\n');
    expect(head).toBe('account_id\tarticles\tvalue');
    const rows = lines.map((l) => l.split('\t'));
    const lib = scoreAccounts(table, { index: 'wci-14.2', period: monthPeriod(2024, 7) }).filter((s) => s.value !== null)
      .sort((a, b) => b.value! - a.value! || (a.accountId < b.accountId ? -1 : 1));
    expect(rows.map((r) => r[0])).toEqual(lib.map((s) => s.accountId));
    rows.forEach((r, k) => {
      expect(Number(r[1])).toBe(lib[k]!.articles);
      expect(Math.abs(Number(r[2]) - lib[k]!.value!)).toBeLessThanOrEqual(1e-9 * lib[k]!.value!);
    });
    expect(rows.length).toBeGreaterThan(100);
  });
});
