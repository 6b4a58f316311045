import { inspect, passRates, stratifiedSample, type PassRateRow } from '../../inspection/index.js';
import { readMessagesFile, readRegistryFile } from '../../io/node/files.js';
import { PLATFORM_LABELS_ZH, formatChinaTime, type Account } from '../../model/index.js';
import { passRateChartSpec, type ReportTable } from '../../report/index.js';
import { CliInputError } from '../io.js';
import { numberOption } from '../inputs.js';
import type { CommandContext, CommandDefinition } from './command.js';
import { accountsOption, loadAccounts, loadedPostsOf, loadPosts, loadRecords, parseAtOption, postsLabel, postsOptions, refuseIneffective, runPeriod } from './shared.js';

/** `govmedia inspect`: verdicts at a check time (national vetoes + local rules), pass rates, failing-account annex. */
export const inspectCommand: CommandDefinition = {
  name: 'inspect',
  description: 'inspect accounts at a check time (national veto rules, local rules as options): pass rates by level and platform and the failing accounts with reasons',
  example: 'govmedia inspect --accounts examples/data/accounts.csv --posts examples/data/posts.csv --messages examples/data/messages.csv --at 2024-09-30 --format html --out inspection.html',
  steps: 6,
  options(cmd) {
    accountsOption(cmd, true);
    postsOptions(cmd);
    cmd
      .option('--messages <file>', 'public messages file (留言ID, 账号ID, 留言时间, 类别, 回复时间, 办结时间): the channel veto uses it')
      .option('--registry <file>', 'registry (备案) file')
      .option('--at <time>', 'check time (监测时间点), China time, e.g. 2024-09-30 or "2024-09-30 17:00"; default: the end of the posts’ last day (or of --period)')
      .option('--stale-days <n>', 'veto: no post in this many days before the check time (default 14, national rule)')
      .option('--max-gap-days <n>', 'local rule: longest allowed gap between posts (e.g. 10)')
      .option('--min-per-week <n>', 'local rule: posts per week on every platform')
      .option('--wechat-min-per-week <n>', 'local rule: posts per week on WeChat (e.g. 3)')
      .option('--min-original-per-month <n>', 'local rule: original posts in the 30 days before the check time')
      .option('--sample-share <share>', 'inspect a seeded stratified sample (by platform × level) of this share of the accounts')
      .option('--sample-size <n>', '… or of this many accounts')
      .option('--seed <n>', 'seed of the sample (default 1)');
  },
  async run(opts, ctx) {
    // Options first: a contradiction or an option without effect is refused before any file is read.
    refuseIneffective(opts.sampleShare !== undefined && opts.sampleSize !== undefined, '--sample-share', '与 --sample-size 只能给一个（按比例或按数量抽样）');
    refuseIneffective(opts.seed !== undefined && opts.sampleShare === undefined && opts.sampleSize === undefined, '--seed', '只在抽样（--sample-share 或 --sample-size）时使用');
    const share = numberOption('--sample-share', opts.sampleShare, { min: 0, max: 1 });
    const seed = numberOption('--seed', opts.seed, { integer: true });
    const atOption = parseAtOption('--at', opts.at);
    const ledger = (await loadAccounts(opts, ctx))!;
    const table = await loadPosts(opts, ctx);
    const accounts = accountsWithData(ledger, opts, ctx);
    const messages = (await loadRecords(opts, 'messages', (p, o) => readMessagesFile(p, o), ctx)) ?? [];
    const registry = (await loadRecords(opts, 'registry', (p, o) => readRegistryFile(p, o), ctx)) ?? [];
    // The check time: --at, else the end of --period, else the end of the posts' last China day.
    const at = atOption ?? runPeriod(opts, table)?.end;
    if (at === undefined) throw new CliInputError(`${postsLabel(opts)}：没有带发布时间的帖子；请用 --at 给出监测时间点`);
    ctx.progress.step('检查');
    const size = numberOption('--sample-size', opts.sampleSize, { integer: true, min: 0, max: accounts.length });
    const checked =
      share === undefined && size === undefined
        ? accounts
        : stratifiedSample(accounts, { ...(size === undefined ? { share: share! } : { size }), ...(seed === undefined ? {} : { seed }) });
    const cadence = {
      ...opt('maxGapDays', numberOption('--max-gap-days', opts.maxGapDays, { min: 1 })),
      ...opt('minPerWeek', numberOption('--min-per-week', opts.minPerWeek, { min: 0 })),
      ...opt('wechatMinPerWeek', numberOption('--wechat-min-per-week', opts.wechatMinPerWeek, { min: 0 })),
    };
    const verdicts = inspect(checked, table, messages, registry, {
      at,
      ...opt('staleDays', numberOption('--stale-days', opts.staleDays, { integer: true, min: 1 })),
      ...opt('minOriginalPerMonth', numberOption('--min-original-per-month', opts.minOriginalPerMonth, { integer: true, min: 0 })),
      ...(Object.keys(cadence).length ? { cadence } : {}),
    });
    const rates = passRates(verdicts, { population: accounts });
    const rateRow = (kind: string) => (r: PassRateRow) => ({ kind, ...r, rate: r.ratePercent === null ? null : `${r.ratePercent}%` });
    const rateTable: ReportTable = {
      title: `检查合格率（监测时间点 ${formatChinaTime(at)}）`,
      columns: [
        { key: 'kind', label: '分类' }, { key: 'label', label: '分组' }, { key: 'checked', label: '检查数' },
        { key: 'passed', label: '合格数' }, { key: 'failed', label: '不合格数' }, { key: 'rate', label: '合格率', align: 'right' },
      ],
      rows: [rateRow('总体')(rates.overall), ...rates.byLevel.map(rateRow('按层级')), ...rates.byPlatform.map(rateRow('按平台'))],
    };
    const annex: ReportTable = {
      title: '附件：不合格账号及原因',
      columns: [{ key: 'name', label: '账号名称' }, { key: 'unit', label: '主办单位' }, { key: 'platform', label: '平台' }, { key: 'reasons', label: '原因' }],
      rows: rates.failing.map((f) => ({ ...f })),
    };
    const bars = (rows: readonly PassRateRow[]) => rows.map((r) => ({ label: r.label, rate: r.rate, passed: r.passed, checked: r.checked }));
    return {
      json: { at: formatChinaTime(at), checked: checked.length, verdicts, passRates: rates },
      table: rateTable,
      extraTables: [annex],
      report: {
        title: '政务新媒体检查情况',
        subtitle: `监测时间点 ${formatChinaTime(at)}`,
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
          { kind: 'table', title: '附件：不合格账号及原因', table: annex },
        ],
      },
    };
  },
};

