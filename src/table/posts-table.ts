import type { Post } from '../model/schemas.js';

/** Marker in the `original` column: the export did not say whether the post is original. */
export const ORIGINAL_UNKNOWN = 2;

/**
 * The columnar posts table (SPEC §1): one typed array per numeric column, account
 * ids dictionary-encoded. Metric columns hold `NaN` for a missing value ("-" or ""
 * in an export): missing is never silently 0 in storage; aggregations document how
 * they treat it (sums skip it, i.e. count it as 0, as the index providers do).
 *
 * Memory: 8 bytes × 6 + 4 + 2 + 1 + 1 = 56 bytes per post for the numeric columns,
 * so 10 million posts take about 560 MB; string columns only when present.
 *
 * Build one with {@link PostsTableBuilder} (from objects, or streamed), or
 * `PostsTable.fromPosts(posts)`.
 */
export class PostsTable {
  /** Number of posts. */
  readonly size: number;
  /** Dictionary: account index → account id. */
  readonly accountIds: readonly string[];
  /** Per post: index into {@link accountIds}. */
  readonly account: Uint32Array;
  /** Per post: publication time, epoch ms. */
  readonly time: Float64Array;
  readonly reads: Float64Array;
  readonly looks: Float64Array;
  readonly likes: Float64Array;
  readonly shares: Float64Array;
  readonly comments: Float64Array;
  /** Per post: position in its push (1 = headline 头条), 0 = unknown. */
  readonly position: Uint16Array;
  /** Per post: 1 original, 0 not original, 2 unknown ({@link ORIGINAL_UNKNOWN}). */
  readonly original: Uint8Array;
  /** Optional string columns (`undefined` when no post had the field). */
  readonly ids: readonly (string | undefined)[] | undefined;
  readonly titles: readonly (string | undefined)[] | undefined;
  readonly texts: readonly (string | undefined)[] | undefined;
  readonly pushIds: readonly (string | undefined)[] | undefined;
  readonly repostOf: readonly (string | undefined)[] | undefined;

  private index: Map<string, number> | undefined;

  constructor(columns: PostsTableColumns) {
    const n = columns.account.length;
    this.size = n;
    this.accountIds = columns.accountIds;
    this.account = columns.account;
    this.time = columns.time;
    this.reads = columns.reads;
    this.looks = columns.looks;
    this.likes = columns.likes;
    this.shares = columns.shares;
    this.comments = columns.comments;
    this.position = columns.position;
    this.original = columns.original;
    this.ids = columns.ids;
    this.titles = columns.titles;
    this.texts = columns.texts;
    this.pushIds = columns.pushIds;
    this.repostOf = columns.repostOf;
    for (const [name, col] of Object.entries(columns)) {
      if (ArrayBuffer.isView(col) && (col as Uint8Array).length !== n)
        throw new RangeError(`PostsTable: column ${name} has ${(col as Uint8Array).length} rows, expected ${n}`);
      if (Array.isArray(col) && name !== 'accountIds' && col.length !== n)
        throw new RangeError(`PostsTable: column ${name} has ${col.length} rows, expected ${n}`);
    }
  }

  /** Builds a table from post objects (already validated, e.g. by `parsePost`). */
  static fromPosts(posts: Iterable<Post>): PostsTable {
    const b = new PostsTableBuilder();
    for (const p of posts) b.push(p);
    return b.build();
  }

  /** Index of an account id in the dictionary, or `undefined` when it has no posts here. */
  accountIndex(accountId: string): number | undefined {
    if (!this.index) {
      this.index = new Map();
      this.accountIds.forEach((id, i) => this.index!.set(id, i));
    }
    return this.index.get(accountId);
  }

  /** Whether post i is a headline (position 1 in its push). */
  isHeadline(i: number): boolean {
    return this.position[i] === 1;
  }

