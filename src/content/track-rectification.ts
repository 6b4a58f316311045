import { countWorkingDays } from '../calendar/add-working-days.js';
import type { WorkingCalendar } from '../calendar/working-calendar.js';
import { chinaDayNumber, formatChinaTime } from '../model/time.js';
import { toInstant, type DateArg } from '../model/to-instant.js';
import type { ContentFinding } from './check-content.js';
import type { StoredFinding } from './findings-file.js';

type AnyFinding = ContentFinding | StoredFinding;

/** A finding still open at this check, with how long. */
export type OpenFinding<F extends AnyFinding = AnyFinding> = F & { firstSeenAt: string; daysOpen: number; overdue: boolean };

/** Rectification per unit (整改情况): counts, accounts with overdue findings, and the 督办 list. */
export interface UnitRectification {
  unit: string;
  new: number;
  fixed: number;
  open: number;
  overdue: number;
  /** Accounts with findings open longer than the limit: "超N天未整改". */
  overdueAccounts: { accountId: string; accountName: string; overdue: number; maxDaysOpen: number }[];
  /** 督办 list: the overdue findings of the unit, oldest first. */
  supervision: OpenFinding[];
}

/** What {@link trackRectification} returns. */
export interface Rectification {
  at: string;
  previousAt: string;
  /** How days open are counted. */
  days: 'calendar' | 'working';
  overdueDays: number;
  new: AnyFinding[];
  fixed: AnyFinding[];
  open: OpenFinding[];
  byUnit: UnitRectification[];
  /** This check's findings with `firstSeenAt` carried over: write them as the next findings file. */
  findings: (AnyFinding & { firstSeenAt: string })[];
}

const ms = (v: DateArg, what: string): number => {
  try {
    return toInstant(v);
  } catch (e) {
    throw new RangeError(`trackRectification: ${what}: ${(e as Error).message}`);
  }
};

/**
 * Rectification tracking (整改跟踪; issue 14): compares this check's findings with the
 * last one's by their `key` (account / post / field / rule / matched text / occurrence):
 * new, fixed (gone: corrected or deleted), and still open with the days since first found.
 * Days are China calendar days between the two check days by default, or working days
 * on the mainland calendar (`days: 'working'`: working days in (first seen, this check]).
 * A finding open MORE than `overdueDays` (default 7, the "超7天未整改" of inspection
 * reports) is overdue; per unit: counts, the accounts with overdue findings and the 督办
 * list. Complexity O(findings log findings).
 * @throws {RangeError} for a check time that is not a date or a current check before the previous one.
 * @returns The new, fixed and still-open findings (open ones with their age and whether overdue), per unit, and every current finding with its first-seen time.
 * @example trackRectification({ at: '2024-09-01', findings: [] }, { at: '2024-09-30', findings: [] }).open.length // 0
 */
export function trackRectification(
  previous: { at: DateArg; findings: readonly AnyFinding[] },
  current: { at: DateArg; findings: readonly AnyFinding[] },
  options: { days?: 'calendar' | 'working'; overdueDays?: number; calendar?: WorkingCalendar } = {},
): Rectification {
  const prevAt = ms(previous.at, 'previous.at'), at = ms(current.at, 'current.at');
  if (at < prevAt) throw new RangeError(`trackRectification: this check (${formatChinaTime(at)}) is before the previous one (${formatChinaTime(prevAt)})`);
  const days = options.days ?? 'calendar';
  const overdueDays = options.overdueDays ?? 7;
  if (!(Number.isInteger(overdueDays) && overdueDays >= 0)) throw new RangeError(`trackRectification: overdueDays must be a whole number ≥ 0, got ${overdueDays}`);
  const prev = new Map(previous.findings.map((f) => [f.key, f]));
  const cur = new Set(current.findings.map((f) => f.key));
  const count = (from: number) => (days === 'calendar' ? chinaDayNumber(at) - chinaDayNumber(from) : countWorkingDays(new Date(from), new Date(at), options.calendar ? { calendar: options.calendar } : {}));
  const nowIso = formatChinaTime(at);
  const news: AnyFinding[] = [], open: OpenFinding[] = [], findings: (AnyFinding & { firstSeenAt: string })[] = [];
  for (const f of current.findings) {
    const p = prev.get(f.key);
    if (!p) { news.push(f); findings.push({ ...f, firstSeenAt: nowIso }); continue; }
    const first = ('firstSeenAt' in p && p.firstSeenAt) || formatChinaTime(prevAt);
    const firstMs = ms(first, `firstSeenAt of ${f.key}`);
    const daysOpen = count(firstMs);
    open.push({ ...f, firstSeenAt: first, daysOpen, overdue: daysOpen > overdueDays });
    findings.push({ ...f, firstSeenAt: first });
  }
  const fixed = previous.findings.filter((f) => !cur.has(f.key));
  const units = new Map<string, UnitRectification>();
  const unitOf = (f: AnyFinding) => {
    const u = f.unit ?? '(未知单位)';
    let r = units.get(u);
    if (!r) units.set(u, (r = { unit: u, new: 0, fixed: 0, open: 0, overdue: 0, overdueAccounts: [], supervision: [] }));
    return r;
  };
  for (const f of news) unitOf(f).new++;
  for (const f of fixed) unitOf(f).fixed++;
  for (const f of open) {
    const u = unitOf(f);
    u.open++;
    if (!f.overdue) continue;
    u.overdue++;
    u.supervision.push(f);
    let a = u.overdueAccounts.find((x) => x.accountId === f.accountId);
    if (!a) u.overdueAccounts.push((a = { accountId: f.accountId, accountName: f.accountName ?? f.accountId, overdue: 0, maxDaysOpen: 0 }));
    a.overdue++;
    a.maxDaysOpen = Math.max(a.maxDaysOpen, f.daysOpen);
  }
  const byUnit = [...units.values()].sort((a, b) => b.overdue - a.overdue || b.open - a.open || (a.unit < b.unit ? -1 : a.unit > b.unit ? 1 : 0));
  for (const u of byUnit) {
    u.supervision.sort((a, b) => b.daysOpen - a.daysOpen || (a.key < b.key ? -1 : 1));
    u.overdueAccounts.sort((a, b) => b.overdue - a.overdue || (a.accountId < b.accountId ? -1 : 1));
  }
  return { at: nowIso, previousAt: formatChinaTime(prevAt), days, overdueDays, new: news, fixed, open, byUnit, findings };
}
