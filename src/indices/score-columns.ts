// Internal: the columnar scorer behind scoreAccounts, rankAccounts and the threaded
// scorer of govmedia/node. Not exported from the barrel.
import type { Account } from '../model/schemas.js';
import { accumulateAccountFields } from '../stats/accumulate-account-fields.js';
import type { AccountField } from '../stats/account-fields.js';
import { aggregateByAccount, AGGREGATE_FIELDS, type AccountAggregates, type AggregateField } from '../stats/aggregate.js';
import type { PostsTable } from '../table/posts-table.js';
import { accumulateMetrics } from './accumulate-metrics.js';
import { addTermColumn, compileIndex, outerValue, type CompiledIndex } from './compile-index.js';
import type { IndexDefinition } from './index-definition.js';
import type { IndexResult } from './evaluate-index.js';
import { IndexInputError } from './index-input-error.js';
import { indexInputsOfNamed, type IndexInputSource } from './table-fields.js';
import { planKernel, runKernel } from './score-kernel.js';
import { kernelColumnsOf } from '../stats/account-fields-kernel.js';

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
  /** Keep every index input per account in `inputs` (rankAccounts reports them); otherwise `inputs` is empty. */
  keepInputs?: boolean | undefined;
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

/**
 * The per-account fields an index's inputs need (always with `articles`).
 * @internal
 */
export function postFieldsOf(inputs: Map<string, IndexInputSource>): AccountField[] {
  const s = new Set<AccountField>(['articles']);
  for (const src of inputs.values()) if (src !== 'days' && src !== 'followers' && src !== 'followersGained') s.add(src);
  if (s.has('originals')) s.add('originalityUnknown');
  for (const f of s) if (f.startsWith('original') && f !== 'originalityUnknown') s.add('originalityUnknown');
  return [...s];
}

/**
 * The days divisor and checks shared by every scorer.
 * @internal
 * @throws {RangeError} naming `fn` when the index divides by days and there is neither a period nor `days` > 0.
 */
export function resolveDays(inputs: Map<string, IndexInputSource>, options: ScoreColumnsOptions, fn: string): number {
  const days = options.period?.days ?? options.days;
  if ([...inputs.values()].includes('days') && !(typeof days === 'number' && days > 0))
    throw new RangeError(`${fn}: give a period (or options.days > 0): the index divides by days`);
  return days ?? NaN;
}

/**
 * Per-account fields of the table over the period: clustered pass, or row order (clustered: false).
 * @internal
 * @throws {TypeError} when given `aggregates` lack a field the index needs.
 */
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

/** What scoring an index needs, resolved once: inputs' sources, days, compiled terms, the per-account fields. */
export interface ScorePlan {
  def: IndexDefinition;
  inputs: Map<string, IndexInputSource>;
  days: number;
  compiled: CompiledIndex;
  fields: AccountField[];
}

/**
 * Resolves the plan (throws RangeError for missing days or a bad multiplier, TypeError for inputs nobody holds).
 * @internal
 */
export function planScore(def: IndexDefinition, options: ScoreColumnsOptions, fn: string): ScorePlan {
  const inputs = indexInputsOfNamed(def, fn);
  return { def, inputs, days: resolveDays(inputs, options, fn), compiled: compileIndex(def, options, fn), fields: postFieldsOf(inputs) };
}

/**
 * Account-level input columns (followers, followersGained) from account records for the
 * accounts in `mask` (NaN where a record lacks one: {@link checkInputs} reports it once the
 * posts show who is scored). IndexInputError when the index needs them and there are no records.
 * @internal
 * @throws {IndexInputError} when the index needs account-level inputs and `accounts` is not given.
 */
export function accountInputColumns(plan: ScorePlan, accountIds: readonly string[], mask: Uint8Array | undefined, options: ScoreColumnsOptions, fn: string): Map<string, Float64Array> {
  const out = new Map<string, Float64Array>();
  const wanted = (['followers', 'followersGained'] as const).filter((w) => [...plan.inputs.values()].includes(w));
  if (wanted.length === 0) return out;
  const def = plan.def;
  if (!options.accounts) throw new IndexInputError(def.id, 'accounts', [], `${fn}: index ${def.id} needs each account's ${wanted.join(' and ')}: pass options.accounts (account records with followers${wanted.includes('followersGained') ? ' and followerHistory' : ''})`);
  const byId = new Map(options.accounts.map((a) => [a.id, a]));
  const k = accountIds.length;
  for (const w of wanted) {
    const col = new Float64Array(sharedBuffer(8 * k));
    for (let a = 0; a < k; a++) {
      if (mask && mask[a] !== 1) continue;
      const acc = byId.get(accountIds[a]!);
      const v = w === 'followers' ? acc?.followers : followersGained(acc, options.period);
      col[a] = v === undefined ? NaN : v;
    }
    out.set(w, col);
  }
  return out;
}

