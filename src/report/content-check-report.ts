import type { WorkingCalendar } from '../calendar/working-calendar.js';
import { checkContent, type CheckContentOptions, type ContentCheckResult, type ContentFinding, type ContentPost } from '../content/check-content.js';
import type { CompiledContentRules } from '../content/compile-content-rules.js';
import { CONTENT_KIND_LABELS_ZH, SEVERITY_LABELS_ZH, type ContentKind, type ContentRuleSetInput } from '../content/content-rule.js';
import type { StoredFinding } from '../content/findings-file.js';
import { trackRectification, type Rectification } from '../content/track-rectification.js';
import { formatChinaTime } from '../model/time.js';
import type { DateArg } from '../model/to-instant.js';
import { instantArg } from '../model/internal/instant-arg.js';
import type { PostsTable } from '../table/posts-table.js';
import type { ReportDocument } from './render-report-html.js';
import type { ReportTable } from './report-table.js';

/** Options of {@link contentCheckReport}: those of `checkContent`, the check time, and the last check for rectification (整改). */
export interface ContentCheckReportOptions extends CheckContentOptions {
  /** The check time (检查时间); a findings file records it, and days open count to it. */
  at: DateArg;
  /** The last check's findings file (`parseFindingsFile`: its `at` and findings): track rectification (`trackRectification`). Default none. */
  previous?: { at: DateArg; findings: readonly (ContentFinding | StoredFinding)[] };
  /** Days open in China calendar days (default) or mainland working days (`trackRectification`). */
  days?: 'calendar' | 'working';
  /** Open more than this many days is overdue, 超N天未整改 (default 7, `trackRectification`). */
  overdueDays?: number;
  /** The working calendar for `days: 'working'` (default the shipped mainland calendar). */
  calendar?: WorkingCalendar;
}

/** The findings file of a check: what `govmedia check --format json` writes and `parseFindingsFile` reads back as the next check's `previous`. */
export interface ContentFindingsFile {
  /** The check time, China time ISO. */
  at: string;
  posts: number;
  chars: number;
  byKind: ContentCheckResult['byKind'];
  bySeverity: ContentCheckResult['bySeverity'];
  /** This check's findings, each with the time it was first found (carried over from `previous`). */
  findings: ((ContentFinding | StoredFinding) & { firstSeenAt: string })[];
  /** With `previous`: the previous check time, how days count, the limit, new keys, fixed findings, open keys with days open, per unit. */
  rectification?: {
    previousAt: string; days: Rectification['days']; overdueDays: number; new: string[]; fixed: Rectification['fixed'];
    open: { key: string; daysOpen: number; overdue: boolean }[]; byUnit: Rectification['byUnit'];
  };
}

/** What {@link contentCheckReport} returns: the check, the rectification, the findings file, and the tables and document every output renders. */
export interface ContentCheckReport {
  /** The check instant (epoch ms). */
  at: number;
  result: ContentCheckResult;
  /** With `previous`: new, fixed, still open (days open, overdue), per unit; else `null`. */
  rectification: Rectification | null;
  /** The findings file to keep for the next check (the CLI's JSON output). */
  findingsFile: ContentFindingsFile;
  /** 内容检查发现的问题: one row per finding (账号, 发布时间, 位置, 类别, 原文, 上下文, 建议, 级别, 依据). */
  findings: ReportTable;
  /** 按类别: findings per kind, every kind listed. */
  kinds: ReportTable;
  /** 整改情况 per unit (新发现, 已整改, 未整改, 超N天未整改, accounts with overdue findings); `null` without `previous`. */
  rectificationTable: ReportTable | null;
  /** 督办清单: the overdue findings per unit, oldest first (首次发现: the day of the check that first found it); `null` without `previous`. */
  supervision: ReportTable | null;
  /** The whole report: facts, then 按类别, 整改情况 and 督办清单 (with `previous`), then the findings. */
  document: ReportDocument;
}

/** The China day a check time names: a time at midnight is the end of the day before (a bare date given as the end of that day). */
const dayOf = (at: number) => {
  const iso = formatChinaTime(at);
  return formatChinaTime(iso.endsWith('T00:00:00+08:00') ? at - 1 : at).slice(0, 10);
};

/**
 * A content check (内容检查) as `govmedia check` and the office app both report it:
 * `checkContent` (titles and texts against the rule set: 错别字, 规范表述, leaders, personal
 * data, ads and links, reposts; see there for the rules and their sources), with a
 * previous findings file `trackRectification` (整改: new, fixed, still open with days open,
 * overdue past `overdueDays`, per unit and the 督办 list), then the findings file to keep
 * for the next check, the tables and the report document (Chinese labels) built once for
 * every output. Never a verdict: veto candidates go to a human. Pure and browser-safe; no
 * clock is read (the check time is `options.at`). Complexity: that of `checkContent`
 * and `trackRectification`.
 *
 * @param posts a `PostsTable` (with texts/titles) or post records, already cut to the period
 * @param rules a rule set or the result of `compileContentRules`
 * @param options the check time `at`, the options of `checkContent`, and `previous`/`days`/`overdueDays`/`calendar` for rectification
 * @returns The check, the rectification (or null), the findings file, the tables and the report document.
 * @throws {TypeError} from `checkContent`: a bad rule set or posts; an `at` that is not a date
 * @throws {RangeError} from `checkContent` (`contextChars`) and `trackRectification` (a check before the previous one, a bad `overdueDays`); an `at` that is not a date
 * @example const r = contentCheckReport(posts, defaultContentRules(), { at: '2024-10-01 00:00' }); // the end of 2024-09-30
 * r.findings.title // '内容检查发现的问题（2 条，检查时间 2024-09-30）'
 * r.findings.rows[0].suggestion // '扫黑除恶'
 */
