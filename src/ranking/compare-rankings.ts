import { kendallTauB } from './kendall-tau-b.js';
import { rank } from './rank.js';
import { spearman } from './spearman.js';

/** Options of {@link compareRankings}. */
export interface CompareRankingsOptions {
  /** The list size whose overlap is counted (default 10). */
  topN?: number;
}

/** The result of {@link compareRankings}. */
export interface RankingComparison {
  /** Accounts ranked in both. */
  accountCount: number;
  spearman: number | null;
  kendallTauB: number | null;
  /** Accounts in both top-`topN` lists. */
  topOverlap: number;
  topN: number;
  /**
   * The ten largest rank moves by |shift|, ties by account id. Ranks are competition ranks
   * with 1 the highest score. `shift` = rank in b − rank in a: **positive means the account
   * fell** (3rd in a, 7th in b → +4), negative means it rose; null when either score is missing.
   */
  largestMoves: { accountId: string; rankA: number | null; rankB: number | null; shift: number | null }[];
  onlyInA: string[];
  onlyInB: string[];
}

/**
 * Compares two rankings of the same accounts (two index versions, or two periods):
 * Spearman's ρ and Kendall's τ-b of the scores, the overlap of their top-N lists, and
 * the accounts whose rank moves most (`shift` = rank in b − rank in a: positive = fell).
 * Accounts present in only one map are left out of the correlations and listed.
 *
 * Complexity O(n²) (Kendall).
 * @throws {TypeError} for a value that is not a number (null/undefined/NaN allowed).
 * @returns ρ, τ-b, the top-N overlap, the largest moves, and the accounts in only one ranking.
 * @example compareRankings(new Map([['a', 3], ['b', 2], ['c', 1]]), new Map([['a', 30], ['b', 10], ['c', 20]])).spearman // 0.5
 * @example compareRankings(new Map([['a', 3], ['b', 2], ['c', 1]]), new Map([['a', 30], ['b', 10], ['c', 20]])).largestMoves[0] // { accountId: 'b', rankA: 2, rankB: 3, shift: 1 } (b fell one place)
 */
export function compareRankings(a: ReadonlyMap<string, number | null>, b: ReadonlyMap<string, number | null>, options: CompareRankingsOptions = {}): RankingComparison {
  const topN = options.topN ?? 10;
  const ids = [...a.keys()].filter((id) => b.has(id)).sort();
  const x = ids.map((id) => a.get(id) ?? null), y = ids.map((id) => b.get(id) ?? null);
  const rx = rank(x), ry = rank(y);
  const topA = new Set(ids.filter((_, k) => rx[k] !== null && rx[k]! <= topN));
  const topB = new Set(ids.filter((_, k) => ry[k] !== null && ry[k]! <= topN));
  const moves = ids
    .map((id, k) => ({ accountId: id, rankA: rx[k]!, rankB: ry[k]!, shift: rx[k] !== null && ry[k] !== null ? ry[k]! - rx[k]! : null }))
    .filter((m) => m.shift !== null)
    .sort((p, q) => Math.abs(q.shift!) - Math.abs(p.shift!));
  return {
    accountCount: ids.length,
    spearman: spearman(x, y),
    kendallTauB: kendallTauB(x, y),
    topOverlap: [...topA].filter((id) => topB.has(id)).length,
    topN,
    largestMoves: moves.slice(0, 10),
    onlyInA: [...a.keys()].filter((id) => !b.has(id)),
    onlyInB: [...b.keys()].filter((id) => !a.has(id)),
  };
}
