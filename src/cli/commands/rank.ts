import { ACCOUNT_KINDS, KIND_LABELS_ZH, LEVELS, LEVEL_LABELS_ZH, PLATFORMS, PLATFORM_LABELS_ZH, type Account, type Platform } from '../../model/index.js';
import { rankAccounts, rankWithinGroups, type RankedAccount, type RankMethod } from '../../ranking/index.js';
import { distributionChartSpec, rankingChartSpec, type ReportTable } from '../../report/index.js';
import { CliInputError, CliUsageError } from '../io.js';
import { numberOption } from '../inputs.js';
import type { CommandDefinition } from './command.js';
import { accountsOption, indexOptions, loadAccounts, loadPosts, periodJson, platformOption, postsFilesPlatform, postsFilesAccountNames, postsPlatformCheck, postsOptions, requirePeriodWithPosts, scoreOrExplain, tableIndexOption, postsLabel } from './shared.js';

const TIE_METHODS = ['competition', 'dense', 'average'] as const;

/** Grouping fields of `rank --by`: how each labels an account, and the group order (enum order, else code points). */
const GROUP_FIELDS: Record<string, { label: (a: Account) => string; order?: readonly string[] }> = {
  platform: { label: (a) => PLATFORM_LABELS_ZH[a.platform], order: PLATFORMS.map((p) => PLATFORM_LABELS_ZH[p]) },
  level: { label: (a) => LEVEL_LABELS_ZH[a.level], order: LEVELS.map((l) => LEVEL_LABELS_ZH[l]) },
  region: { label: (a) => a.region || '（无）' },
  kind: { label: (a) => KIND_LABELS_ZH[a.kind], order: ACCOUNT_KINDS.map((k) => KIND_LABELS_ZH[k]) },
  unit: { label: (a) => a.unit },
};

/** A ranked account as the tables show it: the record's name, platform and level beside the library's row. */
type RankRow = ReturnType<typeof view>;
function view(r: RankedAccount, filePlatform: Platform | null, fileNames: ReadonlyMap<string, string>) {
  return {
    accountId: r.accountId, name: r.account?.name || fileNames.get(r.accountId) || r.accountId, platform: r.account?.platform ?? filePlatform, level: r.account?.level ?? null,
    articles: r.articles, reads: r.inputs.reads ?? null, value: r.value, rank: r.rank, inputs: r.inputs, dimensions: r.dimensions,
  };
}

