import { resolveIndexNamed } from '../indices/index-catalog.js';
import { inspect, type AccountVerdict } from '../inspection/inspect.js';
import { KIND_LABELS_ZH, PLATFORM_LABELS_ZH } from '../model/enums.js';
import { instantArg } from '../model/internal/instant-arg.js';
import type { Account, Message } from '../model/schemas.js';
import type { DateArg } from '../model/to-instant.js';
import { rankAccounts } from '../ranking/rank-accounts.js';
import type { RankAccountsOptions, RankedAccount } from '../ranking/rank-columns.js';
import { shortlist, SHORTLIST_EXCLUSION_LABELS_ZH, type ShortlistCategory, type ShortlistCategoryResult, type ShortlistOptions } from '../ranking/shortlist.js';
import { shortlistCandidates } from '../ranking/shortlist-candidates.js';
import type { PostsTable } from '../table/posts-table.js';
import type { Period } from '../time/period.js';
import { rankingChartSpec } from './ranking-chart-spec.js';
import type { ReportDocument } from './render-report-html.js';
import type { ReportTable } from './report-table.js';

/** Options of {@link shortlistReport}: the scoring (those of `rankAccounts`), the inspection first (`at`, `messages`) and the constraints (those of `shortlist`). */
export interface ShortlistReportOptions extends Omit<RankAccountsOptions, 'accounts' | 'period' | 'days'>, Omit<ShortlistOptions, 'categories'> {
  /** The period scored (its label titles the list). */
  period: Period;
  /**
   * The observation instant (监测时间点): the scored accounts are inspected at it (`inspect`:
   * the national veto rules) and accounts that fail, or are stale, dormant or zombie, are
   * excluded with the reason. Default: no inspection.
   */
  at?: DateArg;
  /** Public messages, for the interaction-channel veto of the inspection at `at`. */
  messages?: readonly Message[];
  /** Separate lists for unit accounts (单位账号) and personal accounts (个人账号), as seed 003 awards; default one list. */
  byKind?: boolean;
}

/** What {@link shortlistReport} returns: the ranking, verdicts, lists, and the tables and document every output renders. */
export interface ShortlistReport {
  /** Every competing account scored and ranked (`rankAccounts`). */
  ranked: RankedAccount[];
  /** The verdicts at `at` (`inspect` of the scored accounts); `null` without `at`. */
  verdicts: AccountVerdict[] | null;
  /** Per category: the entries, the exclusions with their reasons, the rule at the cut (`shortlist`). */
  lists: ShortlistCategoryResult[];
  /** 入围名单: every category's entries (类别, 名次, 账号名称, 主办单位, 平台, the index, 发文数, 并列入围). */
  entries: ReportTable;
  /** 未入围说明: the candidates kept off a list, with the reason (`SHORTLIST_EXCLUSION_LABELS_ZH`) and its detail. */
  excluded: ReportTable;
  /** The whole report: the rules at the cut, a chart per category, both tables. */
  document: ReportDocument;
}

/**
 * A 十佳 shortlist as `govmedia shortlist` and the office app both pick it: `rankAccounts`
 * (the index over the period; with `platform`, only that platform's ledger accounts
 * compete), with `at` the scored accounts inspected first (`inspect`; failing, stale,
 * dormant and zombie accounts excluded with the reason), joined to the ledger by
 * `shortlistCandidates`, then `shortlist` under the constraints (SPEC §8, seed 003: top
 * N per category, at most K per unit, a minimum of posts, ties at the cut expanded or
 * broken), and the tables, charts and document (Chinese labels) built once for every output.
 * Pure and browser-safe; no clock is read. Complexity: that of `rankAccounts` and `inspect`.
 *
 * @param posts the posts, already joined to the ledger
 * @param accounts the account ledger (台账): names, units, platforms, kinds
 * @param options the index and period, `at` and `messages` for the inspection, the shortlist's constraints
 * @returns The ranking, the verdicts (or null), the lists, the 入围名单 and 未入围说明 tables and the report document.
 * @throws {RangeError} from `resolveIndex` (an unknown index), `rankAccounts`, `inspect` (a bad `at`) and `shortlist` (a bad `topN`, `maxPerUnit`)
 * @throws {TypeError} from `rankAccounts` (IndexInputError: an input the data lacks) and `shortlist` (a bad candidate)
 * @example // s has the best WCI but no post in the 20 days before the check; a and b share a unit
 * const r = shortlistReport(posts, accounts, { index: 'wci-14.2', period: parsePeriod('2024-09'), at: '2024-10-01 00:00', topN: 2, maxPerUnit: 1 });
 * r.excluded.rows.map((x) => [x.name, x.reason]) // [['账号s', '检查不合格'], ['账号b', '超出单位名额']]
 */
