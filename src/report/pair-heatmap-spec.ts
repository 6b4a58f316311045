import type { ChartSpec } from './chart-spec.js';
import { asChartSpec, type TopLevelSpec } from './internal/vega-lite-types.js';

/** One directed account pair: share of `a`'s posts with a near-duplicate in `b`. */
export interface PairCell {
  a: string;
  b: string;
  /** In [0, 1]. */
  share: number;
}

/** Options of {@link pairHeatmapSpec}. */
export interface PairHeatmapOptions {
  title?: string;
}

/**
 * A vega-lite heat map of homogeneous account pairs (同质化): rows are the
 * copying account, columns the other, darker = larger share of its posts that
 * are near-duplicates. The share is printed as a percentage. Our design.
 * Complexity O(pairs).
 *
 * @throws {RangeError} for a share outside [0, 1] (naming the pair).
 * @returns A vega-lite specification (render with `renderChartSvg`).
 * @example pairHeatmapSpec([{ a: '甲局发布', b: '乙局发布', share: 0.62 }]).layer.length // 2
 */
export function pairHeatmapSpec(pairs: readonly PairCell[], options: PairHeatmapOptions = {}): ChartSpec {
  for (const p of pairs)
    if (!(p.share >= 0 && p.share <= 1)) throw new RangeError(`pairHeatmapSpec: share must be in [0, 1], got ${p.share} for ${p.a} → ${p.b}`);
  return asChartSpec({
    ...(options.title ? { title: options.title } : {}),
    data: { values: pairs.map((p) => ({ ...p, text: `${Math.round(p.share * 100)}%` })) },
    width: { step: 60 },
    height: { step: 22 },
    encoding: {
      x: { field: 'b', type: 'nominal', title: '对照账号', axis: { orient: 'top', labelAngle: -30 } },
      y: { field: 'a', type: 'nominal', title: '账号' },
    },
    layer: [
      {
        mark: { type: 'rect' },
        encoding: { color: { field: 'share', type: 'quantitative', scale: { scheme: 'reds', domain: [0, 1] }, legend: { title: '重复占比', format: '.0%' } } },
      },
      {
        mark: { type: 'text', fontSize: 10 },
        encoding: {
          text: { field: 'text', type: 'nominal' },
          color: { condition: { test: 'datum.share > 0.6', value: 'white' }, value: 'black' },
        },
      },
    ],
  } satisfies TopLevelSpec);
}
