import type { Platform } from '../model/enums.js';
import { resolveIndexNamed } from './index-catalog.js';
import type { IndexDefinition } from './index-definition.js';

/**
 * The platform each index family is published for: WCI (清博 微信传播指数) → WeChat, BCI
 * (微博传播指数) → Weibo, DCI (抖音传播指数) → Douyin, BVCI (B站视频传播指数) → Bilibili. A
 * ranking with a ledger compares only that platform's accounts by default (`govmedia rank`,
 * `shortlist` and the office app).
 */
export const INDEX_PLATFORMS: Readonly<Record<string, Platform>> = Object.freeze({ wci: 'wechat', bci: 'weibo', dci: 'douyin', bvci: 'bilibili' });

/**
 * The platform an index is published for ({@link INDEX_PLATFORMS} by its family), or
 * `null` for an index of no one platform (the Weibo city score, a custom index).
 *
 * @param index a catalog id (`'wci-14.2'`, `'14.2'`, `'dci'` …) or a definition
 * @returns The platform, or `null`.
 * @throws {RangeError} for an unknown index id (from `resolveIndex`).
 * @example indexPlatform('wci-14.2') // 'wechat'; indexPlatform('bci-7var') // 'weibo'
 */
export function indexPlatform(index: string | IndexDefinition): Platform | null {
  return INDEX_PLATFORMS[resolveIndexNamed(index, 'indexPlatform').family] ?? null;
}
