/**
 * Hubei's platform weights for unit-level awards (SPEC §8; SPEC source list: "Hubei
 * 2023 … award rules"): a unit's score is the weighted sum of its accounts'
 * scores per platform — WeChat 40%, Weibo 20%, Douyin 20%, every other platform 20%.
 */
export const HUBEI_PLATFORM_WEIGHTS: Readonly<Record<'wechat' | 'weibo' | 'douyin' | 'other', number>> = Object.freeze({ wechat: 0.4, weibo: 0.2, douyin: 0.2, other: 0.2 });

/**
 * A unit's score from its accounts' scores per platform, weighted (default
 * {@link HUBEI_PLATFORM_WEIGHTS}, 40/20/20/20): Σ weight(platform) × best score on that
 * platform. A platform without a weight of its own counts under `other`; a platform where
 * the unit has no scored account contributes 0; with several accounts on one platform
 * the best one counts (our default: Hubei's rules score the unit's account per platform).
 *
 * Complexity O(n).
 * @throws {RangeError} for a score that is not finite (naming the platform).
 * @returns The unit's weighted score.
 * @example combinePlatformScores([{ platform: 'wechat', score: 800 }, { platform: 'weibo', score: 600 }]) // 440
 */
export function combinePlatformScores(scores: readonly { platform: string; score: number | null }[], weights: Readonly<Record<string, number>> = HUBEI_PLATFORM_WEIGHTS): number {
  const best = new Map<string, number>();
  for (const s of scores) {
    if (s.score === null) continue;
    if (!Number.isFinite(s.score)) throw new RangeError(`combinePlatformScores: score of platform "${s.platform}" is not finite (${s.score})`);
    const key = s.platform in weights ? s.platform : 'other';
    best.set(key, Math.max(best.get(key) ?? -Infinity, s.score));
  }
  let total = 0;
  for (const [k, v] of best) total += (weights[k] ?? 0) * v;
  return total;
}
