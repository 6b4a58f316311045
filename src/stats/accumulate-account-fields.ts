import type { PostsTable } from '../table/posts-table.js';
import { accountFieldSpec, type AccountField } from './account-fields.js';
import { accumulateAccountRange, kernelColumnsOf } from './account-fields-kernel.js';

/** Options of {@link accumulateAccountFields}. */
export interface AccumulateAccountFieldsOptions {
  /** The per-account fields wanted (names from `ACCOUNT_FIELDS`). */
  fields: readonly AccountField[];
  /** Only posts with `start ≤ time < end` (e.g. a `Period`). Default: every post. */
  period?: { start: number; end: number } | undefined;
}

/** Per-account fields, columnar: `fields[f][a]` for account index a of `accountIds`. */
export interface AccountFieldValues {
  accountIds: readonly string[];
  fields: Partial<Record<AccountField, Float64Array>>;
}

/**
 * The per-account pass (issue 15): any of the per-account fields of `ACCOUNT_FIELDS`
 * (counts, sum / headline sum / maximum / sum over originals of each metric, first and
 * last time, active China days) for every account of the table, over a period. Runs on
 * the table's account-major clustered columns (`clusterByAccount`, built once and
 * cached): a period is two binary searches per account, and each account's posts are
 * streamed with the accumulators in registers. Every account in the dictionary gets a
 * value (zeros, or ±Infinity for first/last time, when it has no post in the period).
 *
 * Same values as `aggregateByAccount` on the fields both compute (tested; sums of
 * integer counts are exact, so the summation order does not matter).
 * Throws `RangeError` naming an unknown field.
 * Complexity O(posts in period + accounts × log posts) after clustering.
 * @throws {RangeError} naming an unknown field, or for a bad period.
 * @returns The account ids and one array per field, indexed like the ids.
 * @example accumulateAccountFields(table, { fields: ['articles', 'originalShares'], period }).fields.originalShares![0]
 */
export function accumulateAccountFields(table: PostsTable, options: AccumulateAccountFieldsOptions): AccountFieldValues {
  const fields = [...new Set(options.fields)];
  for (const f of fields) if (!accountFieldSpec(f)) throw new RangeError(`accumulateAccountFields: unknown field "${String(f)}"`);
  const k = table.accountIds.length;
  const out: Partial<Record<AccountField, Float64Array>> = {};
  for (const f of fields) out[f] = new Float64Array(k);
  const p = options.period;
  accumulateAccountRange(kernelColumnsOf(table, fields), fields, p?.start ?? -Infinity, p?.end ?? Infinity, 0, k, out);
  return { accountIds: table.accountIds, fields: out };
}
