import type { IndexDefinition } from './index-definition.js';
import { builtinIndex } from './internal/builtin-index.js';
import { evaluateIndexNamed, type IndexResult } from './evaluate-index.js';

/**
 * BCI — Weibo communication index (微博传播指数) of 清博 (gsdata), two published
 * variants (SPEC §3). No day normalisation. Never infer one variant's inputs from the
 * other's: they are different counts.
 *
 * 7var: `W1 = .30 ln(X1+1) + .70 ln(X2+1)`, `W2 = .20 ln(X3+1) + .20 ln(X4+1) + .25 ln(X5+1)
 * + .25 ln(X6+1) + .10 ln(X7+1)`, `BCI = (.2 W1 + .8 W2) × 160` with X1 posts (incl.
 * reposts), X2 original posts, X3 reposts received, X4 comments received, X5 reposts of
 * originals, X6 comments on originals, X7 likes.
 * 4var: `W1 = ln(posts+1)`, `W2 = .4 ln(reposts+1) + .4 ln(comments+1) + .2 ln(likes+1)`.
 */
export const BCI_VARIANTS: Readonly<Record<'7var' | '4var', IndexDefinition>> = Object.freeze({
  '7var': builtinIndex({
    id: 'bci-7var', name: 'BCI (7 variables)', family: 'bci', version: '7var', confidence: 'high',
    source: '清博指数 (gsdata.cn) BCI 计算方法, 7-variable form', requires: 'posts', outer: 'linear', multiplier: 160,
    dimensions: [
      { key: 'W1', label: '活跃度 (activity)', weight: 0.2, terms: [{ field: 'posts', weight: 0.3 }, { field: 'originalPosts', weight: 0.7 }] },
      {
        key: 'W2', label: '传播度 (reach)', weight: 0.8,
        terms: [
          { field: 'reposts', weight: 0.2 }, { field: 'comments', weight: 0.2 }, { field: 'originalReposts', weight: 0.25 },
          { field: 'originalComments', weight: 0.25 }, { field: 'likes', weight: 0.1 },
        ],
      },
    ],
  }),
  '4var': builtinIndex({
    id: 'bci-4var', name: 'BCI (4 variables)', family: 'bci', version: '4var', confidence: 'medium',
    source: 'published 4-variable BCI variant (清博 mirrors), same outer (.2 W1 + .8 W2) × 160', requires: 'posts', outer: 'linear', multiplier: 160,
    dimensions: [
      { key: 'W1', label: '活跃度 (activity)', weight: 0.2, terms: [{ field: 'posts', weight: 1 }] },
      { key: 'W2', label: '传播度 (reach)', weight: 0.8, terms: [{ field: 'reposts', weight: 0.4 }, { field: 'comments', weight: 0.4 }, { field: 'likes', weight: 0.2 }] },
    ],
  }),
});

/** Inputs of the 7-variable BCI. */
export interface Bci7Stats { posts: number; originalPosts?: number; reposts?: number; comments?: number; originalReposts?: number; originalComments?: number; likes?: number }
/** Inputs of the 4-variable BCI. */
export interface Bci4Stats { posts: number; reposts?: number; comments?: number; likes?: number }

/** Options of {@link bci}. */
export interface BciOptions {
  /** `'7var'` (default) or `'4var'`. */
  variant?: '7var' | '4var';
}

/**
 * The BCI of one Weibo account over one period, explained by W1 and W2.
 * `value` is `null` with no post. Default variant `'7var'`. Complexity O(1).
 * @throws {RangeError} for an unknown `variant`, or a stat that is negative or not finite (named, as {@link evaluateIndex}).
 * @throws {TypeError} when `stats` is not an object.
 * @returns The value (`null` with no post) and each dimension's value and contribution.
 * @example bci({ posts: 320, reposts: 1500, comments: 2100, likes: 9800 }, { variant: '4var' }).value // ≈ 1186.1158955
 */
export function bci(stats: Readonly<Bci7Stats | Bci4Stats>, options: BciOptions = {}): IndexResult {
  const variant = options.variant ?? '7var';
  const def = BCI_VARIANTS[variant];
  if (!def) throw new RangeError(`bci: unknown variant "${String(variant)}" ('7var' or '4var')`);
  if (stats === null || typeof stats !== 'object') throw new TypeError('bci: stats must be an object');
  return evaluateIndexNamed(def, stats as unknown as Record<string, number>, {}, 'bci');
}
