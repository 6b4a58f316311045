import { firstResponseStatus, resolveReplyPolicy } from '../activity/internal/first-response.js';
import { settleDeadline, type SettledDeadline } from '../activity/internal/settle-deadline.js';
import type { REPLY_POLICIES, ReplyPolicy } from '../activity/reply-policies.js';
import { addWorkingDays } from '../calendar/add-working-days.js';
import { defaultWorkingCalendar, type WorkingCalendar } from '../calendar/working-calendar.js';
import type { Account, Message, RegistryEntry } from '../model/schemas.js';
import { DAY_MS, formatChinaTime } from '../model/time.js';
import { toInstant, type DateArg } from '../model/to-instant.js';
import { accumulateAccountFields } from '../stats/accumulate-account-fields.js';
import { periodThrough } from '../stats/internal/period-through.js';
import type { PostsTable } from '../table/posts-table.js';
import { FILING_DEADLINES } from './reconcile-registry.js';

/** Red: the problem is certain at the next check unless the unit acts (or already overdue); yellow: close to it. */
export type WarningLevel = 'red' | 'yellow';

/** One early warning (预警). */
export interface EarlyWarning {
  level: WarningLevel;
  /** `stale`: the 14-day no-update veto; `reply`: a message's reply deadline; `filing`: the registry (备案) limit. */
  kind: 'stale' | 'reply' | 'filing';
  accountId: string;
  accountName: string;
  unit: string;
  /** The instant by which the unit must act (post, reply, file), China time; null when it cannot be counted. */
  deadline: string | null;
  /** What the office reads, in Chinese. */
  evidence: string;
  messageId?: string;
  /**
   * Set when the deadline runs past the working calendar's last year and the data does
   * not say whether it falls before `next` (status `calendar-not-covered`): the year the
   * calendar lacks. Such a warning is yellow with `deadline` null; see
   * `calendarNotCovered` in the result.
   */
  uncoveredYear?: number;
}

/** Warnings of one unit and its colour. */
export interface UnitWarning {
  unit: string;
  status: 'red' | 'yellow' | 'green';
  red: number;
  yellow: number;
  accounts: number;
}

/** Options of {@link earlyWarnings}. */
export interface EarlyWarningOptions {
  /** Now: the instant of the warning run. Posts and replies after it are not seen. */
  at: DateArg;
  /** The next check time (下次检查时间). */
  next: DateArg;
  /** The no-update veto: no post in this many days before a check (default 14, 国办秘函〔2019〕19号). */
  staleDays?: number;
  /** Warn when the days since the last post at `at` reach this (default 7; ours: half the 14-day window). */
  warnDays?: number;
  /** Reply policy for message deadlines (default `'yueqing'`: first response within 1 working day). */
  policy?: ReplyPolicy | keyof typeof REPLY_POLICIES;
  /** Working days to file a registry change (default `'hubei'`, 5; `'linyi'`, 2). */
  filingDeadline?: number | keyof typeof FILING_DEADLINES;
  calendar?: WorkingCalendar;
  officeHours?: readonly (readonly [number, number])[];
}

/** What {@link earlyWarnings} returns. */
export interface EarlyWarningsResult {
  at: string;
  next: string;
  warnings: EarlyWarning[];
  units: UnitWarning[];
  /** Warnings whose deadline could not be counted on the calendar (`uncoveredYear` set; 日历未覆盖). */
  calendarNotCovered: number;
  /** The years those deadlines need, ascending (empty when none). */
  uncoveredYears: number[];
}

const ms = (v: DateArg, what: string) => {
  try {
    return toInstant(v);
  } catch (e) {
    throw new RangeError(`earlyWarnings: ${what}: ${(e as Error).message}`);
  }
};
const days = (x: number) => (Math.round((x / DAY_MS) * 10) / 10).toFixed(1);

