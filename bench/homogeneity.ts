/**
 * Homogeneity bench (issue 5, SPEC §9): 1,000,000 synthetic posts (Weibo-like and
 * WeChat-like lengths, planted near-duplicates at known edit rates), end to end
 * through findHomogeneousAccounts; recall against an exact all-pairs join on a
 * 20,000-post sample; zero false positives; OPH vs classic MinHash; and the
 * straightforward 128-permutation MinHash over plain arrays as the baseline, in
 * the same run. Run: npx tsx bench/homogeneity.ts [--posts 1000000] [--reps 3]
 */
import { median } from 'd3-array';
import { findHomogeneousAccounts, jaccardSimilarity } from '../src/homogeneity/index.js';
import { lshBandKeysParallel } from '../src/io/node/workers.js';
import { baselineNearDuplicates } from './homogeneity-baseline.js';
import { mulberry32, syntheticPosts, EDIT_RATES } from './homogeneity-data.js';
import { bruteAllPairs, exactAllPairs } from './homogeneity-exact.js';

const arg = (name: string, def: number) => { const i = process.argv.indexOf(`--${name}`); return i > 0 ? Number(process.argv[i + 1]) : def; };
const N = arg('posts', 1_000_000), REPS = arg('reps', 3), SAMPLE = arg('sample', 20_000), T = 0.8;
const mb = (b: number) => `${(b / 2 ** 20).toFixed(0)} MB`;
const now = () => performance.now();
const log = (...a: unknown[]) => console.log(...a);

let t = now();
const data = syntheticPosts({ n: N, accounts: Math.max(1000, Math.round(N / 50)), planted: Math.round(N * 0.025), homogeneousPairs: 200, weiboShare: 0.75, seed: 20261122 });
const { table } = data;
const texts = table.texts as string[];
log(`generated ${N.toLocaleString()} posts, ${(data.chars / 1e6).toFixed(0)} M characters (75% Weibo-like 50–140, 25% WeChat-like 300–3000), ${data.copyOf.filter((x) => x >= 0).length} planted copies, in ${((now() - t) / 1000).toFixed(1)} s`);
const rssData = process.memoryUsage().rss;

// 1. End to end on all posts.
const e2e: number[] = [];
let result!: ReturnType<typeof findHomogeneousAccounts>;
for (let r = 0; r < REPS; r++) {
  t = now();
  result = findHomogeneousAccounts(table, { threshold: T, maxListedPairs: Infinity });
  e2e.push((now() - t) / 1000);
}
const peakRss = process.resourceUsage().maxRSS * 1024;
const e2eMedian = median(e2e)!;
// Same, with the band keys computed by 2 worker threads (Node only).
const par: number[] = [];
let parSame = true;
for (let r = 0; r < REPS; r++) {
  t = now();
  const bandKeys = await lshBandKeysParallel(table, {}, { threads: 2 });
  const rp = findHomogeneousAccounts(table, { threshold: T, maxListedPairs: Infinity, bandKeys });
  par.push((now() - t) / 1000);
  parSame &&= rp.pairs.count === result.pairs.count && rp.pairs.candidates === result.pairs.candidates;
}
const parMedian = median(par)!;

// 2. No false positives: every reported pair re-verified independently.
let fp = 0;
for (const p of result.pairs.list) { const j = jaccardSimilarity(texts[p.a.index]!, texts[p.b.index]!); if (j === null || j < T || j !== p.jaccard) fp++; }

// 3. Planted pairs: recall by edit rate.
const found = new Set(result.pairs.list.map((p) => (p.a.index < p.b.index ? `${p.a.index},${p.b.index}` : `${p.b.index},${p.a.index}`)));
const byRate = new Map<number, { n: number; hi: number; foundHi: number; jsum: number }>();
let plantedHi = 0, plantedHiFound = 0;
for (let k = 0; k < N; k++) {
  const s = data.copyOf[k]!;
  if (s < 0 || table.account[s] === table.account[k]) continue;
  const j = jaccardSimilarity(texts[s]!, texts[k]!) ?? 0;
  const g = byRate.get(data.rate[k]!) ?? { n: 0, hi: 0, foundHi: 0, jsum: 0 };
  g.n++; g.jsum += j;
  if (j >= T) { g.hi++; plantedHi++; if (found.has(`${s},${k}`)) { g.foundHi++; plantedHiFound++; } }
  byRate.set(data.rate[k]!, g);
}
const accountFound = data.accountPairs.filter(([a, b]) => result.accountPairs.some((p) => p.homogeneous && ((p.a === a && p.b === b) || (p.a === b && p.b === a)))).length;
const sourcesRight = data.accountPairs.filter(([a, b]) => result.accountPairs.some((p) => p.homogeneous && (p.a === a || p.b === a) && (p.a === b || p.b === b) && p.source === a)).length;

