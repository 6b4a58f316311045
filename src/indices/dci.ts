import type { IndexDefinition } from './index-definition.js';
import { builtinIndex } from './internal/builtin-index.js';
import { evaluateIndexNamed, type IndexResult } from './evaluate-index.js';

/**
 * DCI — Douyin communication index. LOW CONFIDENCE: reconstructed from secondary
 * mirrors of the provider's description, never checked against a published value.
 * `[.10 ln(X1+1) + .76 (.17 ln(X2+1) + .37 ln(X3+1) + .46 ln(X4+1)) + .14 (.11 ln(X5+1)
 * + .89 ln(X6+1))] × 100`, X1 videos, X2 likes, X3 comments, X4 shares, X5 new fans
 * (negative → 0), X6 total fans.
 */
export const DCI: IndexDefinition = builtinIndex({
  id: 'dci', name: 'DCI (Douyin)', family: 'dci', version: '1', confidence: 'low',
  source: 'secondary mirrors of the 清博 DCI description (SPEC §3); low confidence', requires: 'videos', outer: 'linear', multiplier: 100,
  dimensions: [
    { key: 'production', label: '发布', weight: 0.1, terms: [{ field: 'videos', weight: 1 }] },
    { key: 'interaction', label: '互动', weight: 0.76, terms: [{ field: 'likes', weight: 0.17 }, { field: 'comments', weight: 0.37 }, { field: 'shares', weight: 0.46 }] },
    { key: 'fans', label: '粉丝', weight: 0.14, terms: [{ field: 'newFans', weight: 0.11, min: 0 }, { field: 'fans', weight: 0.89 }] },
  ],
});

/** Inputs of the DCI. `newFans` may be negative (a net loss counts as 0). */
export interface DciStats { videos: number; likes?: number; comments?: number; shares?: number; newFans?: number; fans?: number }

/**
 * The DCI of one Douyin account over one period (null with no video). Low confidence.
 * @throws {RangeError} for a stat that is negative or not finite (named, as {@link evaluateIndex}).
 * @returns The value (`null` with no video) and each dimension's value and contribution.
 * @example dci({ videos: 0 }).value // null
 */
export function dci(stats: Readonly<DciStats>): IndexResult {
  return evaluateIndexNamed(DCI, stats as unknown as Record<string, number>, {}, 'dci');
}
