/**
 * A chart specification: a vega-lite spec as plain JSON (`$schema`, `data`, `mark` or
 * `layer`, `encoding`, `config` …), as the chart builders (`rankingChartSpec` …) return
 * it and `renderChartSvg` takes it. Declared here without vega-lite's types so that the
 * core's type declarations do not require vega-lite's; the builders are checked
 * against vega-lite's `TopLevelSpec` inside. To edit one with full typing, cast it:
 * `spec as unknown as import('vega-lite').TopLevelSpec`.
 */
export interface ChartSpec {
  $schema?: string;
  /** vega-lite `config`; merged over `CHART_CONFIG` when rendered. */
  config?: ChartConfig;
  [key: string]: unknown;
}

/** A vega-lite `config` object (fonts, colours, axis and legend style) as plain JSON. */
export type ChartConfig = Record<string, unknown>;
