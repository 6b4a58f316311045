/**
 * The one definition of the per-account fields (issue 17 item 4, "one pass, one
 * formula"): every statistic an index, an aggregate, a SQL query or the CLI's
 * `index` command can ask of one account over one period. The aggregation kernels
 * (`accumulateAccountFields`, `aggregateByAccount`), the index inputs
 * (`tableFieldsOf`), `toSQL` and the CLI options are all derived from this list.
 *
 * Kinds (SPEC §3 notation in brackets):
 * - `count`: `articles` (n, posts), `pushes` (nt, headline posts = position 1),
 *   `originals` (posts marked original), `originalityUnknown` (posts whose export
 *   did not say whether they are original);
 * - per metric (reads 阅读, looks 在看, likes 点赞, shares 转发, comments 评论):
 *   `sum` (R), `headline` (Rt, headline posts only), `max` (Rmax, largest single
 *   post), `original` (sum over original posts only: BCI's "reposts of originals",
 *   "comments on originals");
 * - `time`: `firstTime`, `lastTime` (epoch ms), `activeDays` (distinct China-time
 *   calendar days with a post).
 *
 * Missing metric values count 0 in sums and do not raise maxima (the providers'
 * convention). An account with no post in range: counts and sums 0, maxima 0,
 * `firstTime` +Infinity, `lastTime` −Infinity, `activeDays` 0.
 */
export const POST_METRICS = ['reads', 'looks', 'likes', 'shares', 'comments'] as const;
/** A metric column of the posts table. */
export type PostMetric = (typeof POST_METRICS)[number];

/** How a metric is folded over an account's posts. */
export type MetricFold = 'sum' | 'headline' | 'max' | 'original';

type Cap<S extends string> = Capitalize<S>;
/** Every per-account field name. */
export type AccountField =
  | 'articles' | 'pushes' | 'originals' | 'originalityUnknown'
  | PostMetric | `headline${Cap<PostMetric>}` | `max${Cap<PostMetric>}` | `original${Cap<PostMetric>}`
  | 'firstTime' | 'lastTime' | 'activeDays';

/** One per-account field: its name, kind, metric and fold (for metric fields) and meaning. */
export interface AccountFieldSpec {
  name: AccountField;
  kind: 'count' | 'metric' | 'time';
  metric?: PostMetric;
  fold?: MetricFold;
  /** English description (docs). */
  description: string;
  /** Chinese label (CLI help, reports): the term the providers' exports use. */
  zh: string;
  /** Chinese unit of the value (篇, 次, 天, 毫秒). */
  unit: string;
}

const cap = <S extends string>(s: S) => (s[0]!.toUpperCase() + s.slice(1)) as Cap<S>;

/**
 * The name of a metric's fold: `metricField('reads', 'headline')` = `'headlineReads'`.
 * @param metric A post metric (`reads` …).
 * @param fold `sum`, `headline`, `max` or `originals`.
 * @returns The per-account field name.
 * @example metricField('reads', 'headline') // 'headlineReads'
 */
export function metricField(metric: PostMetric, fold: MetricFold): AccountField {
  return fold === 'sum' ? metric : (`${fold}${cap(metric)}` as AccountField);
}

/** Chinese names of the metrics (the column headers of 清博/新榜 exports and the 公众平台 back end). */
const POST_METRIC_ZH: Readonly<Record<PostMetric, string>> = Object.freeze({ reads: '阅读数', looks: '在看数', likes: '点赞数', shares: '转发数', comments: '评论数' });

const fold_zh = (m: PostMetric, fold: MetricFold): string =>
  ({ sum: POST_METRIC_ZH[m], headline: `头条${POST_METRIC_ZH[m]}`, max: `单篇最高${POST_METRIC_ZH[m]}`, original: `原创发文的${POST_METRIC_ZH[m]}` })[fold];

const FOLD_TEXT: Record<MetricFold, string> = {
  sum: 'total', headline: 'total over headline posts (position 1)', max: 'largest single-post value', original: 'total over original posts',
};

/** Every per-account field, in a fixed order (counts, sums, headline sums, maxima, original sums, times). */
export const ACCOUNT_FIELDS: readonly AccountFieldSpec[] = Object.freeze([
  { name: 'articles', kind: 'count', description: 'posts (n)', zh: '发文篇数', unit: '篇' },
  { name: 'pushes', kind: 'count', description: 'headline posts (nt, position 1)', zh: '头条篇数（推送次数）', unit: '篇' },
  { name: 'originals', kind: 'count', description: 'original posts', zh: '原创篇数', unit: '篇' },
  ...(['sum', 'headline', 'max', 'original'] as const).flatMap((fold) =>
    POST_METRICS.map((m): AccountFieldSpec => ({ name: metricField(m, fold), kind: 'metric', metric: m, fold, description: `${m}: ${FOLD_TEXT[fold]}`, zh: fold_zh(m, fold), unit: '次' }))),
  { name: 'originalityUnknown', kind: 'count', description: 'posts whose originality the export did not state', zh: '未标明是否原创的篇数', unit: '篇' },
  { name: 'firstTime', kind: 'time', description: 'first publication time (epoch ms)', zh: '首次发文时间', unit: '毫秒（Unix 时间）' },
  { name: 'lastTime', kind: 'time', description: 'last publication time (epoch ms)', zh: '最近发文时间', unit: '毫秒（Unix 时间）' },
  { name: 'activeDays', kind: 'time', description: 'distinct China-time days with a post', zh: '有发文的天数（北京时间）', unit: '天' },
] satisfies AccountFieldSpec[]);

const BY_NAME = new Map(ACCOUNT_FIELDS.map((f) => [f.name, f]));

/**
 * The spec of a per-account field, or `undefined` when the name is not one.
 * @param name A field name.
 * @returns Its spec (kind, metric and fold, description), or undefined.
 * @example accountFieldSpec('maxReads')?.fold // 'max'
 */
export function accountFieldSpec(name: string): AccountFieldSpec | undefined {
  return BY_NAME.get(name as AccountField);
}
