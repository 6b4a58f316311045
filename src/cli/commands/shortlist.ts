import { inspect } from '../../inspection/index.js';
import { readMessagesFile } from '../../io/node/files.js';
import { KIND_LABELS_ZH, PLATFORM_LABELS_ZH } from '../../model/index.js';
import { rankAccounts, shortlist, shortlistCandidates, SHORTLIST_EXCLUSION_LABELS_ZH, type ShortlistCategory } from '../../ranking/index.js';
import { rankingChartSpec, type ReportTable } from '../../report/index.js';
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
      .option('--by-kind', '单位账号与个人账号分列两张名单（同 seed 003 的评选）')
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
    ctx.progress.step('计算指数');
    const ranked = scoreOrExplain(postsLabel(opts), () => rankAccounts(posts, {
      index: def, period, accounts, ...(platform ? { platform } : {}),
      ...(multiplier === undefined ? {} : { multiplier }), ...(opts.roundAverages ? { roundAverages: true } : {}),
    }));
    if (!ranked.some((r) => r.value !== null)) throw new CliInputError(`${postsLabel(opts)}：统计周期 ${period.label} 内没有可计算 ${label} 的账号，无法遴选`);
    ctx.progress.step('遴选');
    let verdicts;
    if (at !== null) {
      const messages = (await loadRecords(opts, 'messages', (p, o) => readMessagesFile(p, o), ctx)) ?? [];
      const scored = new Set(ranked.map((r) => r.accountId));
      verdicts = inspect(accounts.filter((a) => scored.has(a.id)), posts, messages, [], { at });
    }
    const candidates = shortlistCandidates(ranked, accounts, verdicts && at !== null ? { verdicts, at } : {});
    const categories: ShortlistCategory[] | undefined = opts.byKind
      ? [{ id: 'unit', label: `${KIND_LABELS_ZH.unit}账号`, kind: 'unit' }, { id: 'personal', label: `${KIND_LABELS_ZH.personal}账号`, kind: 'personal' }]
      : undefined;
    const lists = shortlist(candidates, {
      ...(n === undefined ? {} : { topN: n }), ...(perUnit === undefined ? {} : { maxPerUnit: perUnit }),
      ...(minPosts === undefined ? {} : { minPosts }), ...(categories ? { categories } : {}),
      ties, tieBreak,
    });
    const catLabel = (c: ShortlistCategory) => c.label ?? c.id;
    const table: ReportTable = {
      title: `${label} 入围名单（${period?.label ?? '无数据'}）`,
      columns: [
        { key: 'category', label: '类别' }, { key: 'place', label: '名次' }, { key: 'name', label: '账号名称' },
        { key: 'unit', label: '主办单位' }, { key: 'platform', label: '平台' }, { key: 'score', label: label, digits: 2 },
        { key: 'posts', label: '发文数' }, { key: 'tieExpanded', label: '并列入围' },
      ],
      rows: lists.flatMap((l) => l.entries.map((e) => ({
        category: catLabel(l.category), place: e.place, name: e.name ?? e.accountId, unit: e.unit,
        platform: e.platform ? PLATFORM_LABELS_ZH[e.platform] : '', score: e.score, posts: e.posts, tieExpanded: e.tieExpanded,
      }))),
    };
    const excluded: ReportTable = {
      title: '未入围说明',
      columns: [{ key: 'category', label: '类别' }, { key: 'name', label: '账号名称' }, { key: 'score', label: label, digits: 2 }, { key: 'reason', label: '原因' }, { key: 'detail', label: '说明' }],
      rows: lists.flatMap((l) => l.excluded.map((x) => ({
        category: catLabel(l.category), name: x.candidate.name ?? x.candidate.accountId, score: x.candidate.score, reason: SHORTLIST_EXCLUSION_LABELS_ZH[x.reason], detail: x.detail,
      }))),
    };
    return {
      json: { period: periodJson(period), index: String(opts.index), lists },
      table,
      extraTables: [excluded],
      report: {
        title: `政务新媒体十佳遴选 · ${label}`,
        subtitle: period ? `统计周期 ${period.label}（${period.days} 天）` : '无数据',
        sections: [
          { kind: 'facts', title: '遴选规则', facts: lists.map((l) => [catLabel(l.category), l.cutRule] as const) },
          ...lists.map((l) => ({
            kind: 'chart' as const,
            title: catLabel(l.category),
            spec: rankingChartSpec(l.entries.map((e) => ({ label: e.name ?? e.accountId, value: e.score, rank: e.place })), { topN: n ?? 10, valueTitle: label }),
          })),
          { kind: 'table', title: '入围名单', table },
          { kind: 'table', title: '未入围说明', table: excluded },
        ],
      },
    };
  },
};
