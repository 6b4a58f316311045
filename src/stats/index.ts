// Public exports of src/stats: per-account fields and aggregates (the one pass over the posts table).
// An explicit list (no `export *`): anything not named here is internal; code inside the
// package imports it by path. The built surface is snapshotted in test/package/exports.snapshot.txt.
export { aggregateByAccount, aggregateOf, mergeAggregates } from './aggregate.js';
export type { AccountAggregate, AccountAggregates, AggregateField, AggregateOptions } from './aggregate.js';
export { ACCOUNT_FIELDS } from './account-fields.js';
export type { AccountField, AccountFieldSpec, MetricFold, PostMetric } from './account-fields.js';
export { accumulateAccountFields } from './accumulate-account-fields.js';
export type { AccountFieldValues, AccumulateAccountFieldsOptions } from './accumulate-account-fields.js';
