import type { Command } from 'commander';
import { resolveIndex, scoreAccounts, type AccountScore } from '../../indices/index.js';
import { parseLabel } from '../../ingest/index.js';
import { ACCOUNT_KINDS, KIND_LABELS_ZH, LEVELS, LEVEL_LABELS_ZH, PLATFORMS, PLATFORM_LABELS_ZH, type Account, type Level, type Platform } from '../../model/index.js';
import { rank, rankWithinGroups, type RankMethod } from '../../ranking/index.js';
import { distributionChartSpec, rankingChartSpec, type ReportTable } from '../../report/index.js';
import { aggregateByAccount, aggregateOf } from '../../stats/index.js';
import type { PostsTable } from '../../table/index.js';
import type { Period } from '../../time/index.js';
import { CliUsageError } from '../io.js';
import { numberOption } from '../inputs.js';
import type { CommonOptions } from '../run-cli.js';
import type { CommandContext, CommandDefinition } from './command.js';
import { accountNamer, accountsOption, loadAccounts, loadPosts, periodJson, postsOptions, runPeriod } from './shared.js';

const TIE_METHODS = ['competition', 'dense', 'average'] as const;

/** Grouping fields of `rank --by`: how each labels an account, and the group order (enum order, else code points). */
const GROUP_FIELDS: Record<string, { label: (a: Account) => string; order?: readonly string[] }> = {
  platform: { label: (a) => PLATFORM_LABELS_ZH[a.platform], order: PLATFORMS.map((p) => PLATFORM_LABELS_ZH[p]) },
  level: { label: (a) => LEVEL_LABELS_ZH[a.level], order: LEVELS.map((l) => LEVEL_LABELS_ZH[l]) },
  region: { label: (a) => a.region || '（无）' },
  kind: { label: (a) => KIND_LABELS_ZH[a.kind], order: ACCOUNT_KINDS.map((k) => KIND_LABELS_ZH[k]) },
  unit: { label: (a) => a.unit },
};

/** Index options shared by rank and shortlist. */
export function indexOptions(cmd: Command): Command {
  return cmd
    .option('--index <id>', `index: a WCI version (14.2, 13.0 …) or an index id (${TABLE_INDICES.join(', ')})`, 'wci-14.2')
    .option('--multiplier <m>', 'outer multiplier (WCI 14.x: 12 by default; some copies print 10)')
    .option('--round-averages', 'round per-article averages to 1 decimal before the log, as the provider does')
    .option('--platform <platform>', 'only accounts on this platform (微信/wechat, 微博/weibo …; needs --accounts); default: wechat for WCI, weibo for BCI, when --accounts is given; "all" for every account');
}

/** The platform filter: --platform, else the index's own platform (WCI → WeChat, BCI → Weibo) when accounts are known. */
function platformFilter(opts: CommonOptions & Record<string, unknown>, indexId: string, accounts: Account[] | undefined): Platform | null {
  const raw = opts.platform === undefined ? undefined : String(opts.platform);
  if (raw === 'all') return null;
  if (raw === undefined) {
    if (!accounts) return null;
    return indexId.startsWith('wci') ? 'wechat' : indexId.startsWith('bci') ? 'weibo' : null;
  }
  if (!accounts) throw new CliUsageError('--platform needs --accounts (the platform of each account comes from the accounts file)');
  const p = parseLabel('platform', raw);
  if (!p.ok || p.value === undefined) throw new CliUsageError(`--platform: unknown platform ${JSON.stringify(raw)}`);
  return p.value;
}

/** Indices scorable from a posts table (the others need follower counts or reposts of originals). */
const TABLE_INDICES = ['wci-2.0', 'wci-11', 'wci-12.0', 'wci-13.0', 'wci-14.2', 'wci-14.2-share', 'bci-4var'];

/** One scored account, with what the tables show. */
export interface ScoredRow {
  accountId: string;
  name: string;
  /** From the accounts file; null without one. */
  platform: Platform | null;
  level: Level | null;
  articles: number;
  reads: number;
  value: number | null;
  rank: number | null;
}

/** Scores every account of the posts table over the period and ranks them (best first; `method`: the tie method). */
export async function scoreAndRank(
  opts: CommonOptions & Record<string, unknown>,
  ctx: CommandContext,
  method = 'competition',
): Promise<{ table: PostsTable; accounts: Account[] | undefined; period: Period | null; rows: ScoredRow[]; scores: AccountScore[]; label: string; platform: Platform | null }> {
  const table = await loadPosts(opts, ctx);
  const accounts = await loadAccounts(opts, ctx);
  const period = runPeriod(opts, table);
  ctx.progress.step('计算指数');
  if (!(TIE_METHODS as readonly string[]).includes(method)) throw new CliUsageError(`--method: expected one of ${TIE_METHODS.join(', ')}, got ${JSON.stringify(method)}`);
  const agg = aggregateByAccount(table, period ? { period } : {});
  const multiplier = numberOption('--multiplier', opts.multiplier, { min: 0 });
  const def = resolveIndex(String(opts.index), '--index');
  let scores = period
    ? scoreAccounts(table, {
        index: def, period, aggregates: agg,
        ...(multiplier === undefined ? {} : { multiplier }),
        ...(opts.roundAverages ? { roundAverages: true } : {}),
      })
    : [];
  const byId = new Map((accounts ?? []).map((a) => [a.id, a]));
  const name = accountNamer(accounts);
  const platform = platformFilter(opts, def.id, accounts);
  if (platform) scores = scores.filter((s) => byId.get(s.accountId)?.platform === platform);
  const ranks = rank(scores.map((s) => s.value), { method: method as never }) as (number | null)[];
  const rows: ScoredRow[] = scores.map((s, i) => {
    const k = table.accountIndex(s.accountId);
    const a = k === undefined ? undefined : aggregateOf(agg, k);
    const acc = byId.get(s.accountId);
    return {
      accountId: s.accountId, name: name(s.accountId),
      platform: acc?.platform ?? null, level: acc?.level ?? null,
      articles: a?.articles ?? 0, reads: a?.reads ?? 0, value: s.value, rank: s.value === null ? null : (ranks[i] ?? null),
    };
  });
  rows.sort((x, y) => (x.rank ?? Infinity) - (y.rank ?? Infinity) || (x.accountId < y.accountId ? -1 : x.accountId > y.accountId ? 1 : 0));
  return { table, accounts, period, rows, scores, label: def.name, platform };
}

