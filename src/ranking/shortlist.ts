// zod/mini (tree-shakable), as the reply policies: a 十佳 dashboard that imports shortlist
// does not load zod's classic API (README "Packaging"). zod/mini has no English messages
// unless a locale is loaded, so each check names its own reason.
import * as z from 'zod/mini';
import { ACCOUNT_KINDS, PLATFORMS } from '../model/enums.js';

const num = 'expected a number', str = 'expected a string';
const oneOf = (values: readonly string[]) => ({ error: `must be one of ${values.join(', ')}` });
const VERDICTS = ['pass', 'fail'] as const, TIERS = ['active', 'stale', 'dormant', 'zombie'] as const;

/** A candidate for a shortlist: an account's score and what the constraints need. */
export const ShortlistCandidateSchema = z.object(
  {
    accountId: z.string({ error: str }).check(z.minLength(1, { error: 'must not be empty' })),
    name: z.optional(z.string({ error: str })),
    /** The data score (e.g. WCI); `null` = no index in the period. */
    score: z.nullable(z.number({ error: 'expected a finite number or null' })),
    unit: z._default(z.string({ error: str }), ''),
    platform: z.optional(z.enum(PLATFORMS, oneOf(PLATFORMS))),
    kind: z._default(z.enum(ACCOUNT_KINDS, oneOf(ACCOUNT_KINDS)), 'unit'),
    posts: z._default(z.number({ error: num }).check(z.nonnegative({ error: 'must be ≥ 0' })), 0),
    /** Inspection verdict, when the account was inspected. */
    verdict: z.optional(z.enum(VERDICTS, oneOf(VERDICTS))),
    /** Activity tier in the period. */
    tier: z.optional(z.enum(TIERS, oneOf(TIERS))),
    /** Passed through to the output (e.g. the index explanation). */
    explanation: z.optional(z.unknown()),
  },
  { error: 'expected an object' },
);
export type ShortlistCandidate = z.output<typeof ShortlistCandidateSchema>;
export type ShortlistCandidateInput = z.input<typeof ShortlistCandidateSchema>;

/** A category of the award, with its own list size (e.g. 十佳单位政务微博 and 十佳个人政务微博 in seed 003). */
export interface ShortlistCategory {
  id: string;
  label?: string;
  kind?: 'unit' | 'personal';
  platform?: (typeof PLATFORMS)[number];
  /** List size for this category; default `options.topN`. */
  topN?: number;
}

/** Options of {@link shortlist}; defaults resolved in one place (`resolve`). */
export interface ShortlistOptions {
  /** List size per category (default 10, "十佳"). */
  topN?: number;
  /** Categories; default one category holding everyone. */
  categories?: ShortlistCategory[];
  /** At most this many entries per host unit (default unlimited). */
  maxPerUnit?: number;
  /** Minimum posts in the period (default 1). */
  minPosts?: number;
  /** Exclude accounts that failed inspection (default true). */
  excludeFailed?: boolean;
  /** Activity tiers excluded (default stale, dormant, zombie). */
  excludeTiers?: ('stale' | 'dormant' | 'zombie')[];
  /** The rule at the cut: `'expand'` keeps everyone tied with the last place (default), `'break'` orders ties by `tieBreak`. */
  ties?: 'expand' | 'break';
  /** Secondary key for breaking ties (and ordering them): more posts first, or account id. Default `'posts'`. */
  tieBreak?: 'posts' | 'accountId';
}

/** One shortlisted account. */
export interface ShortlistEntry extends ShortlistCandidate {
  /** Place in the category list (competition rank on score). */
  place: number;
  /** True when it is on the list only because it ties the last place (rule `expand`). */
  tieExpanded: boolean;
}

/** A candidate kept off the list, with why. */
export interface ShortlistExclusion {
  candidate: ShortlistCandidate;
  reason: 'failed-inspection' | 'inactive' | 'min-posts' | 'unit-cap' | 'no-score' | 'tie-break';
  detail: string;
}

/**
 * Why a candidate was kept off the list, as reports and the office app state it (Chinese:
 * user-facing; one source for `govmedia shortlist` and the app): 检查不合格 (failed the
 * inspection's veto rules), 不活跃 (stale, dormant or zombie), 发文不足 (fewer than
 * `minPosts`), 超出单位名额 (the unit has `maxPerUnit` on the list already), 无指数 (no index
 * in the period), 并列未入围 (tied at the cut and broken off).
 */
export const SHORTLIST_EXCLUSION_LABELS_ZH: Readonly<Record<ShortlistExclusion['reason'], string>> = {
  'failed-inspection': '检查不合格', inactive: '不活跃', 'min-posts': '发文不足', 'unit-cap': '超出单位名额', 'no-score': '无指数', 'tie-break': '并列未入围',
};

/** The list of one category. */
export interface ShortlistCategoryResult {
  category: ShortlistCategory;
  entries: ShortlistEntry[];
  /** Candidates that would have made this list but for a constraint, in score order. */
  excluded: ShortlistExclusion[];
  /** The rule applied at the cut, stated. */
  cutRule: string;
}

/** The secondary keys at the cut, as the list states them (Chinese: user-facing). */
const TIE_BREAK_ZH = { posts: '发文数多者优先、再按账号ID', accountId: '账号ID' } as const;
/** Activity tiers as the exclusion states them (Chinese: user-facing). */
const TIER_ZH: Record<string, string> = { active: '活跃', stale: '两周内未更新', dormant: '睡眠账号', zombie: '僵尸账号' };

