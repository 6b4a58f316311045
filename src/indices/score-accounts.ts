import { aggregateByAccount, type AccountAggregates } from '../stats/aggregate.js';
import type { PostsTable } from '../table/posts-table.js';
import type { Period } from '../time/period.js';
import { evaluateIndex, type EvaluateOptions, type IndexResult } from './evaluate-index.js';
import type { IndexDefinition } from './index-definition.js';
import { resolveIndex } from './index-catalog.js';
import { tableFieldsOf } from './table-fields.js';

/** One account's score from {@link scoreAccounts}. */
export interface AccountScore extends IndexResult {
  accountId: string;
  /** Posts in the period (n). */
  articles: number;
}

/** Options of {@link scoreAccounts}. */
export interface ScoreAccountsOptions extends EvaluateOptions {
  /** An index id (`'wci-14.2'`, `'14.2'`, `'bci-4var'`) or a definition. Default `'wci-14.2'`. */
  index?: string | IndexDefinition;
  /** Only posts in the period; its `days` is the index's `d`. Default: all posts, with `days` required. */
  period?: Pick<Period, 'start' | 'end' | 'days'>;
  /** The day count when no period is given. */
  days?: number;
  /** Pre-computed aggregates (e.g. merged from shards) instead of aggregating the table. */
  aggregates?: AccountAggregates;
}

/**
 * Every account's index value and explanation from a posts table: one pass over
 * the typed-array columns aggregates sums, counts and maxima per account
 * (`aggregateByAccount`), then the definition is evaluated per account. Accounts in the
 * table's dictionary with no post in the period get `value: null`.
 *
 * Complexity O(posts + accounts × terms).
 * @example scoreAccounts(table, { index: 'wci-14.2', period: monthPeriod(2024, 3) })[0].value
 */
export function scoreAccounts(table: PostsTable, options: ScoreAccountsOptions = {}): AccountScore[] {
  const def = resolveIndex(options.index ?? 'wci-14.2', 'scoreAccounts');
  const fields = tableFieldsOf(def, 'scoreAccounts');
  const days = options.period?.days ?? options.days;
  if ([...fields.values()].includes('days') && !(typeof days === 'number' && days > 0))
    throw new RangeError('scoreAccounts: give a period (or options.days > 0): the index divides by days');
  const agg = options.aggregates ?? aggregateByAccount(table, options.period ? { period: options.period } : {});
  const cols = [...fields].map(([input, f]) => [input, f === 'days' ? null : agg.fields[f]] as const);
  const out: AccountScore[] = new Array(agg.accountIds.length);
  const stats: Record<string, number> = {};
  for (let k = 0; k < agg.accountIds.length; k++) {
    for (const [input, col] of cols) stats[input] = col ? col[k]! : days!;
    const r = evaluateIndex(def, stats, options, 'scoreAccounts');
    out[k] = { accountId: agg.accountIds[k]!, articles: agg.fields.articles[k]!, ...r };
  }
  return out;
}
