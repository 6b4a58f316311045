import { group } from 'd3-array';
import { accountActivity } from '../activity/account-activity.js';
import { resolveTierThresholds } from '../activity/activity-tiers.js';
import type { Account, Message, RegistryEntry } from '../model/schemas.js';
import { instantArg } from '../model/internal/instant-arg.js';
import { DAY_MS, formatChinaTime } from '../model/time.js';
import type { DateArg } from '../model/to-instant.js';
import { accumulateAccountFields } from '../stats/accumulate-account-fields.js';
import { accountRanges } from '../table/account-ranges.js';
import type { PostsTable } from '../table/posts-table.js';
import { INSPECTION_RULES, type InspectionCandidate, type InspectionReason, type InspectionRuleId } from './inspection-rules.js';

/** A deduction item of a local sheet: points lost per occurrence, capped. */
export interface DeductionItem {
  id: string;
  label: string;
  /** Occurrences for an account (e.g. gaps over 7 days, unanswered messages). */
  count: (ctx: InspectionContext) => number;
  pointsEach: number;
  /** Most points this item can take (per-item cap). */
  cap: number;
  /** A bonus item adds points, and only when the base score is above `bonusAbove`. */
  bonus?: boolean;
}

/** What a deduction item sees about an account. */
export interface InspectionContext {
  account: Account;
  posts: number;
  longestGapDays: number;
  lastPostAt: number | null;
  messages: number;
  unanswered: number;
  /** The account's content findings a human confirmed (`options.findings`; issue 14). */
  findings: readonly InspectionFinding[];
}

/** A content finding as `inspect` takes it: only `confirmed: true` ones count (never an automatic veto). */
export interface InspectionFinding {
  accountId: string;
  kind: string;
  severity: 'veto-candidate' | 'deduction' | 'note';
  matched: string;
  confirmed?: boolean;
}

/** Options of {@link inspect}; every default is resolved in `resolve()`. */
export interface InspectOptions {
  /** The observation instant (监测时间点): epoch ms, a Date, or a China-time string. */
  at: DateArg;
  /** Days without a post that veto (default 14, national). */
  staleDays?: number;
  /** Local cadence rules, measured over the `cadenceDays` before the check time (default 30). */
  cadence?: { maxGapDays?: number; minPerWeek?: number; wechatMinPerWeek?: number; cadenceDays?: number };
  /** At least this many original posts in the 30 days before the check time (local rule; off by default). */
  minOriginalPerMonth?: number;
  /** A channel counts as not working when all (and at least 3) messages of the last `channelDays` (default 30; ours) are unanswered at the check time. */
  channelDays?: number;
  /** A local deduction sheet: 100 points, fail under `passMark` (default 60), bonus only above `bonusAbove` (default 80). */
  deductions?: { items: DeductionItem[]; passMark?: number; bonusAbove?: number };
  /** Follower growth factor within 7 days that raises a candidate flag (default 3×; ours). */
  followerJumpFactor?: number;
  /**
   * Content findings (`checkContent`, a findings file): those with `confirmed: true` are
   * evidence. A confirmed `veto-candidate` (严重表述错误, 泄露个人信息) vetoes the account
   * (rule `veto.content`); all confirmed findings reach the deduction sheet as `ctx.findings`
   * (see `contentDeductionItems`). Unconfirmed findings are ignored.
   */
  findings?: readonly InspectionFinding[];
}

/** The verdict on one account. */
export interface AccountVerdict {
  accountId: string;
  name: string;
  platform: Account['platform'];
  level: Account['level'];
  region: string;
  unit: string;
  verdict: 'pass' | 'fail';
  /** 合格 / 不合格 */
  verdictZh: '合格' | '不合格';
  reasons: InspectionReason[];
  candidates: InspectionCandidate[];
  lastPostAt: string | null;
  /** Deduction-sheet score, when a sheet is given. */
  score?: number;
}

function resolve(o: InspectOptions) {
  const at = instantArg(o.at, 'inspect', 'at');
  return {
    at, staleDays: resolveTierThresholds({ staleDays: o.staleDays ?? 14, dormantDays: Math.max(90, o.staleDays ?? 14), zombieDays: Math.max(365, o.staleDays ?? 14) }).staleDays,
    cadence: o.cadence ? { cadenceDays: 30, ...o.cadence } : null, minOriginalPerMonth: o.minOriginalPerMonth ?? 0, channelDays: o.channelDays ?? 30,
    deductions: o.deductions ? { passMark: 60, bonusAbove: 80, ...o.deductions } : null, followerJumpFactor: o.followerJumpFactor ?? 3,
  };
}

