import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { scoreAccounts } from '../../indices/index.js';
import { linkedPublishing, matrixCoverage, matrixTotals, type MatrixCoverage } from '../../matrix/index.js';
import { LEVEL_LABELS_ZH, PLATFORM_LABELS_ZH, safeParseMatrix, type Matrix, type Platform } from '../../model/index.js';
import { parseLabel } from '../../ingest/index.js';
import { coverageHeatmapSpec, passRateChartSpec, type ReportTable } from '../../report/index.js';
import { CliInputError, CliUsageError } from '../io.js';
import { describeRejection, numberOption } from '../inputs.js';
import type { CommandContext, CommandDefinition } from './command.js';
import { accountNamer, accountsOption, loadAccounts, loadPosts, periodJson, postsOptions, runPeriod } from './shared.js';

const PRESENCE_ZH = { required: '应开设', allowed: '可开设', discouraged: '原则上不开设' } as const;
const pct = (x: number | null) => (x === null ? '—' : `${(Math.round(x * 1000 + 1e-9) / 10).toFixed(1)}%`);

/** `govmedia matrix`: matrix coverage (units × platforms), gaps and excesses, linked publishing (echo) and totals. */
export const matrixCommand: CommandDefinition = {
  name: 'matrix',
  description: 'account matrix (矩阵): coverage of units × platforms against the presence rules, gaps and excesses, echo of the lead account (整体联动) and totals',
  example: 'govmedia matrix --matrix examples/data/matrix.json --accounts examples/data/accounts.csv --posts examples/data/posts.csv --period 2024-09 --format html --out matrix.html',
  steps: 5,
  options(cmd) {
    cmd.requiredOption('--matrix <file>', 'matrix definition (JSON: id, name, lead, members, units, rules)');
    accountsOption(cmd, true);
    postsOptions(cmd);
    cmd
      .option('--window-hours <hours>', 'a member echoes a lead post when it reposts or repeats it within this many hours (default 24)')
      .option('--platforms <list>', 'platforms of the coverage grid, comma-separated (default: WeChat, Weibo and any platform a member uses)')
      .option('--index <id>', 'index for the matrix’s aggregate index (mean over members)', 'wci-14.2');
  },
  async run(opts, ctx) {
    const matrix = await loadMatrix(String(opts.matrix), ctx);
    const accounts = (await loadAccounts(opts, ctx))!;
    const table = await loadPosts(opts, ctx);
    const period = runPeriod(opts, table);
    ctx.progress.step('计算覆盖与联动');
    const platforms = opts.platforms === undefined ? undefined : String(opts.platforms).split(',').map((p) => platformOf(p.trim()));
    const coverage = matrixCoverage(matrix, accounts, { posts: table, ...(period ? { period } : {}), ...(platforms ? { platforms } : {}) });
    const windowHours = numberOption('--window-hours', opts.windowHours, { min: 0 });
    const echo = linkedPublishing(matrix, table, { ...(period ? { period } : {}), ...(windowHours === undefined ? {} : { windowHours }) });
    const scores = period ? new Map(scoreAccounts(table, { index: String(opts.index), period }).map((s) => [s.accountId, s.value])) : undefined;
    const totals = matrixTotals(matrix, table, { ...(period ? { period } : {}), ...(scores ? { scores } : {}) });
    const name = accountNamer(accounts);
    const byId = new Map(accounts.map((a) => [a.id, a]));

    const grid: ReportTable = {
      title: `${matrix.name || matrix.id} 覆盖情况（${period?.label ?? '无发布数据'}）`,
      columns: [
        { key: 'unit', label: '单位' }, { key: 'level', label: '层级' }, { key: 'platform', label: '平台' }, { key: 'expected', label: '要求' },
        { key: 'accounts', label: '账号' }, { key: 'active', label: '本期有更新' }, { key: 'status', label: '状态' },
      ],
      rows: coverage.cells.map((c) => ({
        unit: c.unit, level: LEVEL_LABELS_ZH[c.level], platform: PLATFORM_LABELS_ZH[c.platform], expected: PRESENCE_ZH[c.expected],
        accounts: c.accountIds.map(name), active: c.activeAccountIds.length, status: cellStatus(c),
      })),
    };
    const gaps: ReportTable = {
      title: '缺失（应开设未开设）',
      columns: [{ key: 'unit', label: '单位' }, { key: 'level', label: '层级' }, { key: 'platform', label: '平台' }],
      rows: coverage.gaps.map((g) => ({ unit: g.unit, level: LEVEL_LABELS_ZH[g.level], platform: PLATFORM_LABELS_ZH[g.platform] })),
    };
    const excesses: ReportTable = {
      title: '超出（原则上不开设或同平台多个账号）',
      columns: [{ key: 'unit', label: '单位' }, { key: 'platform', label: '平台' }, { key: 'accounts', label: '账号' }, { key: 'reason', label: '原因' }],
      rows: coverage.excesses.map((e) => ({
        unit: e.unit, platform: PLATFORM_LABELS_ZH[e.platform], accounts: e.accountIds.map(name), reason: e.reason === 'discouraged' ? '原则上不开设' : '同一平台多个账号',
      })),
    };
    const members: ReportTable = {
      title: `成员联动（龙头账号 ${name(matrix.lead)} 发文 ${echo.leadPosts} 篇）`,
      columns: [{ key: 'name', label: '成员账号' }, { key: 'platform', label: '平台' }, { key: 'echoed', label: '响应篇数' }, { key: 'rate', label: '响应率', align: 'right' }],
      rows: echo.perMember.map((m) => ({
        name: name(m.accountId), platform: byId.get(m.accountId) ? PLATFORM_LABELS_ZH[byId.get(m.accountId)!.platform] : '', echoed: m.echoed, rate: pct(m.rate),
      })),
    };
    const facts: [string, string | number][] = [
      ['成员账号（含龙头）', totals.accountCount], ['本期有更新账号', totals.activeAccountCount], ['发文', totals.posts], ['阅读', totals.reads],
      ['应开设覆盖率', pct(coverage.requiredCoverage)], ['应开设且本期有更新', pct(coverage.activeCoverage)], ['单位覆盖率', pct(coverage.unitCoverage)],
      ['矩阵响应率', pct(echo.matrixEchoRate)], ['响应时差中位数（小时）', echo.lag.medianHours === null ? '—' : echo.lag.medianHours.toFixed(1)],
      ['从未响应的成员', echo.silentMembers.length],
      ...(totals.meanIndex === null ? [] : [[`成员平均指数（${String(opts.index)}，无指数计 0）`, totals.meanIndex.toFixed(2)] as [string, string]]),
    ];
    return {
      // JSON without each lead post's row index: the same bytes for any row order (issue 13 kind 6).
      json: {
        period: periodJson(period), matrix: { id: matrix.id, name: matrix.name, lead: matrix.lead }, coverage,
        linkedPublishing: { ...echo, perLeadPost: echo.perLeadPost.map(({ index: _row, ...p }) => p) }, totals,
      },
      table: grid,
      extraTables: [gaps, excesses, members],
      report: {
        title: `${matrix.name || matrix.id} 矩阵报告`,
        subtitle: period ? `统计周期 ${period.label}（${period.days} 天）` : '无发布数据',
        sections: [
          { kind: 'facts', facts },
          {
            kind: 'chart', title: '覆盖热力图（单位 × 平台）',
            spec: coverageHeatmapSpec(coverage.cells.map((c) => ({ unit: c.unit, platform: PLATFORM_LABELS_ZH[c.platform], status: cellStatus(c), count: c.accountIds.length }))),
          },
          {
            kind: 'chart', title: '成员响应率',
            spec: passRateChartSpec([{ title: '成员账号', bars: echo.perMember.map((m) => ({ label: name(m.accountId), rate: m.rate, passed: m.echoed, checked: echo.leadPosts })) }], { rateTitle: '响应率' }),
          },
          { kind: 'table', title: gaps.title!, table: gaps },
          { kind: 'table', title: excesses.title!, table: excesses },
          { kind: 'table', title: members.title!, table: members },
          { kind: 'table', title: '覆盖明细', table: grid },
        ],
      },
    };
  },
};

