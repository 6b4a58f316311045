import { readMessagesFile } from '../../io/node/files.js';
import { shortlistReport } from '../../report/index.js';
import { CliInputError, CliUsageError } from '../io.js';
import { numberOption } from '../inputs.js';
import type { CommandDefinition } from './command.js';
import {
  accountsOption, indexOptions, loadAccounts, loadPosts, loadRecords, parseAtOption, periodJson, platformOption, postsPlatformCheck, postsOptions,
  refuseIneffective, requirePeriodWithPosts, scoreOrExplain, tableIndexOption, postsLabel
} from './shared.js';

/** `govmedia shortlist`: a top-N (十佳) list per category with constraints, and who was excluded and why. */
export const shortlistCommand: CommandDefinition = {
  name: 'shortlist',
  description: '按类别（单位账号 / 个人账号）遴选前 N 名（十佳），可加限制条件，列出每个落选账号及原因',
  example: 'govmedia shortlist --posts examples/data/posts.csv --accounts examples/data/accounts.csv --period 2024-09 --top-n 10 --max-per-unit 1 --by-kind',
  steps: 4,
  options(cmd) {
    postsOptions(cmd);
    accountsOption(cmd, true);
    indexOptions(cmd)
      .option('--top-n <n>', '每类入选数（默认 10，十佳）')
      .option('--max-per-unit <k>', '每个主办单位至多 k 个账号（默认不限）')
      .option('--min-posts <n>', '统计周期内至少发文数（默认 1）')
      .option('--ties <rule>', '名额边界同分时：expand（与末位同分者全部入围）或 break（按 --tie-break 取舍）', 'expand')
      .option('--tie-break <key>', '取舍同分时的次要依据：posts（发文数多者优先）或 accountId（账号ID）', 'posts')
      .option('--by-kind', '单位账号与个人账号分列两张名单（如分设单位号、个人号两类的评选）')
      .option('--at <time>', '监测时间点（北京时间；只写日期即当天结束时）：先按此时间检查账号，不合格（单项否决）或长期不更新/休眠/僵尸的账号不参加遴选，并写明原因')
      .option('--messages <file>', '公众留言文件，用于 --at 检查中的互动渠道否决项');
  },
  async run(opts, ctx) {
    // Every option is checked before any file is read (exit 2 without touching the data).
    const def = tableIndexOption(opts.index, opts);
    const label = def.name;
    const ties = String(opts.ties);
    if (ties !== 'expand' && ties !== 'break') throw new CliUsageError(`--ties：应为 expand（并列全部入围）或 break（按 --tie-break 取舍），收到 ${JSON.stringify(ties)}`);
    const tieBreak = String(opts.tieBreak);
    if (tieBreak !== 'posts' && tieBreak !== 'accountId') throw new CliUsageError(`--tie-break：应为 posts（发文数多者优先）或 accountId（账号ID），收到 ${JSON.stringify(tieBreak)}`);
    const multiplier = numberOption('--multiplier', opts.multiplier, { min: 0 });
    const n = numberOption('--top-n', opts.topN, { integer: true, min: 1 });
    const perUnit = numberOption('--max-per-unit', opts.maxPerUnit, { integer: true, min: 1 });
    const minPosts = numberOption('--min-posts', opts.minPosts, { integer: true, min: 0 });
    const at = parseAtOption('--at', opts.at);
    refuseIneffective(opts.messages !== undefined && at === null, '--messages', '只在给出 --at（先检查再遴选）时使用；请同时给 --at，或去掉 --messages');
    const platform = platformOption(opts, def, ctx);

    const posts = await loadPosts(opts, ctx);
    postsPlatformCheck(opts, def, ctx);
    const accounts = (await loadAccounts(opts, ctx))!;
    const period = requirePeriodWithPosts(opts, posts);
    const messages = at === null ? undefined : (await loadRecords(opts, 'messages', (p, o) => readMessagesFile(p, o), ctx)) ?? [];
    ctx.progress.step('计算指数并遴选');
    const r = scoreOrExplain(postsLabel(opts), () => shortlistReport(posts, accounts, {
      index: def, period, ...(platform ? { platform } : {}),
      ...(multiplier === undefined ? {} : { multiplier }), ...(opts.roundAverages ? { roundAverages: true } : {}),
      ...(at === null ? {} : { at, messages: messages! }),
      ...(n === undefined ? {} : { topN: n }), ...(perUnit === undefined ? {} : { maxPerUnit: perUnit }),
      ...(minPosts === undefined ? {} : { minPosts }), ...(opts.byKind ? { byKind: true } : {}),
      ties, tieBreak,
    }));
    if (!r.ranked.some((x) => x.value !== null)) throw new CliInputError(`${postsLabel(opts)}：统计周期 ${period.label} 内没有可计算 ${label} 的账号，无法遴选`);
    return {
      json: { period: periodJson(period), index: String(opts.index), lists: r.lists },
      table: r.entries,
      extraTables: [r.excluded],
      report: r.document,
    };
  },
};
