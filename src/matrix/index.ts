// Public exports of src/matrix: the account matrix (矩阵): coverage, linked publishing, totals, census.
// An explicit list (no `export *`): anything not named here is internal; code inside the
// package imports it by path. The built surface is snapshotted in test/package/exports.snapshot.txt.
export { SAN_YOU_RULES } from './presence-rules.js';
export { matrixCoverage } from './matrix-coverage.js';
export type { CoverageCell, MatrixCoverage, MatrixCoverageOptions } from './matrix-coverage.js';
export { linkedPublishing } from './linked-publishing.js';
export type { EchoMatcher, LinkedPublishing, LinkedPublishingOptions } from './linked-publishing.js';
export { matrixTotals } from './matrix-totals.js';
export type { MatrixTotals, MatrixTotalsOptions } from './matrix-totals.js';
export { census } from './census.js';
export type { CensusOptions, CensusResult } from './census.js';
