import { rank } from './rank.js';
import { rankPoints } from './rank-points.js';

/** One finalist's inputs: its data rank (or data score) and the panels' scores. */
export interface AwardInput {
  accountId: string;
  /** Data score (e.g. WCI); ranked to give the data rank when `dataRank` is absent. */
  dataScore?: number | null;
  dataRank?: number;
  /** Expert panel score, 0–100. */
  expertScore?: number;
  /** Public vote: a score 0–100, or votes counted and ranked (`voteCount`). */
  voteScore?: number;
  voteCount?: number;
}

/** How each component enters the final score. */
export interface AwardWeights {
  /** Weight of the data component. */
  data: number;
  expert: number;
  vote: number;
  /** `'rankPoints'`: 100 for first place, one less per place (Shandong 2015); `'score'`: used as given (0–100). */
  dataAs: 'rankPoints' | 'score';
  voteAs: 'rankPoints' | 'score';
  /** Only the data-ranked top K enter (Hubei 2023: 20 per category). */
  finalists?: number;
}

/**
 * Award-score presets with their sources (SPEC §8; SPEC source list: "Hubei 2023 and
 * Shandong 2015 award rules"):
 * - `hubei2023`: Hubei 2023 政务新媒体 awards — a data-ranked top 20 per category goes
 *   to the panel; final = experts 70% + public vote 30% (the data rank selects, it does
 *   not weigh).
 * - `shandong2015`: Shandong 2015 — experts 30%, vote rank 30%, data rank 40%, ranks
 *   turned into points: 100 for first, one less per place.
 */
export const AWARD_PRESETS: Readonly<Record<'hubei2023' | 'shandong2015', AwardWeights>> = Object.freeze({
  hubei2023: { data: 0, expert: 0.7, vote: 0.3, dataAs: 'score', voteAs: 'score', finalists: 20 },
  shandong2015: { data: 0.4, expert: 0.3, vote: 0.3, dataAs: 'rankPoints', voteAs: 'rankPoints' },
});

/** One finalist's award result. */
export interface AwardResult {
  accountId: string;
  dataRank: number | null;
  components: { data: number; expert: number; vote: number };
  total: number;
  place: number;
}

/** Options of {@link awardScores}. */
export interface AwardScoresOptions {
  /** A named weighting preset. */
  preset?: keyof typeof AWARD_PRESETS;
  /** Custom weights (instead of a preset). */
  weights?: AwardWeights;
}

/**
 * Combines a data rank with expert and public-vote scores into award scores, by a preset
 * (`'hubei2023'`, `'shandong2015'`) or explicit weights. Missing expert/vote scores count
 * as 0 (stated: a finalist with no panel score gets none). Returns the finalists by
 * total, with competition places.
 *
 * Complexity O(n log n).
 * @throws {RangeError} for an unknown `preset`.
 * @returns The finalists by total, best first, each with its components and competition place.
 * @example awardScores([{ accountId: 'a', dataRank: 1, expertScore: 90, voteCount: 500 }, { accountId: 'b', dataRank: 2, expertScore: 95, voteCount: 800 }], { preset: 'shandong2015' })[0].accountId // 'b'
 */
export function awardScores(inputs: readonly AwardInput[], options: AwardScoresOptions = {}): AwardResult[] {
  const w = options.weights ?? AWARD_PRESETS[options.preset ?? 'hubei2023'];
  if (!w) throw new RangeError(`awardScores: unknown preset "${String(options.preset)}"`);
  const dataRanks = inputs.some((i) => i.dataRank === undefined) ? rank(inputs.map((i) => i.dataScore ?? null)) : inputs.map((i) => i.dataRank!);
  let pool = inputs.map((inp, k) => ({ inp, dataRank: dataRanks[k] ?? null }));
  if (w.finalists !== undefined) pool = pool.filter((p) => p.dataRank !== null && p.dataRank <= w.finalists!);
  const voteRanks = w.voteAs === 'rankPoints' ? rank(pool.map((p) => p.inp.voteCount ?? p.inp.voteScore ?? null)) : [];
  const results = pool.map((p, k) => {
    const data = w.dataAs === 'rankPoints' ? (p.dataRank === null ? 0 : rankPoints(p.dataRank)) : (p.inp.dataScore ?? 0);
    const vote = w.voteAs === 'rankPoints' ? (voteRanks[k] == null ? 0 : rankPoints(voteRanks[k]!)) : (p.inp.voteScore ?? 0);
    const expert = p.inp.expertScore ?? 0;
    return { accountId: p.inp.accountId, dataRank: p.dataRank, components: { data, expert, vote }, total: w.data * data + w.expert * expert + w.vote * vote, place: 0 };
  });
  const places = rank(results.map((r) => r.total));
  results.forEach((r, k) => (r.place = places[k]!));
  return results.sort((a, b) => a.place - b.place || (a.accountId < b.accountId ? -1 : 1));
}
