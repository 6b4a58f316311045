import { readMessagesFile, readRegistryFile } from '../../io/node/files.js';
import { PLATFORM_LABELS_ZH, formatChinaTime, type Platform } from '../../model/index.js';
import { inspectionReport } from '../../report/index.js';
import { CliInputError } from '../io.js';
import { numberOption } from '../inputs.js';
import type { CommandDefinition } from './command.js';
import { accountsOption, loadAccounts, loadedPostsOf, loadPosts, loadRecords, parseAtOption, postsLabel, postsOptions, refuseIneffective, runPeriod } from './shared.js';

/** `govmedia inspect`: verdicts at a check time (national vetoes + local rules), pass rates, failing-account annex. */
export const inspectCommand: CommandDefinition = {
  name: 'inspect',
  description: '在监测时间点检查账号（国家单项否决指标，地方规则用选项加入）：按层级和平台的合格率，不合格账号及原因',
  example: 'govmedia inspect --accounts examples/data/accounts.csv --posts examples/data/posts.csv --messages examples/data/messages.csv --at 2024-09-30 --format html --out inspection.html',
  steps: 6,
  options(cmd) {
    accountsOption(cmd, true);
    postsOptions(cmd);
    cmd
      .option('--messages <file>', '公众留言文件（留言ID、账号ID、留言时间、类别、回复时间、办结时间）：互动渠道否决项用它')
      .option('--registry <file>', '备案文件')
      .option('--at <time>', '监测时间点（北京时间），如 2024-09-30 或 "2024-09-30 17:00"；默认：帖子最后一天（或 --period）结束时')
      .option('--stale-days <n>', '单项否决：监测时间点前这么多天没有发文（默认 14，国家规定）')
      .option('--max-gap-days <n>', '地方规则：两次发文的最长间隔天数（如 10）')
      .option('--min-per-week <n>', '地方规则：各平台每周至少发文数')
      .option('--wechat-min-per-week <n>', '地方规则：微信每周至少发文数（如 3）')
      .option('--min-original-per-month <n>', '地方规则：监测时间点前 30 天内至少原创数')
      .option('--sample-share <share>', '按此比例抽样检查（按平台 × 层级分层、固定种子）')
      .option('--sample-size <n>', '……或抽这么多个账号')
      .option('--seed <n>', '抽样种子（默认 1）');
  },
  async run(opts, ctx) {
    // Options first: a contradiction or an option without effect is refused before any file is read.
    refuseIneffective(opts.sampleShare !== undefined && opts.sampleSize !== undefined, '--sample-share', '与 --sample-size 只能给一个（按比例或按数量抽样）');
    refuseIneffective(opts.seed !== undefined && opts.sampleShare === undefined && opts.sampleSize === undefined, '--seed', '只在抽样（--sample-share 或 --sample-size）时使用');
    const share = numberOption('--sample-share', opts.sampleShare, { min: 0, max: 1 });
    const seed = numberOption('--seed', opts.seed, { integer: true });
    const atOption = parseAtOption('--at', opts.at);
    const accounts = (await loadAccounts(opts, ctx))!;
    const table = await loadPosts(opts, ctx);
    const messages = (await loadRecords(opts, 'messages', (p, o) => readMessagesFile(p, o), ctx)) ?? [];
    const registry = (await loadRecords(opts, 'registry', (p, o) => readRegistryFile(p, o), ctx)) ?? [];
    // The check time: --at, else the end of --period, else the end of the posts' last China day.
    const at = atOption ?? runPeriod(opts, table)?.end;
    if (at === undefined) throw new CliInputError(`${postsLabel(opts)}：没有带发布时间的帖子；请用 --at 给出监测时间点`);
    ctx.progress.step('检查');
    const postsPlatforms = loadedPostsOf(opts)?.files.map((f) => f.platform) ?? [];
    // A sample size is checked against the accounts the posts files can speak for (the library leaves the others out).
    const population = postsPlatforms.length && postsPlatforms.every((p) => p !== undefined) ? accounts.filter((a) => postsPlatforms.includes(a.platform)).length : accounts.length;
    const size = numberOption('--sample-size', opts.sampleSize, { integer: true, min: 0, max: population });
    const cadence = {
      ...opt('maxGapDays', numberOption('--max-gap-days', opts.maxGapDays, { min: 1 })),
      ...opt('minPerWeek', numberOption('--min-per-week', opts.minPerWeek, { min: 0 })),
      ...opt('wechatMinPerWeek', numberOption('--wechat-min-per-week', opts.wechatMinPerWeek, { min: 0 })),
    };
    const r = inspectionReport(accounts, table, messages, registry, {
      at,
      postsPlatforms,
      ...(share === undefined && size === undefined ? {} : { sample: { ...(size === undefined ? { share: share! } : { size }), ...(seed === undefined ? {} : { seed }) } }),
      ...opt('staleDays', numberOption('--stale-days', opts.staleDays, { integer: true, min: 1 })),
      ...opt('minOriginalPerMonth', numberOption('--min-original-per-month', opts.minOriginalPerMonth, { integer: true, min: 0 })),
      ...(Object.keys(cadence).length ? { cadence } : {}),
    });
    if (r.notChecked) {
      const zh = (ps: readonly Platform[]) => ps.map((p) => PLATFORM_LABELS_ZH[p]).join('、');
      ctx.io.stderr.write(`govmedia: 台账中 ${r.notChecked.accounts.length} 个${zh(r.notChecked.platforms)}账号没有对应平台的帖子文件，本次未检查（只给了${zh(r.notChecked.covered)}导出；检查这些账号请同时给出其平台的导出）\n`);
    }
    return {
      json: { at: formatChinaTime(r.at), checked: r.checked.length, verdicts: r.verdicts, passRates: r.passRates },
      table: r.rates,
      extraTables: [r.failing],
      report: r.document,
    };
  },
};

function opt<K extends string>(key: K, value: number | undefined): Partial<Record<K, number>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, number>);
}
