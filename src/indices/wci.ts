import type { IndexDefinition, IndexDefinitionInput } from './index-definition.js';
import { builtinIndex } from './internal/builtin-index.js';
import { evaluateIndexNamed, type IndexResult } from './evaluate-index.js';

/**
 * WCI — WeChat communication index (微信传播指数) of 清博 (gsdata), every published
 * version as data (SPEC §3). Notation over one account and one period: `d` days,
 * `n` articles, headline (头条, position 1) totals `Rt, Zt, Lt`, per-article maxima
 * `Rmax, Zmax, Lmax`. Inputs are the fields of {@link WciStats}.
 *
 * Sources: gsdata's index pages ("WCI 计算方法" V2.0 … V14.2) and their mirrors, as
 * collected in SPEC §3; the 2.0 worked example (411.4875079) is the provider's own.
 * 14.0/14.1 used headline averages Rt/nt with unpublished weights: not shipped.
 */

const pair = (field: string, scale: number, weights: [number, number, number], per: 'articles' | 'days', total: 'total' | 'perDay') => [
  total === 'total' ? { field, weight: weights[0], scale } : { field, divideBy: 'days', weight: weights[0], scale },
  { field, divideBy: per, weight: weights[1], scale },
  { field: `max${field[0]!.toUpperCase()}${field.slice(1)}`, weight: weights[2], scale },
];

/** g(...) of WCI 13.0 and 14.x: weights per metric and the ×10 of looks/likes/shares. */
const g = (weights: Partial<Record<'reads' | 'looks' | 'likes' | 'shares', number>>, input: (f: string) => { field: string; divideBy?: string }) =>
  Object.entries(weights).map(([f, w]) => ({ ...input(f), weight: w, scale: f === 'reads' ? 1 : 10 }));

const cap = (f: string) => f[0]!.toUpperCase() + f.slice(1);
/** O = g(R/d, …), A = g(R/n, …), H = g(Rt/d, …), P = g(Rmax, …). */
const oahp = (weights: Parameters<typeof g>[0], dimWeights: [number, number, number, number]) => [
  { key: 'O', label: '整体传播力 (overall, per day)', weight: dimWeights[0], terms: g(weights, (f) => ({ field: f, divideBy: 'days' })) },
  { key: 'A', label: '篇均传播力 (per article)', weight: dimWeights[1], terms: g(weights, (f) => ({ field: f, divideBy: 'articles' })) },
  { key: 'H', label: '头条传播力 (headline, per day)', weight: dimWeights[2], terms: g(weights, (f) => ({ field: `headline${cap(f)}`, divideBy: 'days' })) },
  { key: 'P', label: '峰值传播力 (peak article)', weight: dimWeights[3], terms: g(weights, (f) => ({ field: `max${cap(f)}` })) },
];

const GSDATA = '清博指数 (gsdata.cn) WCI 计算方法 page and mirrors';