export function shortlistReport(posts: PostsTable, accounts: readonly Account[], options: ShortlistReportOptions): ShortlistReport {
  const { period, at: atArg, messages, byKind, index, platform, method, multiplier, roundAverages, explain, topN, maxPerUnit, minPosts, excludeFailed, excludeTiers, ties, tieBreak } = options;
  const def = resolveIndexNamed(index ?? 'wci-14.2', 'shortlistReport');
  const at = atArg === undefined ? null : instantArg(atArg, 'shortlistReport', 'at');
  const ranked = rankAccounts(posts, {
    index: def, period, accounts, ...(platform ? { platform } : {}), ...(method ? { method } : {}),
    ...(multiplier === undefined ? {} : { multiplier }), ...(roundAverages ? { roundAverages: true } : {}), ...(explain === undefined ? {} : { explain }),
  });
  let verdicts: AccountVerdict[] | null = null;
  if (at !== null) {
    const scored = new Set(ranked.map((r) => r.accountId));
    verdicts = inspect(accounts.filter((a) => scored.has(a.id)), posts, messages ?? [], [], { at });
  }
  const candidates = shortlistCandidates(ranked, accounts, verdicts && at !== null ? { verdicts, at } : {});
  const categories: ShortlistCategory[] | undefined = byKind
    ? [{ id: 'unit', label: `${KIND_LABELS_ZH.unit}账号`, kind: 'unit' }, { id: 'personal', label: `${KIND_LABELS_ZH.personal}账号`, kind: 'personal' }]
    : undefined;
  const lists = shortlist(candidates, {
    ...(topN === undefined ? {} : { topN }), ...(maxPerUnit === undefined ? {} : { maxPerUnit }), ...(minPosts === undefined ? {} : { minPosts }),
    ...(excludeFailed === undefined ? {} : { excludeFailed }), ...(excludeTiers === undefined ? {} : { excludeTiers }),
    ...(categories ? { categories } : {}), ...(ties === undefined ? {} : { ties }), ...(tieBreak === undefined ? {} : { tieBreak }),
  });
  const label = def.name;
  const catLabel = (c: ShortlistCategory) => c.label ?? c.id;
  const entries: ReportTable = {
    title: `${label} 入围名单（${period.label}）`,
    columns: [
      { key: 'category', label: '类别' }, { key: 'place', label: '名次' }, { key: 'name', label: '账号名称' },
      { key: 'unit', label: '主办单位' }, { key: 'platform', label: '平台' }, { key: 'score', label, digits: 2 },
      { key: 'posts', label: '发文数' }, { key: 'tieExpanded', label: '并列入围' },
    ],
    rows: lists.flatMap((l) => l.entries.map((e) => ({
      category: catLabel(l.category), place: e.place, name: e.name ?? e.accountId, unit: e.unit,
      platform: e.platform ? PLATFORM_LABELS_ZH[e.platform] : '', score: e.score, posts: e.posts, tieExpanded: e.tieExpanded,
    }))),
  };
  const excluded: ReportTable = {
    title: '未入围说明',
    columns: [{ key: 'category', label: '类别' }, { key: 'name', label: '账号名称' }, { key: 'score', label, digits: 2 }, { key: 'reason', label: '原因' }, { key: 'detail', label: '说明' }],
    rows: lists.flatMap((l) => l.excluded.map((x) => ({
      category: catLabel(l.category), name: x.candidate.name ?? x.candidate.accountId, score: x.candidate.score, reason: SHORTLIST_EXCLUSION_LABELS_ZH[x.reason], detail: x.detail,
    }))),
  };
  const document: ReportDocument = {
    title: `政务新媒体十佳遴选 · ${label}`,
    subtitle: `统计周期 ${period.label}（${period.days} 天）`,
    sections: [
      { kind: 'facts', title: '遴选规则', facts: lists.map((l) => [catLabel(l.category), l.cutRule] as const) },
      ...lists.map((l) => ({
        kind: 'chart' as const,
        title: catLabel(l.category),
        spec: rankingChartSpec(l.entries.map((e) => ({ label: e.name ?? e.accountId, value: e.score, rank: e.place })), { topN: topN ?? 10, valueTitle: label }),
      })),
      { kind: 'table', title: '入围名单', table: entries },
      { kind: 'table', title: '未入围说明', table: excluded },
    ],
  };
  return { ranked, verdicts, lists, entries, excluded, document };
}
