import type { ChartSpec } from './chart-spec.js';
import { asChartSpec, type TopLevelSpec } from './internal/vega-lite-types.js';
import { CHART_COLORS } from './chart-theme.js';

/** One bar: a group (platform, level …) and its pass rate. */
export interface PassRateBar {
  label: string;
  /** Passed / checked, in [0, 1]; `null` when nothing was checked (no bar). */
  rate: number | null;
  passed?: number;
  checked?: number;
}

/** A panel of the chart: one breakdown (e.g. `按平台`) and its bars. */
export interface PassRatePanel {
  title: string;
  bars: readonly PassRateBar[];
}

/** Options of {@link passRateChartSpec}. */
export interface PassRateChartOptions {
  title?: string;
  /** Axis title of the rate. */
  rateTitle?: string;
}

/**
 * A vega-lite chart of pass rates (合格率): one panel of horizontal bars per
 * breakdown (by platform, by level …, the shape of the provincial inspection
 * reports, seed 004), the rate printed as a percentage with `passed/checked`.
 * The rate axis is fixed to 0–100 % so panels compare; `rateTitle` names it (default
 * `合格率`; e.g. `占比` for census shares). Our design. Complexity O(bars).
 *
 * @throws {RangeError} when no panel is given.
 * @returns A vega-lite specification (render with `renderChartSvg`).
 * @example passRateChartSpec([{ title: '按平台', bars: [{ label: '微信', rate: 0.9, passed: 9, checked: 10 }] }]).vconcat.length // 1
 */
export function passRateChartSpec(panels: readonly PassRatePanel[], options: PassRateChartOptions = {}): ChartSpec {
  const rateTitle = options.rateTitle ?? '合格率';
  if (panels.length === 0) throw new RangeError('passRateChartSpec: at least one panel is needed');
  return asChartSpec({
    ...(options.title ? { title: options.title } : {}),
    vconcat: panels.map((p) => ({
      title: p.title,
      data: {
        values: p.bars
          .filter((b) => typeof b.rate === 'number' && Number.isFinite(b.rate))
          .map((b) => ({
            label: b.label,
            rate: b.rate,
            text: `${((b.rate ?? 0) * 100).toFixed(1)}%` + (b.checked === undefined ? '' : ` (${b.passed ?? '?'}/${b.checked})`),
          })),
      },
      width: 360,
      height: { step: 20 },
      encoding: {
        y: { field: 'label', type: 'nominal', sort: null, title: null },
        x: { field: 'rate', type: 'quantitative', title: rateTitle, scale: { domain: [0, 1] }, axis: { format: '.0%' } },
      },
      layer: [
        { mark: { type: 'bar', color: CHART_COLORS.highlight } },
        { mark: { type: 'text', align: 'left', dx: 3, fontSize: 10 }, encoding: { text: { field: 'text', type: 'nominal' } } },
      ],
    })),
  } as TopLevelSpec);
}
