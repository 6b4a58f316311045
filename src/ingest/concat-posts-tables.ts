import { PostsTable } from '../table/posts-table.js';

/**
 * Concatenates posts tables (e.g. several export files read one by one) into one table
 * with a single account dictionary, rows in the order given. Columnar: no object per row.
 *
 * Complexity O(total rows).
 * @throws {TypeError} when `tables` is not an array of `PostsTable`.
 * @returns One table holding every row.
 * @example concatPostsTables([a, b]).size // a.size + b.size
 */
export function concatPostsTables(tables: readonly PostsTable[]): PostsTable {
  if (!Array.isArray(tables) || tables.some((t) => !(t instanceof PostsTable))) throw new TypeError('concatPostsTables: expected an array of PostsTable');
  if (tables.length === 1) return tables[0]!;
  const accountIds: string[] = [];
  const index = new Map<string, number>();
  const n = tables.reduce((s, t) => s + t.size, 0);
  const account = new Uint32Array(n), position = new Uint16Array(n), original = new Uint8Array(n);
  const f = () => new Float64Array(n);
  const time = f(), reads = f(), looks = f(), likes = f(), shares = f(), comments = f();
  const str = (k: 'ids' | 'titles' | 'texts' | 'pushIds' | 'repostOf') => {
    if (!tables.some((t) => t[k] !== undefined)) return undefined;
    const out: (string | undefined)[] = [];
    for (const t of tables) { const c = t[k]; for (let i = 0; i < t.size; i++) out.push(c?.[i]); }
    return out;
  };
  let o = 0;
  for (const t of tables) {
    const map = t.accountIds.map((id: string) => {
      let k = index.get(id);
      if (k === undefined) { k = accountIds.length; accountIds.push(id); index.set(id, k); }
      return k;
    });
    for (let i = 0; i < t.size; i++) account[o + i] = map[t.account[i]!]!;
    time.set(t.time, o); reads.set(t.reads, o); looks.set(t.looks, o); likes.set(t.likes, o); shares.set(t.shares, o); comments.set(t.comments, o);
    position.set(t.position, o); original.set(t.original, o);
    o += t.size;
  }
  return new PostsTable({ accountIds, account, time, reads, looks, likes, shares, comments, position, original, ids: str('ids'), titles: str('titles'), texts: str('texts'), pushIds: str('pushIds'), repostOf: str('repostOf') });
}
