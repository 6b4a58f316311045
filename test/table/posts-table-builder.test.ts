import { describe, expect, it } from 'vitest';
import { PostsTable, PostsTableBuilder } from '../../src/index.js';

describe('PostsTableBuilder', () => {
  it('pushValues + setString + accountIndexOf build the same table as push(post)', () => {
    const b = new PostsTableBuilder();
    const k = b.accountIndexOf('B');
    expect(b.accountIndexOf('B')).toBe(k);
    const i = b.pushValues(k, Date.UTC(2024, 2, 1), 10, NaN, 2, NaN, 0, 1, 0);
    b.setString('titles', i, '标题');
    b.setString('texts', i, undefined);
    const t = b.build();
    expect(t.row(0)).toEqual({ accountId: 'B', publishedAt: new Date(Date.UTC(2024, 2, 1)), reads: 10, likes: 2, comments: 0, position: 1, isOriginal: false, title: '标题' });
    expect(t.texts).toBeUndefined();
    expect(PostsTable.fromPosts([t.row(0)]).row(0)).toEqual(t.row(0));
  });
  it('unknown position and original flag stay unknown in the row', () => {
    const t = PostsTable.fromPosts([{ accountId: 'a', publishedAt: new Date(0) }]);
    expect(t.position[0]).toBe(0);
    expect(t.original[0]).toBe(2);
    expect(t.row(0)).toEqual({ accountId: 'a', publishedAt: new Date(0) });
    expect(t.accountIndex('a')).toBe(0);
    expect(t.accountIndex('zz')).toBeUndefined();
  });
});
