import { describe, expect, it } from 'vitest';
import {
  findHomogeneousAccounts, jaccardSimilarity, lshBandKeys, minhashSignature, normalizeHomogeneityText,
} from '../../src/homogeneity/index.js';
import { PostsTable, PostsTableBuilder } from '../../src/table/posts-table.js';
import type { Post } from '../../src/model/schemas.js';

const at = (h: number) => new Date(Date.UTC(2024, 0, 1, h));

describe('homogeneity functions on degenerate text (documented behaviour, no crash)', () => {
  it('empty text: no shingle → jaccardSimilarity null with itself, 0 against a real text; minhashSignature null', () => {
    expect(jaccardSimilarity('', '')).toBeNull();
    expect(jaccardSimilarity('', '政务新媒体')).toBe(0);
    expect(minhashSignature('')).toBeNull();
    expect(normalizeHomogeneityText('')).toBe('');
  });

  it('text shorter than one shingle (fewer than 3 characters after normalisation) is never paired', () => {
    expect(jaccardSimilarity('政务', '政务')).toBeNull();
    expect(jaccardSimilarity('政务！！', '政务')).toBeNull(); // punctuation does not count
    expect(minhashSignature('转发')).toBeNull();
    const r = findHomogeneousAccounts(PostsTable.fromPosts([
      { accountId: 'a', text: '转发', publishedAt: at(0) },
      { accountId: 'b', text: '转发', publishedAt: at(1) },
      { accountId: 'c', text: '。。。', publishedAt: at(2) },
    ]), { minPairs: 1 });
    expect(r.pairs.count).toBe(0);
    // 转发 is a platform placeholder (skipped, counted); 。。。 has no text at all.
    expect(r.stats).toMatchObject({ posts: 3, compared: 0, withoutShingles: 1, skipped: { placeholder: 2, short: 0 } });
    const short = findHomogeneousAccounts(PostsTable.fromPosts([
      { accountId: 'a', text: '政务', publishedAt: at(0) },
      { accountId: 'b', text: '政务', publishedAt: at(1) },
    ]), { minPairs: 1, minChars: 1 });
    expect(short.stats).toMatchObject({ compared: 0, withoutShingles: 2, skipped: { placeholder: 0, short: 0 } });
  });

  it('non-Chinese text is compared the same way (letters, case-folded)', () => {
    expect(jaccardSimilarity('Government new media', 'GOVERNMENT  new-media!')).toBe(1);
    expect(jaccardSimilarity('Government new media', 'Completely different')).toBeLessThan(0.2);
    const r = findHomogeneousAccounts(PostsTable.fromPosts([
      { accountId: 'a', text: 'Ningbo government new media survey results', publishedAt: at(0) },
      { accountId: 'b', text: 'NINGBO government new-media survey results.', publishedAt: at(1) },
    ]), { minPairs: 1 });
    expect(r.pairs.count).toBe(1);
  });

  it('emoji are symbols and are dropped; astral Han characters (surrogate pairs) are kept whole', () => {
    expect(normalizeHomogeneityText('政务😀新媒体👍🏽')).toBe('政务新媒体');
    expect(jaccardSimilarity('政务😀新媒体', '政务新媒体')).toBe(1);
    expect(minhashSignature('😀😀😀👨‍👩‍👧')).toBeNull(); // emoji only → no shingle
    expect(normalizeHomogeneityText('𠀀𠀁𠀂')).toBe('𠀀𠀁𠀂'); // CJK Extension B
    expect(jaccardSimilarity('𠀀𠀁𠀂𠀃', '𠀀𠀁𠀂𠀃')).toBe(1);
    // trigrams of code points, not UTF-16 code units: {abc, bcd} vs {abc, bce} → 1/3
    expect(jaccardSimilarity('𠀀𠀁𠀂𠀃', '𠀀𠀁𠀂𠀄')).toBe(1 / 3);
  });

  it('lone surrogates (broken UTF-16) are dropped like other unassigned code units, without throwing', () => {
    const broken = '政务\ud800新媒体\udc00';
    expect(normalizeHomogeneityText(broken)).toBe('政务新媒体');
    expect(jaccardSimilarity(broken, '政务新媒体')).toBe(1);
  });

  it('findHomogeneousAccounts on posts without text, an empty table, and a table without text columns', () => {
    const r = findHomogeneousAccounts(PostsTable.fromPosts([{ accountId: 'a', text: '', publishedAt: at(0) }, { accountId: 'b', title: '', publishedAt: at(0) }]));
    expect(r.pairs.count).toBe(0);
    expect(r.stats.withoutShingles).toBe(2);
    const empty = new PostsTableBuilder().build();
    expect(() => findHomogeneousAccounts(empty)).toThrow(/^findHomogeneousAccounts: the table has no texts or titles column/);
    const noText = PostsTable.fromPosts([{ accountId: 'a', publishedAt: at(0), reads: 1 } as Post]);
    expect(() => findHomogeneousAccounts(noText)).toThrow(TypeError);
  });

  it('bad arguments throw errors naming the function', () => {
    const t = PostsTable.fromPosts([{ accountId: 'a', text: '政务新媒体', publishedAt: at(0) }]);
    expect(() => findHomogeneousAccounts(t, { threshold: 1.5 })).toThrow(/^findHomogeneousAccounts: threshold/);
    expect(() => findHomogeneousAccounts(t, { minShare: -1 })).toThrow(RangeError);
    expect(() => findHomogeneousAccounts(t, { shingleSize: 0 })).toThrow(/shingleSize/);
    expect(() => findHomogeneousAccounts({} as PostsTable)).toThrow(/^findHomogeneousAccounts: table must be a PostsTable/);
    expect(() => lshBandKeys(['政务新媒体'], { params: [20, 10] })).toThrow(/^lshBandKeys: params/);
    expect(() => lshBandKeys([42 as unknown as string])).toThrow(/^lshBandKeys: text 0 is not a string/);
    expect(() => jaccardSimilarity(null as unknown as string, '')).toThrow(TypeError);
  });
});
