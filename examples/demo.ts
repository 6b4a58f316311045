// npm run demo: the main job on the embedded sample province.
// Reads the sample CSVs (Chinese headers, as an office exports them), scores every
// account's WCI 14.2 for September 2024 and prints the top ten with the explanation.
import { join } from 'node:path';
import { monthPeriod, PLATFORM_LABELS_ZH, rank, reportToMarkdown, scoreAccounts } from '../src/index.js';
import { readAccountsFile, readPostsFile } from '../src/io/node/index.js';

const data = join(import.meta.dirname ?? new URL('.', import.meta.url).pathname, 'data');
const { table, rejected } = await readPostsFile(join(data, 'posts.csv'));
const { records: accounts } = await readAccountsFile(join(data, 'accounts.csv'));
const byId = new Map(accounts.map((a) => [a.id, a]));
const period = monthPeriod(2024, 9); // d = 30 days, the provider convention

const wechat = scoreAccounts(table, { index: 'wci-14.2', period }).filter((s) => byId.get(s.accountId)?.platform === 'wechat' && s.value !== null);
const ranks = rank(wechat.map((s) => s.value), { method: 'competition' });
const rows = wechat
  .map((s, i) => ({ s, r: ranks[i]! }))
  .sort((a, b) => a.r! - b.r!)
  .slice(0, 10)
  .map(({ s, r }) => {
    const a = byId.get(s.accountId)!;
    const d = s.dimensions;
    return {
      rank: r, name: a.name, unit: a.unit, platform: PLATFORM_LABELS_ZH[a.platform], posts: s.articles, wci: s.value!.toFixed(2),
      explain: `O ${d.O!.contribution.toFixed(2)} + A ${d.A!.contribution.toFixed(2)} + H ${d.H!.contribution.toFixed(2)} + P ${d.P!.contribution.toFixed(2)}`,
    };
  });
process.stdout.write(`govmedia demo — ${table.size} posts read from examples/data/posts.csv (${rejected.length} rejected), ${accounts.length} accounts\n`);
process.stdout.write(`WCI 14.2 (×12), WeChat accounts, ${period.label} (d = ${period.days}); ${wechat.length} accounts scored\n\n`);
process.stdout.write(
  reportToMarkdown({
    columns: [
      { key: 'rank', label: '排名' }, { key: 'name', label: '账号名称' }, { key: 'unit', label: '主办单位' }, { key: 'platform', label: '平台' },
      { key: 'posts', label: '发文数' }, { key: 'wci', label: 'WCI' }, { key: 'explain', label: '0.6·O + 0.2·A + 0.1·H + 0.1·P' },
    ],
    rows,
  }) + '\n',
);