const DEFINITIONS = {
  '2.0': {
    id: 'wci-2.0', name: 'WCI 2.0', family: 'wci', version: '2.0', source: `${GSDATA}, V2.0 (worked example 411.4875079)`, confidence: 'high',
    requires: 'articles', outer: 'square', multiplier: 10,
    dimensions: [
      { key: 'R', label: '阅读 (reads)', weight: 0.8, terms: pair('reads', 1, [0.4, 0.45, 0.15], 'articles', 'total') },
      { key: 'L', label: '点赞 (likes)', weight: 0.2, terms: pair('likes', 1, [0.4, 0.45, 0.15], 'articles', 'total') },
    ],
  },
  '11': {
    id: 'wci-11', name: 'WCI 11.x', family: 'wci', version: '11', source: `${GSDATA}, V11.x (likes ×10 inside the log)`, confidence: 'medium',
    requires: 'articles', outer: 'square', multiplier: 10,
    dimensions: [
      { key: 'R', label: '阅读 (reads)', weight: 0.8, terms: pair('reads', 1, [0.4, 0.45, 0.15], 'articles', 'total') },
      { key: 'L', label: '点赞 (likes)', weight: 0.2, terms: pair('likes', 10, [0.4, 0.45, 0.15], 'articles', 'total') },
    ],
  },
  '12.0': {
    id: 'wci-12.0', name: 'WCI 12.0', family: 'wci', version: '12.0', source: `${GSDATA}, V12.0 (totals replaced by daily averages)`, confidence: 'high',
    requires: 'articles', outer: 'square', multiplier: 10,
    dimensions: [
      { key: 'R', label: '阅读 (reads)', weight: 0.8, terms: pair('reads', 1, [0.4, 0.45, 0.15], 'articles', 'perDay') },
      { key: 'L', label: '点赞 (likes)', weight: 0.2, terms: pair('likes', 10, [0.4, 0.45, 0.15], 'articles', 'perDay') },
    ],
  },
  '13.0': {
    id: 'wci-13.0', name: 'WCI 13.0', family: 'wci', version: '13.0', source: `${GSDATA}, V13.0 (from 2017-07-01; likes = 点赞)`, confidence: 'high',
    requires: 'articles', outer: 'square', multiplier: 10,
    dimensions: oahp({ reads: 0.85, likes: 0.15 }, [0.3, 0.3, 0.3, 0.1]),
  },
  '14.2': {
    id: 'wci-14.2', name: 'WCI 14.2', family: 'wci', version: '14.2',
    source: `${GSDATA}, V14.2; outer ×1.2×10 = ×12 (some copies print ×10; published 2021–22 values only fit ×12)`, confidence: 'high',
    requires: 'articles', outer: 'square', multiplier: 12,
    dimensions: oahp({ reads: 0.85, looks: 0.09, likes: 0.06 }, [0.6, 0.2, 0.1, 0.1]),
  },
  '14.2-share': {
    id: 'wci-14.2-share', name: 'WCI 14.2 with shares', family: 'wci', version: '14.2-share',
    source: `${GSDATA}, V14.2 variant with shares (转发) at 0.15, reads 0.70`, confidence: 'medium',
    requires: 'articles', outer: 'square', multiplier: 12,
    dimensions: oahp({ reads: 0.7, looks: 0.09, likes: 0.06, shares: 0.15 }, [0.6, 0.2, 0.1, 0.1]),
  },
} satisfies Record<string, IndexDefinitionInput>;

/** The shipped WCI versions. */
export type WciVersion = keyof typeof DEFINITIONS;

/** Every shipped WCI version as a validated definition, by version. */
export const WCI_VERSIONS: Readonly<Record<WciVersion, IndexDefinition>> = Object.freeze(
  Object.fromEntries(Object.entries(DEFINITIONS).map(([k, v]) => [k, builtinIndex(v)])) as Record<WciVersion, IndexDefinition>,
);

/** Per-account, per-period inputs of the WCI (missing optional metrics count as 0). */
export interface WciStats {
  days: number;
  articles: number;
  pushes?: number;
  reads?: number;
  headlineReads?: number;
  maxReads?: number;
  looks?: number;
  headlineLooks?: number;
  maxLooks?: number;
  likes?: number;
  headlineLikes?: number;
  maxLikes?: number;
  shares?: number;
  headlineShares?: number;
  maxShares?: number;
}

/** Options of {@link wci}. */
export interface WciOptions {
  /** Default `'14.2'`, the current published version. */
  version?: WciVersion;
  /** Outer multiplier; default 12 for 14.x, 10 before. */
  multiplier?: number;
  /** Round per-article averages to 1 decimal before the log, as gsdata does (default false). */
  roundAverages?: boolean;
}

/**
 * The WCI of one account over one period, with its explanation: each dimension's
 * value and its contribution to the pre-transform sum (`value = sum² × multiplier`).
 * `value` is `null` when the account published nothing (n = 0); with no headline
 * the headline block H is 0. Complexity O(1).
 * @throws {RangeError} for an unknown `version`, a bad `multiplier`, or a stat that is negative or not finite, or a divisor 0 under a non-zero numerator (named, as {@link evaluateIndex}).
 * @throws {TypeError} when `stats` is not an object.
 * @returns The value (`null` with no article) and each dimension's value and contribution.
 * @example wci({ days: 1, articles: 100, reads: 10000, maxReads: 300, likes: 4000, maxLikes: 60 }, { version: '2.0' }).value // 411.4875078505686
 */
export function wci(stats: Readonly<WciStats>, options: WciOptions = {}): IndexResult {
  const version = options.version ?? '14.2';
  const def = WCI_VERSIONS[version];
  if (!def) throw new RangeError(`wci: unknown version "${String(version)}" (${Object.keys(WCI_VERSIONS).join(', ')})`);
  if (stats === null || typeof stats !== 'object') throw new TypeError('wci: stats must be an object');
  return evaluateIndexNamed(def, stats as unknown as Record<string, number>, options, 'wci');
}
