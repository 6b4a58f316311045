import { instantArg } from '../model/internal/instant-arg.js';
import { DAY_MS, chinaDayNumber } from '../model/time.js';
import type { DateArg } from '../model/to-instant.js';
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
 * (stale / dormant / zombie). Days are China days. One pass over the table plus a sort
 * of each account's days. Complexity O(posts log posts).
 * @example accountActivity(table, { period: monthPeriod(2024, 9) })[0].tier // 'active'
 */
export function accountActivity(table: PostsTable, options: ActivityOptions): AccountActivity[] {
  const { period } = options;
  const check = options.at === undefined ? period.end : instantArg(options.at, 'accountActivity', 'at');
  const thresholds = resolveTierThresholds(options);
  const k = table.accountIds.length;
  const last = new Float64Array(k).fill(-Infinity);
  const posts = new Uint32Array(k), originals = new Uint32Array(k), marked = new Uint32Array(k);
  const days: number[][] = Array.from({ length: k }, () => []);
  for (let i = 0; i < table.size; i++) {
    const a = table.account[i]!, t = table.time[i]!;
    if (t <= check && t > last[a]!) last[a] = t;
    if (t < period.start || t >= period.end) continue;
    posts[a]!++;
    if (table.original[i] !== 2) { marked[a]!++; if (table.original[i] === 1) originals[a]!++; }
    days[a]!.push(chinaDayNumber(t));
  }
  const firstDay = chinaDayNumber(period.start);
  const endDay = chinaDayNumber(Math.min(period.end, Math.max(check, period.start + 1)) - 1) + 1; // exclusive
  const span = Math.max(1, endDay - firstDay);
  const result = (id: string, a: number | null): AccountActivity => {
    const n = a === null ? 0 : posts[a]!;
    const ds = a === null ? [] : [...new Set(days[a]!)].sort((x, y) => x - y);
    let gap = 0, prev = firstDay - 1;
    for (const d of ds) { gap = Math.max(gap, d - prev - 1); prev = d; }
    gap = Math.max(gap, endDay - prev - 1);
    const lp = a === null || last[a] === -Infinity ? null : last[a]!;
    const activeDayShare = ds.length / period.days;
    const postsPerDay = n / period.days;
    const score = 100 * (0.5 * Math.min(1, activeDayShare) + 0.3 * Math.min(1, postsPerDay) + 0.2 * (1 - Math.min(1, gap / span)));
    return {
      accountId: id, posts: n, originalShare: a === null || marked[a] === 0 ? null : originals[a]! / marked[a]!, activeDays: ds.length, activeDayShare,
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
