/**
 * Homogeneity (同质化) example on the sample province: which accounts publish the same
 * content, who copies whom, and which accounts to consolidate (SPEC §6, seed 001).
 * The sample (src/sample `generateProvince`) plants copier pairs (cited and uncited)
 * and one unit with 8 WeChat accounts; this example checks they are found.
 * Run: npx tsx examples/homogeneity.ts
 */
import { findHomogeneousAccounts } from '../src/homogeneity/index.js';
import { generateProvince } from '../src/sample/index.js';
import { PostsTable } from '../src/table/posts-table.js';

const province = generateProvince({ seed: 1, accountCount: 300 });
const table = PostsTable.fromPosts(province.posts);
const names = new Map(province.accounts.map((a) => [a.id, a.name]));
const r = findHomogeneousAccounts(table, { accounts: province.accounts });

console.log(`sample province: ${province.accounts.length} accounts, ${table.size} posts`);
console.log(`near-duplicate post pairs: ${r.pairs.count} (${r.pairs.cited} cited reposts); ${r.pairs.candidates} candidates verified, ${r.pairs.screened} screened out; ${r.stats.bands} bands × ${r.stats.rows} rows\n`);
console.log('planted copier pairs → found (pairs, share of copier\'s posts, source, median lag, verdict):');
let ok = 0;
for (const d of province.planted.duplicatePairs) {
  const p = r.accountPairs.find((x) => [x.a, x.b].sort().join() === [d.source, d.copier].sort().join());
  const share = !p ? 0 : p.a === d.copier ? (d.cited ? p.citedShareAInB : p.shareAInB) : (d.cited ? p.citedShareBInA : p.shareBInA);
  const right = !!p && p.source === d.source && (d.cited ? p.citedPairs === p.pairs : p.homogeneous);
  if (right) ok++;
  console.log(`  ${names.get(d.source)} → ${names.get(d.copier)} (${d.cited ? 'cited' : 'uncited'}): ${p ? `${p.pairs} pairs, ${share.toFixed(2)}, source ${names.get(p.source ?? '')}, ${(p.medianLagMs / 3_600_000).toFixed(1)} h, ${d.cited ? 'cited reposts' : p.homogeneous ? 'homogeneous' : 'below the bar'}` : 'NOT FOUND'}`);
}
console.log(`found with the right source and verdict: ${ok} / ${province.planted.duplicatePairs.length}`);
const unplanted = r.accountPairs.filter((x) => x.homogeneous && !province.planted.duplicatePairs.some((d) => [x.a, x.b].sort().join() === [d.source, d.copier].sort().join()));
console.log(`homogeneous pairs not planted: ${unplanted.length}\n`);

const { unit } = province.planted.multiAccountUnit;
const s = r.suggestions.find((x) => x.unit === unit)!;
console.log(`suggestion for ${unit} (planted: 8 WeChat accounts): [${s.reason}] keep ${names.get(s.keep)} (${s.keepBecause}), merge ${s.merge.length}: ${s.merge.map((m) => names.get(m)).join('、')}`);
console.log(`all suggestions: ${r.suggestions.length} (${['both', 'same-unit-platform', 'homogeneous-content'].map((k) => `${k} ${r.suggestions.filter((x) => x.reason === k).length}`).join(', ')})`);
