/**
 * Synthetic posts for the homogeneity benches (bench helper, not library code).
 * Texts are cheap concatenations of phrases from a bank (fragments of the seed
 * documents plus random Han phrases with a Zipf-like character distribution),
 * with Weibo-like (50–140 characters) and WeChat-like (300–3,000, log-uniform)
 * lengths, and planted near-duplicates made by substituting characters at known
 * rates (plus punctuation/whitespace noise, which normalisation removes).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { PostsTableBuilder, type PostsTable } from '../src/table/posts-table.js';

export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function phraseBank(rand: () => number, synthetic = 30000): string[] {
  const dir = '/work/shared/seeds/';
  const bank: string[] = [];
  for (const f of readdirSync(dir)) {
    for (const frag of readFileSync(dir + f, 'utf8').split(/[\s\p{P}\p{S}]+/u)) if (frag.length >= 2 && frag.length <= 24) bank.push(frag);
  }
  for (let i = 0; i < synthetic; i++) {
    const len = 2 + Math.floor(rand() * 7);
    let s = '';
    for (let k = 0; k < len; k++) s += String.fromCharCode(0x4e00 + Math.floor(3500 * rand() * rand()));
    bank.push(s);
  }
  return bank;
}

const PUNCT = ['，', '。', '、', '；', '！', '：'];

export function makeText(rand: () => number, bank: readonly string[], length: number): string {
  const parts: string[] = [];
  let n = 0;
  while (n < length) {
    const p = bank[Math.floor(rand() * bank.length)]!;
    parts.push(p, PUNCT[Math.floor(rand() * PUNCT.length)]!);
    n += p.length + 1;
  }
  return parts.join('');
}

/** Weibo-like (probability weiboShare) or WeChat-like length. */
export function postLength(rand: () => number, weiboShare: number): number {
  return rand() < weiboShare ? 50 + Math.floor(rand() * 91) : Math.floor(300 * 10 ** rand());
}

/** A copy of text with a share `rate` of its characters replaced, and some punctuation/space noise. */
export function editText(rand: () => number, text: string, rate: number): string {
  const c = text.split('');
  for (let i = 0; i < c.length; i++) {
    const u = rand();
    if (u < rate) c[i] = String.fromCharCode(0x4e00 + Math.floor(3500 * rand()));
    else if (u < rate + 0.01) c[i] = c[i] + (rand() < 0.5 ? ' ' : '，');
  }
  return c.join('');
}

export const EDIT_RATES = [0, 0.005, 0.01, 0.02, 0.03, 0.05, 0.1, 0.2] as const;

export interface SyntheticPosts {
  table: PostsTable;
  /** Planted copies: copy post index → source post index, and the edit rate used. */
  copyOf: Int32Array;
  rate: Float64Array;
  /** Planted homogeneous account pairs (source, copier account ids). */
  accountPairs: [string, string][];
  chars: number;
}

/**
 * n posts over nAccounts accounts in 2024; `planted` copies in random other accounts,
 * plus `homogeneousPairs` copier accounts each re-publishing 60% of one source's posts.
 */
export function syntheticPosts(o: { n: number; accounts: number; planted: number; homogeneousPairs: number; weiboShare: number; seed: number }): SyntheticPosts {
  const rand = mulberry32(o.seed);
  const bank = phraseBank(rand);
  const t0 = Date.UTC(2024, 0, 1), year = 366 * 86_400_000;
  const originals = o.n - o.planted;
  const b = new PostsTableBuilder(o.n);
  const acc = new Uint32Array(o.n), time = new Float64Array(o.n);
  const texts: string[] = new Array(o.n);
  const ids = Array.from({ length: o.accounts }, (_, k) => b.accountIndexOf(`acc${k}`));
  let chars = 0;
  for (let i = 0; i < originals; i++) {
    acc[i] = ids[Math.floor(rand() * o.accounts)]!;
    time[i] = t0 + Math.floor(rand() * year);
    texts[i] = makeText(rand, bank, postLength(rand, o.weiboShare));
  }
  // posts per source account, for the homogeneous pairs
  const byAccount = new Map<number, number[]>();
  for (let i = 0; i < originals; i++) { const a = acc[i]!; const l = byAccount.get(a); if (l) l.push(i); else byAccount.set(a, [i]); }
  const copyOf = new Int32Array(o.n).fill(-1), rate = new Float64Array(o.n);
  const accountPairs: [string, string][] = [];
  let k = originals;
  const plant = (src: number, copier: number, r: number) => {
    copyOf[k] = src; rate[k] = r; acc[k] = copier;
    time[k] = time[src]! + Math.floor(rand() * 48 * 3_600_000);
    texts[k] = editText(rand, texts[src]!, r);
    k++;
  };
  for (let p = 0; p < o.homogeneousPairs && k < o.n; p++) {
    const s = ids[2 * p]!, c = ids[2 * p + 1]!;
    accountPairs.push([`acc${2 * p}`, `acc${2 * p + 1}`]);
    for (const src of byAccount.get(s) ?? []) if (rand() < 0.6 && k < o.n) plant(src, c, EDIT_RATES[Math.floor(rand() * 4)]!);
  }
  while (k < o.n) {
    const src = Math.floor(rand() * originals);
    let c = ids[Math.floor(rand() * o.accounts)]!;
    if (c === acc[src]) c = ids[(c + 1) % o.accounts]!;
    plant(src, c, EDIT_RATES[Math.floor(rand() * EDIT_RATES.length)]!);
  }
  for (let i = 0; i < o.n; i++) {
    const row = b.pushValues(acc[i]!, time[i]!, NaN, NaN, NaN, NaN, NaN, 0, 2);
    b.setString('texts', row, texts[i]);
    b.setString('ids', row, `p${i}`);
    chars += texts[i]!.length;
  }
  return { table: b.build(), copyOf, rate, accountPairs, chars };
}
