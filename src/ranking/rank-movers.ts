/** One entry of a ranked list: an id and its rank (1 = top). */
export interface RankedEntry {
  id: string;
  rank: number;
}

/** How an entry moved between two ranked lists. */
export interface RankMove {
  id: string;
  rank: number;
  previousRank: number | null;
  /** Places gained (positive = up); `null` for a new entry. */
  change: number | null;
  status: 'new' | 'up' | 'down' | 'same';
}

/**
 * Period-over-period movers, like a weekly list's ↑↓ column: each current entry with
 * its previous rank and change (places gained), new entries, and the entries that
 * dropped out. Throws `RangeError` on a duplicate id.
 *
 * Complexity O(n + m).
 * @throws {RangeError} for a duplicate id in `previous` or in `current`.
 * @returns The current entries with previous rank, change and status (`new`, `up`, `down`, `same`), and the entries that dropped out.
 * @example rankMovers([{ id: 'a', rank: 1 }, { id: 'b', rank: 2 }], [{ id: 'b', rank: 1 }, { id: 'c', rank: 2 }]).moves[0] // { id: 'b', rank: 1, previousRank: 2, change: 1, status: 'up' }
 */
export function rankMovers(previous: readonly RankedEntry[], current: readonly RankedEntry[]): { moves: RankMove[]; dropOuts: RankedEntry[] } {
  const prev = new Map<string, number>();
  for (const e of previous) {
    if (prev.has(e.id)) throw new RangeError(`rankMovers: duplicate id "${e.id}" in previous`);
    prev.set(e.id, e.rank);
  }
  const seen = new Set<string>();
  const moves = current.map((e): RankMove => {
    if (seen.has(e.id)) throw new RangeError(`rankMovers: duplicate id "${e.id}" in current`);
    seen.add(e.id);
    const p = prev.get(e.id);
    if (p === undefined) return { id: e.id, rank: e.rank, previousRank: null, change: null, status: 'new' };
    const change = p - e.rank;
    return { id: e.id, rank: e.rank, previousRank: p, change, status: change > 0 ? 'up' : change < 0 ? 'down' : 'same' };
  });
  return { moves, dropOuts: previous.filter((e) => !seen.has(e.id)) };
}
