import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CHINA_HOLIDAYS, CalendarNotCoveredError, PostsTable, createWorkingCalendar, parseRegistryEntry, reconcileRegistry, earlyWarnings, interactionStats, isWorkingDay, replyDeadlineStatus, type Message,
} from '../../src/index.js';
import { readAccountsFile, readMessagesFile, readPostsFile } from '../../src/io/node/files.js';

// Issue 13, kind 8 (calendar edge), on case t07-yearend (test/fixtures/cases/edge): a complaint
// received 2026-12-31 16:00, the shipped calendar's last covered day. Under the default policy
// (yueqing: first response within 1 working day) its deadline needs 2027-01-01 or later.
const EDGE = 'test/fixtures/cases/edge';
const T = (s: string) => Date.parse(s.replace(' ', 'T') + '+08:00');
const readAt = T('2027-01-05 10:00'); // the file is read in January 2027, as an office would
const U = T('2027-01-01 00:00'); // the first uncovered instant

async function caseMessages(): Promise<Message[]> {
  return (await readMessagesFile(`${EDGE}/t07-yearend-messages.csv`, { at: readAt })).records;
}

describe('CalendarNotCoveredError', () => {
  it('names the year, the covered years and how to supply a calendar (createWorkingCalendar)', () => {
    let err: unknown;
    try { isWorkingDay('2027-01-04'); } catch (e) { err = e; }
    expect(err).toBeInstanceOf(CalendarNotCoveredError);
    expect(err).toBeInstanceOf(RangeError);
    const e = err as CalendarNotCoveredError;
    expect([e.year, e.covered]).toEqual([2027, [2019, 2026]]);
    expect(e.message).toMatch(/^working calendar: 2027 is not covered \(2019–2026\); build a calendar .*createWorkingCalendar\(\{ \.\.\.CHINA_HOLIDAYS, 2027: /);
    expect(() => isWorkingDay('2018-06-01')).toThrow(/2018 is not covered/);
  });
});

describe('interactionStats on t07-yearend: the uncovered deadline fails no account', () => {
  it('acc1 computed as usual; acc2’s message marked calendar-not-covered, counted, out of due/onTime', async () => {
    const messages = await caseMessages();
    expect(messages.map((m) => m.id)).toEqual(['m1', 'm2']);
    const [a1, a2] = interactionStats(messages, { at: T('2027-01-05 00:00') });
    // m1: consultation received Tue 2026-12-01 10:00, replied 10:20 → on time (deadline 12-02 10:00);
    // closure (consultation, 2 working days → 2026-12-03 10:00) not closed by `at` → late.
    expect(a1).toMatchObject({ accountId: 'acc1', messages: 1, replied: 1, due: 1, onTime: 1, onTimeRate: 1, closureDue: 1, closedOnTime: 0, calendarNotCovered: 0, closureCalendarNotCovered: 0, uncoveredYears: [] });
    expect(a1!.latencyMedianHours).toBeCloseTo(20 / 60, 12);
    // m2: unanswered at `at` (after U): neither on time nor late; closure (complaint 5, max 15 working days) likewise.
    expect(a2).toMatchObject({ accountId: 'acc2', messages: 1, replied: 0, due: 0, onTime: 0, onTimeRate: null, closureDue: 0, closureRate: null, calendarNotCovered: 1, closureCalendarNotCovered: 1, latencyCalendarNotCovered: 0, uncoveredYears: [2027] });
  });

  it('with the 2027 holidays supplied (createWorkingCalendar), the same message is counted: late', async () => {
    const calendar = createWorkingCalendar({ ...CHINA_HOLIDAYS, 2027: { source: 'test: 元旦 2027-01-01..03', off: [['2027-01-01', '2027-01-03']], work: [] } });
    const [, a2] = interactionStats(await caseMessages(), { at: T('2027-01-05 00:00'), calendar });
    expect(a2).toMatchObject({ due: 1, onTime: 0, onTimeRate: 0, calendarNotCovered: 0, uncoveredYears: [] });
    // Thu 2026-12-31 16:00 + 1 working day: 01-01..03 off → Mon 2027-01-04 16:00.
    const m2 = (await caseMessages())[1]!;
    expect(replyDeadlineStatus(m2, { at: T('2027-01-05 00:00'), calendar })).toEqual({ status: 'late', deadline: T('2027-01-04 16:00') });
  });
});

describe('replyDeadlineStatus: the data settles what it can (values by hand)', () => {
  const received = new Date(T('2026-12-31 16:00'));
  it('a reply before the first uncovered day is on time whatever 2027’s holidays are', () => {
    expect(replyDeadlineStatus({ receivedAt: received, repliedAt: new Date(T('2026-12-31 23:59')) }, { at: T('2027-01-05 00:00') })).toEqual({ status: 'on-time', deadline: null, uncoveredYear: 2027 });
  });
  it('unanswered, observed before the first uncovered day: pending (the deadline is after `at`)', () => {
    expect(replyDeadlineStatus({ receivedAt: received }, { at: T('2026-12-31 23:00') })).toEqual({ status: 'pending', deadline: null, uncoveredYear: 2027 });
  });
  it('a reply on an uncovered day, or no reply seen after it: calendar-not-covered', () => {
    expect(replyDeadlineStatus({ receivedAt: received, repliedAt: new Date(U) }, { at: T('2027-01-05 00:00') })).toEqual({ status: 'calendar-not-covered', deadline: null, uncoveredYear: 2027 });
    expect(replyDeadlineStatus({ receivedAt: received }, { at: U })).toEqual({ status: 'calendar-not-covered', deadline: null, uncoveredYear: 2027 });
    // received on an uncovered day itself (yinchuan asks whether that day is a rest day)
    expect(replyDeadlineStatus({ receivedAt: new Date(T('2027-01-02 10:00')), repliedAt: new Date(T('2027-01-02 11:00')) }, { at: T('2027-01-05 00:00'), policy: 'yinchuan' }).status).toBe('calendar-not-covered');
  });
  it('a deadline inside the calendar is counted as before: 2026-12-30 16:00 + 1 working day = 12-31 16:00', () => {
    const m = { receivedAt: new Date(T('2026-12-30 16:00')) };
    expect(replyDeadlineStatus(m, { at: T('2027-01-05 00:00') })).toEqual({ status: 'late', deadline: T('2026-12-31 16:00') });
    expect(replyDeadlineStatus({ ...m, repliedAt: new Date(T('2026-12-31 15:00')) }, { at: T('2027-01-05 00:00') })).toEqual({ status: 'on-time', deadline: T('2026-12-31 16:00') });
    expect(replyDeadlineStatus(m, { at: T('2026-12-31 10:00') })).toEqual({ status: 'pending', deadline: T('2026-12-31 16:00') });
  });

  it('property: whatever a shorter calendar settles agrees with the longer calendar (it never guesses)', () => {
    // The calendar without 2026 must agree, whenever it settles a status, with the shipped one.
    const short = createWorkingCalendar(Object.fromEntries(Object.entries(CHINA_HOLIDAYS).filter(([y]) => Number(y) < 2026)));
    const base = T('2025-12-20 00:00'), H = 3_600_000;
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 20 * 24 }), fc.option(fc.integer({ min: 0, max: 20 * 24 }), { nil: undefined }), fc.integer({ min: 0, max: 30 * 24 }),
        fc.constantFrom('yueqing' as const, 'yinchuan' as const, 'jingmen' as const),
        (rh, replyAfter, atAfter, policy) => {
          const m = { receivedAt: new Date(base + rh * H), ...(replyAfter === undefined ? {} : { repliedAt: new Date(base + (rh + replyAfter) * H) }) };
          const at = base + (rh + 1 + atAfter) * H;
          const s = replyDeadlineStatus(m, { at, policy, calendar: short });
          const full = replyDeadlineStatus(m, { at, policy });
          if (s.status !== 'calendar-not-covered') expect(s.status).toBe(full.status);
          if (s.deadline !== null) expect(s.deadline).toBe(full.deadline);
        },
      ),
    );
  });
});

