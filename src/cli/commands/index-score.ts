import { Option, type Command } from 'commander';
import { INDEX_CATALOG, indexFields, resolveIndex, type IndexDefinition } from '../../indices/index.js';
// Internal (not in the public surface): by path. evaluateIndexNamed's errors name the command (index).
import { evaluateIndexNamed } from '../../indices/evaluate-index.js';
import { TABLE_FIELD_ALIASES } from '../../indices/table-fields.js';
import { ACCOUNT_FIELDS, accountFieldSpec, POST_METRICS } from '../../stats/account-fields.js';
import type { ReportTable } from '../../report/index.js';
import { CliUsageError } from '../io.js';
import { numberOption } from '../inputs.js';
import type { CommandDefinition } from './command.js';

/**
 * The flag of each index input: the kebab-case of the stat's name, except BCI's
 * `posts` (X1, posts including reposts), which is `--post-count` because `--posts`
 * names the posts FILE in every other command (no flag means two things).
 */
const FLAG_OF: Readonly<Record<string, string>> = { posts: 'post-count' };
const kebab = (s: string) => FLAG_OF[s] ?? s.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
/** The options key commander gives the flag of a stat (`--post-count` → `postCount`). */
const attr = (s: string) => kebab(s).replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
/** Inputs that may be negative (a net loss of fans counts as 0 inside the index). */
const SIGNED = new Set(['newFans', 'fansGained']);

/**
 * Index inputs that are not per-account fields of the posts (those are described by
 * `ACCOUNT_FIELDS`): the period's days, the account records' followers, and weibo-city's
 * three published scores.
 */
const OTHER_INPUTS: Readonly<Record<string, { zh: string; unit: string }>> = {
  days: { zh: '统计周期天数，周 7、月 30、年 365', unit: '天' },
  followers: { zh: '账号粉丝总数', unit: '人' },
  followersGained: { zh: '周期内净增粉丝数，可为负', unit: '人' },
  reach: { zh: '传播力得分', unit: '分' },
  service: { zh: '服务力得分', unit: '分' },
  interaction: { zh: '互动力得分', unit: '分' },
};

/** Every input any catalog index reads, in first-read order (catalog order, then each index's terms). */
const CATALOG_INPUTS = [...new Set(Object.values(INDEX_CATALOG).flatMap((d) => indexFields(d)))];
/** The per-account field (or other source) behind an index input: itself, or its alias (BCI posts → articles …). */
const sourceOf = (s: string): string => (accountFieldSpec(s) ? s : (TABLE_FIELD_ALIASES[s] ?? s));
const FOLDS = ['sum', 'headline', 'max', 'original'] as const;

/**
 * Display (and help) order of the inputs, derived from `ACCOUNT_FIELDS`: days; counts;
 * each metric (in `POST_METRICS` order) as sum, headline sum, maximum, originals' sum; a
 * field's own name before the inputs that alias it; then account-record inputs and other
 * scores in catalog order.
 */
function orderKey(s: string): number[] {
  if (s === 'days') return [0];
  const src = sourceOf(s), spec = accountFieldSpec(src), alias = src === s ? 0 : 1;
  if (spec?.metric && spec.fold) return [2 + POST_METRICS.indexOf(spec.metric), FOLDS.indexOf(spec.fold), alias];
  if (spec) return [1, ACCOUNT_FIELDS.indexOf(spec), alias];
  return [20, CATALOG_INPUTS.indexOf(s)];
}
const byOrder = (a: string, b: string): number => {
  const x = orderKey(a), y = orderKey(b);
  for (let k = 0; k < Math.max(x.length, y.length); k++) if ((x[k] ?? -1) !== (y[k] ?? -1)) return (x[k] ?? -1) - (y[k] ?? -1);
  return a < b ? -1 : a > b ? 1 : 0;
};
/** Every input any catalog index reads. */
const ALL_STATS = [...CATALOG_INPUTS].sort(byOrder);

const FAMILY_ZH: Readonly<Record<string, string>> = { wci: 'WCI', bci: 'BCI', dci: 'DCI', bvci: 'BVCI' };
/**
 * The help of an input's flag, from its field's definition (`ACCOUNT_FIELDS`: Chinese
 * label and unit) or `OTHER_INPUTS`, and the index families that read it.
 */
