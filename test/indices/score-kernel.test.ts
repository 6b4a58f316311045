import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defineIndex, INDEX_CATALOG, indexInputsOf, PostsTable, type Account, type IndexDefinition, type Post } from '../../src/index.js';
import { planScore, scoreColumns } from '../../src/indices/score-columns.js';
import { KERNEL_FAMILIES, planKernel, runKernel } from '../../src/indices/score-kernel.js';
import { accumulateAccountFields } from '../../src/stats/accumulate-account-fields.js';
import { kernelColumnsOf } from '../../src/stats/account-fields-kernel.js';

const DAY = 86_400_000;
const T0 = Date.UTC(2024, 0, 1) - 8 * 3600_000;
const metric = (max: number) => fc.oneof(fc.integer({ min: 0, max }), fc.double({ min: 0, max, noNaN: true }), fc.constant(undefined));

/** Random tables: skewed accounts, times over 90 days, integer and fractional metrics, some missing; originality always stated. */
const tableArb = fc.record({
  accounts: fc.integer({ min: 1, max: 12 }),
  skew: fc.double({ min: 0, max: 3, noNaN: true }),
  rows: fc.array(fc.record({
    u: fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }),
    t: fc.integer({ min: 0, max: 90 * DAY }),
    reads: metric(100_001), looks: metric(500), likes: metric(3000), shares: metric(800), comments: metric(300),
    position: fc.integer({ min: 0, max: 4 }), original: fc.boolean(),
  }), { minLength: 0, maxLength: 150 }),
}).map(({ accounts, skew, rows }) => PostsTable.fromPosts(rows.map((r): Post => {
  const p: Post = { accountId: `acc${Math.floor(r.u ** (1 + skew) * accounts)}`, publishedAt: new Date(T0 + r.t), isOriginal: r.original };
  for (const m of ['reads', 'looks', 'likes', 'shares', 'comments'] as const) if (r[m] !== undefined) p[m] = r[m];
  if (r.position > 0) p.position = r.position;
  return p;
})));
const periodArb = fc.tuple(fc.integer({ min: -5, max: 95 }), fc.integer({ min: 1, max: 60 })).map(([s, d]) => ({ start: T0 + s * DAY, end: T0 + (s + d) * DAY, days: d }));
const optionsArb = fc.record({ multiplier: fc.option(fc.double({ min: 0.5, max: 20, noNaN: true }), { nil: undefined }), roundAverages: fc.option(fc.boolean(), { nil: undefined }) });

const accountsOf = (t: PostsTable): Account[] => t.accountIds.map((id, k) => ({
  id, name: id, platform: 'douyin', unit: 'u', level: 'city', region: '', kind: 'unit', status: 'active', followers: 1000 * (k + 1),
  followerHistory: Array.from({ length: 120 }, (_, j): [Date, number] => [new Date(T0 + (j - 10) * DAY), 500 * (k + 1) + 37 * j * (j % 4 === 3 ? -1 : 1)]),
}));

/** A user-defined index the families do not match: identity and floored terms, a rounded per-article average, no `requires`. */
const custom = defineIndex({
  id: 'office-1', name: 'office', family: 'custom', version: '1', source: 'test', confidence: 'low', outer: 'linear', multiplier: 3, roundAverages: true,
  dimensions: [
    { key: 'X', label: 'x', weight: 0.5, terms: [{ field: 'reads', divideBy: 'articles', weight: 0.7, scale: 2 }, { field: 'pushes', weight: 0.3, transform: 'identity' }] },
    { key: 'Y', label: 'y', weight: 0.5, terms: [{ field: 'maxLikes', weight: 1, min: 3 }, { field: 'originalComments', divideBy: 'days', weight: 0.2 }] },
  ],
});
const scorable: IndexDefinition[] = [...Object.values(INDEX_CATALOG).filter((d) => { try { indexInputsOf(d); return true; } catch { return false; } }), custom];
const same = (a: Float64Array, b: Float64Array) => { expect(a.length).toBe(b.length); for (let i = 0; i < a.length; i++) expect(Object.is(a[i], b[i]), `${i}: ${a[i]} vs ${b[i]}`).toBe(true); };