/** `govmedia rank`: score every account and rank them, best first. */
export const rankCommand: CommandDefinition = {
  name: 'rank',
  description: 'score every account with an influence index over a period and rank them (ties: competition 1224, dense, average)',
  example: 'govmedia rank --posts examples/data/posts.csv --accounts examples/data/accounts.csv --period 2024-03 --index wci-14.2 --top-n 10',
  steps: 4,
  options(cmd) {
    postsOptions(cmd);
    accountsOption(cmd);
    indexOptions(cmd)
      .option('--method <method>', `tie method: ${TIE_METHODS.join(', ')}`, 'competition')
      .option('--top-n <n>', 'only the first n ranks in the output (the chart highlights the top ten anyway)')
      .option('--by <field>', `also rank within groups: ${Object.keys(GROUP_FIELDS).join(', ')} (needs --accounts); --top-n then applies within each group`);
  },
  async run(opts, ctx) {
    const { period, rows: ranked, scores, label, platform, accounts } = await scoreAndRank(opts, ctx, String(opts.method));
    const scope = platform ? `${PLATFORM_LABELS_ZH[platform]}账号` : '账号';
    const top = numberOption('--top-n', opts.topN, { integer: true, min: 1 });
    let rows: (ScoredRow & { group?: string; groupRank?: number | null })[] = ranked;
    if (opts.by !== undefined) {
      const field = GROUP_FIELDS[String(opts.by)];
      if (!field) throw new CliUsageError(`--by: expected one of ${Object.keys(GROUP_FIELDS).join(', ')}, got ${JSON.stringify(opts.by)}`);
      if (!accounts) throw new CliUsageError('--by needs --accounts (groups come from the accounts file)');
      const byId = new Map(accounts.map((a) => [a.id, a]));
      const groups = ranked.map((r) => { const a = byId.get(r.accountId); return a ? field.label(a) : '（无）'; });
      const pos = (g: string) => { const k = field.order?.indexOf(g) ?? -1; return k < 0 ? Infinity : k; };
      const byGroup = (x: string, y: string) => pos(x) - pos(y) || (x < y ? -1 : x > y ? 1 : 0);
      const within = rankWithinGroups(ranked.map((r) => r.value), groups, { method: String(opts.method) as RankMethod });
      rows = ranked
        .map((r, i) => ({ ...r, group: groups[i]!, groupRank: within[i] ?? null }))
        .sort((x, y) => byGroup(x.group, y.group) || (x.groupRank ?? Infinity) - (y.groupRank ?? Infinity) || (x.accountId < y.accountId ? -1 : x.accountId > y.accountId ? 1 : 0));
    }
    const shown = top === undefined ? rows : rows.filter((r) => { const k = opts.by === undefined ? r.rank : r.groupRank; return k !== null && k !== undefined && k <= top; });
    const table: ReportTable = {
      title: `${label} ${scope}排行（${period?.label ?? '无数据'}）`,
      columns: [
        ...(opts.by === undefined ? [] : [{ key: 'group', label: '分组' }, { key: 'groupRank', label: '组内排名' }]),
        { key: 'rank', label: '排名' },
        { key: 'name', label: '账号名称' },
        { key: 'platform', label: '平台' },
        { key: 'level', label: '层级' },
        { key: 'articles', label: '发文数' },
        { key: 'reads', label: '阅读数' },
        { key: 'value', label: label, digits: 2 },
      ],
      rows: shown.map((r) => ({ ...r, platform: r.platform && PLATFORM_LABELS_ZH[r.platform], level: r.level && LEVEL_LABELS_ZH[r.level] })),
    };
    return {
      json: { period: periodJson(period), index: String(opts.index), platform, ranking: shown, scores: scores.filter((s) => shown.some((r) => r.accountId === s.accountId)) },
      table,
      report: {
        title: `政务${scope}传播力排行 · ${label}`,
        subtitle: period ? `统计周期 ${period.label}（${period.days} 天）` : '无数据',
        sections: [
          { kind: 'facts', facts: [['参评账号', rows.length], ['有指数账号', rows.filter((r) => r.value !== null).length]] },
          { kind: 'chart', title: '排行（前十名高亮）', spec: rankingChartSpec(rows.map((r) => ({ label: r.name, value: r.value, ...(r.rank === null ? {} : { rank: r.rank }) })), { valueTitle: label }) },
          { kind: 'chart', title: '指数分布', spec: distributionChartSpec(rows.map((r) => r.value), { valueTitle: label }) },
          { kind: 'table', title: '排行明细', table },
        ],
      },
    };
  },
};
