import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findHomogeneousAccounts, jaccardSimilarity } from '../../src/homogeneity/index.js';
import { PostsTable } from '../../src/table/posts-table.js';
import type { Post } from '../../src/model/schemas.js';

const SEEDS = '/work/shared/seeds/';
const seedFiles = readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort();
const lines = (f: string) => readFileSync(SEEDS + f, 'utf8').split(/\n+/).map((l) => l.trim()).filter((l) => l.length > 0);
// Independent reference for "same passage": NFKC, lower case, keep letters/digits/marks only.
const ref = (s: string) => s.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}\p{M}]/gu, '');

describe('findHomogeneousAccounts on seed 001 (宁波: the article repeats its own body)', () => {
  const seed = lines(seedFiles.find((f) => f.startsWith('001_'))!);
  // The text repeats a long passage after the first "责任编辑" line: treat the first
  // copy as bureau A's posts and the repeat as bureau B's, one paragraph per post, a day later.
  const cut = seed.findIndex((l) => l.startsWith('责任编辑')) + 1;
  const t0 = Date.UTC(2024, 2, 1);
  const posts: Post[] = seed.map((text, i) => ({
    id: `p${i}`, accountId: i < cut ? 'bureau-a' : 'bureau-b', text,
    publishedAt: new Date(t0 + (i < cut ? i : i + 1000) * 3_600_000),
  }));
  const table = PostsTable.fromPosts(posts);
  const r = findHomogeneousAccounts(table, { minPairs: 3 });
  // Expected pairs: paragraphs of A and B that are identical after the reference normalisation
  // and reach the default minimum of 10 meaningful characters (shorter ones are skipped).
  const expected = new Set<string>();
  for (let i = 0; i < cut; i++) for (let j = cut; j < seed.length; j++)
    if ([...ref(seed[i]!)].length >= 10 && ref(seed[i]!) === ref(seed[j]!)) expected.add(`p${i}|p${j}`);

  it('finds every repeated paragraph and nothing else', () => {
    expect(expected.size).toBeGreaterThanOrEqual(15); // the repeated block is long
    const found = new Set(r.pairs.list.map((p) => `${p.a.id}|${p.b.id}`));
    expect(found).toEqual(expected);
    expect(r.pairs.count).toBe(expected.size);
  });

  it('each reported pair carries its exact Jaccard, recomputed independently', () => {
    for (const p of r.pairs.list) {
      const j = jaccardSimilarity(table.texts![p.a.index]!, table.texts![p.b.index]!);
      expect(p.jaccard).toBe(j);
      expect(p.jaccard).toBeGreaterThanOrEqual(0.8);
    }
  });

  it('reports bureau-a as the source and bureau-b as the copier, homogeneous', () => {
    expect(r.accountPairs).toHaveLength(1);
    const ap = r.accountPairs[0]!;
    expect(ap).toMatchObject({ a: 'bureau-a', b: 'bureau-b', source: 'bureau-a', copier: 'bureau-b', homogeneous: true, citedPairs: 0 });
    expect(ap.aFirst).toBe(expected.size);
    // bureau-b's posts are all repeats: every one of them has a near-duplicate in bureau-a
    expect(ap.shareBInA).toBe(1);
    expect(r.clusters).toEqual([{ accountIds: ['bureau-a', 'bureau-b'], homogeneousPairs: 1 }]);
  });

  it('the two halves as whole documents are near-duplicates', () => {
    const a = seed.slice(0, cut).join('\n'), b = seed.slice(cut).join('\n');
    expect(jaccardSimilarity(a, b)!).toBeGreaterThan(0.8);
  });
});

describe('findHomogeneousAccounts on all seed documents (one account per document)', () => {
  it('never pairs paragraphs of different documents', () => {
    const posts: Post[] = [];
    seedFiles.forEach((f, d) => lines(f).forEach((text, i) =>
      posts.push({ id: `${d}:${i}`, accountId: `doc${d}`, text, publishedAt: new Date(Date.UTC(2024, 0, 1) + i * 60_000) })));
    // minChars 3 (not the default 10): short paragraphs compared too, the harder case.
    const r = findHomogeneousAccounts(PostsTable.fromPosts(posts), { minPairs: 1, minChars: 3 });
    // Cross-account pairs are cross-document pairs: there must be none.
    expect(r.pairs.count).toBe(0);
    expect(r.accountPairs).toEqual([]);
    expect(r.stats.compared).toBeGreaterThan(200);
  });
});
