import { activityTier, type ActivityTier, type TierThresholds } from '../activity/activity-tiers.js';
import type { Account } from '../model/schemas.js';
import { parseChinaTime } from '../model/time.js';
import type { ShortlistCandidateInput } from './shortlist.js';

/** A scored account as {@link shortlistCandidates} reads it (e.g. a row of a ranking). */
export interface ScoredAccountInput {
  accountId: string;
  /** The index value; null = no index in the period. */
  value: number | null;
  /** Posts in the period. */
  articles: number;
  /** The index explanation, passed through (e.g. `dimensions` of a score). */
  dimensions?: unknown;
}

/** An inspection verdict as {@link shortlistCandidates} reads it (an `AccountVerdict` fits). */
export interface VerdictInput {
  accountId: string;
  verdict: 'pass' | 'fail';
  /** Last post before the check time: epoch ms, a China-time string, or null (never posted). */
  lastPostAt: number | string | null;
}

/** Options of {@link shortlistCandidates}. */
export interface ShortlistCandidatesOptions {
  /** Inspection verdicts; an account with one gets `verdict` and its activity `tier`. */
  verdicts?: readonly VerdictInput[];
  /** The check instant the verdicts were made at (epoch ms); required with `verdicts`, for the tiers. */
  at?: number;
  /** Tier thresholds (default 14 / 90 / 365 days, see `activityTier`). */
  tiers?: TierThresholds;
}

/**
 * The join a 十佳 shortlist needs, which a data team would otherwise write by hand:
 * each scored account with its record (name, unit, platform, kind), its posts and
 * score, and — when inspection verdicts are given — its verdict and activity tier
 * at the check instant (`activityTier(lastPostAt, at)`). The result feeds `shortlist`.
 * Order follows `scores`; an account without a record keeps only its id.
 *
 * @throws {TypeError} when `verdicts` are given without `at`, or a verdict's `lastPostAt` is not a date
 * @returns One candidate per scored account, ready for {@link shortlist}.
 * @example shortlistCandidates([{ accountId: 'a', value: 812.5, articles: 30 }], [{ id: 'a', name: '青山发布', unit: '青山区委宣传部', platform: 'wechat', kind: 'unit' } as Account])[0]
 * // { accountId: 'a', name: '青山发布', score: 812.5, posts: 30, unit: '青山区委宣传部', platform: 'wechat', kind: 'unit' }
 */
export function shortlistCandidates(
  scores: readonly ScoredAccountInput[],
  accounts: readonly Account[],
  options: ShortlistCandidatesOptions = {},
): ShortlistCandidateInput[] {
  const byId = new Map(accounts.map((a) => [a.id, a]));
  const status = new Map<string, { verdict: 'pass' | 'fail'; tier: ActivityTier }>();
  if (options.verdicts) {
    const at = options.at;
    if (typeof at !== 'number' || !Number.isFinite(at)) throw new TypeError('shortlistCandidates: give options.at (epoch ms) with options.verdicts, for the activity tiers');
    for (const v of options.verdicts) {
      const last = v.lastPostAt === null ? null : typeof v.lastPostAt === 'number' ? v.lastPostAt : parseChinaTime(v.lastPostAt);
      if (v.lastPostAt !== null && (last === null || !Number.isFinite(last))) throw new TypeError(`shortlistCandidates: verdict of ${v.accountId}: lastPostAt is not a date: ${String(v.lastPostAt)}`);
      status.set(v.accountId, { verdict: v.verdict, tier: activityTier(last, at, options.tiers) });
    }
  }
  return scores.map((s) => {
    const a = byId.get(s.accountId);
    return {
      accountId: s.accountId, name: a?.name || s.accountId, score: s.value, posts: s.articles,
      ...(a ? { unit: a.unit, platform: a.platform, kind: a.kind } : {}),
      ...(s.dimensions === undefined ? {} : { explanation: s.dimensions }),
      ...status.get(s.accountId),
    };
  });
}
