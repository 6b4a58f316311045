import { formatChinaTime } from '../model/time.js';
import type { PostsTable } from '../table/posts-table.js';

/** What {@link dropDuplicatePosts} returns. */
export interface DropDuplicatesResult {
  /** The table with each post once (the first occurrence kept, file order preserved). */
  table: PostsTable;
  /** How many rows were dropped as repeats of an earlier row. */
  duplicates: number;
  /** Notes for the user: ids reused with different times, repeats whose counts differ. */
  warnings: string[];
}

/**
 * Drops repeated posts (issue 12): the same post read twice from one file, or from two
 * overlapping exports concatenated. Two rows are the same post when they have the same
 * account, publication time and post id (or link, which readers take as the id when no id
 * column exists); rows without an id are the same post when account, time, title and text
 * agree (and, when a row has neither title nor text, every count and the position too).
 * The first occurrence is kept. A post id seen at two different times is two posts (kept,
 * and reported in `warnings`); so is a repeat whose counts differ (the first is kept: the
 * order of the files decides, e.g. list the newer export first).
 * `useIds: false` ignores ids (e.g. when Excel mangled them to `4.98765E+15`).
 *
 * Complexity O(n) expected (one hash per row).
 * @returns The table without repeats (the same table when there were none), how many were dropped, and warnings.
 * @example dropDuplicatePosts(PostsTable.fromPosts([p, p])).duplicates // 1
 */
export function dropDuplicatePosts(table: PostsTable, options: { useIds?: boolean } = {}): DropDuplicatesResult {
  const useIds = options.useIds ?? true;
  const n = table.size;
  // Rows are grouped by (account, time) in an open-addressing hash table over typed
  // arrays (no string per row: 10 million rows stay cheap); only rows of the same group,
  // usually the few articles of one push, are compared field by field.
  let cap = 16;
  while (cap < n * 2) cap *= 2;
  const slots = new Int32Array(cap).fill(-1); // slot → last kept row of the group
  const prevInGroup = new Int32Array(n).fill(-1); // kept row → the group's previous kept row
  const mask = cap - 1;
  const time = table.time, account = table.account, ids = useIds ? table.ids : undefined;
  const titles = table.titles, texts = table.texts;
  const sameCounts = (a: number, b: number) =>
    same(table.reads, a, b) && same(table.looks, a, b) && same(table.likes, a, b) && same(table.shares, a, b) && same(table.comments, a, b) &&
    table.position[a] === table.position[b] && table.original[a] === table.original[b];
  const samePost = (a: number, b: number): boolean => {
    const ia = ids?.[a], ib = ids?.[b];
    if (ia !== undefined || ib !== undefined) return ia === ib;
    const ta = titles?.[a], xa = texts?.[a];
    if (ta !== titles?.[b] || xa !== texts?.[b]) return false;
    return ta !== undefined || xa !== undefined || sameCounts(a, b);
  };
  const keep = new Int32Array(n); // rows kept, in order (typed: 4 bytes a row, not a growing array of numbers)
  let kept = 0;
  let differing = 0;
  for (let i = 0; i < n; i++) {
    const t = time[i]!, acc = account[i]!;
    let h = Math.imul(acc ^ 0x9e3779b9, 0x85ebca6b) ^ (t | 0) ^ Math.imul((t / 4294967296) | 0, 0xc2b2ae35);
    h ^= h >>> 16;
    let s = h & mask;
    let dup = -1;
    for (; slots[s]! >= 0; s = (s + 1) & mask) {
      const r = slots[s]!;
      if (account[r] !== acc || time[r] !== t) continue;
      for (let k = r; k >= 0; k = prevInGroup[k]!) if (samePost(k, i)) { dup = k; break; }
      break;
    }
    if (dup >= 0) { if (!sameCounts(dup, i)) differing++; continue; }
    if (slots[s]! >= 0) prevInGroup[i] = slots[s]!;
    slots[s] = i;
    keep[kept++] = i;
  }
  const warnings: string[] = [];
  if (ids) {
    // A post id seen at two different times: two posts (kept), worth telling.
    const idTimes = new Map<string, number>();
    const reused: string[] = [];
    for (let q = 0; q < kept; q++) {
      const i = keep[q]!;
      const id = ids[i];
      if (id === undefined) continue;
      const k = `${account[i]}\u0000${id}`;
      const t = idTimes.get(k);
      if (t === undefined) idTimes.set(k, time[i]!);
      else if (t !== time[i]) reused.push(`${id} (${formatChinaTime(t)} / ${formatChinaTime(time[i]!)})`);
    }
    if (reused.length) warnings.push(`文章ID 在不同发布时间重复出现，按不同文章分别保留: ${reused.slice(0, 5).join('; ')}${reused.length > 5 ? ` 等 ${reused.length} 处` : ''}`);
  }
  if (differing) warnings.push(`${differing} 条重复文章的数据与首次出现时不同，保留首次出现的一条`);
  const duplicates = n - kept;
  return { table: duplicates === 0 ? table : table.take(keep.subarray(0, kept)), duplicates, warnings };
}

const same = (a: Float64Array, i: number, j: number) => a[i] === a[j] || (Number.isNaN(a[i]!) && Number.isNaN(a[j]!));
