import { rollup } from 'd3-array';
import { LEVEL_LABELS_ZH, PLATFORM_LABELS_ZH, type Level, type Platform } from '../model/enums.js';
import type { Account } from '../model/schemas.js';
import { accumulateAccountFields } from '../stats/accumulate-account-fields.js';
import type { PostsTable } from '../table/posts-table.js';
import type { Period } from '../time/period.js';

/** Options of {@link census}. */
export interface CensusOptions {
  /** "粉丝数量超过1万": accounts with strictly more followers than this (default 10,000, seed 001). */
  followerThreshold?: number;
  /** "日均发布2条以上": posts per day at least this (default 2, seed 001). */
  minPostsPerDay?: number;
  /** Period for posts per day (any {@link Period}; its `days`, else the real days of `[start, end)`); default the posts' full date range (real days). */
  period?: Pick<Period, 'start' | 'end'> & { days?: number };
}

/** The census (摸底) table of seed 001. */
export interface CensusResult {
  /** Accounts counted. */
  accountCount: number;
  byPlatform: { platform: Platform; label: string; count: number; share: number }[];
  byLevel: { level: Level; label: string; count: number; share: number }[];
  aboveFollowerThreshold: { count: number; share: number; threshold: number };
  /** null when no posts were given. */
  postingAtLeast: { count: number; share: number; perDay: number } | null;
  withServices: { count: number; share: number };
}

/**
 * The census (摸底) an office runs on its account list, in the shape of seed 001
 * (Ningbo, 2019: 1,170 accounts — 微博 525, 微信 551, 抖音 50, 今日头条 26, other apps 18;
 * city 164, county 326, township 680; 385 above 10,000 followers; 698 (59.7%) posting
 * 2+ a day; 1,021 (87.3%) with service functions): totals by platform and level, the
 * accounts above a follower threshold, the share posting at least N a day on average
 * (from posts), the share with service functions; as data (`censusMarkdown` in
 * src/report renders it in seed 001's table).
 * Percentages round half up to one decimal. Complexity O(accounts + posts).
 * @returns Counts and shares by platform and level, accounts above the follower threshold, and activity when posts are given.
 * @example census(accounts).byPlatform[0] // { platform: 'wechat', label: '微信', count: 551, share: 0.47… }
 */
export function census(accounts: readonly Account[], posts?: PostsTable, options: CensusOptions = {}): CensusResult {
  const threshold = options.followerThreshold ?? 10_000;
  const perDay = options.minPostsPerDay ?? 2;
  const n = accounts.length;
  const share = (c: number) => (n ? c / n : 0);
  const countBy = <K extends string>(f: (a: Account) => K) => [...rollup(accounts, (v) => v.length, f)].sort((x, y) => y[1] - x[1]);
  const byPlatform = countBy((a) => a.platform).map(([platform, count]) => ({ platform, label: PLATFORM_LABELS_ZH[platform], count, share: share(count) }));
  const byLevel = countBy((a) => a.level).map(([level, count]) => ({ level, label: LEVEL_LABELS_ZH[level], count, share: share(count) }));
  const above = accounts.filter((a) => (a.followers ?? 0) > threshold).length;
  const services = accounts.filter((a) => a.channels?.services === true).length;
  let posting: CensusResult['postingAtLeast'] = null;
  if (posts) {
    const range = options.period ? { start: options.period.start, end: options.period.end, days: options.period.days ?? Math.round((options.period.end - options.period.start) / 86400e3) } : (() => {
      const r = posts.timeRange();
      if (!r) return { start: 0, end: 0, days: 0 };
      const days = Math.floor((r.end + 8 * 3600e3) / 86400e3) - Math.floor((r.start + 8 * 3600e3) / 86400e3) + 1;
      return { start: r.start, end: r.end + 1, days };
    })();
    // Posts per account in the range (the per-account pass, src/stats).
    const articles = accumulateAccountFields(posts, { fields: ['articles'], period: range }).fields.articles!;
    const counts = { get: (id: string) => { const k = posts.accountIndex(id); return k === undefined ? undefined : articles[k]!; } };
    const c = range.days > 0 ? accounts.filter((a) => (counts.get(a.id) ?? 0) / range.days >= perDay).length : 0;
    posting = { count: c, share: share(c), perDay };
  }
  return { accountCount: n, byPlatform, byLevel, aboveFollowerThreshold: { count: above, share: share(above), threshold }, postingAtLeast: posting, withServices: { count: services, share: share(services) } };
}
