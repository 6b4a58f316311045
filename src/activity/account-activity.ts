import { instantArg } from '../model/internal/instant-arg.js';
import { DAY_MS, chinaDayNumber } from '../model/time.js';
import type { DateArg } from '../model/to-instant.js';
import { accumulateAccountFields } from '../stats/accumulate-account-fields.js';
import { periodThrough } from '../stats/internal/period-through.js';
import { accountRanges } from '../table/account-ranges.js';
import type { PostsTable } from '../table/posts-table.js';
import { activityTier, resolveTierThresholds, type ActivityTier, type TierThresholds } from './activity-tiers.js';

/** One account's posting activity over a period, at a check time. */
export interface AccountActivity {
  accountId: string;
  /** Posts in the period. */
  posts: number;
  /** Share of the period's posts marked original (null when none is marked either way). */
  originalShare: number | null;
  /** Distinct China days with a post in the period. */
  activeDays: number;
  activeDayShare: number;
  /** Longest run of days without a post inside the period (from its start, between posts, to its end or the check time). */
  longestGapDays: number;
  /** Last post at or before the check time (any period), epoch ms; null if none. */
  lastPostAt: number | null;
  /** Whole days since the last post at the check time; null if never posted. */
  daysSinceLastPost: number | null;
  postsPerDay: number;
  /** 0–100, our default: 100 × (0.5 × active-day share + 0.3 × min(1, posts per day) + 0.2 × (1 − longest gap / days)). */
  score: number;
  tier: ActivityTier;
}

/** Options of {@link accountActivity}. */
export interface ActivityOptions extends TierThresholds {
  /** The period measured (`days` = its day count). */
  period: { start: number; end: number; days: number };
  /** The observation instant (监测时间点) for tiers and days-since-last-post. Default: the period's end. */
  at?: DateArg;
  /** Account ids to report even if they never posted (they come out `zombie`). */
  accountIds?: readonly string[];
}

/**
 * Posting activity per account: posts, original share, active-day share, longest
 * gap, days since the last post, posts per day, an activity score and the tier
 * (stale / dormant / zombie). Days are China days. Runs on the per-account pass
 * (`accumulateAccountFields`, `accountRanges` over the table's clustered columns, built
 * once per table and cached). Complexity O(posts + accounts × log posts) after clustering.
 * @throws {RangeError} for thresholds out of order (0 < staleDays ≤ dormantDays ≤ zombieDays), or an `at` that is not a date/time.
 * @throws {TypeError} for an `at` that is none of a Date, a number or a string.
 * @returns One {@link AccountActivity} per account of the table (and per id of `accountIds` without posts), in dictionary order.
 * @example accountActivity(table, { period: monthPeriod(2024, 9) })[0].tier // 'active'
 */
export function accountActivity(table: PostsTable, options: ActivityOptions): AccountActivity[] {
  const { period } = options;
  const check = options.at === undefined ? period.end : instantArg(options.at, 'accountActivity', 'at');
  const thresholds = resolveTierThresholds(options);
  // The per-account pass (src/stats): counts and active days over the period, the last
  // post at or before the check time over all time, and each account's run of posts in the
  // period (time-ordered) for the longest gap.
  const inPeriod = accumulateAccountFields(table, { fields: ['articles', 'originals', 'originalityUnknown', 'activeDays'], period }).fields;
  const last = accumulateAccountFields(table, { fields: ['lastTime'], period: periodThrough(check) }).fields.lastTime!;
  const posts = inPeriod.articles!, originals = inPeriod.originals!, activeDays = inPeriod.activeDays!, unknown = inPeriod.originalityUnknown!;
  const ranges = accountRanges(table, period);
  const time = ranges.clustered.time;
  const firstDay = chinaDayNumber(period.start);
  const endDay = chinaDayNumber(Math.min(period.end, Math.max(check, period.start + 1)) - 1) + 1; // exclusive
  const span = Math.max(1, endDay - firstDay);
  const result = (id: string, a: number | null): AccountActivity => {
    const n = a === null ? 0 : posts[a]!;
    const days = a === null ? 0 : activeDays[a]!;
    // Longest run of days without a post: from the period's first day, between posts, to the end day.
    let gap = 0, prev = firstDay - 1;
    if (a !== null) {
      for (let p = ranges.start[a]!, e = ranges.end[a]!; p < e; p++) {
        const d = chinaDayNumber(time[p]!);
        if (d !== prev) { gap = Math.max(gap, d - prev - 1); prev = d; }
      }
    }
    gap = Math.max(gap, endDay - prev - 1);
    const lp = a === null || last[a] === -Infinity ? null : last[a]!;
    const marked = a === null ? 0 : n - unknown[a]!;
    const activeDayShare = days / period.days;
    const postsPerDay = n / period.days;
    const score = 100 * (0.5 * Math.min(1, activeDayShare) + 0.3 * Math.min(1, postsPerDay) + 0.2 * (1 - Math.min(1, gap / span)));
    return {
      accountId: id, posts: n, originalShare: a === null || marked === 0 ? null : originals[a]! / marked, activeDays: days, activeDayShare,
      longestGapDays: gap, lastPostAt: lp, daysSinceLastPost: lp === null ? null : Math.floor((check - lp) / DAY_MS), postsPerDay, score,
      tier: activityTier(lp, check, thresholds),
    };
  };
  const out = table.accountIds.map((id, a) => result(id, a));
  if (options.accountIds) {
    const seen = new Set(table.accountIds);
    for (const id of options.accountIds) if (!seen.has(id)) out.push(result(id, null));
  }
  return out;
}