describe('the fused scoring kernel (src/indices/score-kernel.ts)', () => {
  it('gives each catalog family its unrolled evaluator and anything else the general one', () => {
    const family = (def: IndexDefinition) => {
      const plan = planScore(def, { days: 30 }, 't');
      const t = PostsTable.fromPosts([]);
      const acct = new Map(['followers', 'followersGained'].filter((w) => [...plan.inputs.values()].includes(w as never)).map((w) => [w, new Float64Array(0)]));
      return KERNEL_FAMILIES[planKernel(kernelColumnsOf(t, plan.fields), [{ compiled: plan.compiled, inputs: plan.inputs }], acct, plan.fields).indices[0]!.family];
    };
    for (const v of ['13.0', '14.2', '14.2-share']) expect(family(INDEX_CATALOG[`wci-${v}`]!)).toBe('oahp');
    for (const v of ['2.0', '11', '12.0']) expect(family(INDEX_CATALOG[`wci-${v}`]!)).toBe('pair');
    for (const v of ['bci-4var', 'bci-7var']) expect(family(INDEX_CATALOG[v]!)).toBe('logs');
    expect(family(custom)).toBe('generic');
  });

  it('is bit-identical to the per-field column evaluator and to its own general term loop, for every index, period, multiplier and rounding', () => {
    fc.assert(fc.property(tableArb, periodArb, fc.constantFrom(...scorable), optionsArb, (t, period, def, opts) => {
      const accounts = accountsOf(t);
      const o = { period, accounts, ...opts };
      const fused = scoreColumns(t, def, { ...o, keepInputs: true }, 't');
      const plan = planScore(def, o, 't');
      const fieldValues = accumulateAccountFields(t, { fields: plan.fields, period }).fields;
      const byFields = scoreColumns(t, def, { ...o, fieldValues }, 't');
      const rowOrder = scoreColumns(t, def, { ...o, clustered: false }, 't');
      const lean = scoreColumns(t, def, o, 't'); // no inputs kept: the one-loop paths (WCI 14.2-shaped, BCI 7var-shaped)
      for (const other of [byFields, rowOrder, lean]) { same(fused.values, other.values); same(fused.sums, other.sums); same(fused.dims, other.dims); same(fused.articles, other.articles); }
      for (const [name, col] of byFields.inputs) { const f = fused.inputs.get(name)!; if (typeof col === 'number') expect(f).toBe(col); else same(f as Float64Array, col); }
      // The general evaluator inside the kernel (families off) gives the same bits.
      const cols = kernelColumnsOf(t, plan.fields);
      const acct = new Map([...byFields.inputs].filter(([n]) => plan.inputs.get(n) === 'followers' || plan.inputs.get(n) === 'followersGained').map(([n, c]) => [plan.inputs.get(n)!, c as Float64Array]));
      const k = planKernel(cols, [{ compiled: plan.compiled, inputs: plan.inputs }], acct, plan.fields, false);
      const n = t.accountIds.length, nD = plan.compiled.dimWeights.length;
      const out = { values: new Float64Array(n).fill(NaN), sums: new Float64Array(n), dims: new Float64Array(n * nD) };
      runKernel(k, cols, period.start, period.end, plan.days, undefined, 0, n, [out], [], new Float64Array(n));
      same(out.values, fused.values); same(out.sums, fused.sums); same(out.dims, fused.dims);
    }), { numRuns: 300 });
  });

  it('scores several indices in one pass exactly as one at a time (the sweep shares the accumulation)', () => {
    fc.assert(fc.property(tableArb, periodArb, fc.shuffledSubarray(scorable.filter((d) => d.id !== 'dci' && d.id !== 'bvci-2.0'), { minLength: 2, maxLength: 5 }), (t, period, defs) => {
      const plans = defs.map((d) => planScore(d, { period }, 't'));
      const fields = [...new Set(plans.flatMap((p) => p.fields))];
      const cols = kernelColumnsOf(t, fields);
      const k = planKernel(cols, plans.map((p) => ({ compiled: p.compiled, inputs: p.inputs })), new Map(), fields);
      const n = t.accountIds.length;
      const outs = plans.map((p) => ({ values: new Float64Array(n).fill(NaN), sums: new Float64Array(n), dims: new Float64Array(n * p.compiled.dimWeights.length) }));
      runKernel(k, cols, period.start, period.end, period.days, undefined, 0, n, outs, [], new Float64Array(n));
      defs.forEach((d, j) => { const one = scoreColumns(t, d, { period }, 't'); same(outs[j]!.values, one.values); same(outs[j]!.dims, one.dims); });
    }), { numRuns: 100 });
  });
});
