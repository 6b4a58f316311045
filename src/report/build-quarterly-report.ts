import { firstResponseStatus, resolveReplyPolicy } from '../activity/internal/first-response.js';
import type { REPLY_POLICIES, ReplyPolicy } from '../activity/reply-policies.js';
import { defaultWorkingCalendar, type WorkingCalendar } from '../calendar/working-calendar.js';
import { CONTENT_KIND_LABELS_ZH, type ContentKind } from '../content/content-rule.js';
import type { AccountVerdict } from '../inspection/inspect.js';
import { roundPercent } from '../inspection/pass-rates.js';
import type { RegistryFinding } from '../inspection/reconcile-registry.js';
import { PLATFORM_LABELS_ZH, type Level, type Platform } from '../model/enums.js';
import type { Account, Message } from '../model/schemas.js';
import { formatChinaTime } from '../model/time.js';
import { toInstant, type DateArg } from '../model/to-instant.js';

/** 开设主体 as seed 004 groups them. */
export type HostGroup = 'province' | 'city' | 'county';
export const HOST_GROUP_LABELS_ZH: Readonly<Record<HostGroup, string>> = Object.freeze({ province: '省级部门单位', city: '设区市', county: '县（市、区）' });
/** Account type as seed 004 groups them. */
export type TypeGroup = 'weibo' | 'wechat' | 'app' | 'other';
export const TYPE_GROUP_LABELS_ZH: Readonly<Record<TypeGroup, string>> = Object.freeze({ weibo: '微博', wechat: '微信', app: '移动客户端', other: '其他' });

const hostOf = (l: Level): HostGroup => (l === 'national' || l === 'province' ? 'province' : l === 'city' ? 'city' : 'county');
const typeOf = (p: Platform): TypeGroup => (p === 'weibo' || p === 'wechat' || p === 'app' ? p : 'other');
const HOSTS: HostGroup[] = ['province', 'city', 'county'];
const TYPES: TypeGroup[] = ['weibo', 'wechat', 'app', 'other'];

/** Pass figures of one group. */
export interface QuarterlyRow { group: string; label: string; accounts: number; checked: number; passed: number; ratePercent: number | null }

/** The quarterly 通报 as data: what every renderer (Markdown, HTML, .docx, .xlsx) prints. */
export interface QuarterlyReport {
  title: string;
  issuer: string;
  addressees: string;
  /** 发文日期 (China date). */
  date: string;
  /** 截至 (China date) for the account counts. */
  asOfDate: string;
  quarter: string;
  population: { total: number; byHost: QuarterlyRow[]; byType: QuarterlyRow[] };
  sample: { checked: number; passed: number; ratePercent: number | null; byHost: QuarterlyRow[]; byType: QuarterlyRow[] };
  /** Change of the overall pass rate from the last quarter, in percentage points (rounded to 0.1). */
  change: { previousPercent: number; points: number } | null;
  problems: {
    /** Sampled accounts with a message not answered within the limit, per host group, with their share of that group's sample. */
    unanswered: { group: HostGroup; label: string; accounts: number; checked: number; sharePercent: number | null }[];
    unansweredAccounts: { accountId: string; name: string; unit: string; host: string; late: number }[];
    registry: { kind: RegistryFinding['kind']; label: string; count: number; accounts: string[] }[];
    content: { kind: ContentKind; label: string; count: number; accounts: number }[];
    /** Messages of sampled accounts whose reply deadline runs past the working calendar's years and that the data does not settle (日历未覆盖): not counted as late. */
    calendarNotCovered: { messages: number; accounts: number; years: number[] };
  };
  /** 附件: accounts with a 单项否决 problem. */
  annex: { name: string; unit: string; type: string; problems: string }[];
  /** Failing accounts without a veto (local rules): listed in the .xlsx annex. */
  failing: { name: string; unit: string; type: string; problems: string }[];
  /** Content findings for the .xlsx annex. */
  contentFindings: { account: string; unit: string; kind: string; matched: string; context: string; suggestion: string; severity: string; publishedAt: string }[];
  /** The policy used for "within the limit". */
  replyPolicy: string;
}

/** Input of {@link buildQuarterlyReport}. */
export interface QuarterlyReportInput {
  /** Every account of the region (the population counted in the 通报). */
  accounts: readonly Account[];
  /** Verdicts of the sampled accounts (`inspect` on a `stratifiedSample`). */
  verdicts: readonly AccountVerdict[];
  /** The observation instant: account counts are "截至" this day; messages after it are not seen. */
  at: DateArg;
  /** Public messages: sampled accounts with a message unanswered past its first-response deadline. */
  messages?: readonly Message[];
  /** Reply policy for the limit (default `'yueqing'`: first response within 1 working day). */
  policy?: ReplyPolicy | keyof typeof REPLY_POLICIES;
  /** Registry reconciliation findings (`reconcileRegistry`). */
  registryFindings?: readonly RegistryFinding[];
  /** Content findings (`checkContent`; pass only confirmed ones to report confirmed problems). */
  contentFindings?: readonly { accountId: string; accountName?: string; unit?: string; kind: ContentKind; matched: string; context: string; suggestion: string; severity: string; publishedAt: string }[];
  /** Last quarter's overall pass rate, as a fraction (0.818) — gives "比上季度提升 X 个百分点". */
  previousRate?: number;
  /** e.g. "2020年第一季度" (default from `at`). */
  quarter?: string;
  /** 发文机关 (default "省人民政府办公厅"). */
  issuer?: string;
  /** 主送 (default "各设区市人民政府，省各有关部门和单位"). */
  addressees?: string;
  /** 发文日期 (default `at`). */
  date?: DateArg;
  title?: string;
  calendar?: WorkingCalendar;
}

