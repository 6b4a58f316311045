// Public exports of src/indices: influence indices (WCI, BCI, BVCI, DCI, Weibo city), index definitions, scoring and SQL.
// An explicit list (no `export *`): anything not named here is internal; code inside the
// package imports it by path. The built surface is snapshotted in test/package/exports.snapshot.txt.
export { indexFields } from './index-definition.js';
export type { IndexDefinition, IndexDefinitionInput } from './index-definition.js';
export { defineIndex } from './define-index.js';
export { evaluateIndex } from './evaluate-index.js';
export type { DimensionExplanation, EvaluateOptions, IndexResult } from './evaluate-index.js';
export { wci } from './wci.js';
export type { WciOptions, WciStats, WciVersion } from './wci.js';
export { bci } from './bci.js';
export type { Bci4Stats, Bci7Stats, BciOptions } from './bci.js';
export { BVCI, bvci } from './bvci.js';
export type { BvciStats } from './bvci.js';
export { DCI, dci } from './dci.js';
export type { DciStats } from './dci.js';
export { weiboCityCompetitiveness } from './weibo-city.js';
export { INDEX_CATALOG, resolveIndex } from './index-catalog.js';
export { INDEX_PLATFORMS, indexPlatform } from './index-platform.js';
export { indexInputsOf } from './table-fields.js';
export type { AccountLevelInput, IndexInputSource } from './table-fields.js';
export { scoreAccounts } from './score-accounts.js';
export type { ScoreAccountsOptions } from './score-accounts.js';
export { scoreSweep } from './score-sweep.js';
export type { AccountScoreColumns, ScoreSweepOptions } from './score-sweep.js';
export type { AccountScore } from './score-columns.js';
export { SQL_DIALECTS, toSQL } from './to-sql.js';
export type { SqlColumns, SqlDialect, SqlTimeType, ToSqlOptions } from './to-sql.js';
export { IndexInputError } from './index-input-error.js';