  /**
   * Post i as a plain object (missing metrics and unknown flags are left out).
   * @throws {RangeError} when `i` is not a row index of the table.
   */
  row(i: number): Post {
    if (!Number.isInteger(i) || i < 0 || i >= this.size) throw new RangeError(`PostsTable.row: index ${i} out of range 0..${this.size - 1}`);
    const p: Post = { accountId: this.accountIds[this.account[i]!]!, publishedAt: new Date(this.time[i]!) };
    const put = <K extends keyof Post>(k: K, v: Post[K] | undefined) => {
      if (v !== undefined && !(typeof v === 'number' && Number.isNaN(v))) p[k] = v;
    };
    put('id', this.ids?.[i]);
    put('title', this.titles?.[i]);
    put('text', this.texts?.[i]);
    put('reads', this.reads[i]);
    put('looks', this.looks[i]);
    put('likes', this.likes[i]);
    put('shares', this.shares[i]);
    put('comments', this.comments[i]);
    const o = this.original[i];
    if (o !== ORIGINAL_UNKNOWN) p.isOriginal = o === 1;
    put('pushId', this.pushIds?.[i]);
    const pos = this.position[i]!;
    if (pos > 0) p.position = pos;
    put('repostOf', this.repostOf?.[i]);
    return p;
  }

  /** All posts as plain objects (for small tables, tests and JSON export). */
  *rows(): IterableIterator<Post> {
    for (let i = 0; i < this.size; i++) yield this.row(i);
  }

  /**
   * A new table with the posts whose row indices are given (in that order),
   * keeping the same account dictionary so account indices stay comparable.
   * @throws {RangeError} for an index that is not a row of the table.
   */
  take(indices: ArrayLike<number>): PostsTable {
    const m = indices.length;
    const pickF = (src: Float64Array) => { const out = new Float64Array(m); for (let k = 0; k < m; k++) out[k] = src[indices[k]!]!; return out; };
    const pickS = (src: readonly (string | undefined)[] | undefined) => src && Array.from({ length: m }, (_, k) => src[indices[k]!]);
    const account = new Uint32Array(m), position = new Uint16Array(m), original = new Uint8Array(m);
    for (let k = 0; k < m; k++) {
      const i = indices[k]!;
      if (!(i >= 0 && i < this.size)) throw new RangeError(`PostsTable.take: index ${i} out of range`);
      account[k] = this.account[i]!; position[k] = this.position[i]!; original[k] = this.original[i]!;
    }
    return new PostsTable({
      accountIds: this.accountIds, account, time: pickF(this.time), reads: pickF(this.reads), looks: pickF(this.looks),
      likes: pickF(this.likes), shares: pickF(this.shares), comments: pickF(this.comments), position, original,
      ids: pickS(this.ids), titles: pickS(this.titles), texts: pickS(this.texts), pushIds: pickS(this.pushIds), repostOf: pickS(this.repostOf),
    });
  }

  /** The posts published in `[start, end)` (epoch ms), e.g. a period's bounds. */
  filterTime(start: number, end: number): PostsTable {
    const keep: number[] = [];
    for (let i = 0; i < this.size; i++) { const t = this.time[i]!; if (t >= start && t < end) keep.push(i); }
    return keep.length === this.size ? this : this.take(keep);
  }

  /** Earliest and latest publication time, or `null` for an empty table. */
  timeRange(): { start: number; end: number } | null {
    if (this.size === 0) return null;
    let lo = Infinity, hi = -Infinity;
    for (let i = 0; i < this.size; i++) { const t = this.time[i]!; if (t < lo) lo = t; if (t > hi) hi = t; }
    return { start: lo, end: hi };
  }
}

/** The columns a {@link PostsTable} is made of (all typed arrays the same length). */
export interface PostsTableColumns {
  accountIds: readonly string[];
  account: Uint32Array;
  time: Float64Array;
  reads: Float64Array;
  looks: Float64Array;
  likes: Float64Array;
  shares: Float64Array;
  comments: Float64Array;
  position: Uint16Array;
  original: Uint8Array;
  ids?: readonly (string | undefined)[] | undefined;
  titles?: readonly (string | undefined)[] | undefined;
  texts?: readonly (string | undefined)[] | undefined;
  pushIds?: readonly (string | undefined)[] | undefined;
  repostOf?: readonly (string | undefined)[] | undefined;
}

type NumCol = 'time' | 'reads' | 'looks' | 'likes' | 'shares' | 'comments';
type StrCol = 'ids' | 'titles' | 'texts' | 'pushIds' | 'repostOf';

/**
 * Grows typed-array columns as posts arrive (amortised O(1) per post), dictionary-
 * encoding account ids. Used by every ingestion path, so a streamed file never
 * holds per-row objects. Call {@link build} once at the end.
 */
