import { instantArg } from '../model/internal/instant-arg.js';
import type { DateArg } from '../model/to-instant.js';

/** Activity tiers, from the national inspection veto to the zombie list. */
export type ActivityTier = 'active' | 'stale' | 'dormant' | 'zombie';

/** Thresholds of the tiers, in days before the check time; defaults in {@link resolveTierThresholds}. */
export interface TierThresholds {
  /** No post in this many days → `stale`. Default 14: the national veto (国办秘函〔2019〕19号 检查指标, 单项否决: 监测时间点前2周内无更新). */
  staleDays?: number;
  /** No post in this many days → `dormant` (睡眠). Default 90: a provincial zombie-list rule ("连续3个月未更新"). */
  dormantDays?: number;
  /** No post in this many days, or never → `zombie` (僵尸). Default 365 (our default: one year without an update). */
  zombieDays?: number;
}

/**
 * The one place where tier defaults live.
 * @param t The thresholds given (any may be left out).
 * @returns Every threshold, defaults filled in (14, 90, 365 days).
 * @throws {RangeError} unless 0 < staleDays ≤ dormantDays ≤ zombieDays.
 * @example resolveTierThresholds({ staleDays: 7 }) // { staleDays: 7, dormantDays: 90, zombieDays: 365 }
 */
export function resolveTierThresholds(t: TierThresholds = {}): Required<TierThresholds> {
  const r = { staleDays: t.staleDays ?? 14, dormantDays: t.dormantDays ?? 90, zombieDays: t.zombieDays ?? 365 };
  if (!(r.staleDays > 0 && r.staleDays <= r.dormantDays && r.dormantDays <= r.zombieDays)) throw new RangeError('activityTier: thresholds must satisfy 0 < staleDays ≤ dormantDays ≤ zombieDays');
  return r;
}

const DAY = 86_400_000;

/**
 * The tier of an account from its last post before the observation instant `at`: `active` when it
 * posted within the `staleDays` before the check time (a post exactly `staleDays` ago
 * still counts: the window is `[check − staleDays, check]`), else `stale`, `dormant`
 * or `zombie` as the silence grows; `zombie` also when it never posted (`lastPost`
 * null). Complexity O(1).
 * @throws {RangeError} for thresholds out of order (see {@link resolveTierThresholds}), or a `lastPost`/`at` that is not a date/time.
 * @throws {TypeError} for a `lastPost`/`at` that is none of a Date, a number or a string.
 * @returns `'active'`, `'stale'`, `'dormant'` or `'zombie'`.
 * @example activityTier(Date.parse('2024-09-01T00:00:00+08:00'), Date.parse('2024-09-15T00:00:00+08:00')) // 'active' (exactly 14 days)
 */
export function activityTier(lastPost: DateArg | null, at: DateArg, thresholds: TierThresholds = {}): ActivityTier {
  const t = resolveTierThresholds(thresholds);
  const atMs = instantArg(at, 'activityTier', 'at');
  if (lastPost === null) return 'zombie';
  const silence = atMs - instantArg(lastPost, 'activityTier', 'lastPost');
  if (silence <= t.staleDays * DAY) return 'active';
  if (silence <= t.dormantDays * DAY) return 'stale';
  if (silence <= t.zombieDays * DAY) return 'dormant';
  return 'zombie';
}
