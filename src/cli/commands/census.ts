import { census } from '../../matrix/index.js';
import { passRateChartSpec, type ReportTable } from '../../report/index.js';
import { numberOption } from '../inputs.js';
import type { CommandDefinition } from './command.js';
import { accountsOption, loadAccounts, loadPosts, periodJson, refuseIneffective, runPeriod } from './shared.js';

/** `govmedia census`: the survey (摸底) table of seed 001 from the account list (and posts). */
export const censusCommand: CommandDefinition = {
  name: 'census',
  description: '账号摸底：按平台和层级计数、粉丝超过 1 万的账号、日均发布 2 条以上的比例、有办事服务功能的比例',
  example: 'govmedia census --accounts examples/data/accounts.csv --posts examples/data/posts.csv --format md',
  steps: 4,
  options(cmd) {
    accountsOption(cmd, true);
    cmd
      .option('--posts <file>', '帖子文件，用于统计日均发布至少 --min-posts-per-day 条的账号比例')
      .option('-p, --period <period>', '日均发布的统计周期（2024-09、2024-Q3 即 2024-07-01~2024-09-30 …）；默认：帖子的全部日期范围')
      .option('--follower-threshold <n>', '粉丝数门槛（默认 10000：“粉丝数量超过1万”）')
      .option('--min-posts-per-day <n>', '日均发布条数（默认 2：“日均发布2条以上”）');
  },
  async run(opts, ctx) {
    refuseIneffective(opts.period !== undefined && opts.posts === undefined, '--period', '只用于按帖子统计日均发布（需要 --posts）；请同时给 --posts，或去掉 --period');
    refuseIneffective(opts.minPostsPerDay !== undefined && opts.posts === undefined, '--min-posts-per-day', '需要 --posts（日均发布按帖子统计）');
    const followers = numberOption('--follower-threshold', opts.followerThreshold, { min: 0 });
    const perDay = numberOption('--min-posts-per-day', opts.minPostsPerDay, { min: 0 });
    const accounts = (await loadAccounts(opts, ctx))!;
    const posts = opts.posts === undefined ? undefined : await loadPosts(opts, ctx);
    const period = posts ? runPeriod(opts, posts) : null;
    ctx.progress.step('统计');
    const c = census(accounts, posts, {
      ...(followers === undefined ? {} : { followerThreshold: followers }),
      ...(perDay === undefined ? {} : { minPostsPerDay: perDay }),
      ...(period ? { period } : {}),
    });
    const rows = [
      { item: '账号总数', count: c.accountCount, share: 1 },
      ...c.byPlatform.map((p) => ({ item: `平台：${p.label}`, count: p.count, share: p.share })),
      ...c.byLevel.map((l) => ({ item: `层级：${l.label}`, count: l.count, share: l.share })),
      { item: `粉丝超过${c.aboveFollowerThreshold.threshold}`, count: c.aboveFollowerThreshold.count, share: c.aboveFollowerThreshold.share },
      ...(c.postingAtLeast ? [{ item: `日均发布${c.postingAtLeast.perDay}条以上`, count: c.postingAtLeast.count, share: c.postingAtLeast.share }] : []),
      { item: '具备服务功能', count: c.withServices.count, share: c.withServices.share },
    ];
    const table: ReportTable = {
      title: `政务新媒体摸底统计${period ? `（${period.label}）` : ''}`,
      columns: [{ key: 'item', label: '项目' }, { key: 'count', label: '数量' }, { key: 'percent', label: '占比', align: 'right' }],
      // Percent half up to 1 decimal, as the census itself prints it (seed 001: 59.7%).
      rows: rows.map((r) => ({ ...r, percent: `${(Math.round(r.share * 1000 + 1e-9) / 10).toFixed(1)}%` })),
    };
    const bars = (xs: readonly { label: string; count: number; share: number }[]) => xs.map((x) => ({ label: x.label, rate: x.share, passed: x.count, checked: c.accountCount }));
    return {
      json: { period: periodJson(period), ...c },
      table,
      report: {
        title: '政务新媒体摸底统计',
        ...(period ? { subtitle: `发布统计周期 ${period.label}（${period.days} 天）` } : {}),
        sections: [
          { kind: 'chart', title: '账号分布', spec: passRateChartSpec([{ title: '按平台', bars: bars(c.byPlatform) }, { title: '按层级', bars: bars(c.byLevel) }], { rateTitle: '占比' }) },
          { kind: 'table', title: '摸底统计表', table },
        ],
      },
    };
  },
};