// 4. Sample of SAMPLE posts: planted pairs (both posts) + random posts; exact all-pairs ground truth.
const rand = mulberry32(7);
const pick = new Set<number>();
for (let k = 0; k < N && pick.size < SAMPLE * 0.6; k++) if (data.copyOf[k]! >= 0 && rand() < 0.5) { pick.add(k); pick.add(data.copyOf[k]!); }
while (pick.size < Math.min(SAMPLE, N)) pick.add(Math.floor(rand() * N));
const sampleIdx = [...pick].sort((a, b) => a - b);
const sample = table.take(sampleIdx);
const sTexts = sample.texts as string[];
const cross = (i: number, j: number) => sample.account[i] !== sample.account[j];
t = now();
const truth = exactAllPairs(sTexts, T, cross);
const exactSec = (now() - t) / 1000;
// check the prefix-filter join against brute force on a sub-sample
const sub = sTexts.slice(0, 700);
const bf = bruteAllPairs(sub, T, cross), pf = exactAllPairs(sub, T, cross);
const joinAgrees = bf.size === pf.size && [...bf.keys()].every((k) => pf.has(k));
// the 1M run's pairs within the sample
const pos = new Map(sampleIdx.map((g, i) => [g, i]));
let inSample = 0, inSampleTrue = 0;
for (const p of result.pairs.list) {
  const a = pos.get(p.a.index), b = pos.get(p.b.index);
  if (a === undefined || b === undefined) continue;
  inSample++;
  if (truth.has(a < b ? `${a},${b}` : `${b},${a}`)) inSampleTrue++;
}
const recallFull = inSampleTrue / truth.size;

// 5. Same-run comparison on the sample: OPH vs classic vs baseline (median of REPS).
const runOn = (f: () => Map<string, number>) => {
  const ts: number[] = [];
  let out = new Map<string, number>();
  for (let r = 0; r < REPS; r++) { const s0 = now(); out = f(); ts.push((now() - s0) / 1000); }
  let hit = 0, bad = 0;
  for (const k of out.keys()) if (truth.has(k)) hit++; else bad++;
  return { sec: median(ts)!, recall: hit / truth.size, fp: bad, pairs: out.size };
};
const asMap = (r: ReturnType<typeof findHomogeneousAccounts>) => new Map(r.pairs.list.map((p) => [p.a.index < p.b.index ? `${p.a.index},${p.b.index}` : `${p.b.index},${p.a.index}`, p.jaccard]));
const oph = runOn(() => asMap(findHomogeneousAccounts(sample, { threshold: T, maxListedPairs: Infinity })));
const classic = runOn(() => asMap(findHomogeneousAccounts(sample, { threshold: T, maxListedPairs: Infinity, method: 'classic' })));
const base = runOn(() => baselineNearDuplicates(sTexts, sample.account, T));

log('');
log(`| measure | value |`);
log(`|---|---|`);
log(`| end to end, ${N.toLocaleString()} posts (median of ${REPS}: ${e2e.map((x) => x.toFixed(1)).join(', ')} s) | **${e2eMedian.toFixed(1)} s** (${Math.round(N / e2eMedian).toLocaleString()} posts/s, ${(data.chars / e2eMedian / 1e6).toFixed(0)} M chars/s) |`);
log(`| same, band keys on 2 worker threads (median of ${REPS}: ${par.map((x) => x.toFixed(1)).join(', ')} s) | ${parMedian.toFixed(1)} s (${(e2eMedian / parMedian).toFixed(2)}× single-threaded; ${parSame ? 'same pairs' : 'DIFFERENT pairs'}) |`);
log(`| verified pairs / candidates / rejected | ${result.pairs.count} / ${result.pairs.candidates} / ${result.pairs.rejected} |`);
log(`| false positives after verification (all ${result.pairs.count} pairs re-checked) | ${fp} |`);
log(`| planted cross-account pairs with Jaccard ≥ ${T} found | ${plantedHiFound} / ${plantedHi} = ${(plantedHiFound / plantedHi).toFixed(4)} |`);
log(`| planted homogeneous account pairs found (source right) | ${accountFound} / ${data.accountPairs.length} (${sourcesRight}) |`);
log(`| recall vs exact all-pairs on ${sampleIdx.length.toLocaleString()}-post sample (${truth.size} true pairs; join ${exactSec.toFixed(1)} s, ${joinAgrees ? 'agrees with' : 'DISAGREES with'} brute force on 700) | **${recallFull.toFixed(4)}** (${inSampleTrue} found, ${inSample - inSampleTrue} reported but not true) |`);
log(`| peak RSS (whole process) / RSS after generating data | ${mb(peakRss)} / ${mb(rssData)} |`);
log('');
log(`Same run, ${sampleIdx.length.toLocaleString()}-post sample, median of ${REPS}:`);
log(`| method | time | posts/s | ratio vs baseline | recall | false positives |`);
log(`|---|---|---|---|---|---|`);
for (const [name, m] of [['OPH + densification (default)', oph], ['classic 128 universal hashes (typed arrays)', classic], ['baseline: 128-perm MinHash, plain arrays', base]] as const)
  log(`| ${name} | ${m.sec.toFixed(2)} s | ${Math.round(sampleIdx.length / m.sec).toLocaleString()} | ${(base.sec / m.sec).toFixed(1)}× | ${m.recall.toFixed(4)} | ${m.fp} |`);
log('');
log('Planted copies by edit rate (share of characters replaced):');
log(`| edit rate | copies | mean Jaccard | with J ≥ ${T} | found |`);
log(`|---|---|---|---|---|`);
for (const r of EDIT_RATES) { const g = byRate.get(r); if (g) log(`| ${r} | ${g.n} | ${(g.jsum / g.n).toFixed(3)} | ${g.hi} | ${g.foundHi} |`); }
