import { describe, expect, it } from 'vitest';
import { findHomogeneousAccounts, jaccardSimilarity, lshBandKeys, loadTraditionalToSimplified } from '../../src/homogeneity/index.js';
import { lshBandKeysParallel } from '../../src/io/node/workers.js';
import { PostsTable } from '../../src/table/posts-table.js';

const TRAD = '宁波市政府辦公廳對全市政務新媒體建設情況開展了一次調查摸底';
const SIMP = '宁波市政府办公厅对全市政务新媒体建设情况开展了一次调查摸底';

describe('loadTraditionalToSimplified() (optional peer opencc-js, loaded on demand)', () => {
  it('converts traditional to simplified, so that preprocess pairs 政務 with 政务', async () => {
    const toSimplified = await loadTraditionalToSimplified();
    expect(toSimplified('政務新媒體')).toBe('政务新媒体');
    expect(jaccardSimilarity(TRAD, SIMP)!).toBeLessThan(0.5);
    expect(jaccardSimilarity(TRAD, SIMP, { preprocess: toSimplified })).toBe(1);
    const t = PostsTable.fromPosts([
      { accountId: 'hk', text: TRAD, publishedAt: new Date(0) },
      { accountId: 'nb', text: SIMP, publishedAt: new Date(1000) },
    ]);
    expect(findHomogeneousAccounts(t, { minPairs: 1 }).pairs.count).toBe(0);
    expect(findHomogeneousAccounts(t, { minPairs: 1, preprocess: toSimplified }).pairs.count).toBe(1);
  });
});

describe('lshBandKeysParallel(input, options, { threads }) (Node worker threads)', () => {
  const texts = Array.from({ length: 300 }, (_, i) => (i % 7 === 0 ? undefined : `${SIMP.slice(i % 10)}第${i}号通知${'政务服务'.repeat(i % 5)}`));
  it('equals lshBandKeys on the same texts, and findHomogeneousAccounts accepts it as bandKeys', async () => {
    const serial = lshBandKeys(texts);
    const par = await lshBandKeysParallel(texts, {}, { threads: 2 });
    expect(par.size).toBe(serial.size);
    expect([...par.keys]).toEqual([...serial.keys]);
    expect([...par.signed]).toEqual([...serial.signed]);
    const table = PostsTable.fromPosts(texts.map((text, i) => ({ accountId: `a${i % 3}`, text, publishedAt: new Date(i * 1000) })));
    const fromTable = await lshBandKeysParallel(table, {}, { threads: 2 });
    const a = findHomogeneousAccounts(table, { minPairs: 1 });
    const b = findHomogeneousAccounts(table, { minPairs: 1, bandKeys: fromTable });
    expect(b.pairs).toEqual(a.pairs);
    expect(b.accountPairs).toEqual(a.accountPairs);
  });

  it('rejects a preprocess function (not cloneable) and bad thread counts', async () => {
    await expect(lshBandKeysParallel(texts, { preprocess: (s) => s })).rejects.toThrow(/^lshBandKeysParallel: options.preprocess/);
    await expect(lshBandKeysParallel(texts, {}, { threads: 0 })).rejects.toThrow(RangeError);
  });
});