const reason = (rule: InspectionRuleId, evidence: string): InspectionReason => ({ rule, zh: INSPECTION_RULES[rule].zh, en: INSPECTION_RULES[rule].en, evidence });

/**
 * Inspects accounts at a check time (SPEC §5) and returns per account a verdict
 * (合格/不合格) with every reason and its evidence. National veto rules (国办秘函〔2019〕19号):
 * no post in the 14 days before the check time; no working interaction channel (all
 * channel flags off, or every one of at least 3 messages of the last 30 days unanswered); a human-supplied
 * incident flag; a human-supplied fraud flag. A sudden follower jump is listed as a
 * candidate for a human to check, never a verdict. Local rules (cadence, originals,
 * deduction sheets) apply when given. Registry records are checked separately by
 * `reconcileRegistry`; they are accepted here so one call has everything an office
 * inspects.
 *
 * Complexity O(posts + messages + accounts).
 * @throws {RangeError} for an `at` that is not a date/time, or a `staleDays` that is not > 0.
 * @throws {TypeError} for an `at` that is none of a Date, a number or a string.
 * @returns One verdict per account, in the order of `accounts`, with every reason and its evidence.
 * @example inspect(accounts, table, messages, registry, { at: '2024-10-01' })[0].verdict // 'pass'
 */
