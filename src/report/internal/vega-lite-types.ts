import type { Config, TopLevelSpec } from 'vega-lite';
import type { ChartConfig, ChartSpec } from '../chart-spec.js';

// Internal: the chart builders are type-checked against vega-lite's own types and
// handed out as plain `ChartSpec` JSON, so the public declarations never name
// vega-lite (its types stay a build-time concern).
export type { Config, TopLevelSpec };
export const asChartSpec = (spec: TopLevelSpec): ChartSpec => spec as unknown as ChartSpec;
export const asTopLevelSpec = (spec: ChartSpec): TopLevelSpec => spec as unknown as TopLevelSpec;
export const asChartConfig = (config: Config): ChartConfig => config as unknown as ChartConfig;
