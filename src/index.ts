/**
 * govmedia — influence indices and supervision analytics for government new-media
 * accounts (政务新媒体). The isomorphic core: no Node built-ins below this file,
 * so it runs unchanged in a browser. File readers live in `govmedia/node`.
 *
 * Data flow: ingest → columnar table → per-account stats → indices →
 * activity / inspection / content / homogeneity / matrix → ranking and shortlists → reports.
 *
 * The public surface is curated in each module's barrel (src/<module>/index.ts), an
 * explicit export list; anything not named there is internal. This file re-exports
 * those barrels whole, grouped by that flow. (Not one more explicit list here: esbuild's
 * code splitting keeps a named re-export of a module that a lazily loaded chunk shares —
 * the CSV/JSON/workbook readers — so `import { wci }` loaded ~20 KB gzip of readers;
 * star re-exports of the curated barrels do not; test/package/bundle-size.test.ts.)
 * The built declarations are snapshotted (test/package/exports.snapshot.txt): a change
 * to the surface is a visible diff there; update it with UPDATE_EXPORTS=1 (README
 * "Development").
 */

// Records, parsing at the boundary, errors, China time
export * from './model/index.js';

// Ingest: exports → tables and records
export * from './ingest/index.js';

// Table: the columnar posts table
export * from './table/index.js';

// Time: periods and the working calendar
export * from './time/index.js';
export * from './calendar/index.js';

// Per-account fields and aggregates
export * from './stats/index.js';

// Indices: WCI, BCI, BVCI, DCI, scoring, SQL
export * from './indices/index.js';

// Activity
export * from './activity/index.js';

// Inspection (抽查)
export * from './inspection/index.js';

// Content checks
export * from './content/index.js';

// Homogeneity (同质化)
export * from './homogeneity/index.js';

// Matrix (矩阵)
export * from './matrix/index.js';

// Ranking and shortlists
export * from './ranking/index.js';

// Report: tables, charts, the quarterly 通报
export * from './report/index.js';

// Sample data
export * from './sample/index.js';

// Interop: Parquet, Arrow, SQL DDL
export * from './interop/index.js';
