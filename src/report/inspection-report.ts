import { inspect, type AccountVerdict, type InspectOptions } from '../inspection/inspect.js';
import { passRates, type PassRateReport, type PassRateRow } from '../inspection/pass-rates.js';
import { stratifiedSample } from '../inspection/stratified-sample.js';
import type { Platform } from '../model/enums.js';
import type { Account, Message, RegistryEntry } from '../model/schemas.js';
import { formatChinaTime } from '../model/time.js';
import { instantArg } from '../model/internal/instant-arg.js';
import type { PostsTable } from '../table/posts-table.js';
import { passRateChartSpec } from './pass-rate-chart-spec.js';
import type { ReportDocument } from './render-report-html.js';
import type { ReportTable } from './report-table.js';

/** Options of {@link inspectionReport}: those of `inspect` (the check instant `at`, local rules), plus the sample and the posts files' platforms. */
export interface InspectionReportOptions extends InspectOptions {
  /** Inspect a seeded stratified sample (`stratifiedSample`, by platform × level) of this `share` (0–1) or `size` of the accounts; default every account. */
  sample?: { share?: number; size?: number; seed?: number };
  /**
   * The platform each posts file is an export of (`readPosts(…).platform`: 清博/新榜/公众平台 →
   * wechat …), `undefined` for a file that cannot tell (the own template, JSON). When every
   * file names one, ledger accounts on the other platforms have no data here: they are left
   * out (`notChecked`), never failed for "no post in 14 days". Default: no file names one.
   */
  postsPlatforms?: readonly (Platform | undefined)[];
}

/** What {@link inspectionReport} returns: the verdicts and rates, and the tables and document every output (terminal, CSV, HTML, .xlsx, .docx, the office app) renders. */
export interface InspectionReport {
  /** The check instant (epoch ms). */
  at: number;
  /** The ledger accounts the posts can speak for: the population of the pass rates (检查比例). */
  population: Account[];
  /** The accounts inspected (the population, or the sample drawn from it). */
  checked: Account[];
  /** Ledger accounts left out because no posts file is of their platform, with those platforms and the files' platforms; `null` when none is. */
  notChecked: { accounts: Account[]; platforms: Platform[]; covered: Platform[] } | null;
  verdicts: AccountVerdict[];
  passRates: PassRateReport;
  /** 检查合格率: overall, by level, by platform (检查数, 合格数, 不合格数, 合格率). */
  rates: ReportTable;
  /** 附件：不合格账号及原因. */
  failing: ReportTable;
  /** The whole report: facts, the pass-rate chart (when anything was checked), both tables. */
  document: ReportDocument;
}

/**
 * One inspection as `govmedia inspect` and the office app both run it: the accounts the
 * posts can speak for (see `postsPlatforms`), a seeded stratified sample when asked,
 * `inspect` at the check instant (national veto rules; local rules as options), `passRates`
 * against that population, and the pass-rate table, the failing-account annex and the report
 * document (Chinese labels) built once for every output. Pure and browser-safe; no clock is
 * read (the check instant is `options.at`). Complexity: that of `inspect`.
 *
 * @param accounts the account ledger (台账)
 * @param posts the posts, already joined to the ledger
 * @param messages public messages (the interaction-channel veto: every one of at least 3 unanswered)
 * @param registry registry (备案) entries, passed on to `inspect`
 * @param options the check instant `at`, local rules, the sample and the posts files' platforms
 * @returns The verdicts, pass rates, the accounts checked and not checked, and the tables and document every output renders.
 * @throws {RangeError} from `inspect` (a bad `at`) and `stratifiedSample` (a share outside 0–1, a size above the accounts)
 * @example const r = inspectionReport(accounts, posts, messages, registry, { at: '2024-10-01 00:00' }); // the end of 2024-09-30
 * r.passRates.overall.ratePercent // 85.7; r.rates.rows[0].rate === '85.7%'
 */
export function inspectionReport(
  accounts: readonly Account[],
  posts: PostsTable,
  messages: readonly Message[],
  registry: readonly RegistryEntry[],
  options: InspectionReportOptions,
): InspectionReport {
  const at = instantArg(options.at, 'inspectionReport', 'at');
  const { sample, postsPlatforms, ...inspectOptions } = options;
  // Accounts of platforms no posts file is an export of are not judged on missing posts.
  let population = [...accounts];
  let notChecked: InspectionReport['notChecked'] = null;
  if (postsPlatforms?.length && postsPlatforms.every((p) => p !== undefined)) {
    const covered = [...new Set(postsPlatforms as Platform[])];
    population = accounts.filter((a) => covered.includes(a.platform));
    const left = accounts.filter((a) => !covered.includes(a.platform));
    if (left.length) notChecked = { accounts: left, platforms: [...new Set(left.map((a) => a.platform))], covered };
  }
  const checked = sample && (sample.share !== undefined || sample.size !== undefined)
    ? stratifiedSample(population, { ...(sample.size === undefined ? { share: sample.share! } : { size: sample.size }), ...(sample.seed === undefined ? {} : { seed: sample.seed }) })
    : population;
  const verdicts = inspect(checked, posts, messages, registry, { ...inspectOptions, at });
  const rates = passRates(verdicts, { population });
  const when = formatChinaTime(at);
  const rateRow = (kind: string) => (r: PassRateRow) => ({ kind, ...r, rate: r.ratePercent === null ? null : `${r.ratePercent}%` });
  const rateTable: ReportTable = {
    title: `检查合格率（监测时间点 ${when}）`,
    columns: [
      { key: 'kind', label: '分类' }, { key: 'label', label: '分组' }, { key: 'checked', label: '检查数' },
      { key: 'passed', label: '合格数' }, { key: 'failed', label: '不合格数' }, { key: 'rate', label: '合格率', align: 'right' },
    ],
    rows: [rateRow('总体')(rates.overall), ...rates.byLevel.map(rateRow('按层级')), ...rates.byPlatform.map(rateRow('按平台'))],
  };
  const failing: ReportTable = {
    title: '附件：不合格账号及原因',
    columns: [{ key: 'name', label: '账号名称' }, { key: 'unit', label: '主办单位' }, { key: 'platform', label: '平台' }, { key: 'reasons', label: '原因' }],
    rows: rates.failing.map((f) => ({ ...f })),
  };
  const bars = (rows: readonly PassRateRow[]) => rows.map((r) => ({ label: r.label, rate: r.rate, passed: r.passed, checked: r.checked }));
  const document: ReportDocument = {
    title: '政务新媒体检查情况',
    subtitle: `监测时间点 ${when}`,
    sections: [
      {
        kind: 'facts',
        facts: [
          ['检查账号', rates.overall.checked], ['合格', rates.overall.passed], ['不合格', rates.overall.failed],
          ['合格率', rates.overall.ratePercent === null ? '—' : `${rates.overall.ratePercent}%`],
        ],
      },
      ...(verdicts.length
        ? [{ kind: 'chart' as const, title: '合格率', spec: passRateChartSpec([{ title: '按层级', bars: bars(rates.byLevel) }, { title: '按平台', bars: bars(rates.byPlatform) }]) }]
        : []),
      { kind: 'table', title: '合格率', table: rateTable },
      { kind: 'table', title: '附件：不合格账号及原因', table: failing },
    ],
  };
  return { at, population, checked, notChecked, verdicts, passRates: rates, rates: rateTable, failing, document };
}
