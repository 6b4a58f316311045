import type { Account, Post } from '../model/schemas.js';
import { formatChinaTime } from '../model/time.js';
import { PostsTable } from '../table/posts-table.js';
import { compileContentRules, type CompiledContentRules, type CompiledEntry } from './compile-content-rules.js';
import { CONTENT_KINDS, CONTENT_KIND_LABELS_ZH, type ContentKind, type ContentRuleSetInput, type Severity } from './content-rule.js';
import { scanLinks, scanPersonalData, scanRepost, type RawHit } from './internal/detectors.js';
import { normalizeContentText } from './normalize-content-text.js';

/** One content problem found in a post. Offsets are UTF-16 positions in the ORIGINAL field. */
export interface ContentFinding {
  /** Stable identity across checks: account / post / rule / matched text / occurrence. */
  key: string;
  accountId: string;
  accountName?: string;
  unit?: string;
  /** The post's id, else `accountId@publishedAt`. */
  postId: string;
  publishedAt: string;
  field: 'title' | 'text';
  kind: ContentKind;
  kindZh: string;
  ruleId: string;
  /** The text as written in the post. */
  matched: string;
  offset: number;
  length: number;
  /** Up to `contextChars` characters either side, as written. */
  context: string;
  suggestion: string;
  severity: Severity;
  source: string;
}

/** A post as `checkContent` reads it. */
export type ContentPost = Pick<Post, 'accountId' | 'publishedAt'> & Partial<Pick<Post, 'id' | 'title' | 'text' | 'repostOf' | 'isOriginal'>>;

/** Options of {@link checkContent}. */
export interface CheckContentOptions {
  /** Account records: findings get the account's name and unit. */
  accounts?: readonly Account[];
  /** Characters of context either side of a match (default 12). */
  contextChars?: number;
  /** Traditional → simplified before matching (from `loadTraditionalToSimplified()`). */
  toSimplified?: (s: string) => string;
  /** Treat `isOriginal === false` as a repost that must state its source (default false: exports often mark every non-original article). */
  nonOriginalIsRepost?: boolean;
}

/** What {@link checkContent} returns. */
export interface ContentCheckResult {
  posts: number;
  /** UTF-16 characters scanned (titles + texts). */
  chars: number;
  findings: ContentFinding[];
  /** Findings per kind (every kind present, 0 when none). */
  byKind: Record<ContentKind, number>;
  /** Findings per severity. */
  bySeverity: Record<Severity, number>;
}

interface Cand { begin: number; end: number; kind: ContentKind; ruleId: string; severity: Severity; suggestion: string; source: string }

const SEP = /[\s·•・.]/;

/**
 * Checks the titles and texts of posts against a content rule set (SPEC §5, issue 14):
 * word-list rules (错别字, GF 1001-2001 异形词, 规范表述 with context, ads, the office's
 * sensitive words), leader names next to a title not their own (roster), personal data
 * (身份证号 with a valid GB 11643 check digit, mobile numbers, Luhn-valid bank cards),
 * commercial and off-allowlist links, and reposts without a stated source. Matching runs
 * on NFKC / lower-case (optionally simplified) text with one Aho–Corasick automaton;
 * among overlapping hits the leftmost longest wins; hits inside an allowlist phrase
 * (五星红旗, 路口交通 …) are dropped. Offsets point into the original text. Never a
 * verdict: veto candidates go to a human, and `inspect` takes confirmed findings.
 *
 * Findings are sorted by account, time, post, field, offset and rule, so they do not
 * depend on the order of the posts. Complexity O(characters + hits).
 *
 * @param posts a `PostsTable` (with texts/titles) or post records
 * @param rules a rule set (validated with zod) or the result of `compileContentRules`
 * @param options `accounts` (names and units in findings), `contextChars` (default 12), `toSimplified`, `nonOriginalIsRepost`
 * @throws {TypeError} for a bad rule set (naming the field) or posts that are neither a table nor records (naming the post).
 * @throws {RangeError} for a `contextChars` that is not a whole number ≥ 0.
 * @returns The findings (sorted as above), posts and characters checked, and counts per kind and severity.
 * @example checkContent([{ accountId: 'A', publishedAt: new Date(), text: '坚决打好扫黑险恶攻坚战' }], defaultContentRules()).findings[0].suggestion // '扫黑除恶'
 */
