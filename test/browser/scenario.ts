// The computation run both in Node and in the page, as plain JavaScript source so
// the very same code runs in both (a TS function's toString() would carry
// vitest's transform artefacts). `g` is the govmedia module namespace.
// It scores and ranks a small fixed dataset with the public API only.
export const SCENARIO = `async (g) => {
  const posts = [];
  const accounts = ['青岛发布', '西海岸发布', '黄岛教育', '城阳发布', '即墨发布'];
  for (let a = 0; a < accounts.length; a++) {
    for (let i = 0; i < 6 + a * 3; i++) {
      const day = 1 + ((i * 7 + a * 3) % 28);
      posts.push({
        accountId: accounts[a],
        publishedAt: '2024-03-' + String(day).padStart(2, '0') + ' 0' + (i % 9) + ':30',
        reads: 1000 * (a + 1) + 137 * i, looks: 10 + i * a, likes: 20 + 3 * i + a, shares: 5 + i,
        position: (i % 3) + 1, isOriginal: i % 2 === 0,
      });
    }
  }
  const builder = new g.PostsTableBuilder();
  for (const p of posts) builder.push(g.parsePost(p));
  const table = builder.build();
  const period = g.parsePeriod('2024-03');
  const agg = g.aggregateByAccount(table, { period });
  const aggregates = agg.accountIds.map((id, k) => g.aggregateOf(agg, k));
  const scores = g.scoreAccounts(table, { index: 'wci-14.2', period });
  const values = scores.map((s) => s.value);
  const ranks = { competition: g.rank(values), dense: g.rank(values, { method: 'dense' }), average: g.rank(values, { method: 'average' }) };
  const top3 = g.shortlist(scores.map((s) => ({ accountId: s.accountId, score: s.value, posts: s.articles })), { topN: 3 });
  const result = { aggregates, scores, ranks, shortlist: top3 };
  const svg = await g.renderChartSvg(g.rankingChartSpec(aggregates.map((x) => ({ label: x.accountId, value: x.reads }))));
  result.chart = { isSvg: svg.startsWith('<svg'), hasChineseLabel: svg.includes('1. 即墨发布'), bars: (svg.match(/fill="#c0392b"/g) || []).length };
  return JSON.parse(JSON.stringify(result));
}`;
