/**
 * govmedia — influence indices and supervision analytics for government new-media
 * accounts (政务新媒体). The isomorphic core: no Node built-ins below this file,
 * so it runs unchanged in a browser. File readers live in `govmedia/node`.
 *
 * Data flow: ingest → columnar table → per-account stats → indices →
 * activity / inspection / homogeneity / matrix → ranking and shortlists → reports.
 */
export * from './model/index.js';
export * from './ingest/index.js';
export * from './table/index.js';
export * from './time/index.js';
export * from './stats/index.js';
export * from './indices/index.js';
export * from './calendar/index.js';
export * from './activity/index.js';
export * from './inspection/index.js';
export * from './homogeneity/index.js';
export * from './matrix/index.js';
export * from './ranking/index.js';
export * from './report/index.js';
export * from './sample/index.js';
export * from './interop/index.js';
export * from './content/index.js';
