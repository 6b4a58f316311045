import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  findHomogeneousAccounts, jaccardSimilarity, minhashSignature, normalizeHomogeneityText,
} from '../../src/homogeneity/index.js';
import { mulAddModP } from '../../src/homogeneity/internal/signer.js';
import { PostsTable } from '../../src/table/posts-table.js';

// Chinese-like text: characters from a small pool so that overlaps happen.
const HAN = '政务新媒体宁波市政府办公厅建设管理服务信息发布公开互动平台账号微信微博群众网络工作';
const hanText = fc.array(fc.constantFrom(...HAN), { minLength: 0, maxLength: 60 }).map((a) => a.join(''));
const anyText = fc.oneof(hanText, fc.string({ unit: 'grapheme', maxLength: 40 }), fc.string({ unit: 'binary', maxLength: 40 }));
// Whitespace and punctuation an editor may add or swap: half-width, full-width, CJK.
const NOISE = [' ', '\u3000', '\n', '\t', ',', '，', '.', '。', '!', '！', '“', '”', '、', '（', '）', '(', ')'];

/** Independent reference: whole-string NFKC, lower case, drop \p{P}\p{S}\p{Z}\p{C} and whitespace. */
const reference = (s: string) => [...s.normalize('NFKC').toLowerCase()].filter((c) => !/^[\p{P}\p{S}\p{Z}\p{C}\s]$/u.test(c)).join('');

describe('jaccardSimilarity(a, b) properties', () => {
  it('is symmetric', () => {
    fc.assert(fc.property(anyText, anyText, (a, b) => { expect(jaccardSimilarity(a, b)).toBe(jaccardSimilarity(b, a)); }));
  });

  it('a post is its own duplicate: 1 when it has a shingle, null when it has none', () => {
    fc.assert(fc.property(anyText, (a) => {
      const n = [...normalizeHomogeneityText(a)].length;
      expect(jaccardSimilarity(a, a)).toBe(n >= 3 ? 1 : null);
    }));
  });

  it('is invariant to inserted whitespace and half-/full-width punctuation', () => {
    fc.assert(fc.property(hanText, fc.array(fc.tuple(fc.nat(), fc.constantFrom(...NOISE)), { maxLength: 10 }), (a, edits) => {
      const chars = [...a];
      for (const [pos, c] of edits) chars.splice(pos % (chars.length + 1), 0, c);
      const b = chars.join('');
      expect(normalizeHomogeneityText(b)).toBe(normalizeHomogeneityText(a));
      expect(jaccardSimilarity(a, b)).toBe([...a].length >= 3 ? 1 : null);
      expect(minhashSignature(b)).toEqual(minhashSignature(a));
    }));
  });

  it('lies in [0, 1]', () => {
    fc.assert(fc.property(anyText, anyText, (a, b) => {
      const j = jaccardSimilarity(a, b);
      if (j !== null) { expect(j).toBeGreaterThanOrEqual(0); expect(j).toBeLessThanOrEqual(1); }
    }));
  });
});

describe('normalizeHomogeneityText(text)', () => {
  it('equals the whole-string rule (NFKC, lower case, drop punctuation/symbols/separators/other) on any text', () => {
    fc.assert(fc.property(fc.oneof(anyText, fc.string({ unit: 'binary', maxLength: 20 })), (s) => {
      expect(normalizeHomogeneityText(s)).toBe(reference(s));
    }), { numRuns: 500 });
  });

  it('folds full-width letters and digits, drops emoji and CJK punctuation', () => {
    expect(normalizeHomogeneityText('“一证通办” ，ＡＢＣ１２３ 😀')).toBe('一证通办abc123');
  });
});

describe('mulAddModP(a, x, b) (internal: universal hash step)', () => {
  it('equals (a·x + b) mod (2^31 − 1) computed with BigInt', () => {
    const p = 2n ** 31n - 1n;
    const u31 = fc.integer({ min: 0, max: 2 ** 31 - 2 });
    fc.assert(fc.property(u31, u31, u31, (a, x, b) => {
      expect(BigInt(mulAddModP(a, x, b))).toBe((BigInt(a) * BigInt(x) + BigInt(b)) % p);
    }), { numRuns: 2000 });
    expect(mulAddModP(2 ** 31 - 2, 2 ** 31 - 2, 2 ** 31 - 2)).toBe(Number(((p - 1n) * (p - 1n) + p - 1n) % p));
  });
});

describe('findHomogeneousAccounts(table) properties', () => {
  it('reports only pairs whose exact Jaccard reaches the threshold (no false positives), across accounts', () => {
    const corpus = fc.array(fc.tuple(fc.integer({ min: 0, max: 3 }), hanText), { minLength: 2, maxLength: 25 });
    fc.assert(fc.property(corpus, fc.constantFrom(0.5, 0.8), (rows, threshold) => {
      const t = PostsTable.fromPosts(rows.map(([a, text], i) => ({ accountId: `a${a}`, text, publishedAt: new Date(Date.UTC(2024, 0, 1) + i * 1000) })));
      const r = findHomogeneousAccounts(t, { threshold, minPairs: 1, minChars: 3 });
      for (const p of r.pairs.list) {
        expect(p.a.accountId).not.toBe(p.b.accountId);
        expect(p.jaccard).toBe(jaccardSimilarity(rows[p.a.index]![1], rows[p.b.index]![1]));
        expect(p.jaccard).toBeGreaterThanOrEqual(threshold);
      }
      expect(r.pairs.count + r.pairs.rejected).toBeLessThanOrEqual(r.pairs.candidates);
    }), { numRuns: 60 });
  });

  it('finds every identical cross-account pair (a post is its own duplicate)', () => {
    fc.assert(fc.property(fc.array(hanText.filter((s) => s.length >= 3), { minLength: 1, maxLength: 10 }), (texts) => {
      const posts = texts.flatMap((text, i) => [
        { accountId: 'x', text, publishedAt: new Date(Date.UTC(2024, 0, 1, 0, i)) },
        { accountId: 'y', text: ` ${text}。`, publishedAt: new Date(Date.UTC(2024, 0, 2, 0, i)) },
      ]);
      // minChars 3: every text with a shingle is compared (the default 10 skips short ones).
      const r = findHomogeneousAccounts(PostsTable.fromPosts(posts), { minPairs: 1, minChars: 3 });
      const found = new Set(r.pairs.list.map((p) => `${p.a.index},${p.b.index}`));
      texts.forEach((_, i) => expect(found.has(`${2 * i},${2 * i + 1}`)).toBe(true));
    }), { numRuns: 40 });
  });
});