/**
 * Allocates on a SharedArrayBuffer when there is one (worker threads then share it).
 * @internal
 */
export function sharedBuffer(bytes: number): ArrayBuffer {
  const SAB = (globalThis as { SharedArrayBuffer?: typeof SharedArrayBuffer }).SharedArrayBuffer;
  return (typeof SAB === 'function' ? new SAB(bytes) : new ArrayBuffer(bytes)) as ArrayBuffer;
}

/**
 * After the pass: every scored account (in mask, with a post) must have what the index
 * needs: each post's originality (BCI 7var), the account's followers / fans gained
 * (DCI, BVCI). Throws IndexInputError naming the input and the first ten accounts.
 * @internal
 * @throws {IndexInputError} naming the input and the first ten accounts lacking it.
 */
export function checkInputs(plan: ScorePlan, fv: Partial<Record<AccountField, Float64Array>>, acct: Map<string, Float64Array>, accountIds: readonly string[], mask: Uint8Array | undefined, fn: string): void {
  const def = plan.def, k = accountIds.length, articles = fv.articles!;
  const has = (a: number) => (!mask || mask[a] === 1) && articles[a]! > 0;
  const fail = (missing: string, lacking: string[], what: string) => {
    throw new IndexInputError(def.id, missing, lacking.slice(0, 10), `${fn}: index ${def.id} ${what}: ${lacking.slice(0, 10).join(', ')}${lacking.length > 10 ? ' …' : ''}`);
  };
  const unknown = plan.fields.includes('originalityUnknown') ? fv.originalityUnknown : undefined;
  if (unknown) {
    const lacking: string[] = [];
    for (let a = 0; a < k; a++) if (has(a) && unknown[a]! > 0) lacking.push(accountIds[a]!);
    if (lacking.length > 0) fail('isOriginal', lacking, `counts original posts, but ${lacking.length} account(s) have posts whose originality (是否原创) is not stated`);
  }
  for (const [w, col] of acct) {
    const lacking: string[] = [];
    for (let a = 0; a < k; a++) if (has(a) && Number.isNaN(col[a]!)) lacking.push(accountIds[a]!);
    if (lacking.length > 0) {
      const what = w === 'followers' ? 'followers (粉丝数)' : 'fans gained over the period (followerHistory with a point at or before the period start and one after it, at or before its end)';
      fail(w, lacking, `needs ${what} for every scored account; ${lacking.length} lack it`);
    }
  }
}

/** Output columns of an evaluation: values (NaN = no index), pre-transform sums, dimension values (stride nD). */
export interface ScoreOutputs { values: Float64Array; sums: Float64Array; dims: Float64Array }

/**
 * Output columns for k accounts (on a SharedArrayBuffer where there is one, when `shared`).
 * @internal
 */
export function scoreOutputs(k: number, nD: number, shared = true): ScoreOutputs {
  const buf = (bytes: number) => (shared ? sharedBuffer(bytes) : new ArrayBuffer(bytes));
  const values = new Float64Array(buf(8 * k));
  values.fill(NaN);
  return { values, sums: new Float64Array(buf(8 * k)), dims: new Float64Array(buf(8 * k * nD)) };
}

/**
 * The index's input columns (a number for days) from the fields and account inputs.
 * @internal
 */
export function inputColumns(plan: ScorePlan, fv: Partial<Record<AccountField, Float64Array>>, acct: Map<string, Float64Array>): Map<string, Float64Array | number> {
  const m = new Map<string, Float64Array | number>();
  for (const [input, src] of plan.inputs) m.set(input, src === 'days' ? plan.days : src === 'followers' || src === 'followersGained' ? acct.get(src)! : fv[src]!);
  return m;
}

/**
 * Evaluates the compiled index for accounts from … to − 1 (those in mask with the
 * required count > 0), a term at a time with `addTermColumn` (the formula of
 * `termValue`, which `evaluateIndex` uses), into `out`.
 * @internal
 */
