// The sample province's matrix report (coverage, gaps, excesses, linked publishing)
// and its census table (seed 001's 摸底 shape).   npx tsx examples/matrix.ts
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { census, censusMarkdown, linkedPublishing, matrixCoverage, matrixTotals, monthPeriod, parseMatrix, scoreAccounts } from '../src/index.js';
import { readAccountsFile, readPostsFile } from '../src/io/node/index.js';

const data = join(import.meta.dirname ?? new URL('.', import.meta.url).pathname, 'data');
const { table } = await readPostsFile(join(data, 'posts.csv'));
const { records: accounts } = await readAccountsFile(join(data, 'accounts.csv'));
const matrix = parseMatrix(JSON.parse(readFileSync(join(data, 'matrix.json'), 'utf8')));
const names = new Map(accounts.map((a) => [a.id, a.name]));
const period = monthPeriod(2024, 9);
const cov = matrixCoverage(matrix, accounts, { posts: table, period });
const pct = (x: number | null) => (x === null ? '—' : `${(x * 100).toFixed(1)}%`);
const out: string[] = [`## ${matrix.name}（龙头账号：${names.get(matrix.lead)}）`, ''];
out.push(`应开尽开覆盖率 ${pct(cov.requiredCoverage)}，活跃覆盖率 ${pct(cov.activeCoverage)}，单位覆盖率 ${pct(cov.unitCoverage)}，成员活跃比例 ${pct(cov.activeMemberShare)}`, '');
out.push('### 缺口（应开未开）', '', ...cov.gaps.slice(0, 15).map((g) => `- ${g.unit}（${g.level}）：${g.platform}`), cov.gaps.length > 15 ? `- … 共 ${cov.gaps.length} 项` : '', '');
out.push('### 超额（不宜开设，或一单位一平台多个账号）', '', ...cov.excesses.map((e) => `- ${e.unit} ${e.platform}：${e.accountIds.map((id) => names.get(id)).join('、')}（${e.reason}）`), '');
const echo = linkedPublishing(matrix, table, { period, windowHours: 24 });
out.push('### 整体联动（24小时内转发或同文发布龙头账号内容）', '', `龙头发文 ${echo.leadPosts} 条，矩阵响应率 ${pct(echo.matrixEchoRate)}，响应时滞中位数 ${echo.lag.medianHours?.toFixed(1)} 小时，P90 ${echo.lag.p90Hours?.toFixed(1)} 小时`, '');
out.push('| 成员 | 响应条数 | 响应率 |', '| --- | ---: | ---: |', ...echo.perMember.filter((m) => m.echoed > 0).map((m) => `| ${names.get(m.accountId)} | ${m.echoed} | ${pct(m.rate)} |`), '');
out.push(`从不响应的成员：${echo.silentMembers.map((id) => names.get(id)).join('、') || '无'}`, '');
const scores = new Map(scoreAccounts(table, { index: 'wci-14.2', period }).map((s) => [s.accountId, s.value]));
const totals = matrixTotals(matrix, table, { period, scores });
out.push(`矩阵合计：账号 ${totals.accountCount} 个，活跃 ${totals.activeAccountCount} 个，发文 ${totals.posts} 条，阅读 ${totals.reads}，平均 WCI ${totals.meanIndex?.toFixed(1)}`, '');
out.push('## 摸底统计（census）', '', censusMarkdown(census(accounts, table)));
process.stdout.write(out.join('\n') + '\n');
