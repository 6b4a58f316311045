import { rank, type RankOptions } from './rank.js';

/**
 * Ranks values within groups (platform, level, region, kind …): each value's rank
 * among the values of its own group, aligned with the input. Same tie methods and
 * `null` handling as {@link rank}.
 *
 * Complexity O(n log n).
 * @throws {RangeError} when `groups` and `values` differ in length, or for an unknown `method`.
 * @throws {TypeError} for a value that is not a number (null/undefined/NaN allowed).
 * @returns Ranks aligned with `values` (`null` for a missing value).
 * @example rankWithinGroups([5, 9, 7, 1], ['wechat', 'weibo', 'wechat', 'weibo']) // [2, 1, 1, 2]
 */
export function rankWithinGroups(values: readonly (number | null | undefined)[], groups: readonly string[], options: RankOptions = {}): (number | null)[] {
  if (groups.length !== values.length) throw new RangeError(`rankWithinGroups: ${values.length} values but ${groups.length} groups`);
  const members = new Map<string, number[]>();
  groups.forEach((g, i) => {
    let m = members.get(g);
    if (!m) members.set(g, (m = []));
    m.push(i);
  });
  const out: (number | null)[] = new Array(values.length).fill(null);
  for (const idx of members.values()) {
    const r = rank(idx.map((i) => values[i]), options);
    idx.forEach((i, k) => (out[i] = r[k]!));
  }
  return out;
}
