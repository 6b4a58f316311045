import type { ChartConfig } from './chart-spec.js';
import { asChartConfig } from './internal/vega-lite-types.js';

/**
 * Font stack for charts: CJK-capable fonts first so Chinese labels render on
 * Linux (Noto Sans CJK, Debian `fonts-noto-cjk`), Windows (Microsoft YaHei) and
 * macOS (PingFang SC), then the generic fallback. Our default.
 */
export const CHART_FONT_FAMILY = '"Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC", sans-serif';

/** Colours of the report charts: highlighted (e.g. the top ten) and the rest. Our default. */
export const CHART_COLORS = { highlight: '#c0392b', base: '#7f8c8d', scheme: 'blues' } as const;

/** The vega-lite config every report chart is rendered with (fonts, sizes, no view border). */
export const CHART_CONFIG: ChartConfig = asChartConfig({
  font: CHART_FONT_FAMILY,
  view: { stroke: null },
  axis: { labelFontSize: 11, titleFontSize: 12, labelLimit: 240 },
  legend: { labelFontSize: 11, titleFontSize: 12 },
  title: { fontSize: 14, anchor: 'start' },
});
