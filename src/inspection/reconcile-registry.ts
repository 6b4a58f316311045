import { group } from 'd3-array';
import { settleDeadline } from '../activity/internal/settle-deadline.js';
import { addWorkingDays } from '../calendar/add-working-days.js';
import type { WorkingCalendar } from '../calendar/working-calendar.js';
import type { Account, RegistryEntry } from '../model/schemas.js';
import { instantArg } from '../model/internal/instant-arg.js';
import { formatChinaTime } from '../model/time.js';
import type { DateArg } from '../model/to-instant.js';
import { accumulateAccountFields } from '../stats/accumulate-account-fields.js';
import type { PostsTable } from '../table/posts-table.js';

/** Filing deadlines after a status change, in working days: Hubei 5, Linyi 2. */
export const FILING_DEADLINES = Object.freeze({ hubei: 5, linyi: 2 });

/** One finding of the registry reconciliation. */
export interface RegistryFinding {
  kind: 'registered-not-seen' | 'closed-but-posting' | 'posting-not-registered' | 'late-filing' | 'several-accounts-one-platform' | 'filing-calendar-not-covered';
  /** For `filing-calendar-not-covered`: the year the working calendar lacks. */
  uncoveredYear?: number;
  accountIds: string[];
  unit?: string;
  platform?: string;
  evidence: string;
}

/** Options of {@link reconcileRegistry}. */
export interface ReconcileOptions {
  /** The observation instant of the reconciliation; registry dates after it are rejected as errors. */
  at: DateArg;
  /** Working days allowed between a status change and its filing: a number or a preset (default `'hubei'`, 5). */
  filingDeadline?: number | keyof typeof FILING_DEADLINES;
  calendar?: WorkingCalendar;
}

/**
 * Reconciles the registry (备案) with the account list and the posts: accounts
 * registered but not seen on the platform list; closed or cancelled in the registry but
 * still posting after the closure; posting but not registered; filings later than N
 * working days after a status change (Hubei 5, Linyi 2); one unit with several accounts
 * on one platform (seed 001: one bureau had 8 WeChat accounts). A registry date after
 * `at` throws `RangeError` naming the entry: a future filing is a data error, not a
 * finding. A filing limit that runs past the working calendar's last year is settled
 * from the data when the filing came before the first uncovered day (on time), else
 * reported as `filing-calendar-not-covered` naming the year (never as late, never a
 * thrown error). Complexity O(accounts + registry + posts).
 * @returns The findings (kind, accounts, unit, platform, evidence).
 * @throws {RangeError} for a registry date after `at` (naming the entry), a `filingDeadline` that is neither a preset nor a whole number of working days, or an `at` that is not a date/time.
 * @throws {TypeError} for an `at` that is none of a Date, a number or a string.
 * @example reconcileRegistry(accounts, registry, table, { at: Date.now() }).filter((f) => f.kind === 'posting-not-registered')
 */
export function reconcileRegistry(accounts: readonly Account[], registry: readonly RegistryEntry[], posts: PostsTable, options: ReconcileOptions): RegistryFinding[] {
  const deadline = typeof options.filingDeadline === 'string' ? FILING_DEADLINES[options.filingDeadline] : (options.filingDeadline ?? FILING_DEADLINES.hubei);
  if (!(Number.isInteger(deadline) && deadline >= 0)) throw new RangeError(`reconcileRegistry: filingDeadline must be a preset or a whole number of working days, got ${String(options.filingDeadline)}`);
  const at = instantArg(options.at, 'reconcileRegistry', 'at');
  registry.forEach((e, i) => {
    for (const [what, d] of [['filedAt', e.filedAt], ...e.changes.map((c) => [`changes.${c.event}`, c.at] as const)] as const)
      if (d.getTime() > at) throw new RangeError(`reconcileRegistry: registry entry ${i + 1} (account ${e.accountId}): ${what} ${formatChinaTime(d.getTime())} is after ${formatChinaTime(at)}`);
  });
  const findings: RegistryFinding[] = [];
  const known = new Set(accounts.map((a) => a.id));
  const reg = new Map(registry.map((e) => [e.accountId, e]));
  // Last post per account over the whole table (the per-account pass, src/stats); accounts with none are left out.
  const lastTime = accumulateAccountFields(posts, { fields: ['lastTime'] }).fields.lastTime!;
  const lastPost = new Map<string, number>();
  posts.accountIds.forEach((id, k) => { if (lastTime[k]! > -Infinity) lastPost.set(id, lastTime[k]!); });
  for (const e of registry) if (!known.has(e.accountId)) findings.push({ kind: 'registered-not-seen', accountIds: [e.accountId], unit: e.unit, platform: e.platform, evidence: `filed ${formatChinaTime(e.filedAt.getTime()).slice(0, 10)}, not in the account list` });
  for (const e of registry) {
    const closure = e.changes.find((c) => c.event === 'closed' || c.event === 'cancelled');
    const lp = lastPost.get(e.accountId);
    if ((e.status === 'closed' || e.status === 'cancelled') && closure && lp !== undefined && lp > closure.at.getTime())
      findings.push({ kind: 'closed-but-posting', accountIds: [e.accountId], unit: e.unit, platform: e.platform, evidence: `${closure.event} ${formatChinaTime(closure.at.getTime()).slice(0, 10)}, last post ${formatChinaTime(lp)}` });
    for (const c of e.changes) {
      if (c.event === 'opened') continue;
      const st = settleDeadline(e.filedAt.getTime(), at, () => addWorkingDays(c.at, deadline, { calendar: options.calendar }).getTime());
      if (st.status === 'calendar-not-covered')
        findings.push({ kind: 'filing-calendar-not-covered', accountIds: [e.accountId], unit: e.unit, platform: e.platform, uncoveredYear: st.uncoveredYear!, evidence: `${c.event} ${formatChinaTime(c.at.getTime()).slice(0, 10)}, filed ${formatChinaTime(e.filedAt.getTime()).slice(0, 10)}: the ${deadline}-working-day limit needs ${st.uncoveredYear}, which the working calendar does not cover (createWorkingCalendar)` });
      else if (st.status === 'late')
        findings.push({ kind: 'late-filing', accountIds: [e.accountId], unit: e.unit, platform: e.platform, evidence: `${c.event} ${formatChinaTime(c.at.getTime()).slice(0, 10)}, filed ${formatChinaTime(e.filedAt.getTime()).slice(0, 10)} (> ${deadline} working days)` });
    }
  }
  const seenPosting = new Set(lastPost.keys());
  for (const a of accounts) if (!reg.has(a.id) && seenPosting.has(a.id)) findings.push({ kind: 'posting-not-registered', accountIds: [a.id], unit: a.unit, platform: a.platform, evidence: `posting (last ${formatChinaTime(lastPost.get(a.id)!)}), no registry entry` });
  const byUnitPlatform = group(accounts.filter((a) => a.status !== 'closed'), (a) => `${a.unit}\u0000${a.platform}`);
  for (const l of byUnitPlatform.values()) if (l.length > 1) findings.push({ kind: 'several-accounts-one-platform', accountIds: l.map((a) => a.id), unit: l[0]!.unit, platform: l[0]!.platform, evidence: `${l.length} accounts of one unit on ${l[0]!.platform}` });
  return findings;
}