function resolve(o: ShortlistOptions) {
  const n = o.topN ?? 10;
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`shortlist: topN must be a positive integer, got ${String(o.topN)}`);
  if (o.maxPerUnit !== undefined && !(Number.isInteger(o.maxPerUnit) && o.maxPerUnit >= 1)) throw new RangeError(`shortlist: maxPerUnit must be a positive integer, got ${String(o.maxPerUnit)}`);
  return {
    n, categories: o.categories ?? [{ id: 'all', label: '全部' }], maxPerUnit: o.maxPerUnit ?? Infinity, minPosts: o.minPosts ?? 1,
    excludeFailed: o.excludeFailed ?? true, excludeTiers: new Set(o.excludeTiers ?? ['stale', 'dormant', 'zombie']), ties: o.ties ?? 'expand', tieBreak: o.tieBreak ?? 'posts',
  };
}

/**
 * Picks the top N of each category under the constraints offices apply (SPEC §8,
 * seed 003's 十佳 unit and personal accounts): accounts that failed inspection or are
 * stale/dormant/zombie are excluded, at most K per unit, a minimum number of posts,
 * each category with its own N. At the cut, ties are either expanded (everyone tied
 * with the last place is listed, marked `tieExpanded`) or broken by a stated secondary
 * key; `cutRule` says which. Every candidate that would otherwise have made the list
 * appears in `excluded` with its reason. Input is validated once (zod).
 *
 * Complexity O(n log n) per category.
 * @throws {TypeError} naming `shortlist` and the candidate's field (`scores[3].posts`) for input the schema rejects (never a raw ZodError).
 * @throws {RangeError} for a `topN` or `maxPerUnit` that is not a positive integer.
 * @returns Per category: the entries, the candidates excluded with their reason, and the rule applied at the cut.
 * @example shortlist([{ accountId: 'a', score: 9, posts: 5 }, { accountId: 'b', score: 7, posts: 5 }], { topN: 1 })[0].entries[0].accountId // 'a'
 */
export function shortlist(scores: readonly ShortlistCandidateInput[], options: ShortlistOptions = {}): ShortlistCategoryResult[] {
  const o = resolve(options);
  const parsed = z.array(ShortlistCandidateSchema, { error: 'expected an array' }).safeParse(scores);
  if (!parsed.success) {
    const i = parsed.error.issues[0]!;
    throw new TypeError(`shortlist: scores[${String(i.path[0])}].${i.path.slice(1).join('.')}: ${i.message}`);
  }
  const secondary = (a: ShortlistCandidate, b: ShortlistCandidate) =>
    o.tieBreak === 'posts' ? b.posts - a.posts || (a.accountId < b.accountId ? -1 : 1) : a.accountId < b.accountId ? -1 : a.accountId > b.accountId ? 1 : 0;
  return o.categories.map((category) => {
    const n = category.topN ?? o.n;
    const pool = parsed.data
      .filter((c) => (category.kind === undefined || c.kind === category.kind) && (category.platform === undefined || c.platform === category.platform))
      .sort((a, b) => (b.score ?? -Infinity) - (a.score ?? -Infinity) || secondary(a, b));
    const entries: ShortlistEntry[] = [];
    const tentative: ShortlistExclusion[] = [];
    const perUnit = new Map<string, number>();
    let cutScore: number | null = null;
    for (const c of pool) {
      if (c.score === null) break;
      if (entries.length >= n && !(o.ties === 'expand' && c.score === cutScore)) {
        if (o.ties === 'break' && c.score === cutScore) tentative.push({ candidate: c, reason: 'tie-break', detail: `与第 ${n} 名同分（${c.score}），按${TIE_BREAK_ZH[o.tieBreak]}取舍后未入围` });
        continue;
      }
      const reason: Omit<ShortlistExclusion, 'candidate'> | null =
        o.excludeFailed && c.verdict === 'fail' ? { reason: 'failed-inspection', detail: '本期检查不合格，不参加遴选' }
        : c.tier !== undefined && o.excludeTiers.has(c.tier as 'stale') ? { reason: 'inactive', detail: `活跃度：${TIER_ZH[c.tier] ?? c.tier}` }
        : c.posts < o.minPosts ? { reason: 'min-posts', detail: `发文 ${c.posts} 篇，少于 ${o.minPosts} 篇` }
        : (perUnit.get(c.unit) ?? 0) >= o.maxPerUnit ? { reason: 'unit-cap', detail: `${c.unit || '（未填主办单位）'} 已有 ${o.maxPerUnit} 个账号入围（每单位至多 ${o.maxPerUnit} 个）` }
        : null;
      if (reason) { tentative.push({ candidate: c, ...reason }); continue; }
      const place = entries.length > 0 && entries[entries.length - 1]!.score === c.score ? entries[entries.length - 1]!.place : entries.length + 1;
      entries.push({ ...c, place, tieExpanded: entries.length >= n });
      perUnit.set(c.unit, (perUnit.get(c.unit) ?? 0) + 1);
      if (entries.length === n) cutScore = c.score;
    }
    const last = entries[entries.length - 1]?.score ?? -Infinity;
    const excluded = tentative.filter((e) => (e.candidate.score ?? -Infinity) >= last || entries.length < n);
    const cutRule = o.ties === 'expand' ? `第 ${n} 名并列时全部入围：与末位同分的账号均列入` : `第 ${n} 名并列时按${TIE_BREAK_ZH[o.tieBreak]}取舍，取满 ${n} 个为止`;
    return { category, entries, excluded, cutRule };
  });
}