const REGISTRY_LABELS: Record<RegistryFinding['kind'], string> = {
  'registered-not-seen': '已备案但在对应平台搜索不到', 'closed-but-posting': '备案已关停注销但仍在更新', 'posting-not-registered': '正在运营但未备案',
  'late-filing': '开设、变更、关停后未及时备案', 'several-accounts-one-platform': '同一单位在同一平台开设多个账号',
  'filing-calendar-not-covered': '备案时限落在工作日历未覆盖的年份，无法判断是否及时（日历未覆盖）',
};
const QUARTERS = ['一', '二', '三', '四'];

/**
 * Builds the quarterly inspection 通报 from data, in the shape of seed 004 (Jiangsu, 2020
 * Q1): accounts by 开设主体 (省级部门单位 / 设区市 / 县（市、区）) and by type (微博, 微信,
 * 移动客户端, 其他), how many were sampled, the pass rate overall, by 主体 and by type
 * (percent rounded half up to 0.1, as published), the change from last quarter, the
 * problem sections (sampled accounts that did not reply within the limit and their share
 * of each level's sample; registry problems; content problems by kind) and the annex of
 * accounts with a 单项否决 problem. Render it with `quarterlyReportMarkdown`,
 * `quarterlyReportHtml`, `quarterlyReportDocx` and `quarterlyReportXlsx`.
 * Complexity O(accounts + messages × deadline days + findings).
 * @throws {RangeError} for a bad `at`, `date` or `previousRate`, or an unknown policy name.
 * @throws {TypeError} for a policy object that does not match `ReplyPolicySchema` (names the field).
 * @returns The report's figures and texts (counts, sample, rates, problems, annex), ready for the Markdown, HTML, .docx and .xlsx renderers.
 * @example buildQuarterlyReport({ accounts, verdicts, at: '2020-03-20', previousRate: 0.818 }).sample.ratePercent // 90
 */
