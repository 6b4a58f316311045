// Internal: the columnar scorer behind scoreAccounts, rankAccounts and the threaded
// scorer of govmedia/node. Not exported from the barrel.
import type { Account } from '../model/schemas.js';
import { accumulateAccountFields } from '../stats/accumulate-account-fields.js';
import type { AccountField } from '../stats/account-fields.js';
import { aggregateByAccount, AGGREGATE_FIELDS, type AccountAggregates, type AggregateField } from '../stats/aggregate.js';
import type { PostsTable } from '../table/posts-table.js';
import { accumulateMetrics } from './accumulate-metrics.js';
import { compileIndex, outerValue, termValue, type CompiledIndex } from './compile-index.js';
import type { IndexDefinition } from './index-definition.js';
import { IndexInputError } from './index-input-error.js';
import { indexInputsOf, type IndexInputSource } from './table-fields.js';

/** What scoring needs besides the table. */
export interface ScoreColumnsOptions {
  period?: { start: number; end: number; days?: number } | undefined;
  days?: number | undefined;
  multiplier?: number | undefined;
  roundAverages?: boolean | undefined;
  aggregates?: AccountAggregates | undefined;
  accounts?: readonly Account[] | undefined;
  /** false: the row-order pass (no clustering), for comparison and one-off scoring. */
  clustered?: boolean | undefined;
  /** Only accounts with mask[a] = 1 are scored and checked (others get NaN). */
  mask?: Uint8Array | undefined;
  /** Per-account fields computed elsewhere (the threaded scorer). */
  fieldValues?: Partial<Record<AccountField, Float64Array>> | undefined;
}

/** Columnar scores: `values[a]` (NaN = no index), `dims[a × nD + d]` dimension values, and the inputs. */
export interface ScoreColumns {
  accountIds: readonly string[];
  compiled: CompiledIndex;
  values: Float64Array;
  sums: Float64Array;
  dims: Float64Array;
  articles: Float64Array;
  /** Each index input per account (a number for `days`). */
  inputs: Map<string, Float64Array | number>;
}

/** The per-account fields an index's inputs need (always with `articles`). */
export function postFieldsOf(inputs: Map<string, IndexInputSource>): AccountField[] {
  const s = new Set<AccountField>(['articles']);
  for (const src of inputs.values()) if (src !== 'days' && src !== 'followers' && src !== 'followersGained') s.add(src);
  if (s.has('originals')) s.add('originalityUnknown');
  for (const f of s) if (f.startsWith('original') && f !== 'originalityUnknown') s.add('originalityUnknown');
  return [...s];
}

/** The days divisor and checks shared by every scorer. */
export function resolveDays(inputs: Map<string, IndexInputSource>, options: ScoreColumnsOptions, fn: string): number {
  const days = options.period?.days ?? options.days;
  if ([...inputs.values()].includes('days') && !(typeof days === 'number' && days > 0))
    throw new RangeError(`${fn}: give a period (or options.days > 0): the index divides by days`);
  return days ?? NaN;
}

/** Per-account fields of the table over the period: clustered pass, or row order (clustered: false). */
export function fieldValuesOf(table: PostsTable, fields: AccountField[], options: ScoreColumnsOptions): Partial<Record<AccountField, Float64Array>> {
  if (options.fieldValues) return options.fieldValues;
  if (options.aggregates) {
    const out: Partial<Record<AccountField, Float64Array>> = {};
    for (const f of fields) {
      if (!(AGGREGATE_FIELDS as readonly string[]).includes(f)) throw new TypeError(`scoreAccounts: options.aggregates lack "${f}"; score from the posts table instead`);
      out[f] = options.aggregates.fields[f as AggregateField];
    }
    return out;
  }
  if (options.clustered ?? true) return accumulateAccountFields(table, { fields, period: options.period }).fields;
  // Row order: the fused interleaved kernel when the fields fit it, else aggregateByAccount plus a reference pass.
  const fused = accumulateMetrics(table, fields as AggregateField[], options.period);
  const out: Partial<Record<AccountField, Float64Array>> = {};
  const k = table.accountIds.length;
  if (fused) {
    for (const f of fields) { const col = new Float64Array(k), s = fused.slot.get(f as AggregateField)!; for (let a = 0; a < k; a++) col[a] = fused.acc[a * fused.stride + s]!; out[f] = col; }
    return out;
  }
  const agg = aggregateByAccount(table, options.period ? { period: options.period } : {});
  for (const f of fields) out[f] = (agg.fields as Partial<Record<AccountField, Float64Array>>)[f] ?? rowOrderField(table, f, options.period);
  return out;
}

