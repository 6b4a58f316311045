// Public exports of src/report: presentation: report tables → CSV / Markdown / HTML, charts, the quarterly 通报 (docx/xlsx loaded lazily).
// An explicit list (no `export *`): anything not named here is internal; code inside the
// package imports it by path. The built surface is snapshotted in test/package/exports.snapshot.txt.
export type { ReportColumn, ReportTable } from './report-table.js';
export { formatReportCell } from './format-report-cell.js';
export { isNumericColumn } from './is-numeric-column.js';
export { reportToCsv } from './report-to-csv.js';
export type { ReportCsvOptions } from './report-to-csv.js';
export { reportToMarkdown } from './report-to-markdown.js';
// Domain results as Markdown (presentation stays in report/): the census (摸底) of seed 001, the pass rates of seed 004.
export { censusMarkdown } from './census-markdown.js';
export { passRatesMarkdown } from './pass-rates-markdown.js';
export type { PassRatesMarkdownOptions } from './pass-rates-markdown.js';
// Tables as .xlsx and reports as .docx (write-excel-file and docx loaded lazily, as for the 通报).
export { reportToXlsx } from './report-to-xlsx.js';
export type { ReportXlsxOptions } from './report-to-xlsx.js';
export { reportToDocx } from './report-to-docx.js';
export type { ChartConfig, ChartSpec } from './chart-spec.js';
export { renderChartSvg } from './render-chart-svg.js';
export { rankingChartSpec } from './ranking-chart-spec.js';
export type { RankingChartOptions, RankingChartRow } from './ranking-chart-spec.js';
export { distributionChartSpec } from './distribution-chart-spec.js';
export type { DistributionChartOptions } from './distribution-chart-spec.js';
export { passRateChartSpec } from './pass-rate-chart-spec.js';
export type { PassRateBar, PassRatePanel } from './pass-rate-chart-spec.js';
export { COVERAGE_STATUS_COLORS, coverageHeatmapSpec } from './coverage-heatmap-spec.js';
export type { CoverageHeatmapCell, CoverageHeatmapOptions } from './coverage-heatmap-spec.js';
export { pairHeatmapSpec } from './pair-heatmap-spec.js';
export type { PairCell } from './pair-heatmap-spec.js';
export { renderReportHtml } from './render-report-html.js';
export type { ReportDocument, ReportSection } from './render-report-html.js';
export { quarterlyReportMarkdown } from './quarterly-report-markdown.js';
export { quarterlyReportHtml } from './quarterly-report-html.js';
export { quarterlyReportDocx } from './quarterly-report-docx.js';
export { quarterlyReportXlsx } from './quarterly-report-xlsx.js';
export { quarterlyReportTables } from './quarterly-report-tables.js';
export type { QuarterlyReportTables } from './quarterly-report-tables.js';
export { buildQuarterlyReport } from './build-quarterly-report.js';
export type { HostGroup, QuarterlyReport, QuarterlyReportInput, QuarterlyRow } from './build-quarterly-report.js';
// One inspection (govmedia inspect and the office app): sample, verdicts, pass rates, tables, document.
export { inspectionReport, type InspectionReport, type InspectionReportOptions } from './inspection-report.js';
// Early warnings (govmedia warn and the office app): warnings, per-unit table, list, document.
export { earlyWarningsReport, type EarlyWarningsReport, type EarlyWarningsReportOptions } from './early-warnings-report.js';
// One account matrix (govmedia matrix and the office app): coverage, echo, totals, tables, document.
export { matrixReport, type MatrixReport, type MatrixReportOptions } from './matrix-report.js';
// One content check with rectification (govmedia check and the office app): findings, 整改, findings file, tables, document.
export { contentCheckReport, type ContentCheckReport, type ContentCheckReportOptions, type ContentFindingsFile } from './content-check-report.js';
// Homogeneity (govmedia homogeneity and the office app): pairs, merge advice, high overlap, document.
export { homogeneityReport, type HomogeneityReport, type HomogeneityReportOptions } from './homogeneity-report.js';
// The quarterly 通报 from data (govmedia report and the office app): sample, inspect, registry, 通报, tables, document.
export { quarterlyInspectionReport, type QuarterlyInspectionReport, type QuarterlyInspectionReportOptions } from './quarterly-inspection-report.js';
// A 十佳 shortlist (govmedia shortlist and the office app): rank, inspect, join, shortlist, tables, document.
export { shortlistReport, type ShortlistReport, type ShortlistReportOptions } from './shortlist-report.js';