/**
 * Early warnings before the next check (预警; issue 14), per account and per unit:
 * - `stale`: the national veto fails an account with no post in the `staleDays` (14) days
 *   before a check time (国办秘函〔2019〕19号). Accounts silent for at least `warnDays`
 *   (default 7, ours) at `at` are warned: red when, without a new post, the veto will hit
 *   at `next` (next − last post > 14 × 24 h; a post exactly 14 × 24 h before the check still
 *   counts, as in `inspect`), yellow otherwise. Both comparisons are in milliseconds and
 *   inclusive at the threshold: silent exactly `warnDays` × 24 h is warned.
 * - `reply`: messages unanswered at `at` whose first-response deadline under the policy
 *   (working time on the mainland calendar) falls before `next`: red when already past at
 *   `at`, yellow when still ahead.
 * - `filing`: registry changes not yet filed (filedAt before the change) and accounts on
 *   the ledger with no registry entry (opening taken as the first post), whose filing limit
 *   (Hubei 5 / Linyi 2 working days) falls before `next`: red when past, yellow when ahead;
 *   an unfiled account with no posts is yellow (no date to count from). With no registry
 *   records at all, no ledger account is reported as unfiled.
 * Units: red with any red warning, yellow with any yellow, else green.
 *
 * Calendar edge: a reply or filing deadline that runs past the calendar's last year
 * (shipped: 2019–2026) does not fail the run. When `next` is before the first
 * uncovered day the deadline is surely after `next` (no warning); otherwise the message
 * or filing gets a yellow warning marked `uncoveredYear` with `deadline` null (we cannot
 * tell whether it is due), counted in `calendarNotCovered` with the missing years in
 * `uncoveredYears`. Supply the year with `createWorkingCalendar` (`calendar` option).
 * Complexity O(posts + messages × deadline days + registry + accounts).
 * @throws {RangeError} when `next` is before `at`, either is not a date/time, `staleDays`/`warnDays` are out of range, or for an unknown policy name.
 * @throws {TypeError} for a policy object that does not match `ReplyPolicySchema` (names the field), or an `at`/`next` that is none of a Date, a number or a string.
 * @returns The check and next-check times (China time), the warnings per account, and per unit its colour (red/yellow/green) and counts.
 * @example earlyWarnings(accounts, table, messages, registry, { at: Date.parse('2024-09-25T09:00:00+08:00'), next: Date.parse('2024-10-01T00:00:00+08:00') }).units
 */
