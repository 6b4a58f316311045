import { resolveIndexNamed } from '../indices/index-catalog.js';
import { scoreColumns } from '../indices/score-columns.js';
import type { PostsTable } from '../table/posts-table.js';
import { rankColumns, rankMask, type RankAccountsOptions, type RankedAccount } from './rank-columns.js';

export type { RankAccountsOptions, RankedAccount } from './rank-columns.js';

/**
 * Scores every competing account through the clustered fast path (as `scoreAccounts`)
 * and ranks them, best first: the rows sorted by rank, then account id (the documented
 * tie-break of the order; tied accounts share a rank as `method` says), accounts without
 * an index last with `rank: null`. Competing accounts: those with a post in the table, of
 * `platform` when given, and present in `accounts` when `platform` is given. Equal to
 * `scoreAccounts` followed by `rank` on the same accounts (tested).
 *
 * Complexity O(posts in period + accounts log accounts) after the one-off clustering.
 * @throws {RangeError} for an unknown method, a platform without accounts, a missing period/days
 * @throws {IndexInputError} when the index needs inputs the data lacks (DCI/BVCI followers, BCI 7var originality)
 * @returns The competing accounts, best first, each with its value and rank.
 * @example rankAccounts(table, { index: '14.2', period: monthPeriod(2024, 9), accounts, platform: 'wechat' })[0]
 */
export function rankAccounts(table: PostsTable, options: RankAccountsOptions = {}): RankedAccount[] {
  const fn = 'rankAccounts';
  const def = resolveIndexNamed(options.index ?? 'wci-14.2', fn);
  const mask = rankMask(table, options, fn);
  return rankColumns(scoreColumns(table, def, { ...options, mask, keepInputs: true }, fn), mask, options, fn);
}

