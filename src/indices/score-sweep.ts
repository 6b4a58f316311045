import type { Account } from '../model/schemas.js';
import type { AccountField } from '../stats/account-fields.js';
import { kernelColumnsOf } from '../stats/account-fields-kernel.js';
import type { PostsTable } from '../table/posts-table.js';
import type { Period } from '../time/period.js';
import type { IndexDefinition } from './index-definition.js';
import { resolveIndexNamed } from './index-catalog.js';
import { accountInputColumns, checkInputs, planScore, scoreOutputs, type ScorePlan } from './score-columns.js';
import { planKernel, runKernel } from './score-kernel.js';

/** Options of {@link scoreSweep}. */
export interface ScoreSweepOptions {
  /** Index ids (`'wci-14.2'`, `'13.0'`, `'bci-7var'` …) or definitions, at least one. */
  indices: readonly (string | IndexDefinition)[];
  /** The periods (e.g. 13 weeks of a quarter), at least one; each one's `days` is the index's d. */
  periods: readonly Pick<Period, 'start' | 'end' | 'days'>[];
  /** Account records (DCI / BVCI take followers and fans gained from them). */
  accounts?: readonly Account[];
  /** Overrides every definition's multiplier. */
  multiplier?: number;
  /** Overrides every definition's `roundAverages`. */
  roundAverages?: boolean;
}

/** One index over one period for every account of the table, as columns (no object per account). */
export interface AccountScoreColumns {
  /** The index's id. */
  index: string;
  period: Pick<Period, 'start' | 'end' | 'days'>;
  /** Account ids: position a of every column is account `accountIds[a]` (the table's dictionary). */
  accountIds: readonly string[];
  /** Index value of account a; `NaN` when it has none (no post in the period). */
  values: Float64Array;
  /** Posts of account a in the period (n). */
  articles: Float64Array;
  /** Pre-transform sums `Σ dimWeight × dimValue`. */
  sums: Float64Array;
  /** Dimension keys, in definition order (`['O', 'A', 'H', 'P']`). */
  dimensionKeys: readonly string[];
  /** Dimension values: account a's dimension d at `dims[a × dimensionKeys.length + d]`. */
  dims: Float64Array;
}

/**
 * A dashboard sweep (issue 15): several indices (e.g. three WCI versions) over several
 * periods (e.g. 13 weeks) of one table in one call, as columns. Each account's posts in a
 * period are found once (its clustered run: O(1) when it lies wholly inside or outside the
 * period, else two binary searches), the fields every index needs accumulated once, and
 * each index's formula evaluated from them (the fused kernel of `scoreAccounts`). Values
 * are bit-identical to `scoreAccounts(table, { index, period })` for each pair (tested).
 *
 * @returns `result[p][i]`: index `indices[i]` over `periods[p]`
 * Complexity O(posts in the periods + periods × accounts × (1 + Σ terms)) after the one-off clustering.
 * @throws {RangeError} for an empty `indices` or `periods`, an unknown index, a period without `days > 0` for an index dividing by days, or a bad multiplier
 * @throws {IndexInputError} when an index needs inputs the data lacks (BCI 7var originality, DCI/BVCI followers)
 * @throws {TypeError} for an index a posts table cannot score
 * @example
 * const weeks = Array.from({ length: 13 }, (_, w) => ({ start: t0 + w * 7 * DAY, end: t0 + (w + 1) * 7 * DAY, days: 7 }));
 * const sweep = scoreSweep(table, { indices: ['wci-14.2', 'wci-13.0', 'wci-2.0'], periods: weeks });
 * sweep[0][0].values[table.accountIndex('gov_1')!] // gov_1's WCI 14.2 in week 1
 */
export function scoreSweep(table: PostsTable, options: ScoreSweepOptions): AccountScoreColumns[][] {
  const fn = 'scoreSweep';
  if (!options || !Array.isArray(options.indices) || options.indices.length === 0) throw new RangeError(`${fn}: options.indices must name at least one index`);
  if (!Array.isArray(options.periods) || options.periods.length === 0) throw new RangeError(`${fn}: options.periods must hold at least one period`);
  for (const p of options.periods)
    if (!p || !Number.isFinite(p.start) || !Number.isFinite(p.end) || !(p.end > p.start) || !(typeof p.days === 'number' && p.days > 0))
      throw new RangeError(`${fn}: each period needs finite start < end (epoch ms) and days > 0`);
  const defs = options.indices.map((ix) => resolveIndexNamed(ix, fn));
  const base = { multiplier: options.multiplier, roundAverages: options.roundAverages, accounts: options.accounts };
  const plans: ScorePlan[] = defs.map((d) => planScore(d, { ...base, period: options.periods[0] }, fn));
  const accountIds = table.accountIds, k = accountIds.length;
  const fields = [...new Set(plans.flatMap((p) => p.fields))] as AccountField[];
  const cols = kernelColumnsOf(table, fields);
  // Account-level inputs (followers, fans gained) per period; the kernel's slots for them are planned once.
  const extFor = (period: ScoreSweepOptions['periods'][number]) => {
    const m = new Map<string, Float64Array>();
    for (const p of plans) for (const [w, col] of accountInputColumns(p, accountIds, undefined, { ...base, period }, fn)) m.set(w, col);
    return m;
  };
  const ext0 = extFor(options.periods[0]!);
  const kernel = planKernel(cols, plans.map((p) => ({ compiled: p.compiled, inputs: p.inputs })), ext0, fields);
  const unknown = fields.includes('originalityUnknown') ? new Float64Array(k) : undefined;
  return options.periods.map((period, pi) => {
    const acct = pi === 0 ? ext0 : extFor(period);
    for (const e of kernel.ext) for (const [w, col] of acct) if (kernel.extSlots.get(w) === e.slot) e.col = col;
    const articles = new Float64Array(k);
    const outs = plans.map((p) => scoreOutputs(k, p.compiled.dimWeights.length, false));
    runKernel(kernel, cols, period.start, period.end, period.days, undefined, 0, k, outs, unknown ? [{ slot: kernel.slot.originalityUnknown!, col: unknown }] : [], articles);
    const fv: Partial<Record<AccountField, Float64Array>> = { articles, ...(unknown ? { originalityUnknown: unknown } : {}) };
    return plans.map((p, i): AccountScoreColumns => {
      checkInputs(p, fv, new Map([...acct].filter(([w]) => [...p.inputs.values()].includes(w as never))), accountIds, undefined, fn);
      return { index: p.def.id, period, accountIds, values: outs[i]!.values, articles, sums: outs[i]!.sums, dimensionKeys: p.def.dimensions.map((d) => d.key), dims: outs[i]!.dims };
    });
  });
}