/** Row-order reference for the fields aggregateByAccount lacks (originals' sums, originalityUnknown, activeDays). */
function rowOrderField(table: PostsTable, f: AccountField, period: { start: number; end: number } | undefined): Float64Array {
  const k = table.accountIds.length, out = new Float64Array(k);
  const lo = period?.start ?? -Infinity, hi = period?.end ?? Infinity;
  const days = f === 'activeDays' ? new Set<string>() : null;
  const metric = f.startsWith('original') && f !== 'originals' && f !== 'originalityUnknown'
    ? table[(f[8]!.toLowerCase() + f.slice(9)) as 'reads'] : null;
  for (let i = 0; i < table.size; i++) {
    const t = table.time[i]!;
    if (!(t >= lo && t < hi)) continue;
    const a = table.account[i]!;
    if (f === 'originalityUnknown') { if (table.original[i] === 2) out[a]!++; }
    else if (days) { const key = `${a}:${Math.floor((t + 8 * 3600_000) / 86_400_000)}`; if (!days.has(key)) { days.add(key); out[a]!++; } }
    else if (metric) { if (table.original[i] === 1) out[a]! += metric[i]! || 0; }
    else throw new RangeError(`scoreAccounts: no row-order pass for "${f}"`);
  }
  return out;
}

/**
 * Account-level inputs (followers, followersGained) from account records, for the
 * accounts that will be scored; IndexInputError naming the accounts that lack one.
 */
export function accountInputs(
  def: IndexDefinition, inputs: Map<string, IndexInputSource>, accountIds: readonly string[], scored: (a: number) => boolean,
  options: ScoreColumnsOptions, fn: string,
): Map<string, Float64Array> {
  const out = new Map<string, Float64Array>();
  const wanted = (['followers', 'followersGained'] as const).filter((w) => [...inputs.values()].includes(w));
  if (wanted.length === 0) return out;
  if (!options.accounts) throw new IndexInputError(def.id, 'accounts', [], `${fn}: index ${def.id} needs each account's ${wanted.join(' and ')}: pass options.accounts (account records with followers${wanted.includes('followersGained') ? ' and followerHistory' : ''})`);
  const byId = new Map(options.accounts.map((a) => [a.id, a]));
  const k = accountIds.length;
  for (const w of wanted) {
    const col = new Float64Array(k), lacking: string[] = [];
    for (let a = 0; a < k; a++) {
      if (!scored(a)) continue;
      const acc = byId.get(accountIds[a]!);
      const v = w === 'followers' ? acc?.followers : followersGained(acc, options.period);
      if (v === undefined) lacking.push(accountIds[a]!);
      else col[a] = v;
    }
    if (lacking.length > 0) {
      const what = w === 'followers' ? 'followers (粉丝数)' : `fans gained over the period (followerHistory with a point at or before the period start and one after it${options.period ? '' : '; needs a period'})`;
      throw new IndexInputError(def.id, w, lacking.slice(0, 10), `${fn}: index ${def.id} needs ${what} for every scored account; ${lacking.length} lack it: ${lacking.slice(0, 10).join(', ')}${lacking.length > 10 ? ' …' : ''}`);
    }
    out.set(w, col);
  }
  return out;
}

/**
 * Fans gained over [start, end): followers at the last history point at or before
 * `end` minus those at the last point at or before `start`; `undefined` unless there is
 * a point at or before `start` and one after it (at or before `end`). May be negative
 * (DCI/BVCI clamp at 0 in the definition).
 */
