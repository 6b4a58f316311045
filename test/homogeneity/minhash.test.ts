import { describe, expect, it } from 'vitest';
import { jaccardSimilarity, lshBandKeys, lshBandKeyRows, minhashSignature } from '../../src/homogeneity/index.js';
import { murmur3Hash32 } from '../../src/homogeneity/murmur3-hash32.js';
import { PostsTable } from '../../src/table/posts-table.js';

describe('murmur3Hash32(words, options)', () => {
  // Test vectors: MurmurHash3_x86_32 reference (SMHasher), as listed on Wikipedia "MurmurHash":
  // "test" and "aaaa" with seed 0x9747b28c; the empty input with seed 0 and 1.
  it.each([
    [[0x74736574], 0x9747b28c, 0x704b81dc], // 'test' little-endian
    [[0x61616161], 0x9747b28c, 0x5a97808a], // 'aaaa'
    [[], 0, 0],
    [[], 1, 0x514e28b7],
  ])('murmur3Hash32(%j, { seed: %i }) → %i', (words, seed, want) => {
    expect(murmur3Hash32(words, { seed })).toBe(want);
  });
  it('hashes a sub-range and rejects a range outside the input', () => {
    expect(murmur3Hash32([1, 0x74736574, 2], { seed: 0x9747b28c, start: 1, length: 1 })).toBe(0x704b81dc);
    expect(() => murmur3Hash32([1], { start: 1, length: 1 })).toThrow(/^murmur3Hash32: range/);
  });
});

// Pairs of texts with a spread of Jaccard similarities: a base text and copies with k characters replaced.
const BASE = '宁波各地各部门坚持以人民为中心发展理念认真践行网上群众路线积极应对互联网时代对信息传播带来的机遇和挑战探索利用政务新媒体推进政务公开优化政务服务凝聚社会共识创新社会治理取得了初步成效具体表现在以下三个方面';
const variant = (k: number, salt: number) => {
  const c = [...BASE];
  for (let e = 0; e < k; e++) { const p = (e * 37 + salt * 11) % c.length; c[p] = String.fromCharCode(0x4e00 + ((p * 131 + e * 7 + salt) % 5000)); }
  return c.join('');
};

describe('minhashSignature(text, { method }) estimates Jaccard', () => {
  for (const method of ['oph', 'classic'] as const) {
    it(`method '${method}': mean |estimate − exact| < 0.04 over 60 pairs`, () => {
      let err = 0, n = 0;
      for (let k = 0; k < 30; k += 1) for (const salt of [1, 2]) {
        const v = variant(k, salt);
        const a = minhashSignature(BASE, { method })!, b = minhashSignature(v, { method })!;
        let eq = 0;
        for (let i = 0; i < a.length; i++) if (a[i] === b[i]) eq++;
        err += Math.abs(eq / a.length - jaccardSimilarity(BASE, v)!);
        n++;
      }
      expect(err / n).toBeLessThan(0.04);
    });
  }
  it('classic values are below the Mersenne prime 2^31 − 1', () => {
    expect(Math.max(...minhashSignature(BASE, { method: 'classic' })!)).toBeLessThan(2 ** 31 - 1);
  });
});

describe('lshBandKeys(texts) and lshBandKeyRows(table)', () => {
  const texts = [BASE, variant(1, 1), variant(40, 3), '', '短'];
  it('one key per band per text with shingles; identical band ⇔ equal key for near-duplicates', () => {
    const k = lshBandKeys(texts);
    expect([k.bands, k.rows, k.size]).toEqual([16, 8, 5]); // tuned at 0.8 − 0.15 = 0.65: datasketch (16, 8)
    expect([...k.signed]).toEqual([1, 1, 1, 0, 0]);
    let shared01 = 0, shared02 = 0;
    for (let b = 0; b < k.bands; b++) {
      if (k.keys[b * 5] === k.keys[b * 5 + 1]) shared01++;
      if (k.keys[b * 5] === k.keys[b * 5 + 2]) shared02++;
    }
    expect(shared01).toBeGreaterThan(0); // Jaccard ≈ 0.9: a candidate
    expect(shared02).toBe(0); // 40 of 97 characters replaced: not a candidate
  });

  it('rows carry post, id, account, band and key, and equal lshBandKeys', () => {
    const table = PostsTable.fromPosts(texts.map((text, i) => ({ id: `p${i}`, accountId: `acc${i % 2}`, text, publishedAt: new Date(0) })));
    const rows = [...lshBandKeyRows(table)];
    expect(rows).toHaveLength(48);
    const k = lshBandKeys(texts);
    for (const r of rows) expect(r.key).toBe(k.keys[r.band * 5 + r.post]);
    expect(rows[0]).toEqual({ post: 0, id: 'p0', accountId: 'acc0', band: 0, key: k.keys[0] });
  });
});
