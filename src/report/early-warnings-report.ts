import { earlyWarnings, type EarlyWarningOptions, type EarlyWarningsResult } from '../inspection/early-warnings.js';
import type { Account, Message, RegistryEntry } from '../model/schemas.js';
import type { PostsTable } from '../table/posts-table.js';
import type { ReportDocument } from './render-report-html.js';
import type { ReportTable } from './report-table.js';

/** Options of {@link earlyWarningsReport}: those of `earlyWarnings` (now `at`, the next check `next`, policy, limits, calendar). */
export type EarlyWarningsReportOptions = EarlyWarningOptions;

/** What {@link earlyWarningsReport} returns: the warnings, and the tables and document every output (terminal, CSV, HTML, .xlsx, .docx, the office app) renders. */
export interface EarlyWarningsReport {
  /** The result of `earlyWarnings`, as computed (the CLI's JSON output). */
  result: EarlyWarningsResult;
  /** 各单位预警: one row per unit (预警 红/黄/绿, 单位, 账号数, 红色, 黄色). */
  byUnit: ReportTable;
  /** 预警清单: one row per warning (级别, 单位, 账号, 类别, 时限, 情况); 时限 is China time to the minute, 日历未覆盖 or —. */
  list: ReportTable;
  /** The whole report: facts (units per colour, warnings, 日历未覆盖 when any), both tables. */
  document: ReportDocument;
}

/** Warning levels and kinds as the office reads them. */
const LEVEL_ZH = { red: '红', yellow: '黄', green: '绿' } as const;
const KIND_ZH = { stale: '更新（2周无更新否决）', reply: '留言答复', filing: '备案' } as const;
/** `2024-09-25T09:00:00+08:00` → `2024-09-25 09:00` (the ISO strings of `earlyWarnings` are China time already). */
const minute = (iso: string) => iso.slice(0, 16).replace('T', ' ');

/**
 * Early warnings (预警) before the next check as `govmedia warn` and the office app both
 * show them: `earlyWarnings` (the 14-day no-update veto ahead, reply deadlines, registry
 * filings; see there for the rules and their sources), then the per-unit table, the list of
 * warnings and the report document (Chinese labels) built once for every output. Pure and
 * browser-safe; no clock is read (now is `options.at`). Complexity: that of `earlyWarnings`.
 *
 * @param accounts the account ledger (台账)
 * @param posts the posts, already joined to the ledger
 * @param messages public messages (reply deadlines)
 * @param registry registry (备案) entries (filing deadlines)
 * @param options now `at`, the next check `next`, and the options of `earlyWarnings`
 * @returns The `earlyWarnings` result, the 各单位预警 and 预警清单 tables and the report document.
 * @throws {RangeError} from `earlyWarnings`: `next` before `at`, a time that is not a date, `staleDays`/`warnDays` out of range, an unknown policy name
 * @throws {TypeError} from `earlyWarnings`: a policy object that does not match `ReplyPolicySchema`, an `at`/`next` of the wrong type
 * @example const r = earlyWarningsReport(accounts, posts, messages, registry, { at: '2024-09-25 10:00', next: '2024-09-30 17:00' });
 * r.byUnit.title // '各单位预警（2024-09-25 10:00 → 下次检查 2024-09-30 17:00）'
 * r.list.rows[0] // { level: '红', kind: '更新（2周无更新否决）', deadline: '2024-09-30 17:00', accountName: …, unit: …, evidence: … }
 */
export function earlyWarningsReport(
  accounts: readonly Account[],
  posts: PostsTable,
  messages: readonly Message[],
  registry: readonly RegistryEntry[],
  options: EarlyWarningsReportOptions,
): EarlyWarningsReport {
  const r = earlyWarnings(accounts, posts, messages, registry, options);
  const byUnit: ReportTable = {
    title: `各单位预警（${minute(r.at)} → 下次检查 ${minute(r.next)}）`,
    columns: [{ key: 'status', label: '预警' }, { key: 'unit', label: '单位' }, { key: 'accounts', label: '账号数', align: 'right' }, { key: 'red', label: '红色', align: 'right' }, { key: 'yellow', label: '黄色', align: 'right' }],
    rows: r.units.map((u) => ({ ...u, status: LEVEL_ZH[u.status] })),
  };
  const list: ReportTable = {
    title: `预警清单（${r.warnings.length} 条）`,
    columns: [{ key: 'level', label: '级别' }, { key: 'unit', label: '单位' }, { key: 'accountName', label: '账号' }, { key: 'kind', label: '类别' }, { key: 'deadline', label: '时限' }, { key: 'evidence', label: '情况' }],
    rows: r.warnings.map((w) => ({ ...w, level: LEVEL_ZH[w.level], kind: KIND_ZH[w.kind], deadline: w.deadline ? minute(w.deadline) : w.uncoveredYear ? '日历未覆盖' : '—' })),
  };
  const count = (s: 'red' | 'yellow' | 'green') => r.units.filter((u) => u.status === s).length;
  const document: ReportDocument = {
    title: '政务新媒体检查预警',
    subtitle: `预警时间 ${minute(r.at)}，下次检查 ${minute(r.next)}`,
    sections: [
      {
        kind: 'facts',
        facts: [
          ['红色预警单位', count('red')], ['黄色预警单位', count('yellow')], ['绿色单位', count('green')], ['预警条数', r.warnings.length],
          ...(r.calendarNotCovered ? [['日历未覆盖（无法判断时限）', r.calendarNotCovered] as [string, number]] : []),
        ],
      },
      { kind: 'table', title: byUnit.title!, table: byUnit },
      { kind: 'table', title: list.title!, table: list },
    ],
  };
  return { result: r, byUnit, list, document };
}