function followersGained(acc: Account | undefined, period: { start: number; end: number } | undefined): number | undefined {
  if (!acc?.followerHistory || !period) return undefined;
  let base: [number, number] | undefined, last: [number, number] | undefined;
  for (const [d, f] of acc.followerHistory) {
    const t = d.getTime();
    if (t <= period.start && (!base || t >= base[0])) base = [t, f];
    if (t <= period.end && (!last || t >= last[0])) last = [t, f];
  }
  if (!base || !last || !(last[0] > period.start)) return undefined;
  return last[1] - base[1];
}

/**
 * Scores every account (or those in `mask`) into columns: fields from the clustered
 * pass (or given), account-level inputs from the records, then the compiled index
 * evaluated per account with `termValue` (the one term formula `evaluateIndex` uses).
 */
export function scoreColumns(table: PostsTable, def: IndexDefinition, options: ScoreColumnsOptions, fn: string): ScoreColumns {
  const inputs = indexInputsOf(def, fn);
  const days = resolveDays(inputs, options, fn);
  const compiled = compileIndex(def, options, fn);
  const fields = postFieldsOf(inputs);
  const fv = fieldValuesOf(table, fields, options);
  const accountIds = options.aggregates?.accountIds ?? table.accountIds;
  const k = accountIds.length;
  const mask = options.mask;
  const articles = fv.articles!;
  const has = (a: number) => (!mask || mask[a] === 1) && articles[a]! > 0;
  // BCI 7var counts originals: every scored post must say whether it is original.
  if (fields.includes('originalityUnknown')) {
    const unknown = fv.originalityUnknown;
    const lacking: string[] = [];
    if (unknown) for (let a = 0; a < k; a++) if (has(a) && unknown[a]! > 0) lacking.push(accountIds[a]!);
    if (lacking.length > 0)
      throw new IndexInputError(def.id, 'isOriginal', lacking.slice(0, 10), `${fn}: index ${def.id} counts original posts, but ${lacking.length} account(s) have posts whose originality (是否原创) is not stated: ${lacking.slice(0, 10).join(', ')}${lacking.length > 10 ? ' …' : ''}`);
  }
  const acctIn = accountInputs(def, inputs, accountIds, has, options, fn);
  const col = (input: string): Float64Array | number => {
    const src = inputs.get(input)!;
    if (src === 'days') return days;
    if (src === 'followers' || src === 'followersGained') return acctIn.get(src)!;
    return fv[src]!;
  };
  const inputCols = new Map<string, Float64Array | number>();
  for (const input of inputs.keys()) inputCols.set(input, col(input));
  const terms = compiled.terms;
  const nT = terms.length, nD = compiled.dimWeights.length;
  const xs = terms.map((t) => inputCols.get(t.field)!);
  const ds = terms.map((t) => (t.divideBy === undefined ? NaN : inputCols.get(t.divideBy)!));
  const req = def.requires === undefined ? undefined : inputCols.get(def.requires)!;
  const values = new Float64Array(k).fill(NaN), sums = new Float64Array(k), dims = new Float64Array(k * nD);
  const dw = compiled.dimWeights;
  for (let a = 0; a < k; a++) {
    if (mask && mask[a] !== 1) continue;
    if (req !== undefined && (typeof req === 'number' ? req : req[a]!) === 0) continue;
    const b = a * nD;
    for (let j = 0; j < nT; j++) {
      const x = xs[j]!, d = ds[j]!;
      dims[b + terms[j]!.dim]! += termValue(terms[j]!, typeof x === 'number' ? x : x[a]!, typeof d === 'number' ? d : d[a]!);
    }
    let sum = 0;
    for (let d = 0; d < nD; d++) sum += dw[d]! * dims[b + d]!;
    sums[a] = sum;
    values[a] = outerValue(compiled, sum);
  }
  return { accountIds, compiled, values, sums, dims, articles, inputs: inputCols };
}
