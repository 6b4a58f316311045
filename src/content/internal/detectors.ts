import { isLuhnValid } from '../is-luhn-valid.js';
import { isValidResidentId } from '../resident-id-check-digit.js';

/** A raw hit in normalized coordinates. */
export interface RawHit {
  begin: number;
  end: number;
  kind: 'personal-data' | 'ad' | 'external-link' | 'unsourced-repost';
  ruleId: string;
  severity: 'veto-candidate' | 'deduction' | 'note';
  suggestion: string;
  source: string;
}

export const SOURCE_PERSONAL = '国办发〔2018〕123号（严防泄露国家秘密、敏感信息和个人隐私）；《个人信息保护法》第28条（身份证件号码、金融账户为敏感个人信息）';
export const SOURCE_ID = `${SOURCE_PERSONAL}；GB 11643-1999 公民身份号码校验码（ISO 7064 MOD 11-2）`;
export const SOURCE_CARD = `${SOURCE_PERSONAL}；银行卡号 Luhn 校验（ISO/IEC 7812-1）`;
export const SOURCE_LINKS = '地方检查评分表对外部链接、商业链接扣分（issue 14）；允许的域名由办公室提供（默认 gov.cn 与各平台域名，本库默认）';
export const SOURCE_REPOST = '转载未注明来源：国办秘函〔2019〕19号检查指标（issue 14 所称 G-9）与湖北地方评分表';

const DIGITS4 = /\d{4}/;
const ID = /(?<![0-9a-z])[1-9]\d{5}(?:18|19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[\dx](?![0-9a-z])/g;
const MOBILE = /(?<![0-9])(?:\+?86[- ]?)?1[3-9]\d(?:[- ]?\d{4}){2}(?![0-9])/g;
const CARD = /(?<![0-9])\d(?:[ -]?\d){15,18}(?![0-9])/g;

/** 身份证号 (valid GB 11643 check digit), mobile numbers, bank card numbers (Luhn), unmasked. */
export function scanPersonalData(text: string, out: RawHit[]): void {
  if (!DIGITS4.test(text)) return;
  const taken: [number, number][] = [];
  const overlaps = (b: number, e: number) => taken.some(([x, y]) => b < y && x < e);
  ID.lastIndex = 0;
  for (let m = ID.exec(text); m; m = ID.exec(text)) {
    if (!isValidResidentId(m[0])) continue;
    taken.push([m.index, m.index + m[0].length]);
    out.push({ begin: m.index, end: m.index + m[0].length, kind: 'personal-data', ruleId: 'personal:resident-id', severity: 'veto-candidate', suggestion: '身份证号应脱敏（如 3201**********1234）', source: SOURCE_ID });
  }
  CARD.lastIndex = 0;
  for (let m = CARD.exec(text); m; m = CARD.exec(text)) {
    const digits = m[0].replace(/[ -]/g, '');
    if (digits.length < 16 || digits.length > 19 || !isLuhnValid(digits) || overlaps(m.index, m.index + m[0].length)) continue;
    taken.push([m.index, m.index + m[0].length]);
    out.push({ begin: m.index, end: m.index + m[0].length, kind: 'personal-data', ruleId: 'personal:bank-card', severity: 'veto-candidate', suggestion: '银行卡号应脱敏（仅保留后四位）', source: SOURCE_CARD });
  }
  MOBILE.lastIndex = 0;
  for (let m = MOBILE.exec(text); m; m = MOBILE.exec(text)) {
    if (overlaps(m.index, m.index + m[0].length)) continue;
    out.push({ begin: m.index, end: m.index + m[0].length, kind: 'personal-data', ruleId: 'personal:mobile', severity: 'deduction', suggestion: '个人手机号应脱敏（如 138****5678）；公开的办公电话除外', source: SOURCE_PERSONAL });
  }
}

const TLD = 'com|cn|net|org|gov|edu|info|top|xyz|vip|shop|club|site|online|cc|tv|me|io|co|biz|mobi|hk|tw|ly|link';
const URL = new RegExp(`(?:https?://)?(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)+(?:${TLD})(?![a-z0-9-])(?::\\d{1,5})?(?:/[\\x21-\\x7e]*)?`, 'g');

const inDomains = (host: string, domains: readonly string[]) => domains.some((d) => host === d || host.endsWith(`.${d}`));

/** Links: to a commercial domain (ad), or to a domain outside the allowlist (外链). */
export function scanLinks(text: string, allowed: readonly string[], commercial: readonly string[], out: RawHit[]): void {
  if (!text.includes('.')) return;
  URL.lastIndex = 0;
  for (let m = URL.exec(text); m; m = URL.exec(text)) {
    // Not part of a longer word or an e-mail address.
    const before = text[m.index - 1];
    if (before !== undefined && /[a-z0-9@._-]/.test(before)) continue;
    let url = m[0].replace(/[.,;:!?)\]}'"]+$/, '');
    const host = url.replace(/^https?:\/\//, '').split(/[/:]/)[0]!;
    if (!host.includes('.')) continue;
    if (inDomains(host, commercial)) out.push({ begin: m.index, end: m.index + url.length, kind: 'ad', ruleId: 'link:commercial', severity: 'deduction', suggestion: '删除商业链接', source: SOURCE_LINKS });
    else if (!inDomains(host, allowed)) out.push({ begin: m.index, end: m.index + url.length, kind: 'external-link', ruleId: 'link:external', severity: 'deduction', suggestion: `链接域名 ${host} 不在允许清单内：核实后删除或报备`, source: SOURCE_LINKS });
    url = '';
  }
}

const MARKER = /本文转载|转载于|转载自|转自|转发自|来源于网络|来源网络|来自网络|源自网络|图文来源网络/g;
const STATED = /(?:来源|来自|转自|转载自|稿源|出处|原载|原标题|作者)\s*[:：]?\s*(?!网络|互联网|网上|于网络|于互联网)[^\s,.!?;:，。！？；：]{2,30}/;

/**
 * A repost without a stated source: the post is a repost (text markers, or
 * `isOriginal === false` when the caller says so) and neither `repostOf` nor a source line
 * (来源：X, 转自X …, not 网络/互联网) names where it comes from.
 */
export function scanRepost(text: string, hasRepostOf: boolean, nonOriginal: boolean, out: RawHit[]): void {
  if (hasRepostOf) return;
  MARKER.lastIndex = 0;
  const m = MARKER.exec(text);
  if (!m && !nonOriginal) return;
  if (STATED.test(text)) return;
  const begin = m ? m.index : 0, end = m ? m.index + m[0].length : 0;
  out.push({ begin, end, kind: 'unsourced-repost', ruleId: 'repost:no-source', severity: 'deduction', suggestion: '转载须注明来源（来源：XX）', source: SOURCE_REPOST });
}