function helpOf(s: string): string {
  const src = sourceOf(s), spec = accountFieldSpec(src), other = OTHER_INPUTS[src];
  const families = [...new Set(Object.values(INDEX_CATALOG).filter((d) => indexFields(d).includes(s)).map((d) => FAMILY_ZH[d.family] ?? d.family))];
  const what = spec ? `${spec.zh}（${spec.unit}${src === s ? '' : `；即字段 ${src}`}）` : other ? `${other.zh}（${other.unit}）` : s;
  return `${what}；用于 ${families.join('、')}`;
}

/**
 * The index of `govmedia index`: a catalog id (`wci-14.2`, `bci-7var`, `dci`,
 * `bvci-2.0`, `weibo-city-2023Q3`, the README's ids, as in rank and matrix), a
 * WCI version alone (`14.2`), or a family alone: `wci` = `wci-14.2`, `bci` = `bci-7var`
 * (the full BCI; without its 7 inputs it is refused, never computed with zeros).
 * @throws {CliUsageError} naming the known ids
 */
function indexOf(opts: Record<string, unknown>): IndexDefinition {
  const raw = String(opts.index).trim();
  try {
    const family: Record<string, string> = { wci: 'wci-14.2', bci: 'bci-7var' };
    return resolveIndex(INDEX_CATALOG[family[raw.toLowerCase()] ?? raw.toLowerCase()] ?? raw);
  } catch {
    throw new CliUsageError(`--index：未知的指数 ${JSON.stringify(raw)}（应为 ${Object.keys(INDEX_CATALOG).join('、')} 之一；也可只写 WCI 版本号，如 14.2）`);
  }
}

/** `govmedia index`: one index value and its explanation from stats given on the command line. */
export const indexCommand: CommandDefinition = {
  name: 'index',
  description: '由直接给出的统计数计算一个指数值及其计算过程（目录中的任一指数：WCI、BCI、DCI、BVCI、weibo-city）；指数用到的每项输入都须给出',
  example: 'govmedia index --index wci-14.2 --days 30 --articles 121 --reads 823456 --headline-reads 512340 --max-reads 100001 --looks 6543 --headline-looks 4321 --max-looks 1200 --likes 9876 --headline-likes 6543 --max-likes 2100',
  steps: 1,
  options(cmd: Command) {
    cmd
      .option('--index <id>', `指数 ID，同 rank 和 matrix：${Object.keys(INDEX_CATALOG).join('、')}（也可只写 WCI 版本号，如 14.2）`, 'wci-14.2')
      .option('--multiplier <m>', '外层乘数（WCI 14.x 默认 12；有的版本印作 10）')
      .option('--round-averages', '取对数前把篇均值四舍五入到 1 位小数（与清博的做法一致）');
    for (const s of ALL_STATS) cmd.option(`--${kebab(s)} <n>`, helpOf(s));
    // Not an option here: `--posts` is the posts FILE in every other command. Caught (hidden) to say which flag is meant
    // instead of commander's "unknown option … did you mean --reposts?".
    cmd.addOption(new Option('--posts <value>').hideHelp());
  },
  async run(opts, ctx) {
    if (opts.posts !== undefined) throw new CliUsageError('--posts：index 不读帖子文件（--posts 在其他命令中是帖子文件）；BCI 的发博数 X1 请用 --post-count');
    ctx.progress.step('计算');
    const def = indexOf(opts);
    const fields = indexFields(def).sort(byOrder);
    const missing = fields.filter((f) => opts[attr(f)] === undefined);
    // An input left out would be computed as 0 and give a plausible, wrong value: refused, naming every missing flag.
    if (missing.length > 0)
      throw new CliUsageError(`${def.id}：缺少输入 ${missing.map((f) => `--${kebab(f)}`).join(' ')}（${def.name} 读取 ${fields.map((f) => `--${kebab(f)}`).join(' ')}；缺的不按 0 计算）`);
    const unused = ALL_STATS.filter((f) => opts[attr(f)] !== undefined && !fields.includes(f));
    if (unused.length > 0) throw new CliUsageError(`${unused.map((f) => `--${kebab(f)}`).join(' ')}：${def.name} 不使用这些输入`);
    const stats: Record<string, number> = {};
    for (const s of fields) stats[s] = numberOption(`--${kebab(s)}`, opts[attr(s)], SIGNED.has(s) ? {} : { min: 0 })!;
    const multiplier = numberOption('--multiplier', opts.multiplier, { min: 0 });
    const label = def.name;
    const result = evaluateIndexNamed(def, stats, {
      ...(multiplier === undefined ? {} : { multiplier }),
      ...(opts.roundAverages ? { roundAverages: true } : {}),
    }, 'index');
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
      json: { index: def.id, stats, ...result },
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
