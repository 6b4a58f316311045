import { DuckDBInstance } from '@duckdb/node-api';
import { describe, expect, it } from 'vitest';
import { findHomogeneousAccounts, jaccardSimilarity, lshBandKeyRows } from '../../src/homogeneity/index.js';
import { PostsTable } from '../../src/table/posts-table.js';

const BASE = ['市交通运输局发布五一假期高速公路出行提示请广大驾驶员合理安排行程', '市卫生健康委提醒近期流感进入高发季节老人儿童要注意做好防护', '市教育局公布今年义务教育阶段学校招生入学政策和报名时间安排'];

describe('lshBandKeyRows(table) as a DuckDB self-join', () => {
  it('the SQL self-join finds the same candidates and, verified, the same pairs as findHomogeneousAccounts', async () => {
    const posts = BASE.flatMap((t, k) => [
      { id: `o${k}`, accountId: 'src', text: t, publishedAt: new Date(k * 1000) },
      { id: `c${k}`, accountId: `copier${k % 2}`, text: `${t}！`, publishedAt: new Date(k * 1000 + 500) },
      { id: `e${k}`, accountId: 'other', text: `${t.slice(0, 10)}另有不同的后续内容与原文不一样`, publishedAt: new Date(k * 1000 + 700) },
    ]);
    const table = PostsTable.fromPosts(posts);
    const rows = [...lshBandKeyRows(table)];
    const db = await DuckDBInstance.create(':memory:');
    const con = await db.connect();
    await con.run('CREATE TABLE keys(post INTEGER, account VARCHAR, band INTEGER, key UBIGINT)');
    await con.run(`INSERT INTO keys VALUES ${rows.map((r) => `(${r.post}, '${r.accountId}', ${r.band}, ${r.key})`).join(', ')}`);
    const reader = await con.runAndReadAll(`SELECT DISTINCT x.post AS a, y.post AS b FROM keys x JOIN keys y
      ON x.band = y.band AND x.key = y.key AND x.post < y.post AND x.account <> y.account ORDER BY a, b`);
    const candidates = reader.getRows().map(([a, b]) => [Number(a), Number(b)] as const);
    con.closeSync();
    const r = findHomogeneousAccounts(table, { minPairs: 1 });
    expect(candidates.length).toBe(r.pairs.candidates);
    const verified = candidates.filter(([a, b]) => jaccardSimilarity(posts[a]!.text, posts[b]!.text)! >= 0.8);
    expect(verified.map(([a, b]) => `${a},${b}`).sort()).toEqual(r.pairs.list.map((p) => `${Math.min(p.a.index, p.b.index)},${Math.max(p.a.index, p.b.index)}`).sort());
    expect(verified).toHaveLength(3); // each original with its copy
  });
});