describe('earlyWarnings on t07-yearend', () => {
  it('the uncovered reply deadline is a yellow warning marked uncoveredYear, counted; the run goes on', async () => {
    const accounts = (await readAccountsFile(`${EDGE}/t07-yearend-accounts.csv`, { at: readAt })).records;
    const posts = (await readPostsFile(`${EDGE}/t07-yearend-posts.csv`, { at: readAt })).table;
    const r = earlyWarnings(accounts, posts, await caseMessages(), [], { at: T('2027-01-05 00:00'), next: T('2027-01-11 00:00') });
    expect(r.calendarNotCovered).toBe(1);
    expect(r.uncoveredYears).toEqual([2027]);
    const reply = r.warnings.filter((w) => w.kind === 'reply');
    expect(reply).toEqual([
      expect.objectContaining({ level: 'yellow', accountId: 'acc2', deadline: null, uncoveredYear: 2027, messageId: 'm2', evidence: expect.stringMatching(/^2026-12-31 16:00 收到的留言未回复，答复时限落在 2027 年，工作日历未覆盖该年（日历未覆盖，覆盖 2019–2026 年）/) }),
    ]);
    // Observed before the uncovered days with the next check still in 2026: the deadline is surely after it, no warning.
    const before = earlyWarnings(accounts, posts, await caseMessages(), [], { at: T('2026-12-31 17:00'), next: T('2026-12-31 23:00') });
    expect(before.warnings.filter((w) => w.kind === 'reply')).toEqual([]);
    expect(before.calendarNotCovered).toBe(0);
  });
});

describe('reconcileRegistry: a filing limit past the calendar', () => {
  // A change on Wed 2026-12-30; Hubei allows 5 working days: 12-31, then 2027 (uncovered).
  const entry = (filedAt: string) => parseRegistryEntry({ accountId: 'a', unit: 'u', platform: 'wechat', filedAt, status: 'changed', changes: [{ event: 'changed', at: '2026-12-30 10:00' }] });
  const at = T('2027-01-20 00:00');
  it('filed before the first uncovered day: on time, no finding', () => {
    expect(reconcileRegistry([], [entry('2026-12-31 09:00')], PostsTable.fromPosts([]), { at }).filter((f) => f.kind !== 'registered-not-seen')).toEqual([]);
  });
  it('filed in 2027: filing-calendar-not-covered naming the year, not late-filing, no error', () => {
    const f = reconcileRegistry([], [entry('2027-01-15 09:00')], PostsTable.fromPosts([]), { at }).filter((x) => x.kind !== 'registered-not-seen');
    expect(f).toEqual([expect.objectContaining({ kind: 'filing-calendar-not-covered', accountIds: ['a'], uncoveredYear: 2027 })]);
  });
});