export function evaluateRange(plan: ScorePlan, cols: Map<string, Float64Array | number>, mask: Uint8Array | undefined, from: number, to: number, out: ScoreOutputs): void {
  const { compiled, def } = plan;
  const terms = compiled.terms, nD = compiled.dimWeights.length, dw = compiled.dimWeights;
  const req = def.requires === undefined ? undefined : cols.get(def.requires)!;
  const live = new Uint8Array(to);
  for (let a = from; a < to; a++) live[a] = (!mask || mask[a] === 1) && (req === undefined || (typeof req === 'number' ? req : req[a]!) !== 0) ? 1 : 0;
  for (const t of terms) addTermColumn(t, cols.get(t.field)!, t.divideBy === undefined ? NaN : cols.get(t.divideBy)!, live, out.dims, nD, from, to);
  for (let a = from; a < to; a++) {
    if (live[a] === 0) continue;
    let sum = 0;
    for (let d = 0, b = a * nD; d < nD; d++) sum += dw[d]! * out.dims[b + d]!;
    out.sums[a] = sum;
    out.values[a] = outerValue(compiled, sum);
  }
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
 * Scores every account (or those in `mask`) into columns: the plan, account-level
 * inputs from the records, then either the fused kernel over the clustered columns
 * (default: one pass per account, fields in registers, the formula evaluated directly)
 * or, for `aggregates`, `fieldValues` or `clustered: false`, the per-field columns and
 * the column evaluator (same values, tested); then the input checks.
 * @internal
 */
export function scoreColumns(table: PostsTable, def: IndexDefinition, options: ScoreColumnsOptions, fn: string): ScoreColumns {
  const plan = planScore(def, options, fn);
  if (options.aggregates || options.fieldValues || options.clustered === false) return scoreColumnsByFields(table, plan, options, fn);
  const accountIds = table.accountIds, k = accountIds.length;
  const acct = accountInputColumns(plan, accountIds, options.mask, options, fn);
  const cols = kernelColumnsOf(table, plan.fields);
  const kernel = planKernel(cols, [{ compiled: plan.compiled, inputs: plan.inputs }], acct, plan.fields);
  const fv: Partial<Record<AccountField, Float64Array>> = { articles: new Float64Array(k) };
  const kept = plan.fields.filter((f) => f !== 'articles' && (options.keepInputs || f === 'originalityUnknown'));
  for (const f of kept) fv[f] = new Float64Array(k);
  const out = scoreOutputs(k, plan.compiled.dimWeights.length, false);
  const p = options.period;
  runKernel(kernel, cols, p?.start ?? -Infinity, p?.end ?? Infinity, plan.days, options.mask, 0, k, [out], kept.map((f) => ({ slot: kernel.slot[f]!, col: fv[f]! })), fv.articles!);
  checkInputs(plan, fv, acct, accountIds, options.mask, fn);
  return { accountIds, compiled: plan.compiled, ...out, articles: fv.articles!, inputs: options.keepInputs ? inputColumns(plan, fv, acct) : new Map() };
}

/** The per-field path: field columns (aggregates, given, or accumulated), then the column evaluator. */
function scoreColumnsByFields(table: PostsTable, plan: ScorePlan, options: ScoreColumnsOptions, fn: string): ScoreColumns {
  const accountIds = options.aggregates?.accountIds ?? table.accountIds;
  const k = accountIds.length;
  const acct = accountInputColumns(plan, accountIds, options.mask, options, fn);
  const fv = fieldValuesOf(table, plan.fields, options);
  checkInputs(plan, fv, acct, accountIds, options.mask, fn);
  const cols = inputColumns(plan, fv, acct);
  const out = scoreOutputs(k, plan.compiled.dimWeights.length, false);
  evaluateRange(plan, cols, options.mask, 0, k, out);
  return { accountIds, compiled: plan.compiled, ...out, articles: fv.articles!, inputs: cols };
}

/** One account's score from `scoreAccounts`. */
export interface AccountScore extends IndexResult {
  accountId: string;
  /** Posts in the period (n). */
  articles: number;
}

/**
 * Account score objects from columnar scores (accounts in `keep`, or all).
 * @internal
 */
export function scoreObjects(s: ScoreColumns, explain: boolean, keep?: readonly number[]): AccountScore[] {
  const def = s.compiled.def, nD = def.dimensions.length;
  const idx = keep ?? Array.from({ length: s.accountIds.length }, (_, a) => a);
  return idx.map((a) => {
    const v = s.values[a]!;
    const dims: Record<string, { value: number; contribution: number }> = {};
    if (explain) for (let d = 0; d < nD; d++) { const x = s.dims[a * nD + d]!; dims[def.dimensions[d]!.key] = { value: x, contribution: s.compiled.dimWeights[d]! * x }; }
    return { accountId: s.accountIds[a]!, articles: s.articles[a]!, value: Number.isNaN(v) ? null : v, sum: s.sums[a]!, dimensions: dims };
  });
}

