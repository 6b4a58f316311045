// Public exports of src/report: browser-safe report engine (tables → CSV/Markdown/HTML,
// charts → SVG via vega-lite + vega, no DOM needed).
export type { ReportColumn, ReportTable } from './report-table.js';
export { formatReportCell } from './format-report-cell.js';
export { isNumericColumn } from './is-numeric-column.js';
export { escapeHtml } from './escape-html.js';
export { reportToCsv, type ReportCsvOptions } from './report-to-csv.js';
export { reportToMarkdown } from './report-to-markdown.js';
// Domain results as Markdown (presentation stays in report/): the census (摸底) of seed 001, the pass rates of seed 004.
export { censusMarkdown } from './census-markdown.js';
export { passRatesMarkdown, type PassRatesMarkdownOptions } from './pass-rates-markdown.js';
// Tables as .xlsx and reports as .docx (write-excel-file and docx loaded lazily, as for the 通报).
export { reportToXlsx, type ReportXlsxOptions } from './report-to-xlsx.js';
export { reportToDocx } from './report-to-docx.js';
export type { ChartSpec, ChartConfig } from './chart-spec.js';
export { CHART_FONT_FAMILY, CHART_COLORS, CHART_CONFIG } from './chart-theme.js';
export { renderChartSvg } from './render-chart-svg.js';
export { rankingChartSpec, type RankingChartRow, type RankingChartOptions } from './ranking-chart-spec.js';
export { distributionChartSpec, type DistributionChartOptions } from './distribution-chart-spec.js';
export { passRateChartSpec, type PassRateBar, type PassRatePanel } from './pass-rate-chart-spec.js';
export { coverageHeatmapSpec, COVERAGE_STATUS_COLORS, type CoverageHeatmapCell, type CoverageHeatmapOptions } from './coverage-heatmap-spec.js';
export { pairHeatmapSpec, type PairCell } from './pair-heatmap-spec.js';
export { renderReportHtml, type ReportDocument, type ReportSection } from './render-report-html.js';
// The quarterly inspection 通报 (issue 14): data, Markdown, HTML, .docx and .xlsx (docx and write-excel-file loaded lazily).
export * from './build-quarterly-report.js';
export { quarterlyReportMarkdown } from './quarterly-report-markdown.js';
export { quarterlyReportHtml } from './quarterly-report-html.js';
export { quarterlyReportDocx } from './quarterly-report-docx.js';
export { quarterlyReportXlsx } from './quarterly-report-xlsx.js';
export { quarterlyReportTables, type QuarterlyReportTables } from './quarterly-report-tables.js';
// One inspection (govmedia inspect and the office app): sample, verdicts, pass rates, tables, document.
export { inspectionReport, type InspectionReport, type InspectionReportOptions } from './inspection-report.js';
// Early warnings (govmedia warn and the office app): warnings, per-unit table, list, document.
export { earlyWarningsReport, type EarlyWarningsReport, type EarlyWarningsReportOptions } from './early-warnings-report.js';
// One account matrix (govmedia matrix and the office app): coverage, echo, totals, tables, document.
export { matrixReport, type MatrixReport, type MatrixReportOptions } from './matrix-report.js';