export function checkContent(posts: PostsTable | readonly ContentPost[], rules: ContentRuleSetInput | CompiledContentRules, options: CheckContentOptions = {}): ContentCheckResult {
  const compiled = isCompiled(rules) ? rules : compileContentRules(rules, options.toSimplified ? { toSimplified: options.toSimplified } : {});
  const ctxChars = options.contextChars ?? 12;
  if (!(Number.isInteger(ctxChars) && ctxChars >= 0)) throw new RangeError(`checkContent: contextChars must be a whole number ≥ 0, got ${ctxChars}`);
  const accounts = new Map((options.accounts ?? []).map((a) => [a.id, a]));
  const get = accessor(posts);
  const findings: ContentFinding[] = [];
  let chars = 0;
  const t2s = compiled.toSimplified;
  const det = compiled.set.detectors;
  for (let i = 0; i < get.size; i++) {
    const p = get.row(i);
    const emit = (field: 'title' | 'text', original: string, map: Int32Array | null, c: Cand) => {
      const b = map ? map[c.begin]! : c.begin, e = map ? map[c.end]! : c.end;
      const acc = accounts.get(p.accountId);
      const publishedAt = formatChinaTime(p.time);
      findings.push({
        key: '', accountId: p.accountId, ...(acc ? { accountName: acc.name, unit: acc.unit } : {}), postId: p.id ?? `${p.accountId}@${publishedAt}`, publishedAt, field,
        kind: c.kind, kindZh: CONTENT_KIND_LABELS_ZH[c.kind], ruleId: c.ruleId, matched: original.slice(b, e), offset: b, length: e - b,
        context: original.slice(Math.max(0, b - ctxChars), e + ctxChars), suggestion: c.suggestion, severity: c.severity, source: c.source,
      });
    };
    for (const field of ['title', 'text'] as const) {
      const original = field === 'title' ? p.title : p.text;
      if (!original) continue;
      chars += original.length;
      const n = normalizeContentText(original, t2s ? { toSimplified: t2s } : {});
      for (const c of matchField(n.text, compiled)) emit(field, original, n.map, c);
      const raw: RawHit[] = [];
      if (det.personalData) scanPersonalData(n.text, raw);
      if (det.links) scanLinks(n.text, compiled.set.allowedDomains, compiled.set.commercialDomains, raw);
      if (det.reposts && (field === 'text' || !p.text)) scanRepost(n.text, !!p.repostOf, options.nonOriginalIsRepost === true && p.isOriginal === false, raw);
      for (const h of raw) emit(field, original, n.map, h);
    }
  }
  findings.sort(compareFindings);
  // Keys: the same (post, field, rule, text) seen k times gets #k, so keys stay stable when other posts change.
  const seen = new Map<string, number>();
  for (const f of findings) {
    const base = `${f.accountId}/${f.postId}/${f.field}/${f.ruleId}/${f.matched}`;
    const k = (seen.get(base) ?? 0) + 1;
    seen.set(base, k);
    f.key = `${base}#${k}`;
  }
  const byKind = Object.fromEntries(CONTENT_KINDS.map((k) => [k, 0])) as Record<ContentKind, number>;
  const bySeverity: Record<Severity, number> = { 'veto-candidate': 0, deduction: 0, note: 0 };
  for (const f of findings) { byKind[f.kind]++; bySeverity[f.severity]++; }
  return { posts: get.size, chars, findings, byKind, bySeverity };
}

function isCompiled(r: unknown): r is CompiledContentRules {
  return typeof r === 'object' && r !== null && 'matcher' in r && 'entries' in r;
}

function compareFindings(a: ContentFinding, b: ContentFinding): number {
  return cmp(a.accountId, b.accountId) || cmp(a.publishedAt, b.publishedAt) || cmp(a.postId, b.postId) || cmp(a.field, b.field) * -1 || a.offset - b.offset || a.length - b.length || cmp(a.ruleId, b.ruleId);
}
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function accessor(posts: PostsTable | readonly ContentPost[]) {
  if (posts instanceof PostsTable) {
    const t = posts;
    return {
      size: t.size,
      row: (i: number) => ({
        accountId: t.accountIds[t.account[i]!]!, time: t.time[i]!, id: t.ids?.[i], title: t.titles?.[i], text: t.texts?.[i], repostOf: t.repostOf?.[i],
        isOriginal: t.original[i] === 1 ? true : t.original[i] === 0 ? false : undefined,
      }),
    };
  }
  if (!Array.isArray(posts)) throw new TypeError('checkContent: posts must be a PostsTable or an array of posts');
  return {
    size: posts.length,
    row: (i: number) => {
      const p = posts[i]!;
      const time = p.publishedAt instanceof Date ? p.publishedAt.getTime() : typeof p.publishedAt === 'number' ? p.publishedAt : Date.parse(String(p.publishedAt));
      if (!p || typeof p.accountId !== 'string' || !Number.isFinite(time)) throw new TypeError(`checkContent: post ${i + 1} needs an accountId and a valid publishedAt`);
      return { accountId: p.accountId, time, id: p.id, title: p.title, text: p.text, repostOf: p.repostOf, isOriginal: p.isOriginal };
    },
  };
}