export class PostsTableBuilder {
  private n = 0;
  private cap: number;
  private ids = new Map<string, number>();
  private dict: string[] = [];
  private account: Uint32Array;
  private position: Uint16Array;
  private original: Uint8Array;
  private num: Record<NumCol, Float64Array>;
  private str: Partial<Record<StrCol, (string | undefined)[]>> = {};

  constructor(initialCapacity = 1024) {
    this.cap = Math.max(16, initialCapacity);
    this.account = new Uint32Array(this.cap);
    this.position = new Uint16Array(this.cap);
    this.original = new Uint8Array(this.cap);
    const f = () => new Float64Array(this.cap);
    this.num = { time: f(), reads: f(), looks: f(), likes: f(), shares: f(), comments: f() };
  }

  /** Number of posts pushed so far. */
  get size(): number {
    return this.n;
  }

  /** Dictionary index of an account id, adding it if new. */
  accountIndexOf(accountId: string): number {
    let k = this.ids.get(accountId);
    if (k === undefined) {
      k = this.dict.length;
      this.ids.set(accountId, k);
      this.dict.push(accountId);
    }
    return k;
  }

  private grow(): void {
    this.cap *= 2;
    const g = <T extends Uint8Array | Uint16Array | Uint32Array | Float64Array>(a: T): T => {
      const b = new (a.constructor as new (n: number) => T)(this.cap);
      b.set(a);
      return b;
    };
    this.account = g(this.account);
    this.position = g(this.position);
    this.original = g(this.original);
    for (const k of Object.keys(this.num) as NumCol[]) this.num[k] = g(this.num[k]);
  }

  /**
   * Appends one row given as column values (the fast path for ingestion).
   * Metrics: `NaN` = missing. position: 0 = unknown. original: 0/1/2 (unknown).
   */
  pushValues(
    accountIndex: number, time: number, reads: number, looks: number, likes: number, shares: number, comments: number,
    position: number, original: number,
  ): number {
    if (this.n === this.cap) this.grow();
    const i = this.n++;
    this.account[i] = accountIndex;
    this.num.time[i] = time;
    this.num.reads[i] = reads;
    this.num.looks[i] = looks;
    this.num.likes[i] = likes;
    this.num.shares[i] = shares;
    this.num.comments[i] = comments;
    this.position[i] = position;
    this.original[i] = original;
    return i;
  }

  /** Sets a string column's value for row i (creating the column on first use). */
  setString(column: StrCol, i: number, value: string | undefined): void {
    if (value === undefined) return;
    let col = this.str[column];
    if (!col) col = this.str[column] = [];
    col[i] = value;
  }

  /** Appends one validated post. */
  push(p: Post): void {
    const m = (v: number | undefined) => (v === undefined ? NaN : v);
    const i = this.pushValues(
      this.accountIndexOf(p.accountId), p.publishedAt.getTime(), m(p.reads), m(p.looks), m(p.likes), m(p.shares), m(p.comments),
      p.position ?? 0, p.isOriginal === undefined ? ORIGINAL_UNKNOWN : p.isOriginal ? 1 : 0,
    );
    this.setString('ids', i, p.id);
    this.setString('titles', i, p.title);
    this.setString('texts', i, p.text);
    this.setString('pushIds', i, p.pushId);
    this.setString('repostOf', i, p.repostOf);
  }

  /** Finishes the table (the builder must not be used afterwards). */
  build(): PostsTable {
    const n = this.n;
    const cut = <T extends Uint8Array | Uint16Array | Uint32Array | Float64Array>(a: T): T => (a.length === n ? a : (a.slice(0, n) as T));
    const s = (c: StrCol) => {
      const col = this.str[c];
      if (!col) return undefined;
      col.length = n; // holes (rows without the field) read as undefined
      return col;
    };
    return new PostsTable({
      accountIds: this.dict,
      account: cut(this.account),
      time: cut(this.num.time),
      reads: cut(this.num.reads),
      looks: cut(this.num.looks),
      likes: cut(this.num.likes),
      shares: cut(this.num.shares),
      comments: cut(this.num.comments),
      position: cut(this.position),
      original: cut(this.original),
      ids: s('ids'), titles: s('titles'), texts: s('texts'), pushIds: s('pushIds'), repostOf: s('repostOf'),
    });
  }
}