export function earlyWarnings(accounts: readonly Account[], posts: PostsTable, messages: readonly Message[], registry: readonly RegistryEntry[], options: EarlyWarningOptions): EarlyWarningsResult {
  const at = ms(options.at, 'at'), next = ms(options.next, 'next');
  if (next < at) throw new RangeError(`earlyWarnings: next (${formatChinaTime(next)}) is before at (${formatChinaTime(at)})`);
  const staleDays = options.staleDays ?? 14, warnDays = options.warnDays ?? 7;
  if (!(staleDays > 0) || !(warnDays >= 0)) throw new RangeError('earlyWarnings: staleDays must be > 0 and warnDays ≥ 0');
  const policy = resolveReplyPolicy(options.policy, 'earlyWarnings');
  const filing = typeof options.filingDeadline === 'string' ? FILING_DEADLINES[options.filingDeadline] : (options.filingDeadline ?? FILING_DEADLINES.hubei);
  if (!(Number.isInteger(filing) && filing >= 0)) throw new RangeError(`earlyWarnings: filingDeadline must be a preset or a whole number of working days, got ${String(options.filingDeadline)}`);
  const cal = options.calendar ?? defaultWorkingCalendar();
  const wt = { calendar: cal, ...(options.officeHours ? { officeHours: options.officeHours } : {}) };
  const byId = new Map(accounts.map((a) => [a.id, a]));
  // First and last post at or before `at`, per account (the per-account pass, src/stats).
  const span = accumulateAccountFields(posts, { fields: ['firstTime', 'lastTime'], period: periodThrough(at) }).fields;
  const postTime = (col: Float64Array, id: string): number | undefined => {
    const k = posts.accountIndex(id);
    const t = k === undefined ? undefined : col[k]!;
    return t === undefined || t === Infinity || t === -Infinity ? undefined : t;
  };
  const last = { get: (id: string) => postTime(span.lastTime!, id) }, first = { get: (id: string) => postTime(span.firstTime!, id) };
  const warnings: EarlyWarning[] = [];
  const push = (a: Account, w: Omit<EarlyWarning, 'accountId' | 'accountName' | 'unit'>) => warnings.push({ accountId: a.id, accountName: a.name, unit: a.unit, ...w });
  const years = new Set<number>();
  let notCovered = 0;
  const uncovered = (a: Account, st: SettledDeadline, w: Pick<EarlyWarning, 'kind' | 'evidence' | 'messageId'>) => {
    notCovered++;
    years.add(st.uncoveredYear!);
    push(a, { level: 'yellow', deadline: null, uncoveredYear: st.uncoveredYear!, ...w });
  };
  for (const a of accounts) {
    if (a.status === 'closed') continue;
    const l = last.get(a.id);
    if (l === undefined) {
      push(a, { level: 'red', kind: 'stale', deadline: formatChinaTime(next), evidence: `未找到发文；须在下次检查（${formatChinaTime(next).slice(0, 10)}）前发文` });
      continue;
    }
    if (at - l < warnDays * DAY_MS) continue;
    const red = next - l > staleDays * DAY_MS;
    push(a, {
      level: red ? 'red' : 'yellow', kind: 'stale', deadline: formatChinaTime(red ? next : l + staleDays * DAY_MS),
      evidence: red
        ? `最近发文 ${formatChinaTime(l).slice(0, 16).replace('T', ' ')}，已 ${days(at - l)} 天未更新；若不发文，下次检查时距最近发文 ${days(next - l)} 天，触发“2周内无更新”单项否决`
        : `最近发文 ${formatChinaTime(l).slice(0, 16).replace('T', ' ')}，已 ${days(at - l)} 天未更新（预警线 ${warnDays} 天）`,
    });
  }
  for (const m of messages) {
    const r = m.receivedAt.getTime();
    if (r > at || (m.repliedAt && m.repliedAt.getTime() <= at)) continue;
    const a = byId.get(m.accountId);
    if (!a) continue;
    // Settled as if unanswered at `next`: `late` means the deadline falls by `next`.
    const st = firstResponseStatus({ receivedAt: m.receivedAt }, policy, next, wt);
    const when = formatChinaTime(r).slice(0, 16).replace('T', ' ');
    if (st.status === 'calendar-not-covered') {
      uncovered(a, st, { kind: 'reply', ...(m.id ? { messageId: m.id } : {}), evidence: `${when} 收到的留言未回复，答复时限落在 ${st.uncoveredYear} 年，工作日历未覆盖该年（日历未覆盖，覆盖 ${cal.years[0]}–${cal.years[1]} 年），无法判断是否在下次检查前到期（${policy.id}）` });
      continue;
    }
    const deadline = st.deadline;
    if (st.status !== 'late' || deadline === null || deadline >= next) continue;
    push(a, {
      level: deadline <= at ? 'red' : 'yellow', kind: 'reply', deadline: formatChinaTime(deadline), ...(m.id ? { messageId: m.id } : {}),
      evidence: `${when} 收到的留言未回复，答复时限 ${formatChinaTime(deadline).slice(0, 16).replace('T', ' ')}${deadline <= at ? '（已超期）' : ''}（${policy.id}）`,
    });
  }
  const filed = new Set(registry.map((e) => e.accountId));
  const filingWarn = (a: Account, from: number, what: string) => {
    const st = settleDeadline(undefined, next, () => addWorkingDays(new Date(from), filing, { calendar: cal }).getTime());
    if (st.status === 'calendar-not-covered') {
      uncovered(a, st, { kind: 'filing', evidence: `${what} ${formatChinaTime(from).slice(0, 10)}，须在 ${filing} 个工作日内备案；时限落在 ${st.uncoveredYear} 年，工作日历未覆盖该年（日历未覆盖，覆盖 ${cal.years[0]}–${cal.years[1]} 年），无法判断是否在下次检查前到期` });
      return;
    }
    const due = st.deadline;
    if (st.status !== 'late' || due === null || due >= next) return;
    push(a, { level: due <= at ? 'red' : 'yellow', kind: 'filing', deadline: formatChinaTime(due), evidence: `${what} ${formatChinaTime(from).slice(0, 10)}，须在 ${filing} 个工作日内（${formatChinaTime(due).slice(0, 10)} 前）备案${due <= at ? '（已超期）' : ''}` });
  };
  for (const e of registry) {
    const a = byId.get(e.accountId);
    if (!a) continue;
    for (const c of e.changes) {
      if (c.event === 'opened' || c.at.getTime() > at || e.filedAt.getTime() >= c.at.getTime()) continue;
      filingWarn(a, c.at.getTime(), `${({ changed: '变更', closed: '关停', cancelled: '注销' } as const)[c.event]}未备案：变更时间`);
    }
  }
  // Ledger accounts missing from the registry: only when a registry is given at all.
  for (const a of registry.length ? accounts : []) {
    if (filed.has(a.id) || a.status === 'closed') continue;
    const f = first.get(a.id);
    if (f === undefined) push(a, { level: 'yellow', kind: 'filing', deadline: null, evidence: '台账中的账号未备案（无发文，无法计算时限）' });
    else filingWarn(a, f, '台账中的账号未备案：首次发文');
  }
  const cmp = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
  warnings.sort((x, y) => cmp(x.level, y.level) || cmp(x.unit, y.unit) || cmp(x.accountId, y.accountId) || cmp(x.kind, y.kind) || cmp(x.deadline ?? '', y.deadline ?? '') || cmp(x.messageId ?? '', y.messageId ?? ''));
  const units = new Map<string, UnitWarning>();
  for (const a of accounts) {
    let u = units.get(a.unit);
    if (!u) units.set(a.unit, (u = { unit: a.unit, status: 'green', red: 0, yellow: 0, accounts: 0 }));
    u.accounts++;
  }
  for (const w of warnings) { const u = units.get(w.unit)!; if (w.level === 'red') u.red++; else u.yellow++; }
  for (const u of units.values()) u.status = u.red ? 'red' : u.yellow ? 'yellow' : 'green';
  const rank = { red: 0, yellow: 1, green: 2 } as const;
  return { at: formatChinaTime(at), next: formatChinaTime(next), warnings, calendarNotCovered: notCovered, uncoveredYears: [...years].sort((x, y) => x - y), units: [...units.values()].sort((x, y) => rank[x.status] - rank[y.status] || y.red - x.red || y.yellow - x.yellow || cmp(x.unit, y.unit)) };
}
