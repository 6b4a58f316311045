import { expect, it } from 'vitest';
import { PostsTable, findHomogeneousAccounts, jaccardSimilarity, lshBandKeyRows, scoreAccounts, toSQL, type Post } from '../../src/index.js';
import { clickhouse, clickhouseFromEnv, describeEngine } from './engines.js';
import { clickhouseCreate, clickhouseInsert, clickhouseOneNode } from './load-posts.js';
import { MARCH_2024 } from './random-posts.js';

// The two-shard ClickHouse cluster (scripts/engines.sh): rows inserted through the
// Distributed table land on both shards, the distributed ranking equals the one-node
// ranking, and the LSH band keys of lshBandKeyRows self-joined on the cluster give
// exactly the candidate pairs of findHomogeneousAccounts.

/** Deterministic pseudo-random numbers (mulberry32), so the fixtures are the same every run. */
function rng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describeEngine('ClickHouse two-shard cluster', 'clickhouse', clickhouseFromEnv(), 'GOVMEDIA_CLICKHOUSE_URLS', (ch) => {
  it('rows inserted through the Distributed table land on both shards; the distributed ranking equals the one-node ranking', async () => {
    const r = rng(16);
    const accounts = ['市政府办公室', '市公安局', '市教育局', '市卫健委', '区融媒体中心', 'acc_6', 'acc_7', 'acc_8'];
    const posts: Post[] = Array.from({ length: 600 }, (_, i) => ({
      accountId: accounts[Math.floor(r() ** 2 * accounts.length)]!, // skewed towards the first accounts
      publishedAt: new Date(MARCH_2024.start - 3 * 86400e3 + Math.floor(r() * 36 * 86400e3)),
      reads: r() < 0.1 ? 100001 : Math.floor(r() * 50000),
      looks: Math.floor(r() * 500),
      likes: Math.floor(r() * 2000),
      shares: Math.floor(r() * 300),
      comments: Math.floor(r() * 100),
      position: 1 + (i % 4),
    }));
    const table = PostsTable.fromPosts(posts);
    await clickhouseCreate(ch, 'cluster_posts');
    await clickhouseInsert(ch, table, 'cluster_posts');
    const perShard = await Promise.all(ch.urls.map(async (u) => Number((await clickhouse(u, 'SELECT count() AS n FROM cluster_posts_local FORMAT JSON'))[0]!.n)));
    expect(perShard.every((n) => n > 0), `rows per shard ${perShard.join(' + ')}`).toBe(true);
    expect(perShard.reduce((a, b) => a + b, 0)).toBe(posts.length);
    // One account's posts are spread over both shards (the aggregate is merged across them).
    const spread = await Promise.all(ch.urls.map(async (u) => (await clickhouse(u, "SELECT count() AS n FROM cluster_posts_local WHERE account_id = '市政府办公室' FORMAT JSON"))[0]!.n));
    expect(spread.map(Number).every((n) => n > 0)).toBe(true);

    await clickhouseOneNode(ch, table, 'one_node_posts');
    for (const timeType of ['epoch-ms', 'timestamp'] as const) {
      const opts = { dialect: 'clickhouse' as const, period: MARCH_2024, timeType, columns: { time: timeType === 'epoch-ms' ? 'published_ms' : 'published_at' } };
      const distributed = await clickhouse(ch.urls[0]!, `${toSQL('wci-14.2', { ...opts, table: 'cluster_posts' })}\nFORMAT JSON`);
      const oneNode = await clickhouse(ch.urls[0]!, `${toSQL('wci-14.2', { ...opts, table: 'one_node_posts' })}\nFORMAT JSON`);
      // Integer-valued sums are exact in any order, so the two agree exactly, not just to 1e-9.
      expect(distributed).toEqual(oneNode);
      expect(distributed.length).toBe(accounts.length);
      const lib = new Map(scoreAccounts(table, { index: 'wci-14.2', period: MARCH_2024 }).map((s) => [s.accountId, s.value!]));
      for (const row of distributed) expect(Math.abs(Number(row.value) - lib.get(String(row.account_id))!)).toBeLessThanOrEqual(1e-9 * Number(row.value));
    }
  });

  it('lshBandKeyRows self-joined on the Distributed table gives the candidate pairs of findHomogeneousAccounts', async () => {
    const r = rng(2026);
    const base = [
      '市交通运输局发布五一假期高速公路出行提示请广大驾驶员合理安排行程错峰出行',
      '市卫生健康委提醒近期流感进入高发季节老人儿童要注意做好防护及时接种疫苗',
      '市教育局公布今年义务教育阶段学校招生入学政策和报名时间安排请家长留意',
      '市生态环境局通报上月空气质量状况优良天数比例同比上升三个百分点',
      '市人力资源和社会保障局举办春季招聘会提供就业岗位两千余个欢迎求职者参加',
    ];
    const filler = '的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处理府';
    const posts: Post[] = [];
    const accounts = ['市政府办公室', '市发布', '区融媒体中心', '市交通运输局', '县政府'];
    for (let i = 0; i < 160; i++) {
      const acct = accounts[i % accounts.length]!;
      const at = new Date(MARCH_2024.start + i * 3600e3);
      if (r() < 0.35) {
        // a (near-)copy of a shared text: exact, with punctuation added, or with a few characters changed
        const t = base[Math.floor(r() * base.length)]!;
        const k = r();
        const text = k < 0.4 ? t : k < 0.7 ? `${t}！` : t.slice(0, 20) + filler.slice(Math.floor(r() * 100), Math.floor(r() * 100) + 3) + t.slice(23);
        posts.push({ id: `p${i}`, accountId: acct, publishedAt: at, text });
      } else {
        let text = '';
        for (let c = 0; c < 40; c++) text += filler[Math.floor(r() * filler.length)]!;
        posts.push({ id: `p${i}`, accountId: acct, publishedAt: at, text });
      }
    }
    const table = PostsTable.fromPosts(posts);
    const keys = [...lshBandKeyRows(table)];
    // Sharded by (band, key): rows that can collide live on the same shard, so each shard
    // self-joins its own rows (no GLOBAL JOIN shipping a table to every shard).
    for (const url of ch.urls) {
      await clickhouse(url, 'DROP TABLE IF EXISTS band_keys');
      await clickhouse(url, 'DROP TABLE IF EXISTS band_keys_local');
      await clickhouse(url, 'CREATE TABLE band_keys_local (post UInt32, account String, band UInt16, key UInt32) ENGINE = MergeTree() ORDER BY (band, key)');
      await clickhouse(url, `CREATE TABLE band_keys AS band_keys_local ENGINE = Distributed(${ch.cluster}, default, band_keys_local, cityHash64(band, key))`);
    }
    const esc = (s: string) => s.replace(/\\/g, '\\\\').replace(/'/g, "\\'");
    await clickhouse(ch.urls[0]!, `INSERT INTO band_keys VALUES ${keys.map((k) => `(${k.post}, '${esc(k.accountId)}', ${k.band}, ${k.key})`).join(',')}`, { insert_distributed_sync: 1 });
    const perShard = await Promise.all(ch.urls.map(async (u) => Number((await clickhouse(u, 'SELECT count() AS n FROM band_keys_local FORMAT JSON'))[0]!.n)));
    expect(perShard.every((n) => n > 0)).toBe(true);
    expect(perShard[0]! + perShard[1]!).toBe(keys.length);
    const joined = await clickhouse(ch.urls[0]!, `SELECT DISTINCT post AS a, post2 AS b
FROM band_keys
ALL INNER JOIN (SELECT band, key, post AS post2, account AS account2 FROM band_keys_local) USING (band, key)
WHERE post < post2 AND account != account2
ORDER BY a, b
FORMAT JSON`);
    const candidates = joined.map((x) => `${x.a},${x.b}`);
    // The same pairs computed here from the rows (every pair of different accounts sharing a band key)…
    const byKey = new Map<string, typeof keys>();
    for (const k of keys) { const g = byKey.get(`${k.band}:${k.key}`); if (g) g.push(k); else byKey.set(`${k.band}:${k.key}`, [k]); }
    const expected = new Set<string>();
    for (const g of byKey.values()) for (const x of g) for (const y of g) if (x.post < y.post && x.accountId !== y.accountId) expected.add(`${x.post},${y.post}`);
    expect(candidates).toEqual([...expected].sort((p, q) => { const [a1, b1] = p.split(',').map(Number); const [a2, b2] = q.split(',').map(Number); return a1! - a2! || b1! - b2!; }));
    // …and the detector's candidate stage (sketch screen off, so candidates = band-key collisions), then its exact verification.
    const det = findHomogeneousAccounts(table, { minPairs: 1, sketchMargin: 1, maxListedPairs: 100000 });
    expect(candidates.length).toBe(det.pairs.candidates);
    expect(candidates.length).toBeGreaterThan(10);
    const verified = joined.filter((x) => jaccardSimilarity(posts[Number(x.a)]!.text!, posts[Number(x.b)]!.text!)! >= 0.8).map((x) => `${x.a},${x.b}`);
    expect(verified.sort()).toEqual(det.pairs.list.map((p) => `${Math.min(p.a.index, p.b.index)},${Math.max(p.a.index, p.b.index)}`).sort());
    expect(verified.length).toBeGreaterThan(5);
  });
});
