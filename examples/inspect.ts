// Inspects the sample province at the end of 2024 Q3 and prints a report in the shape
// of seed 004 (a provincial office's quarterly 检查抽查 通报): a seeded stratified sample,
// verdicts with reasons, pass rates by host level and platform, the annex, and the
// registry reconciliation.   npx tsx examples/inspect.ts
import { join } from 'node:path';
import { inspect, passRates, passRatesMarkdown, reconcileRegistry, stratifiedSample } from '../src/index.js';
import { readAccountsFile, readMessagesFile, readPostsFile, readRegistryFile } from '../src/io/node/index.js';

const data = join(import.meta.dirname ?? new URL('.', import.meta.url).pathname, 'data');
const [{ table }, { records: accounts }, { records: messages }, { records: registry }] = await Promise.all([
  readPostsFile(join(data, 'posts.csv')), readAccountsFile(join(data, 'accounts.csv')), readMessagesFile(join(data, 'messages.csv')), readRegistryFile(join(data, 'registry.csv')),
]);
const at = Date.parse('2024-10-01T00:00:00+08:00');
const sample = stratifiedSample(accounts, { share: 0.5, seed: 2024 });
const verdicts = inspect(sample, table, messages, registry, { at });
process.stdout.write(passRatesMarkdown(passRates(verdicts, { population: accounts }), { title: '2024年第三季度政务新媒体检查抽查情况（样例数据）' }) + '\n\n');
const findings = reconcileRegistry(accounts, registry, table, { at: at, filingDeadline: 'hubei' });
process.stdout.write('### 备案核查\n\n| 类型 | 账号 | 说明 |\n| --- | --- | --- |\n');
for (const f of findings) process.stdout.write(`| ${f.kind} | ${f.accountIds.join(', ')} | ${f.evidence} |\n`);
