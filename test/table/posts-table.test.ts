import { describe, expect, it } from 'vitest';
import { parsePost, PostsTable, PostsTableBuilder, safeParseAccount } from '../../src/index.js';

describe('PostsTable', () => {
  it('row(i) round-trips a post, and missing metrics stay missing (NaN in storage, absent in the row)', () => {
    const p = parsePost({ accountId: 'a', publishedAt: '2024-03-01 08:00', reads: 5, title: '标题', position: 1, isOriginal: false });
    const t = PostsTable.fromPosts([p]);
    expect(t.row(0)).toEqual(p);
    expect(Number.isNaN(t.likes[0]!)).toBe(true);
    expect(t.row(0).likes).toBeUndefined();
    expect(() => t.row(1)).toThrow(/^PostsTable.row: index 1 out of range/);
  });
  it('take, filterTime and timeRange', () => {
    const t = PostsTable.fromPosts([0, 1, 2].map((d) => ({ accountId: `a${d}`, publishedAt: new Date(Date.UTC(2024, 0, 1 + d)) })));
    expect(t.take([2, 0]).rows().next().value!.accountId).toBe('a2');
    expect(t.filterTime(Date.UTC(2024, 0, 2), Date.UTC(2024, 0, 3)).size).toBe(1);
    expect(t.timeRange()).toEqual({ start: Date.UTC(2024, 0, 1), end: Date.UTC(2024, 0, 3) });
    expect(PostsTable.fromPosts([]).timeRange()).toBeNull();
  });
  it('PostsTableBuilder grows past its initial capacity', () => {
    const b = new PostsTableBuilder(16);
    for (let i = 0; i < 1000; i++) b.push({ accountId: `a${i % 7}`, publishedAt: new Date(i) });
    const t = b.build();
    expect(t.size).toBe(1000);
    expect(t.accountIds.length).toBe(7);
  });
  it('safeParseAccount returns every problem instead of throwing', () => {
    const r = safeParseAccount({ id: '', name: 'x', platform: 'fax', unit: 'u', level: 'city' });
    expect(r.success).toBe(false);
    if (!r.success) expect(r.errors.map((e) => e.column).sort()).toEqual(['id', 'platform']);
  });
});