/** `govmedia rank`: score every account and rank them, best first. */
export const rankCommand: CommandDefinition = {
  name: 'rank',
  description: '按统计周期计算每个账号的传播力指数并排名（并列的排法：competition 并列同名次、其后跳号（1、2、2、4）；dense 并列同名次、其后不跳号（1、2、2、3）；average 取平均名次（1、2.5、2.5、4））',
  example: 'govmedia rank --posts examples/data/posts.csv --accounts examples/data/accounts.csv --period 2024-09 --index wci-14.2 --top-n 10',
  steps: 4,
  options(cmd) {
    postsOptions(cmd);
    accountsOption(cmd);
    indexOptions(cmd)
      .option('--method <method>', `并列名次的排法：${TIE_METHODS.join('、')}（competition 1、2、2、4；dense 1、2、2、3；average 1、2.5、2.5、4）`, 'competition')
      .option('--top-n <n>', '只输出前 n 名（图表总是突出前十名）')
      .option('--by <field>', `另按分组排名：${Object.keys(GROUP_FIELDS).join('、')}（platform 平台、level 层级、region 地区、kind 账号类型、unit 主办单位；需要 --accounts）；此时 --top-n 在每组内生效`);
  },
  async run(opts, ctx) {
    // Every option is checked before any file is read (exit 2 without touching the data).
    const def = tableIndexOption(opts.index, opts);
    const method = String(opts.method);
    if (!(TIE_METHODS as readonly string[]).includes(method)) throw new CliUsageError(`--method：应为 ${TIE_METHODS.join('、')} 之一，收到 ${JSON.stringify(method)}`);
    const multiplier = numberOption('--multiplier', opts.multiplier, { min: 0 });
    const top = numberOption('--top-n', opts.topN, { integer: true, min: 1 });
    const field = opts.by === undefined ? undefined : GROUP_FIELDS[String(opts.by)];
    if (opts.by !== undefined && !field) throw new CliUsageError(`--by：应为 ${Object.keys(GROUP_FIELDS).join('、')} 之一，收到 ${JSON.stringify(opts.by)}`);
    if (field && opts.accounts === undefined) throw new CliUsageError('--by 需要 --accounts（分组来自账号文件）');
    const platform = platformOption(opts, def, ctx);

    const posts = await loadPosts(opts, ctx);
    postsPlatformCheck(opts, def, ctx);
    const accounts = await loadAccounts(opts, ctx);
    const period = requirePeriodWithPosts(opts, posts);
    const fileNames = await postsFilesAccountNames(opts, ctx); // no ledger: the names beside the ids in the posts files
    ctx.progress.step('计算指数');
    const ranked = scoreOrExplain(postsLabel(opts), () => rankAccounts(posts, {
      index: def, period, method: method as RankMethod, ...(platform && accounts ? { platform } : {}), // no ledger: the files are that platform's exports (postsPlatformCheck)
      ...(accounts ? { accounts } : {}), ...(multiplier === undefined ? {} : { multiplier }), ...(opts.roundAverages ? { roundAverages: true } : {}),
    }).map((r) => view(r, accounts ? null : postsFilesPlatform(opts), fileNames)));
    requireScored(ranked, def.name, platform, postsLabel(opts));
    const label = def.name;
    const scope = platform ? `${PLATFORM_LABELS_ZH[platform]}账号` : '账号';
    let rows: (RankRow & { group?: string; groupRank?: number | null })[] = ranked;
    if (field && accounts) {
      const byId = new Map(accounts.map((a) => [a.id, a]));
      const groups = ranked.map((r) => { const a = byId.get(r.accountId); return a ? field.label(a) : '（无）'; });
      const pos = (g: string) => { const k = field.order?.indexOf(g) ?? -1; return k < 0 ? Infinity : k; };
      const byGroup = (x: string, y: string) => pos(x) - pos(y) || (x < y ? -1 : x > y ? 1 : 0);
      const within = rankWithinGroups(ranked.map((r) => r.value), groups, { method: method as RankMethod });
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
    const ranking = shown.map(({ accountId, name, platform: p, level, articles, reads, value, rank, group, groupRank }) => ({
      accountId, name, platform: p, level, articles, reads, value, rank, ...(group === undefined ? {} : { group, groupRank }),
    }));
    const scores = shown.map((r) => ({ accountId: r.accountId, articles: r.articles, value: r.value, inputs: r.inputs, dimensions: r.dimensions }));
    return {
      json: { period: periodJson(period), index: String(opts.index), platform, ranking, scores },
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

/**
 * A ranking with no index at all is not a result: invalid input (exit 1) saying
 * what was found, never an empty table with exit 0.
 * @throws {CliInputError}
 */
function requireScored(rows: readonly RankRow[], label: string, platform: string | null, file: string): void {
  if (rows.some((r) => r.value !== null)) return;
  const scope = platform ? `${PLATFORM_LABELS_ZH[platform as keyof typeof PLATFORM_LABELS_ZH]}账号` : '账号';
  throw new CliInputError(
    rows.length === 0
      ? `${file}：没有可排名的${scope}（${platform ? '账号文件中没有该平台且在帖子文件中出现的账号' : '帖子文件中没有账号'}），无法计算 ${label}`
      : `${file}：${rows.length} 个${scope}在统计周期内都没有帖子，无法计算 ${label}`,
  );
}