/**
 * The ledger accounts the posts files can speak for. When every posts file is a
 * platform's own export (its preset names the platform: 清博/新榜/公众平台 → 微信, a
 * Weibo export → 微博 …), accounts of the other platforms have no data in this run:
 * they are left out of the check and named on stderr, never failed for "no post in
 * 14 days". Files whose platform cannot be told (the own template, JSON) keep the
 * whole ledger.
 */
function accountsWithData(ledger: Account[], opts: Parameters<typeof loadedPostsOf>[0], ctx: CommandContext): Account[] {
  const files = loadedPostsOf(opts)?.files ?? [];
  if (!files.length || files.some((f) => f.platform === undefined)) return ledger;
  const covered = new Set(files.map((f) => f.platform));
  const kept = ledger.filter((a) => covered.has(a.platform));
  const left = ledger.length - kept.length;
  if (left) {
    const platforms = [...new Set(ledger.filter((a) => !covered.has(a.platform)).map((a) => PLATFORM_LABELS_ZH[a.platform]))].join('、');
    ctx.io.stderr.write(`govmedia: 台账中 ${left} 个${platforms}账号没有对应平台的帖子文件，本次未检查（只给了${[...covered].map((p) => PLATFORM_LABELS_ZH[p!]).join('、')}导出；检查这些账号请同时给出其平台的导出）\n`);
  }
  return kept;
}

function opt<K extends string>(key: K, value: number | undefined): Partial<Record<K, number>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, number>);
}
