import type { AccountActivity, ActivityOptions } from '../../../src/activity/account-activity.js';
import { instantArg } from '../../../src/model/internal/instant-arg.js';
import { DAY_MS, chinaDayNumber } from '../../../src/model/time.js';
import type { DateArg } from '../../../src/model/to-instant.js';
import type { PostsTable } from '../../../src/table/posts-table.js';
import { activityTier, resolveTierThresholds, type ActivityTier, type TierThresholds } from '../../../src/activity/activity-tiers.js';

// Test reference: accountActivity as it was before it ran on the per-account pass (one
// row-order scan, days collected and sorted per account), kept to check the pass gives the same results.
export function accountActivityRowLoop(table: PostsTable, options: ActivityOptions): AccountActivity[] {
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
