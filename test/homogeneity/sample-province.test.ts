import { describe, expect, it } from 'vitest';
import { findHomogeneousAccounts } from '../../src/homogeneity/index.js';
import { generateProvince } from '../../src/sample/index.js';
import { PostsTable } from '../../src/table/posts-table.js';

describe('findHomogeneousAccounts on the sample province (generateProvince, planted ground truth)', () => {
  const p = generateProvince({ seed: 1, accountCount: 300 });
  const r = findHomogeneousAccounts(PostsTable.fromPosts(p.posts), { accounts: p.accounts });
  const pairOf = (a: string, b: string) => r.accountPairs.find((x) => [x.a, x.b].sort().join() === [a, b].sort().join());

  it('finds every planted copier pair with the right source; uncited ones homogeneous, cited ones as cited reposts', () => {
    expect(p.planted.duplicatePairs.length).toBeGreaterThanOrEqual(5);
    for (const d of p.planted.duplicatePairs) {
      const ap = pairOf(d.source, d.copier);
      expect(ap, `${d.source}→${d.copier}`).toBeDefined();
      expect(ap!.source).toBe(d.source);
      expect(ap!.copier).toBe(d.copier);
      if (d.cited) {
        expect(ap!.citedPairs).toBe(ap!.pairs);
        expect(ap!.homogeneous).toBe(false);
      } else {
        expect(ap!.citedPairs).toBe(0);
        expect(ap!.homogeneous).toBe(true);
      }
    }
  });

  it('reports no homogeneous account pair that was not planted', () => {
    const planted = new Set(p.planted.duplicatePairs.map((d) => [d.source, d.copier].sort().join()));
    expect(r.accountPairs.filter((x) => x.homogeneous && !planted.has([x.a, x.b].sort().join()))).toEqual([]);
  });

  it('suggests consolidating the unit with 8 WeChat accounts, with content evidence (reason both)', () => {
    const { unit, accountIds: accounts } = p.planted.multiAccountUnit;
    const s = r.suggestions.find((x) => x.unit === unit && x.platform === 'wechat')!;
    expect(s.reason).toBe('both');
    expect([s.keep, ...s.merge].sort()).toEqual([...accounts].sort());
    expect(s.evidence.accountPairs.some((x) => x.homogeneous)).toBe(true);
  });
});
