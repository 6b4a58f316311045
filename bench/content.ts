// Content-check speed (issue 14): checkContent over N posts (Weibo- and WeChat-length texts,
// as bench/homogeneity-data.ts makes them) against 5,000 rules plus a 500-phrase allowlist,
// against a naive loop (normalise, then indexOf for every pattern, allowlist check) timed in
// the same run, and the Aho–Corasick packages compared on the same normalised texts.
//
//   npx tsx bench/content.ts              N = 1,000,000 posts
//   N=200000 npx tsx bench/content.ts     a modest size on a busy machine
//
// Throughput is MB of UTF-8 text per second on one core (one thread; Node is single-threaded here).
// The naive loop is ~1 MB/s, so it runs on the first NAIVE posts (default 2,000); ratios compare
// throughputs, and checkContent is also timed on exactly that subset.
import AhoCorasickPlain from 'ahocorasick';
import ModernAhoCorasick from 'modern-ahocorasick';
import { AhoCorasick as MonyoneFast } from '@monyone/aho-corasick/fast';
import { AhoCorasick as MonyoneTrie } from '@monyone/aho-corasick';
import { checkContent, compileContentRules, defaultContentRules, extendContentRules, normalizeContentText, type ContentPost } from '../src/index.js';
import { makeText, mulberry32, phraseBank, postLength } from './homogeneity-data.js';

const N = Number(process.env.N ?? 1_000_000);
const NAIVE = Number(process.env.NAIVE ?? 2_000);
const rand = mulberry32(14);
const bank = phraseBank(rand);
const han = (len: number) => { let s = ''; for (let k = 0; k < len; k++) s += String.fromCharCode(0x4e00 + Math.floor(3500 * rand() * rand())); return s; };

// 5,000 rules: the defaults plus generated words (5% taken from the phrase bank, so they occur).
const base = defaultContentRules();
const words = new Set<string>();
while (base.rules.length + words.size < 5000) words.add(rand() < 0.05 ? bank[Math.floor(rand() * bank.length)]!.slice(0, 2 + Math.floor(rand() * 4)) : han(2 + Math.floor(rand() * 4)));
const generated = [...words].map((w, i) => ({ id: `bench:${i}`, kind: 'sensitive' as const, severity: 'note' as const, patterns: [w], source: 'bench' }));
const allow = new Set<string>();
while (allow.size < 500) allow.add(rand() < 0.3 ? `${han(1)}${[...words][Math.floor(rand() * words.size)]}${han(1)}` : han(4));
const rules = extendContentRules(base, { rules: generated, allowlist: [...allow] });
const patternCount = rules.rules.reduce((s, r) => s + r.patterns.length, 0);

process.stdout.write(`generating ${N.toLocaleString()} posts …\n`);
const posts: ContentPost[] = new Array(N);
const t0 = Date.UTC(2024, 0, 1);
let bytes = 0;
const enc = new TextEncoder();
for (let i = 0; i < N; i++) {
  const text = makeText(rand, bank, postLength(rand, 0.5));
  posts[i] = { accountId: `acc${i % 5000}`, id: `p${i}`, publishedAt: new Date(t0 + i * 1000), text };
  bytes += i < 20_000 ? enc.encode(text).length : text.length * 3; // Han text: 3 bytes per character in UTF-8 (checked on the first 20,000)
}
const mb = bytes / 1e6;
process.stdout.write(`${N.toLocaleString()} posts, ${mb.toFixed(0)} MB UTF-8, ${rules.rules.length} rules (${patternCount} patterns), ${rules.allowlist.length} allowlist phrases\n`);

const time = <T>(f: () => T): [T, number] => { const s = performance.now(); const r = f(); return [r, (performance.now() - s) / 1000]; };
const compiled = compileContentRules(rules);
const [full, tFull] = time(() => checkContent(posts, compiled));
const sub = posts.slice(0, NAIVE);
const subBytes = sub.reduce((s, p) => s + enc.encode(p.text!).length, 0) / 1e6;
const [subRes, tSub] = time(() => checkContent(sub, compiled));

