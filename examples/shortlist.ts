// A 十佳 shortlist on the sample province, the way seed 003's county awarded its
// 十佳单位政务微博 and 十佳个人政务微博: Weibo accounts scored by BCI (4-variable form,
// from the posts table) for 2024 Q3, accounts that fail inspection or are inactive
// excluded, at most 2 per unit, each entry with its explanation, its probability of being
// in the top ten and its 90% rank interval (bootstrap over posts).
//   npx tsx examples/shortlist.ts
import { join } from 'node:path';
import { accountActivity, customPeriod, inspect, rankRobustness, scoreAccounts, shortlist } from '../src/index.js';
import { readAccountsFile, readMessagesFile, readPostsFile } from '../src/io/node/index.js';

const data = join(import.meta.dirname ?? new URL('.', import.meta.url).pathname, 'data');
const [{ table }, { records: accounts }, { records: messages }] = await Promise.all([
  readPostsFile(join(data, 'posts.csv')), readAccountsFile(join(data, 'accounts.csv')), readMessagesFile(join(data, 'messages.csv')),
]);
const period = customPeriod('2024-07-01', '2024-09-30');
const weibo = accounts.filter((a) => a.platform === 'weibo');
const scores = new Map(scoreAccounts(table, { index: 'bci-4var', period }).map((s) => [s.accountId, s]));
const verdicts = new Map(inspect(weibo, table, messages, [], { at: period.end }).map((v) => [v.accountId, v]));
const tiers = new Map(accountActivity(table, { period, accountIds: weibo.map((a) => a.id) }).map((a) => [a.accountId, a.tier]));
const candidates = weibo.map((a) => {
  const s = scores.get(a.id);
  return { accountId: a.id, name: a.name, score: s?.value ?? null, unit: a.unit, platform: a.platform, kind: a.kind, posts: s?.articles ?? 0, verdict: verdicts.get(a.id)!.verdict, tier: tiers.get(a.id), explanation: s?.dimensions };
});
const lists = shortlist(candidates, {
  categories: [{ id: 'unit', label: '十佳单位政务微博', kind: 'unit' }, { id: 'personal', label: '十佳个人政务微博', kind: 'personal' }],
  topN: 10, maxPerUnit: 2, ties: 'expand',
});
const lines: string[] = [];
for (const list of lists) {
  // Robustness among the eligible candidates of the category (passed inspection, active).
  const ids = candidates.filter((c) => c.kind === list.category.kind && c.verdict === 'pass' && c.tier === 'active').map((c) => c.accountId);
  const robust = new Map(rankRobustness(table, { index: 'bci-4var', period, accountIds: ids, topN: 10, iterations: 200, seed: 2024 }).map((r) => [r.accountId, r]));
  lines.push(`## ${list.category.label}（${list.cutRule}）`, '', '| 名次 | 账号 | 主办单位 | BCI | 0.2·W1 + 0.8·W2 | 入选前十概率 | 90% 名次区间 |', '| ---: | --- | --- | ---: | --- | ---: | --- |');
  for (const e of list.entries) {
    const r = robust.get(e.accountId)!;
    const d = e.explanation as Record<string, { contribution: number }>;
    lines.push(`| ${e.place}${e.tieExpanded ? '（并列）' : ''} | ${e.name} | ${e.unit} | ${e.score!.toFixed(1)} | ${d.W1!.contribution.toFixed(2)} + ${d.W2!.contribution.toFixed(2)} | ${r.topNProbability === null ? `发文不足（${r.posts} 篇）` : `${(r.topNProbability * 100).toFixed(0)}%`} | ${r.rankInterval ? `${r.rankInterval[0]}–${r.rankInterval[1]}` : '—'} |`);
  }
  lines.push('', '未入选（本可入选）及原因：', '', ...(list.excluded.length ? list.excluded.map((x) => `- ${x.candidate.name}（BCI ${x.candidate.score?.toFixed(1)}）：${x.detail}`) : ['- 无']), '');
}
process.stdout.write(lines.join('\n') + '\n');