/** A cell's status as the heat map colours it (keys of COVERAGE_STATUS_COLORS). */
function cellStatus(c: MatrixCoverage['cells'][number]): string {
  if (c.accountIds.length === 0) return c.expected === 'required' ? '缺失' : '未要求';
  if (c.expected === 'discouraged' || c.accountIds.length > 1) return '超出';
  return c.activeAccountIds.length > 0 ? '已开设' : '已开设未更新';
}

function platformOf(raw: string): Platform {
  const p = parseLabel('platform', raw);
  if (!p.ok || p.value === undefined) throw new CliUsageError(`--platforms：未知平台 ${JSON.stringify(raw)}`);
  return p.value;
}

/** Reads and validates the matrix JSON (zod, at the boundary); errors name the file and field. */
async function loadMatrix(file: string, ctx: CommandContext): Promise<Matrix> {
  ctx.progress.step(`读取 ${file}`);
  let text: string;
  try {
    text = await readFile(resolve(ctx.io.cwd, file), 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new CliInputError(`${file}：${code === 'ENOENT' ? '文件不存在' : `无法读取（${code ?? String(e)}）`}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new CliInputError(`${file}：不是有效的 JSON（${(e as Error).message}）`);
  }
  const r = safeParseMatrix(json);
  if (!r.success) throw new CliInputError(`${file}：${describeRejection(r.errors[0]!, file).replace(/^第 1 条记录，/, '')}`, r.errors);
  return r.data;
}
