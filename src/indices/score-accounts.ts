import { aggregateByAccount, type AccountAggregates, type AggregateField } from '../stats/aggregate.js';
import { accumulateMetrics } from './accumulate-metrics.js';
import type { PostsTable } from '../table/posts-table.js';
import type { Period } from '../time/period.js';
import { round1, type EvaluateOptions, type IndexResult } from './evaluate-index.js';
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
  /** Include each account's dimension explanation (default true). `false` leaves `dimensions` empty and is faster. */
  explain?: boolean;
}

/**
 * Every account's index value and explanation from a posts table: one pass over
 * the typed-array columns accumulates only the sums, counts and maxima the index
 * needs, interleaved per account (falling back to `aggregateByAccount` for other
 * inputs), then the definition, compiled once into flat term arrays,
 * is evaluated per account without per-term allocation. Accounts in the table's
 * dictionary with no post in the period get `value: null`. Gives the same values as
 * `evaluateIndex` on the same stats (tested), and as `toSQL` on DuckDB.
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
  const m = options.multiplier ?? def.multiplier;
  if (!(m > 0 && Number.isFinite(m))) throw new RangeError(`scoreAccounts: multiplier must be a positive number, got ${String(m)}`);
  const round = options.roundAverages ?? def.roundAverages;
  const explain = options.explain ?? true;
  // Inputs as (array, offset, stride): the fused interleaved accumulators of
  // `accumulateMetrics` when the index fits them, else columnar aggregates (stride 1).
  const fused = options.aggregates ? null : accumulateMetrics(table, new Set<AggregateField>(['articles', ...[...fields.values()].filter((f): f is AggregateField => f !== 'days')]), options.period);
  const agg = fused || options.aggregates ? options.aggregates : aggregateByAccount(table, options.period ? { period: options.period } : {});
  const accountIds = agg?.accountIds ?? table.accountIds;
  const k = accountIds.length;
  const NONE = new Float64Array(0);
  const loc = (input: string): { arr: Float64Array; off: number; stride: number } => {
    const f = fields.get(input) ?? (input as AggregateField);
    if (f === 'days') return { arr: NONE, off: -1, stride: 0 };
    return fused ? { arr: fused.acc, off: fused.slot.get(f)!, stride: fused.stride } : { arr: agg!.fields[f], off: 0, stride: 1 };
  };
  // Compile: each term a row of flat arrays (input, divisor, weight, scale, flags).
  const terms = def.dimensions.flatMap((d, di) => d.terms.map((t) => ({ di, x: loc(t.field), div: t.divideBy === undefined ? undefined : loc(t.divideBy), t })));
  const nT = terms.length, nD = def.dimensions.length;
  const dimWeight = def.dimensions.map((d) => d.weight);
  const requires = def.requires === undefined ? undefined : loc(def.requires);
  const n = loc('articles');
  const read = (l: { arr: Float64Array; off: number; stride: number }, a: number) => (l.off < 0 ? days! : l.arr[a * l.stride + l.off]!);
  const dimValues = new Float64Array(nD);
  const out: AccountScore[] = new Array(k);
  for (let a = 0; a < k; a++) {
    if (requires !== undefined && read(requires, a) === 0) {
      const dims: Record<string, { value: number; contribution: number }> = {};
      if (explain) for (const d of def.dimensions) dims[d.key] = { value: 0, contribution: 0 };
      out[a] = { accountId: accountIds[a]!, articles: read(n, a), value: null, sum: 0, dimensions: dims };
      continue;
    }
    dimValues.fill(0);
    for (let j = 0; j < nT; j++) {
      const { di, x: xl, div, t } = terms[j]!;
      let x = read(xl, a);
      if (div !== undefined) {
        const d = read(div, a);
        x = d === 0 ? 0 : x / d;
        if (round && t.divideBy === 'articles') x = round1(x);
      }
      if (t.min !== undefined && x < t.min) x = t.min;
      dimValues[di]! += t.weight * (t.transform === 'identity' ? x : Math.log(t.scale * x + 1));
    }
    let sum = 0;
    const dims: Record<string, { value: number; contribution: number }> = {};
    for (let d = 0; d < nD; d++) {
      const c = dimWeight[d]! * dimValues[d]!;
      sum += c;
      if (explain) dims[def.dimensions[d]!.key] = { value: dimValues[d]!, contribution: c };
    }
    out[a] = { accountId: accountIds[a]!, articles: read(n, a), value: (def.outer === 'square' ? sum * sum : sum) * m, sum, dimensions: dims };
  }
  return out;
}