export function contentCheckReport(
  posts: PostsTable | readonly ContentPost[],
  rules: ContentRuleSetInput | CompiledContentRules,
  options: ContentCheckReportOptions,
): ContentCheckReport {
  const at = instantArg(options.at, 'contentCheckReport', 'at');
  const { at: _at, previous, days, overdueDays, calendar, ...checkOptions } = options;
  const result = checkContent(posts, rules, checkOptions);
  const atIso = formatChinaTime(at);
  const atDay = dayOf(at);
  const rect = previous
    ? trackRectification(previous, { at, findings: result.findings }, { ...(days ? { days } : {}), ...(overdueDays === undefined ? {} : { overdueDays }), ...(calendar ? { calendar } : {}) })
    : null;
  const found = rect ? rect.findings : result.findings.map((f) => ({ ...f, firstSeenAt: atIso }));
  const findings: ReportTable = {
    title: `内容检查发现的问题（${found.length} 条，检查时间 ${atDay}）`,
    columns: [
      { key: 'account', label: '账号' }, { key: 'publishedAt', label: '发布时间' }, { key: 'where', label: '位置' }, { key: 'kind', label: '类别' },
      { key: 'matched', label: '原文' }, { key: 'context', label: '上下文' }, { key: 'suggestion', label: '建议' }, { key: 'severity', label: '级别' },
      { key: 'source', label: '依据' },
    ],
    rows: found.map((f) => ({
      account: f.accountName ?? f.accountId, publishedAt: f.publishedAt.slice(0, 16).replace('T', ' '), where: `${f.field === 'title' ? '标题' : '正文'}第${f.offset + 1}字`,
      kind: f.kindZh ?? CONTENT_KIND_LABELS_ZH[f.kind], matched: f.matched, context: f.context.replace(/\s+/g, ' '), suggestion: f.suggestion, severity: SEVERITY_LABELS_ZH[f.severity],
      source: f.source,
    })),
  };
  const kinds: ReportTable = {
    title: '按类别',
    columns: [{ key: 'kind', label: '类别' }, { key: 'count', label: '条数', align: 'right' }],
    rows: (Object.entries(result.byKind) as [ContentKind, number][]).map(([k, n]) => ({ kind: CONTENT_KIND_LABELS_ZH[k], count: n })),
  };
  let rectificationTable: ReportTable | null = null, supervision: ReportTable | null = null;
  if (rect) {
    rectificationTable = {
      title: `整改情况（上次检查 ${dayOf(Date.parse(rect.previousAt))}；${rect.days === 'calendar' ? '自然日' : '工作日'}；超${rect.overdueDays}天未整改）`,
      columns: [
        { key: 'unit', label: '单位' }, { key: 'new', label: '新发现', align: 'right' }, { key: 'fixed', label: '已整改', align: 'right' },
        { key: 'open', label: '未整改', align: 'right' }, { key: 'overdue', label: `超${rect.overdueDays}天未整改`, align: 'right' }, { key: 'accounts', label: '涉及账号' },
      ],
      rows: rect.byUnit.map((u) => ({
        unit: u.unit, new: u.new, fixed: u.fixed, open: u.open, overdue: u.overdue,
        accounts: u.overdueAccounts.map((a) => `${a.accountName}（${a.overdue}条，最长${a.maxDaysOpen}天）`).join('；'),
      })),
    };
    supervision = {
      title: '督办清单',
      columns: [{ key: 'unit', label: '单位' }, { key: 'account', label: '账号' }, { key: 'kind', label: '类别' }, { key: 'matched', label: '原文' }, { key: 'firstSeenAt', label: '首次发现' }, { key: 'daysOpen', label: '未整改天数', align: 'right' }],
      rows: rect.byUnit.flatMap((u) => u.supervision.map((f) => ({
        unit: u.unit, account: f.accountName ?? f.accountId, kind: f.kindZh ?? CONTENT_KIND_LABELS_ZH[f.kind], matched: f.matched, firstSeenAt: dayOf(Date.parse(f.firstSeenAt)), daysOpen: f.daysOpen,
      }))),
    };
  }
  const findingsFile: ContentFindingsFile = {
    at: atIso, posts: result.posts, chars: result.chars, byKind: result.byKind, bySeverity: result.bySeverity, findings: found,
    ...(rect ? {
      rectification: {
        previousAt: rect.previousAt, days: rect.days, overdueDays: rect.overdueDays, new: rect.new.map((f) => f.key), fixed: rect.fixed,
        open: rect.open.map((f) => ({ key: f.key, daysOpen: f.daysOpen, overdue: f.overdue })), byUnit: rect.byUnit,
      },
    } : {}),
  };
  const extra = [kinds, ...(rectificationTable ? [rectificationTable] : []), ...(supervision ? [supervision] : [])];
  const document: ReportDocument = {
    title: '政务新媒体内容检查',
    subtitle: `检查时间 ${atDay}`,
    sections: [
      {
        kind: 'facts',
        facts: [['检查稿件', result.posts], ['发现问题', found.length], ['疑似单项否决（待人工确认）', result.bySeverity['veto-candidate']], ['扣分项', result.bySeverity.deduction], ['提示', result.bySeverity.note]],
      },
      ...extra.map((t) => ({ kind: 'table' as const, title: t.title!, table: t })),
      { kind: 'table', title: findings.title!, table: findings },
    ],
  };
  return { at, result, rectification: rect, findingsFile, findings, kinds, rectificationTable, supervision, document };
}