// Naive: the same normalisation, then indexOf per pattern, the allowlist by indexOf too.
const patterns = rules.rules.flatMap((r) => r.patterns.map((p) => normalizeContentText(p).text));
const allowN = rules.allowlist.map((a) => normalizeContentText(a).text);
const [naiveHits, tNaive] = time(() => {
  let hits = 0;
  for (const p of sub) {
    const t = normalizeContentText(p.text!).text;
    const allowed: [number, number][] = [];
    for (const a of allowN) for (let i = t.indexOf(a); i >= 0; i = t.indexOf(a, i + 1)) allowed.push([i, i + a.length]);
    for (const w of patterns) for (let i = t.indexOf(w); i >= 0; i = t.indexOf(w, i + 1)) if (!allowed.some(([x, y]) => x <= i && i + w.length <= y)) hits++;
  }
  return hits;
});

// Matchers alone on the normalised texts of a slice (build time separate).
const slice = posts.slice(0, Math.min(N, Number(process.env.SLICE ?? 5_000))).map((p) => normalizeContentText(p.text!).text);
const sliceMb = slice.reduce((s, t) => s + enc.encode(t).length, 0) / 1e6;
const dict = [...new Set([...patterns, ...allowN])];
const matchers: [string, () => (t: string) => number][] = [
  ['@monyone/aho-corasick/fast (chosen)', () => { const m = new MonyoneFast(dict); return (t) => m.matchInText(t).length; }],
  ['@monyone/aho-corasick (trie)', () => { const m = new MonyoneTrie(dict); return (t) => m.matchInText(t).length; }],
  ['ahocorasick', () => { const m = new AhoCorasickPlain(dict); return (t) => m.search(t).reduce((s: number, x: [number, string[]]) => s + x[1].length, 0); }],
  ['modern-ahocorasick', () => { const m = new ModernAhoCorasick(dict); return (t) => m.search(t).length; }],
];
const rows: string[] = [];
for (const [name, make] of matchers) {
  const [f, tb] = time(make);
  const [h, ts] = time(() => slice.reduce((s, t) => s + f(t), 0));
  rows.push(`| ${name} | ${(tb * 1000).toFixed(0)} ms | ${(sliceMb / ts).toFixed(1)} MB/s | ${h} |`);
}

const out = [
  '',
  `| run | posts | MB | seconds | MB/s (1 core) | findings |`,
  `| --- | ---: | ---: | ---: | ---: | ---: |`,
  `| checkContent, all posts | ${N.toLocaleString()} | ${mb.toFixed(0)} | ${tFull.toFixed(1)} | ${(mb / tFull).toFixed(1)} | ${full.findings.length.toLocaleString()} |`,
  `| checkContent, first ${NAIVE.toLocaleString()} | ${NAIVE.toLocaleString()} | ${subBytes.toFixed(1)} | ${tSub.toFixed(2)} | ${(subBytes / tSub).toFixed(1)} | ${subRes.findings.length.toLocaleString()} |`,
  `| naive indexOf per pattern, same ${NAIVE.toLocaleString()} | ${NAIVE.toLocaleString()} | ${subBytes.toFixed(1)} | ${tNaive.toFixed(2)} | ${(subBytes / tNaive).toFixed(2)} | ${naiveHits.toLocaleString()} raw hits |`,
  '',
  `checkContent vs naive: ${(tNaive / tSub).toFixed(1)}× on the same ${NAIVE.toLocaleString()} posts; ${((mb / tFull) / (subBytes / tNaive)).toFixed(1)}× in throughput over all ${N.toLocaleString()} posts`,
  '',
  `Matchers alone on ${slice.length.toLocaleString()} normalised texts (${sliceMb.toFixed(1)} MB), ${dict.length} words:`,
  '',
  '| package | build | scan | hits |',
  '| --- | ---: | ---: | ---: |',
  ...rows,
  '',
];
process.stdout.write(out.join('\n') + '\n');
