import { findHomogeneousAccounts, type FindHomogeneousAccountsOptions, type HomogeneityResult } from '../homogeneity/find-homogeneous-accounts.js';
import { PLATFORM_LABELS_ZH, type Platform } from '../model/enums.js';
import type { PostsTable } from '../table/posts-table.js';
import type { Period } from '../time/period.js';
import { pairHeatmapSpec } from './pair-heatmap-spec.js';
import type { ReportDocument } from './render-report-html.js';
import type { ReportTable } from './report-table.js';

/** Options of {@link homogeneityReport}: those of `findHomogeneousAccounts`, with a whole {@link Period} (its label titles the tables). */
export interface HomogeneityReportOptions extends Omit<FindHomogeneousAccountsOptions, 'period'> {
  /** Only posts of this period (default every post). */
  period?: Period;
}

/** What {@link homogeneityReport} returns: the analysis, and the tables and document every output (terminal, CSV, HTML, .xlsx, .docx, the office app) renders. */
export interface HomogeneityReport {
  result: HomogeneityResult;
  /** 同质化账号对: the homogeneous account pairs (A, B, 重复帖对, each side's duplicated share, 多为首发, median lag in hours, mean Jaccard). */
  pairs: ReportTable;
  /** 整合建议: keep one account, merge the others, with the rule and why that one is kept. */
  suggestions: ReportTable;
  /** 高度重合: homogeneous accounts of different or unknown host units (no merge advice). */
  highOverlap: ReportTable;
  /** The whole report: facts (posts compared and skipped, pairs, thresholds, MinHash / LSH), the share heat map, the tables (高度重合 only when it has rows). */
  document: ReportDocument;
}

const HOUR = 3_600_000;
/** The rule behind a merge suggestion, as the office reads it. */
const REASONS = { 'same-unit-platform': '同一单位同一平台多个账号', 'homogeneous-content': '内容同质化', both: '同一单位同平台且内容同质化' } as const;

/**
 * Homogeneity (同质化) as `govmedia homogeneity` and the office app both report it:
 * `findHomogeneousAccounts` (near-duplicate posts between accounts by MinHash / LSH and
 * exact Jaccard; see there for the thresholds and their sources), then the pairs, merge
 * advice and high-overlap tables, the pair heat map and the report document (Chinese
 * labels) built once for every output. Accounts are named from `options.accounts` (the
 * id without a ledger; without one no merge advice is given, only 高度重合). Pure and
 * browser-safe. Complexity: that of `findHomogeneousAccounts`.
 *
 * @param posts the posts (texts or titles)
 * @param options the period and the options of `findHomogeneousAccounts` (thresholds, accounts, scores)
 * @returns The analysis, the 同质化账号对 / 整合建议 / 高度重合 tables and the report document.
 * @throws {TypeError} from `findHomogeneousAccounts`: not a `PostsTable`, no column to compare
 * @throws {RangeError} from `findHomogeneousAccounts`: an option out of range
 * @example const r = homogeneityReport(posts, { period: parsePeriod('2024-09'), accounts, minPairs: 1 });
 * r.pairs.rows[0] // { a: '某区发布', b: '某区政务', pairs: 3, shareAInB: 1, shareBInA: 1, source: '某区发布', lagHours: 3, meanJaccard: 1 } (B repeats A's 3 posts 3 h later)
 */
export function homogeneityReport(posts: PostsTable, options: HomogeneityReportOptions = {}): HomogeneityReport {
  const result = findHomogeneousAccounts(posts, options);
  const { period, accounts } = options;
  const names = new Map((accounts ?? []).map((a) => [a.id, a.name]));
  const name = (id: string) => names.get(id) ?? id;
  const homogeneous = result.accountPairs.filter((p) => p.homogeneous);
  const pairs: ReportTable = {
    title: `同质化账号对（${period?.label ?? '无数据'}）`,
    columns: [
      { key: 'a', label: '账号A' }, { key: 'b', label: '账号B' }, { key: 'pairs', label: '重复帖对' },
      { key: 'shareAInB', label: 'A重复占比', digits: 3 }, { key: 'shareBInA', label: 'B重复占比', digits: 3 }, { key: 'source', label: '多为首发' },
      { key: 'lagHours', label: '中位时差(小时)', digits: 1 }, { key: 'meanJaccard', label: '平均相似度', digits: 3 },
    ],
    rows: homogeneous.map((p) => ({
      a: name(p.a), b: name(p.b), pairs: p.pairs, shareAInB: p.shareAInB, shareBInA: p.shareBInA,
      source: p.source === null ? '持平' : name(p.source), lagHours: p.medianLagMs / HOUR, meanJaccard: p.meanJaccard,
    })),
  };
  const suggestions: ReportTable = {
    title: '整合建议',
    columns: [{ key: 'keep', label: '建议保留' }, { key: 'merge', label: '建议整合' }, { key: 'reason', label: '依据' }, { key: 'keepBecause', label: '保留理由' }],
    rows: result.suggestions.map((s) => ({
      keep: name(s.keep), merge: s.merge.map(name),
      reason: REASONS[s.reason] + (s.unit ? `：${s.unit}` : '') + (s.platform ? ` ${PLATFORM_LABELS_ZH[s.platform as Platform] ?? s.platform}` : ''),
      keepBecause: s.keepBecause,
    })),
  };
  const highOverlap: ReportTable = {
    title: '高度重合（不同或未知主办单位，不作整合建议）',
    columns: [{ key: 'accounts', label: '账号' }, { key: 'units', label: '主办单位' }, { key: 'unknown', label: '主办单位未知' }, { key: 'pairs', label: '同质化账号对' }],
    rows: result.highOverlap.map((g) => ({ accounts: g.accountIds.map(name), units: g.units, unknown: g.unitUnknown.map(name), pairs: g.evidence.accountPairs.length })),
  };
  const cells = homogeneous.flatMap((p) => [{ a: name(p.a), b: name(p.b), share: p.shareAInB }, { a: name(p.b), b: name(p.a), share: p.shareBInA }]);
  const s = result.stats;
  const document: ReportDocument = {
    title: '政务新媒体同质化检测',
    subtitle: period ? `统计周期 ${period.label}` : '无数据',
    sections: [
      {
        kind: 'facts',
        facts: [
          ['比对帖子', s.compared], ['近似重复帖对', result.pairs.count], ['其中注明转载', result.pairs.cited],
          ['跳过：平台占位文字或空转发', s.skipped.placeholder], [`跳过：不足 ${s.minChars} 个有效字符`, s.skipped.short],
          ['同质化账号对', homogeneous.length], ['账号群', result.clusters.length], ['相似度阈值 (Jaccard)', s.threshold],
          ['MinHash / LSH', `${s.numPerm} 个哈希，${s.bands} 段 × ${s.rows} 行（${s.method}）`],
        ],
      },
      ...(cells.length > 0 ? [{ kind: 'chart' as const, title: '账号间重复占比', spec: pairHeatmapSpec(cells) }] : []),
      { kind: 'table', title: '同质化账号对', table: pairs },
      { kind: 'table', title: '整合建议', table: suggestions },
      ...(highOverlap.rows.length ? [{ kind: 'table' as const, title: highOverlap.title!, table: highOverlap }] : []),
    ],
  };
  return { result, pairs, suggestions, highOverlap, document };
}
