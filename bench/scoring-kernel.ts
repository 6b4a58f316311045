// In-process check of the fused kernel against the floor (hand loop) and the column
// evaluator (clustered: false is the row-order path; the per-field path is reached with
// fieldValues). Interleaved rounds; `npx tsx bench/scoring-kernel.ts [posts] [accounts] [rounds]`.
import { scoreAccounts } from '../src/index.js';
import { scoreColumns } from '../src/indices/score-columns.js';
import { resolveIndex } from '../src/indices/index-catalog.js';
import { accumulateAccountFields } from '../src/stats/accumulate-account-fields.js';
import { planScore } from '../src/indices/score-columns.js';
import { makeTable, START } from './lib/data.js';
import { floorBci7, floorWci142 } from './lib/floor.js';

const n = Number(process.argv[2] ?? 1_000_000), k = Number(process.argv[3] ?? 10_000), rounds = Number(process.argv[4] ?? 15);
const table = makeTable(n, k);
const period = { start: START, end: START + 30 * 86_400_000, days: 30 };
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
for (const [index, floor] of [['wci-14.2', floorWci142], ['bci-7var', floorBci7]] as const) {
  const def = resolveIndex(index);
  const plan = planScore(def, { period }, 'x');
  const fused = () => scoreColumns(table, def, { period }, 'x');
  const byFields = () => scoreColumns(table, def, { period, fieldValues: accumulateAccountFields(table, { fields: plan.fields, period }).fields }, 'x');
  const objects = () => scoreAccounts(table, { index, period, explain: false });
  const fl = () => floor(table, period);
  const a = fused().values, b = byFields().values;
  for (let i = 0; i < k; i++) if (!Object.is(a[i], b[i])) throw new Error(`differs at ${i}: ${a[i]} ${b[i]}`);
  const t: Record<string, number[]> = { fused: [], byFields: [], objects: [], floor: [] };
  for (let r = 0; r < rounds; r++) for (const [name, f] of [['fused', fused], ['byFields', byFields], ['objects', objects], ['floor', fl]] as const) { const t0 = performance.now(); f(); t[name]!.push(performance.now() - t0); }
  const m = Object.fromEntries(Object.entries(t).map(([x, v]) => [x, median(v)]));
  console.log(index, Object.entries(m).map(([x, v]) => `${x} ${v.toFixed(2)} ms`).join(' · '), `fused/floor ${(m.fused! / m.floor!).toFixed(2)}× objects/floor ${(m.objects! / m.floor!).toFixed(2)}× byFields/floor ${(m.byFields! / m.floor!).toFixed(2)}×`);
}