/** Word-list, allowlist and roster hits of one normalized field. */
function matchField(text: string, c: CompiledContentRules): Cand[] {
  const hits = c.matcher.matchInText(text);
  if (hits.length === 0) return [];
  const allow: [number, number][] = [];
  const rules: Cand[] = [];
  const names: { begin: number; end: number; e: Extract<CompiledEntry, { type: 'name' }> }[] = [];
  const titles: { begin: number; end: number; title: string }[] = [];
  for (const h of hits) {
    for (const e of c.entries.get(h.keyword) ?? []) {
      if (e.type === 'allow') allow.push([h.begin, h.end]);
      else if (e.type === 'name') names.push({ begin: h.begin, end: h.end, e });
      else if (e.type === 'title') titles.push({ begin: h.begin, end: h.end, title: e.title });
      else if (contextOk(text, h.begin, h.end, e)) {
        const r = e.rule;
        rules.push({ begin: h.begin, end: h.end, kind: r.kind, ruleId: r.id, severity: r.severity, suggestion: r.suggestion, source: r.source });
      }
    }
  }
  const allowed = (b: number, e: number) => allow.some(([x, y]) => x <= b && e <= y);
  const out: Cand[] = [];
  // Leftmost longest among the rule hits that survive the allowlist.
  const live = rules.filter((r) => !allowed(r.begin, r.end)).sort((a, b) => a.begin - b.begin || b.end - a.end || cmp(a.ruleId, b.ruleId));
  let lastEnd = -1;
  for (const r of live) if (r.begin >= lastEnd) { out.push(r); lastEnd = r.end; }
  for (const n of names) {
    if (allowed(n.begin, n.end)) continue;
    // The title written right before the name (市长张三) or right after it (张三市长), longest first.
    const adjacent = titles
      .filter((t) => gapOk(text, t.end, n.begin) || gapOk(text, n.end, t.begin))
      .sort((a, b) => b.end - b.begin - (a.end - a.begin));
    const before = adjacent.filter((t) => t.end <= n.begin).filter((t, _, l) => !l.some((u) => u !== t && u.begin <= t.begin && t.end <= u.end));
    const after = adjacent.filter((t) => t.begin >= n.end).filter((t, _, l) => !l.some((u) => u !== t && u.begin <= t.begin && t.end <= u.end));
    for (const t of [...before, ...after]) {
      if (titleMatches(t.title, n.e.person.titles.map(c.normalize))) continue;
      const b = Math.min(t.begin, n.begin), e = Math.max(t.end, n.end);
      out.push({
        begin: b, end: e, kind: 'leader', ruleId: 'leader:roster', severity: 'veto-candidate',
        suggestion: `${n.e.person.name}的现任职务：${n.e.person.titles.join('、')}`, source: '办公室提供的领导人名单（姓名与现任职务）；国办秘函〔2019〕19号「严重表述错误」',
      });
    }
  }
  return out;
}

function gapOk(text: string, from: number, to: number): boolean {
  if (to < from || to - from > 1) return false;
  return to === from || SEP.test(text[from]!);
}

/** A title written next to a name is the person's own when it ends one of their titles (or is one with a qualifier), with no 副 in the difference. */
function titleMatches(t: string, own: readonly string[]): boolean {
  return own.some((o) => (o.endsWith(t) && !o.slice(0, o.length - t.length).endsWith('副')) || (t.endsWith(o) && !t.slice(0, t.length - o.length).endsWith('副')));
}

function contextOk(text: string, begin: number, end: number, e: Extract<CompiledEntry, { type: 'rule' }>): boolean {
  if (!e.near && !e.notNear) return true;
  const around = text.slice(Math.max(0, begin - e.window), end + e.window);
  if (e.near && !e.near.some((w) => around.includes(w))) return false;
  if (e.notNear && e.notNear.some((w) => around.includes(w))) return false;
  return true;
}
