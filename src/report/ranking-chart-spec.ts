import type { ChartSpec } from './chart-spec.js';
import { asChartSpec, type TopLevelSpec } from './internal/vega-lite-types.js';
import { CHART_COLORS } from './chart-theme.js';

/** One bar of a ranking chart. */
export interface RankingChartRow {
  /** Account name (or id) shown on the axis. */
  label: string;
  /** Score; `null` (no index) rows are left out of the chart. */
  value: number | null;
  /** Rank (1 = best); default: position after sorting by value, descending. */
  rank?: number;
}

/** Options of {@link rankingChartSpec}; defaults resolved at the top of it. */
export interface RankingChartOptions {
  /** Ranks 1..topN are highlighted (十佳 = 10). Default 10. */
  topN?: number;
  /** At most this many bars (best first). Default 30. */
  maxBars?: number;
  /** Axis title of the score. Default `'指数'`. */
  valueTitle?: string;
  title?: string;
}

/**
 * A vega-lite horizontal bar chart of a ranking: best first, ranks `1..topN`
 * highlighted (the top ten by default), at most `maxBars` bars, the score printed
 * at each bar's end. Render it with `renderChartSvg`. Our design. Complexity
 * O(n log n) for the sort.
 *
 * @throws {RangeError} for a `topN` that is not a non-negative integer or a `maxBars` that is not a positive integer.
 * @returns A vega-lite specification (render with `renderChartSvg`).
 * @example rankingChartSpec([{ label: '青岛发布', value: 812.3 }, { label: '西海岸发布', value: 640.1 }]).mark
 * // undefined (a layered spec: bars + labels); .layer.length === 2
 */
export function rankingChartSpec(rows: readonly RankingChartRow[], options: RankingChartOptions = {}): ChartSpec {
  const top = options.topN ?? 10;
  const maxBars = options.maxBars ?? 30;
  const valueTitle = options.valueTitle ?? '指数';
  if (!Number.isInteger(top) || top < 0) throw new RangeError(`rankingChartSpec: topN must be a non-negative integer, got ${top}`);
  if (!Number.isInteger(maxBars) || maxBars < 1) throw new RangeError(`rankingChartSpec: maxBars must be a positive integer, got ${maxBars}`);
  const scored = rows.filter((r): r is RankingChartRow & { value: number } => typeof r.value === 'number' && Number.isFinite(r.value));
  const sorted = [...scored].sort((a, b) => b.value - a.value);
  const values = sorted.slice(0, maxBars).map((r, i) => {
    const rank = r.rank ?? i + 1;
    return { label: `${rank}. ${r.label}`, value: r.value, rank, group: rank <= top ? `前${top}名` : '其他' };
  });
  return asChartSpec({
    ...(options.title ? { title: options.title } : {}),
    data: { values },
    width: 420,
    height: { step: 18 },
    encoding: {
      y: { field: 'label', type: 'nominal', sort: null, title: null },
      x: { field: 'value', type: 'quantitative', title: valueTitle },
    },
    layer: [
      {
        mark: { type: 'bar' },
        encoding: {
          color: {
            field: 'group',
            type: 'nominal',
            scale: { domain: [`前${top}名`, '其他'], range: [CHART_COLORS.highlight, CHART_COLORS.base] },
            legend: { title: null, orient: 'bottom' },
          },
        },
      },
      { mark: { type: 'text', align: 'left', dx: 3, fontSize: 10 }, encoding: { text: { field: 'value', type: 'quantitative', format: '.1f' } } },
    ],
  } satisfies TopLevelSpec);
}
