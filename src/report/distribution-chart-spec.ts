import type { ChartSpec } from './chart-spec.js';
import { asChartSpec, type TopLevelSpec } from './internal/vega-lite-types.js';
import { CHART_COLORS } from './chart-theme.js';

/** Options of {@link distributionChartSpec}; defaults resolved at the top of it. */
export interface DistributionChartOptions {
  /** Upper bound on the number of bins (vega-lite `maxbins`). Default 20. */
  maxBins?: number;
  /** Axis title of the value. Default `'指数'`. */
  valueTitle?: string;
  title?: string;
}

/**
 * A vega-lite histogram of index values (how scores are spread across accounts).
 * Non-finite and `null` values (accounts without an index) are left out. Binning
 * by vega-lite's nice bins. Our design. Complexity O(n).
 *
 * @throws {RangeError} for a `maxBins` that is not an integer ≥ 2.
 * @returns A vega-lite specification (render with `renderChartSvg`).
 * @example distributionChartSpec([120, 340.5, 512, null]).data // { values: [{ value: 120 }, { value: 340.5 }, { value: 512 }] }
 */
export function distributionChartSpec(values: readonly (number | null)[], options: DistributionChartOptions = {}): ChartSpec {
  const maxBins = options.maxBins ?? 20;
  const valueTitle = options.valueTitle ?? '指数';
  if (!Number.isInteger(maxBins) || maxBins < 2) throw new RangeError(`distributionChartSpec: maxBins must be an integer ≥ 2, got ${maxBins}`);
  return asChartSpec({
    ...(options.title ? { title: options.title } : {}),
    data: { values: values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v)).map((value) => ({ value })) },
    width: 420,
    height: 180,
    mark: { type: 'bar', color: CHART_COLORS.base },
    encoding: {
      x: { field: 'value', type: 'quantitative', bin: { maxbins: maxBins }, title: valueTitle },
      y: { aggregate: 'count', type: 'quantitative', title: '账号数' },
    },
  } satisfies TopLevelSpec);
}
