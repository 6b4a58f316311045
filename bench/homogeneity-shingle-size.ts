/**
 * Choice of the shingle size n (bench/measurement, issue 5): on the seed documents'
 * paragraphs, compare for n = 1…6 the Jaccard similarity of genuinely distinct
 * paragraphs (the noise floor, 99.9th percentile and max: same topic, same
 * vocabulary) with that of edited copies (2%, 5%, 10% of characters substituted,
 * deleted or inserted; 5th percentile and mean). A good n keeps copies high and
 * distinct paragraphs low: we report the gap and the ratio copy-p5 / noise-p99.9.
 * Run: npx tsx bench/homogeneity-shingle-size.ts
 */
import { readFileSync, readdirSync } from 'node:fs';
import { normalizeHomogeneityText } from '../src/homogeneity/index.js';
import { mulberry32 } from './homogeneity-data.js';

const dir = '/work/shared/seeds/';
const paras: string[][] = [];
const seen = new Set<string>();
for (const f of readdirSync(dir).sort()) for (const line of readFileSync(dir + f, 'utf8').split(/\n+/)) {
  const c = [...normalizeHomogeneityText(line)];
  const key = c.join('');
  if (c.length >= 40 && !seen.has(key)) { seen.add(key); paras.push(c); }
}
const pool = paras.flat();
const sh = (c: string[], n: number) => { const s = new Set<string>(); for (let i = 0; i + n <= c.length; i++) s.add(c.slice(i, i + n).join('')); return s; };
const jac = (a: Set<string>, b: Set<string>) => { let i = 0; for (const x of a) if (b.has(x)) i++; return i / (a.size + b.size - i); };
const edit = (rand: () => number, c: string[], rate: number) => {
  const out: string[] = [];
  for (const ch of c) {
    const u = rand();
    if (u < rate / 3) continue;
    if (u < (2 * rate) / 3) { out.push(pool[Math.floor(rand() * pool.length)]!); continue; }
    if (u < rate) { out.push(ch, pool[Math.floor(rand() * pool.length)]!); continue; }
    out.push(ch);
  }
  return out;
};
const q = (xs: number[], p: number) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor(s.length * p))]!; };

console.log(`${paras.length} distinct paragraphs (≥ 40 characters) from the seed documents\n`);
console.log('| n | distinct max | distinct p99.9 | copies 2% p5 / mean | copies 5% p5 / mean | copies 10% p5 / mean | gap 5%p5 − p99.9 | ratio 5%p5 / p99.9 |');
console.log('|---|---|---|---|---|---|---|---|');
for (const n of [1, 2, 3, 4, 5, 6]) {
  const S = paras.map((p) => sh(p, n));
  const d: number[] = [];
  for (let i = 0; i < S.length; i++) for (let j = i + 1; j < S.length; j++) d.push(jac(S[i]!, S[j]!));
  const cell: Record<number, [number, number]> = {};
  for (const rate of [0.02, 0.05, 0.1]) {
    const rand = mulberry32(99);
    const js = paras.map((p) => jac(sh(p, n), sh(edit(rand, p, rate), n)));
    cell[rate] = [q(js, 0.05), js.reduce((a, b) => a + b, 0) / js.length];
  }
  const noise = q(d, 0.999), c5 = cell[0.05]![0];
  const f = (x: [number, number]) => `${x[0].toFixed(3)} / ${x[1].toFixed(3)}`;
  console.log(`| ${n} | ${Math.max(...d).toFixed(3)} | ${noise.toFixed(3)} | ${f(cell[0.02]!)} | ${f(cell[0.05]!)} | ${f(cell[0.1]!)} | ${(c5 - noise).toFixed(3)} | ${(c5 / noise).toFixed(2)} |`);
}