export function inspect(accounts: readonly Account[], posts: PostsTable, messages: readonly Message[], registry: readonly RegistryEntry[], options: InspectOptions): AccountVerdict[] {
  void registry;
  const o = resolve(options);
  const check = o.at;
  const windowDays = o.cadence?.cadenceDays ?? 30;
  const period = { start: check - windowDays * DAY_MS, end: check, days: windowDays };
  const activity = new Map(accountActivity(posts, { period, at: check, accountIds: accounts.map((a) => a.id), staleDays: o.staleDays, dormantDays: Math.max(90, o.staleDays), zombieDays: Math.max(365, o.staleDays) }).map((a) => [a.accountId, a]));
  // Per account (the per-account pass, src/stats): posts per week of the window, counted
  // back from the check time (week w holds check − t in [7w, 7w + 7) days), and originals in
  // the last 30 days of the window.
  const weekly = new Map<number, number[]>();
  const weeks = Math.floor(windowDays / 7);
  const ranges = accountRanges(posts, { start: check - windowDays * DAY_MS, end: check });
  const time = ranges.clustered.time;
  for (let a = 0; a < posts.accountIds.length; a++) {
    for (let p = ranges.start[a]!, e = ranges.end[a]!; p < e; p++) {
      const w = Math.floor((check - time[p]!) / (7 * DAY_MS));
      if (w < weeks) { let l = weekly.get(a); if (!l) weekly.set(a, (l = new Array<number>(weeks).fill(0))); l[w] = l[w]! + 1; }
    }
  }
  const originals = accumulateAccountFields(posts, { fields: ['originals'], period: { start: Math.max(check - windowDays * DAY_MS, check - 30 * DAY_MS), end: check } }).fields.originals!;
  const msgs = new Map<string, { total: number; unanswered: number; recent: number; recentUnanswered: number }>();
  for (const m of messages) {
    const r = m.receivedAt.getTime();
    if (r >= check) continue;
    const s = msgs.get(m.accountId) ?? { total: 0, unanswered: 0, recent: 0, recentUnanswered: 0 };
    const unanswered = !m.repliedAt || m.repliedAt.getTime() > check;
    s.total++; if (unanswered) s.unanswered++;
    if (r >= check - o.channelDays * DAY_MS) { s.recent++; if (unanswered) s.recentUnanswered++; }
    msgs.set(m.accountId, s);
  }
  const findingsBy = group((options.findings ?? []).filter((f) => f.confirmed === true), (f) => f.accountId);
  return accounts.map((acc) => {
    const act = activity.get(acc.id)!;
    const reasons: InspectionReason[] = [];
    const candidates: InspectionCandidate[] = [];
    const last = act.lastPostAt;
    if (last === null || check - last > o.staleDays * DAY_MS)
      reasons.push(reason('veto.stale', last === null ? '未找到发文' : `最近一次发文 ${formatChinaTime(last)}，距监测时间点 ${((check - last) / DAY_MS).toFixed(1)} 天`));
    const ch = acc.channels;
    const m = msgs.get(acc.id);
    if (ch && ch.messages === false && ch.comments === false && ch.consultation === false) reasons.push(reason('veto.channel', '留言、评论、在线咨询功能均已关闭'));
    else if (m && m.recent >= 3 && m.recentUnanswered === m.recent) reasons.push(reason('veto.channel', `近 ${o.channelDays} 天 ${m.recent} 条留言均未回复`));
    else if (!ch) candidates.push({ kind: 'channel-unknown', evidence: '账号清单中没有互动渠道信息' });
    if (acc.flags?.incident) reasons.push(reason('veto.incident', '检查人员标记'));
    if (acc.flags?.fraud) reasons.push(reason('veto.fraud', '检查人员标记'));
    const confirmed = findingsBy.get(acc.id) ?? [];
    const vetoFindings = confirmed.filter((f) => f.severity === 'veto-candidate');
    if (vetoFindings.length) reasons.push(reason('veto.content', `经人工确认：${vetoFindings.slice(0, 5).map((f) => `“${f.matched}”`).join('、')}${vetoFindings.length > 5 ? ` 等 ${vetoFindings.length} 处` : ''}`));
    const hist = acc.followerHistory ? [...acc.followerHistory].sort((a, b) => a[0].getTime() - b[0].getTime()) : [];
    for (let k = 1; k < hist.length; k++) {
      const [t0, f0] = hist[k - 1]!, [t1, f1] = hist[k]!;
      if (t1.getTime() - t0.getTime() <= 7 * DAY_MS && f0 > 0 && f1 / f0 >= o.followerJumpFactor) {
        candidates.push({ kind: 'follower-jump', evidence: `粉丝数 ${f0} → ${f1}（${formatChinaTime(t0.getTime()).slice(0, 10)} 至 ${formatChinaTime(t1.getTime()).slice(0, 10)}）` });
        break;
      }
    }
    const a = posts.accountIndex(acc.id);
    if (o.cadence) {
      const c = o.cadence;
      if (c.maxGapDays !== undefined && act.longestGapDays > c.maxGapDays) reasons.push(reason('local.cadence', `近 ${windowDays} 天最长 ${act.longestGapDays} 天未更新，超过 ${c.maxGapDays} 天`));
      const perWeek = acc.platform === 'wechat' && c.wechatMinPerWeek !== undefined ? c.wechatMinPerWeek : c.minPerWeek;
      if (perWeek !== undefined) {
        const w = (a === undefined ? undefined : weekly.get(a)) ?? new Array(weeks).fill(0);
        const short = w.findIndex((x: number) => x < perWeek);
        if (short >= 0) reasons.push(reason('local.cadence', `截至 ${formatChinaTime(check - short * 7 * DAY_MS).slice(0, 10)} 的一周发文 ${w[short]} 条，少于 ${perWeek} 条`));
      }
    }
    if (o.minOriginalPerMonth > 0) {
      const n = a === undefined ? 0 : originals[a]!;
      if (n < o.minOriginalPerMonth) reasons.push(reason('local.original', `近 30 天原创 ${n} 条，少于 ${o.minOriginalPerMonth} 条`));
    }
    let score: number | undefined;
    if (o.deductions) {
      const ctx: InspectionContext = { account: acc, posts: act.posts, longestGapDays: act.longestGapDays, lastPostAt: last, messages: m?.total ?? 0, unanswered: m?.unanswered ?? 0, findings: confirmed };
      let base = 100;
      for (const it of o.deductions.items.filter((x) => !x.bonus)) base -= Math.min(it.cap, it.pointsEach * it.count(ctx));
      let bonus = 0;
      if (base > o.deductions.bonusAbove) for (const it of o.deductions.items.filter((x) => x.bonus)) bonus += Math.min(it.cap, it.pointsEach * it.count(ctx));
      score = Math.min(100, base + bonus);
      if (score < o.deductions.passMark) reasons.push(reason('local.score', `得分 ${score}，低于 ${o.deductions.passMark} 分`));
    }
    const fail = reasons.length > 0;
    return {
      accountId: acc.id, name: acc.name, platform: acc.platform, level: acc.level, region: acc.region, unit: acc.unit,
      verdict: fail ? 'fail' : 'pass', verdictZh: fail ? '不合格' : '合格', reasons, candidates, lastPostAt: last === null ? null : formatChinaTime(last),
      ...(score === undefined ? {} : { score }),
    };
  });
}
