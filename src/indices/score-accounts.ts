import type { Account } from '../model/schemas.js';
import type { AccountAggregates } from '../stats/aggregate.js';
import type { PostsTable } from '../table/posts-table.js';
import type { Period } from '../time/period.js';
import type { EvaluateOptions } from './evaluate-index.js';
import type { IndexDefinition } from './index-definition.js';
import { resolveIndexNamed } from './index-catalog.js';
import { scoreColumns, scoreObjects, type AccountScore } from './score-columns.js';

export type { AccountScore } from './score-columns.js';

/** Options of {@link scoreAccounts}. */
export interface ScoreAccountsOptions extends EvaluateOptions {
  /** An index id (`'wci-14.2'`, `'14.2'`, `'bci-7var'`, `'dci'`) or a definition. Default `'wci-14.2'`. */
  index?: string | IndexDefinition;
  /** Only posts in the period; its `days` is the index's `d`. Default: all posts, with `days` required. */
  period?: Pick<Period, 'start' | 'end' | 'days'>;
  /** The day count when no period is given. */
  days?: number;
  /**
   * Account records: DCI and BVCI take each account's `followers` (fans) and, for fans
   * gained, its `followerHistory` from here. Without them those indices throw
   * `IndexInputError`.
   */
  accounts?: readonly Account[];
  /** Pre-computed aggregates (e.g. merged from shards) instead of aggregating the table. */
  aggregates?: AccountAggregates;
  /** Include each account's dimension explanation (default true). `false` leaves `dimensions` empty and is faster. */
  explain?: boolean;
  /**
   * `true` (default): the clustered per-account pass (`accumulateAccountFields`; the
   * table's account-major order is built on first use and cached). `false`: one pass in
   * row order, no clustering (cheaper for a single call on a large table that is never
   * scored again). Same values either way (tested).
   */
  clustered?: boolean;
}

/**
 * Every account's index value and explanation from a posts table (SPEC §3). Any index
 * of the catalog whose inputs the data holds: WCI (every version), BCI 4var and 7var
 * (originals, reposts of originals and comments on originals from the posts'
 * `isOriginal` column), and, given `accounts` with followers (and follower history for
 * fans gained), DCI and BVCI. The per-account fields come from one clustered pass
 * (`accumulateAccountFields`: each account's posts streamed with the accumulators in
 * registers, a period = two binary searches per account); the definition is compiled
 * once (`compileIndex`) and evaluated per account with the same term formula as
 * `evaluateIndex`. Accounts in the table's dictionary with no post in the period get
 * `value: null`. Gives the same values as `evaluateIndex` on the same stats (tested),
 * and as `toSQL` on DuckDB.
 *
 * Complexity O(posts in period + accounts × (log posts + terms)) after the one-off clustering (O(posts)).
 * @throws {RangeError} without a period or `days` when the index divides by days, or for a bad multiplier
 * @throws {IndexInputError} (a TypeError) when an input is missing: originality of a post (BCI 7var), account followers / follower history (DCI, BVCI)
 * @throws {TypeError} for an index needing inputs neither posts nor accounts hold
 * @returns One {@link AccountScore} per account in the table's dictionary order (value `null` with no post in the period).
 * @example scoreAccounts(table, { index: 'wci-14.2', period: monthPeriod(2024, 3) })[0].value
 */
export function scoreAccounts(table: PostsTable, options: ScoreAccountsOptions = {}): AccountScore[] {
  const def = resolveIndexNamed(options.index ?? 'wci-14.2', 'scoreAccounts');
  const s = scoreColumns(table, def, options, 'scoreAccounts');
  return scoreObjects(s, options.explain ?? true);
}
