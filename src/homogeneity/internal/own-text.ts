import { CodePointBuffer, normalizedCodePoints } from './code-points.js';

/**
 * A Weibo repost chain: `//@name:` and everything after it (the words of the accounts
 * reposted, not the reposter's own). Half- and full-width slashes.
 */
const CHAIN_RE = /(?:\/\/|／／)\s*@[\s\S]*$/u;
/** Links (Weibo's t.cn short links, any http/https URL): not the account's own words. */
const URL_RE = /https?:\/\/[^\s\u3000<>"'，。；！？、（）()【】]+/giu;
/** Weibo emoticon codes as exports print them: `[赞]`, `[doge]`, `[图片]`. */
const EMOTICON_RE = /\[[^[\]\s]{1,10}\]/gu;

/**
 * The text an account wrote itself (internal): the Weibo repost chain (`//@name: …`),
 * links and emoticon codes removed. `chained` is true when a chain was removed.
 */
export function ownText(text: string): { own: string; chained: boolean } {
  const cut = text.replace(CHAIN_RE, '');
  return { own: cut.replace(URL_RE, ' ').replace(EMOTICON_RE, ' '), chained: cut.length !== text.length };
}

/**
 * Platform placeholders (our list): the text a platform fills in when the account
 * wrote nothing of its own — Weibo's repost default 转发微博 (轉發微博 in traditional
 * script, Repost in the English interface), the share defaults 分享图片/分享视频, the
 * link stand-in 网页链接. Compared after `normalizeHomogeneityText` (so `转发微博。`,
 * `REPOST` match too).
 */
export const DEFAULT_PLACEHOLDERS: readonly string[] = [
  '转发微博', '轉發微博', '转发', '轉發', 'repost', 'reposted', '分享图片', '分享圖片', '分享视频', '分享視頻',
  '图片', '圖片', '视频', '視頻', '网页链接', '網頁鏈接', '转发理由', '轉發理由',
];

/** Default minimum of meaningful characters (see FindHomogeneousAccountsOptions.minChars). */
export const DEFAULT_MIN_CHARS = 10;

const buf = new CodePointBuffer();

/** Normalised form of each placeholder, as a set (internal). */
export function placeholderSet(list: readonly string[], preprocess?: (t: string) => string): Set<string> {
  const out = new Set<string>();
  for (const p of list) {
    if (typeof p !== 'string') throw new TypeError('findHomogeneousAccounts: placeholders must be strings');
    const n = normalizedCodePoints(preprocess ? preprocess(p) : p, buf);
    out.add(String.fromCodePoint(...buf.data.subarray(0, n)));
  }
  return out;
}

/** Why a post's text is not compared (internal): 0 compared, 1 placeholder, 2 too short, 3 no text. */
export const Skip = { None: 0, Placeholder: 1, Short: 2, NoText: 3 } as const;
export type Skip = (typeof Skip)[keyof typeof Skip];

/**
 * Classifies a post's own text (after `ownText`): a placeholder (or an empty repost),
 * shorter than `minChars` meaningful (normalised) characters, no text, or compared.
 */
export function classifyOwnText(
  own: string, chained: boolean, isRepost: boolean, minChars: number, placeholders: ReadonlySet<string>, maxPlaceholder: number,
  preprocess: ((t: string) => string) | undefined, b: CodePointBuffer,
): Skip {
  const n = normalizedCodePoints(preprocess ? preprocess(own) : own, b);
  if (n === 0) return chained || isRepost ? Skip.Placeholder : Skip.NoText;
  if (n <= maxPlaceholder && placeholders.has(String.fromCodePoint(...b.data.subarray(0, n)))) return Skip.Placeholder;
  return n < minChars ? Skip.Short : Skip.None;
}
