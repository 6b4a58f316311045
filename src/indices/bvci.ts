import type { IndexDefinition } from './index-definition.js';
import { builtinIndex } from './internal/builtin-index.js';
import { evaluateIndexNamed, type IndexResult } from './evaluate-index.js';

/**
 * BVCI 2.0 — Bilibili video communication index (清博): `(.15 ln(X1+1) + .25 ln(X2+1)
 * + .30 ln(X3+1) + .18 ln(X4+1) + .12 ln(X5+1)) × 100`, X1 videos, X2 plays per day,
 * X3 comments per day, X4 total fans, X5 fans gained. Confidence: medium (provider page
 * mirrors, no worked example).
 */
export const BVCI: IndexDefinition = builtinIndex({
  id: 'bvci-2.0', name: 'BVCI 2.0', family: 'bvci', version: '2.0', confidence: 'medium',
  source: '清博指数 BVCI 2.0 (Bilibili) provider page mirrors', requires: 'videos', outer: 'linear', multiplier: 100,
  dimensions: [
    {
      key: 'B', label: 'B站传播力', weight: 1,
      terms: [
        { field: 'videos', weight: 0.15 }, { field: 'plays', divideBy: 'days', weight: 0.25 }, { field: 'comments', divideBy: 'days', weight: 0.3 },
        { field: 'fans', weight: 0.18 }, { field: 'fansGained', weight: 0.12, min: 0 },
      ],
    },
  ],
});

/** Inputs of the BVCI. */
export interface BvciStats { days: number; videos: number; plays?: number; comments?: number; fans?: number; fansGained?: number }

/**
 * The BVCI 2.0 of one Bilibili account over one period (null with no video).
 * @throws {RangeError} for a stat that is negative or not finite, or `days` 0 under a non-zero numerator (named, as {@link evaluateIndex}).
 * @returns The value (`null` with no video) and each dimension's value and contribution.
 * @example bvci({ days: 7, videos: 0 }).value // null
 */
export function bvci(stats: Readonly<BvciStats>): IndexResult {
  return evaluateIndexNamed(BVCI, stats as unknown as Record<string, number>, {}, 'bvci');
}
