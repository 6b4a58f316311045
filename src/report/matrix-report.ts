import type { IndexDefinition } from '../indices/index-definition.js';
import { scoreAccounts } from '../indices/score-accounts.js';
import { linkedPublishing, type LinkedPublishing } from '../matrix/linked-publishing.js';
import { matrixCoverage, type CoverageCell, type MatrixCoverage } from '../matrix/matrix-coverage.js';
import { matrixTotals, type MatrixTotals } from '../matrix/matrix-totals.js';
import { LEVEL_LABELS_ZH, PLATFORM_LABELS_ZH, type Platform } from '../model/enums.js';
import type { Account, Matrix } from '../model/schemas.js';
import type { PostsTable } from '../table/posts-table.js';
import type { Period } from '../time/period.js';
import { coverageHeatmapSpec } from './coverage-heatmap-spec.js';
import { passRateChartSpec } from './pass-rate-chart-spec.js';
import type { ReportDocument } from './render-report-html.js';
import type { ReportTable } from './report-table.js';

/** Options of {@link matrixReport}. */
export interface MatrixReportOptions {
  /** The period (统计周期); default every post. The coverage's "本期有更新", the echo, the totals and the mean index are of this period. */
  period?: Period;
  /** Platforms of the coverage grid (`matrixCoverage`); default WeChat, Weibo and any platform a member uses. */
  platforms?: readonly Platform[];
  /** A member echoes a lead post when it reposts or repeats it within this many hours (`linkedPublishing`, default 24). */
  windowHours?: number;
  /**
   * The index of the matrix's aggregate index (mean over members, an unscored member
   * counted 0; `matrixTotals`): scored with `scoreAccounts` over `period`. Only with a
   * period (an index needs its day count); default none (no 成员平均指数).
   */
  index?: string | IndexDefinition;
}

/** What {@link matrixReport} returns: the analyses, and the tables and document every output (terminal, CSV, HTML, .xlsx, .docx, the office app) renders. */
export interface MatrixReport {
  coverage: MatrixCoverage;
  linkedPublishing: LinkedPublishing;
  totals: MatrixTotals;
  /** The coverage grid (覆盖情况): one row per unit × platform (单位, 层级, 平台, 要求, 账号, 本期有更新, 状态). */
  grid: ReportTable;
  /** 缺失（应开设未开设）: required cells without an account. */
  gaps: ReportTable;
  /** 超出: discouraged cells with accounts, or several accounts on one platform. */
  excesses: ReportTable;
  /** 成员联动: each member's echoes of the lead's posts and its rate. */
  members: ReportTable;
  /** The whole report: facts, the coverage heat map, the members' echo rates, the four tables. */
  document: ReportDocument;
}

/** Presence rules as the office reads them. */
const PRESENCE_ZH = { required: '应开设', allowed: '可开设', discouraged: '原则上不开设' } as const;
/** A share as a percent, half up to one decimal (as the census prints shares); `—` for none. */
const pct = (x: number | null) => (x === null ? '—' : `${(Math.round(x * 1000 + 1e-9) / 10).toFixed(1)}%`);

/** A cell's status as the heat map colours it (keys of COVERAGE_STATUS_COLORS). */
function cellStatus(c: CoverageCell): string {
  if (c.accountIds.length === 0) return c.expected === 'required' ? '缺失' : '未要求';
  if (c.expected === 'discouraged' || c.accountIds.length > 1) return '超出';
  return c.activeAccountIds.length > 0 ? '已开设' : '已开设未更新';
}

/**
 * One account matrix (矩阵) as `govmedia matrix` and the office app both report it:
 * coverage of units × platforms against the presence rules (`matrixCoverage`), echo of
 * the lead account (整体联动, `linkedPublishing`), totals and, with an index and a period,
 * the members' mean index (`matrixTotals` over `scoreAccounts`), then the tables, the
 * two charts and the report document (Chinese labels) built once for every output.
 * Accounts are named from the ledger (the id when it lacks one). Pure and browser-safe.
 * Complexity: that of the three analyses (and of `scoreAccounts` with an index).
 *
 * @param matrix the matrix definition (lead, members, units, presence rules)
 * @param accounts the account ledger (台账): platforms, levels, names
 * @param posts the posts, already joined to the ledger
 * @param options the period, the grid's platforms, the echo window, the index of the mean
 * @returns The coverage, echo and totals, the 覆盖情况 / 缺失 / 超出 / 成员联动 tables and the report document.
 * @throws {RangeError} from `linkedPublishing` (a negative window) and `scoreAccounts` (an index dividing by days without a period)
 * @throws {TypeError} from `scoreAccounts`: an unknown index, or an index needing inputs the data lacks (IndexInputError)
 * @example // a county government under 三有 (must be on WeChat and Weibo) with a WeChat account only
 * const r = matrixReport(matrix, accounts, posts, { period: parsePeriod('2024-09'), index: 'wci-14.2' });
 * r.gaps.rows // [{ unit: '某区人民政府', level: '县级', platform: '微博' }]
 * r.document.sections[0] // { kind: 'facts', facts: [['成员账号（含龙头）', 4], …, ['应开设覆盖率', '50.0%'], …] }
 */
export function matrixReport(matrix: Matrix, accounts: readonly Account[], posts: PostsTable, options: MatrixReportOptions = {}): MatrixReport {
  const { period, platforms, windowHours, index } = options;
  const coverage = matrixCoverage(matrix, accounts, { posts, ...(period ? { period } : {}), ...(platforms ? { platforms } : {}) });
  const echo = linkedPublishing(matrix, posts, { ...(period ? { period } : {}), ...(windowHours === undefined ? {} : { windowHours }) });
  const scores = period && index !== undefined ? new Map(scoreAccounts(posts, { index, period }).map((s) => [s.accountId, s.value])) : undefined;
  const totals = matrixTotals(matrix, posts, { ...(period ? { period } : {}), ...(scores ? { scores } : {}) });
  const names = new Map(accounts.map((a) => [a.id, a.name]));
  const name = (id: string) => names.get(id) ?? id;
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
  const indexLabel = index === undefined ? '' : typeof index === 'string' ? index : index.id;
  const facts: [string, string | number][] = [
    ['成员账号（含龙头）', totals.accountCount], ['本期有更新账号', totals.activeAccountCount], ['发文', totals.posts], ['阅读', totals.reads],
    ['应开设覆盖率', pct(coverage.requiredCoverage)], ['应开设且本期有更新', pct(coverage.activeCoverage)], ['单位覆盖率', pct(coverage.unitCoverage)],
    ['矩阵响应率', pct(echo.matrixEchoRate)], ['响应时差中位数（小时）', echo.lag.medianHours === null ? '—' : echo.lag.medianHours.toFixed(1)],
    ['从未响应的成员', echo.silentMembers.length],
    ...(totals.meanIndex === null ? [] : [[`成员平均指数（${indexLabel}，无指数计 0）`, totals.meanIndex.toFixed(2)] as [string, string]]),
  ];
  const document: ReportDocument = {
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
  };
  return { coverage, linkedPublishing: echo, totals, grid, gaps, excesses, members, document };
}
