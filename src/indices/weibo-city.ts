import type { IndexDefinition } from './index-definition.js';
import { builtinIndex } from './internal/builtin-index.js';
import { evaluateIndexNamed, type IndexResult } from './evaluate-index.js';

/**
 * Weibo government-account city competitiveness (政务微博城市竞争力), a composite of
 * three ready-made scores: `w1 × 传播力 + w2 × 服务力 + w3 × 互动力`. The weights differ
 * by report edition, so each edition is stored separately. Only editions whose weights
 * we have are shipped.
 */
export const WEIBO_CITY_EDITIONS: Readonly<Record<string, IndexDefinition>> = Object.freeze({
  '2023Q3': builtinIndex({
    id: 'weibo-city-2023Q3', name: '政务微博城市竞争力 (2023 Q3)', family: 'weibo-city', version: '2023Q3', confidence: 'medium',
    source: '人民网舆情数据中心/微博 政务微博影响力报告, 2023 Q3 edition', outer: 'linear', multiplier: 1,
    dimensions: [
      { key: 'reach', label: '传播力', weight: 0.3, terms: [{ field: 'reach', weight: 1, transform: 'identity' }] },
      { key: 'service', label: '服务力', weight: 0.35, terms: [{ field: 'service', weight: 1, transform: 'identity' }] },
      { key: 'interaction', label: '互动力', weight: 0.35, terms: [{ field: 'interaction', weight: 1, transform: 'identity' }] },
    ],
  }),
});

/**
 * A city's Weibo competitiveness from its three dimension scores, for a report edition.
 * @throws {RangeError} for an unknown `edition`, or a score that is negative or not finite.
 * @returns The value and each dimension's contribution.
 * @example weiboCityCompetitiveness({ reach: 80, service: 70, interaction: 60 }).value // 69
 */
export function weiboCityCompetitiveness(
  scores: Readonly<{ reach: number; service: number; interaction: number }>,
  options: { edition?: string } = {},
): IndexResult {
  const edition = options.edition ?? '2023Q3';
  const def = WEIBO_CITY_EDITIONS[edition];
  if (!def) throw new RangeError(`weiboCityCompetitiveness: unknown edition "${edition}" (${Object.keys(WEIBO_CITY_EDITIONS).join(', ')})`);
  return evaluateIndexNamed(def, scores, {}, 'weiboCityCompetitiveness');
}
