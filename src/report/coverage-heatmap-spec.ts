import type { ChartSpec } from './chart-spec.js';
import { asChartSpec, type TopLevelSpec } from './internal/vega-lite-types.js';

/** One cell of the coverage heat map: a unit on a platform. */
export interface CoverageHeatmapCell {
  unit: string;
  platform: string;
  /** e.g. `已开设` / `缺失` / `超出` / `未要求`: the colour legend. */
  status: string;
  /** Accounts the unit has on that platform (printed in the cell). */
  count?: number;
}

/** Options of {@link coverageHeatmapSpec}. */
export interface CoverageHeatmapOptions {
  title?: string;
  /** Status → colour, in legend order. Default: the four statuses of the matrix report. */
  colors?: Readonly<Record<string, string>>;
}

/** Default status colours (our default): covered green, missing red, excess amber, not expected grey. */
export const COVERAGE_STATUS_COLORS: Readonly<Record<string, string>> = {
  已开设: '#27ae60',
  已开设未更新: '#f1c40f',
  缺失: '#c0392b',
  超出: '#e67e22',
  未要求: '#ecf0f1',
};

/**
 * A vega-lite heat map of matrix coverage: units × platforms, each cell coloured
 * by its status (covered, missing, excess …) with the account count printed.
 * Units and platforms keep the order they first appear in. Our design.
 * Complexity O(cells).
 *
 * @returns A vega-lite specification (render with `renderChartSvg`).
 * @example coverageHeatmapSpec([{ unit: '某区政府', platform: '微信', status: '已开设', count: 1 }]).mark // 'rect' in the first layer
 */
export function coverageHeatmapSpec(cells: readonly CoverageHeatmapCell[], options: CoverageHeatmapOptions = {}): ChartSpec {
  const colors = options.colors ?? COVERAGE_STATUS_COLORS;
  const seen = new Set(cells.map((c) => c.status));
  const domain = [...Object.keys(colors).filter((k) => seen.has(k)), ...[...seen].filter((s) => !(s in colors))];
  const range = domain.map((d) => colors[d] ?? '#95a5a6');
  const unique = (xs: string[]) => [...new Set(xs)];
  return asChartSpec({
    ...(options.title ? { title: options.title } : {}),
    data: { values: cells.map((c) => ({ ...c, countText: c.count ? String(c.count) : '' })) },
    width: { step: 56 },
    height: { step: 20 },
    encoding: {
      x: { field: 'platform', type: 'nominal', sort: unique(cells.map((c) => c.platform)), title: null, axis: { orient: 'top', labelAngle: 0 } },
      y: { field: 'unit', type: 'nominal', sort: unique(cells.map((c) => c.unit)), title: null },
    },
    layer: [
      {
        mark: { type: 'rect', stroke: 'white', strokeWidth: 1 },
        encoding: { color: { field: 'status', type: 'nominal', scale: { domain, range }, legend: { title: '状态', orient: 'bottom' } } },
      },
      { mark: { type: 'text', fontSize: 10 }, encoding: { text: { field: 'countText', type: 'nominal' } } },
    ],
  } satisfies TopLevelSpec);
}
