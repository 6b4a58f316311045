import type { AccountVerdict } from './inspect.js';

/** Options of {@link countyScores}. */
export interface CountyScoresOptions {
  /** The grouping key of a verdict (default: its region). */
  by?: (v: AccountVerdict) => string;
  /** Score of an account that failed by veto (default 59). */
  vetoScore?: number;
}

/**
 * A county's (or any region's) inspection score from its accounts' deduction-sheet
 * scores: the mean, except that any vetoed account sets the region's score to
 * `vetoScore` (default 59: just under the pass mark, as local sheets do). Accounts
 * without a score are left out of the mean. Complexity O(n).
 * @returns Score per region (`null` when none of its accounts has a score).
 * @example countyScores(verdicts).get('江州市城关区') // e.g. 59
 */
export function countyScores(verdicts: readonly AccountVerdict[], options: CountyScoresOptions = {}): Map<string, number | null> {
  const by = options.by ?? ((v) => v.region);
  const veto = options.vetoScore ?? 59;
  const groups = new Map<string, AccountVerdict[]>();
  for (const v of verdicts) { const k = by(v); let l = groups.get(k); if (!l) groups.set(k, (l = [])); l.push(v); }
  const out = new Map<string, number | null>();
  for (const [k, l] of groups) {
    if (l.some((v) => v.reasons.some((r) => r.rule.startsWith('veto.')))) { out.set(k, veto); continue; }
    const s = l.filter((v) => v.score !== undefined).map((v) => v.score!);
    out.set(k, s.length ? s.reduce((a, b) => a + b, 0) / s.length : null);
  }
  return out;
}
