// Internal pieces of rankAccounts shared with the threaded ranker (govmedia/node); not in the barrel.
import type { IndexDefinition } from '../indices/index-definition.js';
import type { ScoreColumns } from '../indices/score-columns.js';
import type { Account, Platform } from '../model/index.js';
import type { PostsTable } from '../table/posts-table.js';
import type { Period } from '../time/period.js';
import { rank, type RankMethod } from './rank.js';

/** Options of {@link rankAccounts}. */
export interface RankAccountsOptions {
  /** Index id (`'wci-14.2'`, `'14.2'`, `'bci-7var'`, `'dci'` …) or a definition. Default `'wci-14.2'`. */
  index?: string | IndexDefinition;
  /** The period scored (its `days` is d). Default: every post, with `days` required when the index divides by days. */
  period?: Pick<Period, 'start' | 'end' | 'days'>;
  /** Day count without a period. */
  days?: number;
  /**
   * Account records. They give DCI/BVCI their followers, and with `platform` they decide
   * who competes. Accounts with posts but no record are left out when `platform` is set.
   */
  accounts?: readonly Account[];
  /** Only accounts of this platform compete (needs `accounts`). Default: every account with a post. */
  platform?: Platform;
  /** Tie method as in `rank`: `'competition'` (default, "1224"), `'dense'`, `'average'`. */
  method?: RankMethod;
  /** Overrides the definition's multiplier (WCI 14.x ×12 or ×10). */
  multiplier?: number;
  /** Round per-article averages to 1 decimal before the log, as the provider does. */
  roundAverages?: boolean;
  /** Include each account's dimension explanation (default true). */
  explain?: boolean;
}

/** One ranked account. */
export interface RankedAccount {
  accountId: string;
  /** Rank, best first (1 = highest value); `null` with no index (no post in the period). */
  rank: number | null;
  /** Index value; `null` = no index for the period. */
  value: number | null;
  /** Posts in the period (n). */
  articles: number;
  /** The index's inputs for this account (e.g. `reads`, `headlineReads`, `days`), as scored. */
  inputs: Record<string, number>;
  /** Each dimension's value and contribution (empty with `explain: false`). */
  dimensions: Record<string, { value: number; contribution: number }>;
  /** The account record, when `accounts` has it. */
  account?: Account;
}

/**
 * Who competes: accounts of the platform (when given) that have a record. Internal (shared with the threaded ranker).
 * @internal
 * @param table The posts.
 * @param options `platform`, `accounts`, `method`.
 * @param fn The public function's name, for the error message.
 * @returns 1 for each competing account (by the table's account index).
 * @throws {RangeError} naming `fn` for an unknown `method`, or a `platform` without `accounts`.
 */
export function rankMask(table: PostsTable, options: RankAccountsOptions, fn: string): Uint8Array {
  const method = options.method ?? 'competition';
  if (method !== 'competition' && method !== 'dense' && method !== 'average') throw new RangeError(`${fn}: unknown method "${String(method)}" (competition, dense, average)`);
  if (options.platform !== undefined && !options.accounts) throw new RangeError(`${fn}: options.platform needs options.accounts (the platform of each account comes from its record)`);
  const byId = new Map((options.accounts ?? []).map((a) => [a.id, a]));
  const k = table.accountIds.length;
  const mask = new Uint8Array(k);
  for (let a = 0; a < k; a++) mask[a] = options.platform === undefined || byId.get(table.accountIds[a]!)?.platform === options.platform ? 1 : 0;
  return mask;
}

/**
 * Ranks scored columns (competing = mask). Internal (shared with the threaded ranker).
 * @internal
 * @param s The score columns.
 * @param mask 1 for each competing account.
 * @param options The ranking options.
 * @param fn The public function's name.
 * @returns The ranked accounts, best first.
 */
export function rankColumns(s: ScoreColumns, mask: Uint8Array, options: RankAccountsOptions, fn: string): RankedAccount[] {
  void fn;
  const def = s.compiled.def, k = s.accountIds.length;
  const byId = new Map((options.accounts ?? []).map((a) => [a.id, a]));
  const competing: number[] = [];
  for (let a = 0; a < k; a++) if (mask[a] === 1) competing.push(a);
  const values = competing.map((a) => (Number.isNaN(s.values[a]!) ? null : s.values[a]!));
  const ranks = rank(values, { method: options.method ?? 'competition' });
  const nD = def.dimensions.length, explain = options.explain ?? true;
  const rows: RankedAccount[] = competing.map((a, i) => {
    const inputs: Record<string, number> = {};
    for (const [name, col] of s.inputs) inputs[name] = typeof col === 'number' ? col : col[a]!;
    const dimensions: Record<string, { value: number; contribution: number }> = {};
    if (explain) for (let d = 0; d < nD; d++) { const x = s.dims[a * nD + d]!; dimensions[def.dimensions[d]!.key] = { value: x, contribution: s.compiled.dimWeights[d]! * x }; }
    const row: RankedAccount = { accountId: s.accountIds[a]!, rank: ranks[i]!, value: values[i]!, articles: s.articles[a]!, inputs, dimensions };
    const acc = byId.get(row.accountId);
    if (acc) row.account = acc;
    return row;
  });
  rows.sort((x, y) => (x.rank ?? Infinity) - (y.rank ?? Infinity) || (x.accountId < y.accountId ? -1 : x.accountId > y.accountId ? 1 : 0));
  return rows;
}