export function buildQuarterlyReport(input: QuarterlyReportInput): QuarterlyReport {
  const at = toInstant(input.at);
  const date = input.date === undefined ? at : toInstant(input.date);
  if (input.previousRate !== undefined && !(input.previousRate >= 0 && input.previousRate <= 1)) throw new RangeError(`buildQuarterlyReport: previousRate must be a fraction in [0, 1], got ${input.previousRate}`);
  const policy = resolveReplyPolicy(input.policy, 'buildQuarterlyReport');
  // An instant at China midnight ends the day before (a check "at 2024-09-30" is 10-01 00:00): label that day.
  const day = (ms: number) => formatChinaTime(formatChinaTime(ms).endsWith('T00:00:00+08:00') ? ms - 1 : ms).slice(0, 10);
  const cnDate = (ms: number) => { const [y, m, d] = day(ms).split('-').map(Number); return `${y}年${m}月${d}日`; };
  const [y, m] = day(at).split('-').map(Number) as [number, number];
  const quarter = input.quarter ?? `${y}年第${QUARTERS[Math.floor((m - 1) / 3)]}季度`;
  const pop = (key: (a: Account) => string, groups: readonly string[], labels: Readonly<Record<string, string>>): QuarterlyRow[] =>
    groups.map((g) => ({ group: g, label: labels[g]!, accounts: input.accounts.filter((a) => key(a) === g).length, checked: 0, passed: 0, ratePercent: null }));
  const populationByHost = pop((a) => hostOf(a.level), HOSTS, HOST_GROUP_LABELS_ZH), populationByType = pop((a) => typeOf(a.platform), TYPES, TYPE_GROUP_LABELS_ZH);
  const fill = (rows: QuarterlyRow[], key: (v: AccountVerdict) => string) => rows.map((r) => {
    const vs = input.verdicts.filter((v) => key(v) === r.group);
    const passed = vs.filter((v) => v.verdict === 'pass').length;
    return { ...r, checked: vs.length, passed, ratePercent: vs.length ? roundPercent(passed / vs.length) : null };
  });
  const byHost = fill(populationByHost, (v) => hostOf(v.level)), byType = fill(populationByType, (v) => typeOf(v.platform));
  const passed = input.verdicts.filter((v) => v.verdict === 'pass').length;
  const rate = input.verdicts.length ? passed / input.verdicts.length : null;
  // Unanswered within the limit: a message received before `at` whose first-response deadline passed by `at` with no reply by the deadline.
  const cal = input.calendar ?? defaultWorkingCalendar();
  const sampled = new Map(input.verdicts.map((v) => [v.accountId, v]));
  const late = new Map<string, number>();
  const notCovered = { messages: 0, accounts: new Set<string>(), years: new Set<number>() };
  for (const msg of input.messages ?? []) {
    const v = sampled.get(msg.accountId);
    if (!v || msg.receivedAt.getTime() > at) continue;
    // Late: replied after the deadline, or unanswered with the deadline passed by `at`; a deadline past the calendar's years is counted apart (日历未覆盖), never as late.
    const st = firstResponseStatus(msg, policy, at, { calendar: cal });
    if (st.status === 'late') late.set(v.accountId, (late.get(v.accountId) ?? 0) + 1);
    else if (st.status === 'calendar-not-covered') { notCovered.messages++; notCovered.accounts.add(v.accountId); notCovered.years.add(st.uncoveredYear!); }
  }
  const unansweredAccounts = [...late.entries()].map(([id, n]) => { const v = sampled.get(id)!; return { accountId: id, name: v.name, unit: v.unit, host: HOST_GROUP_LABELS_ZH[hostOf(v.level)], late: n }; })
    .sort((a, b) => (a.host < b.host ? -1 : a.host > b.host ? 1 : a.accountId < b.accountId ? -1 : 1));
  const unanswered = byHost.filter((r) => r.checked > 0).map((r) => {
    const n = [...late.keys()].filter((id) => hostOf(sampled.get(id)!.level) === r.group).length;
    return { group: r.group as HostGroup, label: r.label, accounts: n, checked: r.checked, sharePercent: r.checked ? roundPercent(n / r.checked) : null };
  });
  const registry = (Object.keys(REGISTRY_LABELS) as RegistryFinding['kind'][]).map((k) => {
    const fs = (input.registryFindings ?? []).filter((f) => f.kind === k);
    return { kind: k, label: REGISTRY_LABELS[k], count: fs.length, accounts: [...new Set(fs.flatMap((f) => f.accountIds))].sort() };
  }).filter((r) => r.count > 0);
  const cf = input.contentFindings ?? [];
  const content = (Object.keys(CONTENT_KIND_LABELS_ZH) as ContentKind[]).map((k) => {
    const fs = cf.filter((f) => f.kind === k);
    return { kind: k, label: CONTENT_KIND_LABELS_ZH[k], count: fs.length, accounts: new Set(fs.map((f) => f.accountId)).size };
  }).filter((r) => r.count > 0);
  const row = (v: AccountVerdict, reasons: AccountVerdict['reasons']) => ({ name: v.name, unit: v.unit, type: TYPE_GROUP_LABELS_ZH[typeOf(v.platform)] === '其他' ? PLATFORM_LABELS_ZH[v.platform] : TYPE_GROUP_LABELS_ZH[typeOf(v.platform)], problems: reasons.map((r) => r.zh).join('；') });
  const order = (a: { unit: string; name: string }, b: { unit: string; name: string }) => (a.unit < b.unit ? -1 : a.unit > b.unit ? 1 : a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
  const annex = input.verdicts.filter((v) => v.reasons.some((r) => r.rule.startsWith('veto.'))).map((v) => row(v, v.reasons.filter((r) => r.rule.startsWith('veto.')))).sort(order);
  const failing = input.verdicts.filter((v) => v.verdict === 'fail' && !v.reasons.some((r) => r.rule.startsWith('veto.'))).map((v) => row(v, v.reasons)).sort(order);
  const ratePercent = rate === null ? null : roundPercent(rate);
  return {
    title: input.title ?? `${input.issuer ?? '省人民政府办公厅'}关于${quarter}全省政务新媒体检查抽查情况的通报`,
    issuer: input.issuer ?? '省人民政府办公厅', addressees: input.addressees ?? '各设区市人民政府，省各有关部门和单位',
    date: cnDate(date), asOfDate: cnDate(at), quarter,
    population: { total: input.accounts.length, byHost: populationByHost, byType: populationByType },
    sample: { checked: input.verdicts.length, passed, ratePercent, byHost, byType },
    change: input.previousRate === undefined || rate === null ? null : { previousPercent: roundPercent(input.previousRate), points: Math.round((ratePercent! - roundPercent(input.previousRate)) * 10) / 10 },
    problems: { unanswered, unansweredAccounts, registry, content, calendarNotCovered: { messages: notCovered.messages, accounts: notCovered.accounts.size, years: [...notCovered.years].sort((a, b) => a - b) } },
    annex, failing,
    contentFindings: cf.map((f) => ({ account: f.accountName ?? f.accountId, unit: f.unit ?? '', kind: CONTENT_KIND_LABELS_ZH[f.kind], matched: f.matched, context: f.context, suggestion: f.suggestion, severity: f.severity, publishedAt: f.publishedAt.slice(0, 16).replace('T', ' ') })),
    replyPolicy: `首次答复${policy.firstResponse.amount}${({ workingHours: '个工作小时', workingDays: '个工作日', hours: '小时' } as const)[policy.firstResponse.unit]}内（${policy.id}）`,
  };
}
