import type { Command } from 'commander';
import { bci, BCI_VARIANTS, resolveIndex, wci, WCI_VERSIONS, type WciVersion } from '../../indices/index.js';
import type { ReportTable } from '../../report/index.js';
import { CliUsageError } from '../io.js';
import { numberOption } from '../inputs.js';
import type { CommandDefinition } from './command.js';

/** The stats `wci(stats, { version })` reads (issue 3's fixed names), in help order. */
const WCI_STATS = [
  'days', 'articles', 'pushes', 'reads', 'headlineReads', 'maxReads', 'looks', 'headlineLooks', 'maxLooks',
  'likes', 'headlineLikes', 'maxLikes', 'shares', 'headlineShares', 'maxShares',
] as const;
/** The stats `bci(stats, { variant })` reads. */
const BCI_STATS = ['posts', 'originalPosts', 'reposts', 'comments', 'originalReposts', 'originalComments', 'likes'] as const;

const kebab = (s: string) => s.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
const HELP: Record<string, string> = {
  days: 'd, days in the period (week 7, month 30, year 365)', articles: 'n, articles published', pushes: 'nt, pushes (headline articles)',
  reads: 'R, total reads (阅读)', headlineReads: 'Rt, headline reads', maxReads: 'Rmax, largest single-article reads',
  looks: 'Z, total looks (在看)', headlineLooks: 'Zt', maxLooks: 'Zmax', likes: 'L, total likes (点赞); BCI: likes received',
  headlineLikes: 'Lt', maxLikes: 'Lmax', shares: 'RE, total shares (转发)', headlineShares: 'REt', maxShares: 'REmax',
  posts: 'BCI: posts including reposts (X1)', originalPosts: 'BCI: original posts (X2)', reposts: 'BCI: reposts received (X3)',
  comments: 'BCI: comments received (X4)', originalReposts: 'BCI: reposts of originals (X5)', originalComments: 'BCI: comments on originals (X6)',
};

/** The index id of `--index` (WCI versions and BCI variants: the indices computable from stats given directly). */
function indexId(raw: string): string {
  let def;
  try { def = resolveIndex(raw.toLowerCase()); } catch { def = undefined; }
  const ok = def !== undefined && (Object.values(WCI_VERSIONS).some((d) => d.id === def.id) || Object.values(BCI_VARIANTS).some((d) => d.id === def.id));
  if (!ok) throw new CliUsageError(`--index: expected one of ${[...Object.values(WCI_VERSIONS), ...Object.values(BCI_VARIANTS)].map((d) => d.id).join(', ')}, got ${JSON.stringify(raw)}`);
  return def!.id;
}

/** `govmedia index`: one index value and its explanation from stats given on the command line. */
export const indexCommand: CommandDefinition = {
  name: 'index',
  description: 'compute one index value (WCI, BCI) and its explanation from statistics given directly',
  example: 'govmedia index --index wci-14.2 --days 30 --articles 121 --reads 823456 --headline-reads 512340 --max-reads 100001 --looks 6543 --headline-looks 4321 --max-looks 1200 --likes 9876 --headline-likes 6543 --max-likes 2100',
  steps: 1,
  options(cmd: Command) {
    cmd
      .option('--index <id>', `index id, as in rank and matrix: ${[...Object.values(WCI_VERSIONS), ...Object.values(BCI_VARIANTS)].map((d) => d.id).join(', ')} (a WCI version alone, e.g. 14.2, also works)`, 'wci-14.2')
      .option('--multiplier <m>', 'outer multiplier (WCI 14.x: 12 by default; some copies print 10)')
      .option('--round-averages', 'round per-article averages to 1 decimal before the log, as the provider does');
    for (const s of [...new Set<string>([...WCI_STATS, ...BCI_STATS])]) cmd.option(`--${kebab(s)} <n>`, HELP[s] ?? s);
  },
  async run(opts, ctx) {
    ctx.progress.step('计算');
    const id = indexId(String(opts.index));
    const index = id.startsWith('wci-') ? 'wci' : 'bci';
    const names = index === 'wci' ? WCI_STATS : BCI_STATS;
    const stats: Record<string, number> = {};
    for (const s of names) {
      const v = numberOption(`--${kebab(s)}`, opts[s], { min: 0 });
      if (v !== undefined) stats[s] = v;
    }
    const version = id.slice('wci-'.length);
    const variant = id.slice('bci-'.length);
    const multiplier = numberOption('--multiplier', opts.multiplier, { min: 0 });
    const label = index === 'wci' ? `WCI ${version}` : `BCI ${variant}`;
    const result =
      index === 'wci'
        ? wci({ days: 0, articles: 0, ...stats }, {
            version: version as WciVersion,
            ...(multiplier === undefined ? {} : { multiplier }),
            ...(opts.roundAverages ? { roundAverages: true } : {}),
          })
        : bci({ posts: 0, ...stats }, { variant: variant as '7var' | '4var' });
    const dims = Object.entries(result.dimensions);
    const table: ReportTable = {
      title: `${label} = ${result.value === null ? '无指数（本期无发文）' : result.value.toFixed(4)}（变换前合计 ${result.sum.toFixed(6)}）`,
      columns: [
        { key: 'dimension', label: '维度' },
        { key: 'value', label: '值', digits: 4 },
        { key: 'contribution', label: '贡献', digits: 4 },
      ],
      rows: dims.map(([dimension, d]) => ({ dimension, value: d.value, contribution: d.contribution })),
    };
    return {
      json: { index: id, stats, ...result },
      table,
      report: {
        title: label,
        subtitle: table.title,
        sections: [
          { kind: 'facts', title: '输入', facts: Object.entries(stats) },
          { kind: 'table', title: '各维度', table },
        ],
      },
    };
  },
};
