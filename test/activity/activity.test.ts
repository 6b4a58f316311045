import { describe, expect, it } from 'vitest';
import { accountActivity, activityTier, interactionStats, PostsTable, type Message } from '../../src/index.js';

const H = 3600e3, D = 24 * H;
const check = Date.parse('2024-10-01T00:00:00+08:00');

describe('activityTier(lastPost, at) — the 14-day veto boundary', () => {
  it('a post exactly 14 days before the check time is still active', () => expect(activityTier(check - 14 * D, check)).toBe('active'));
  it('14 days plus one second is stale', () => expect(activityTier(check - 14 * D - 1000, check)).toBe('stale'));
  it('the check time is China time: 2024-10-01 00:00+08:00 is 2024-09-30T16:00Z, not midnight UTC', () => {
    const lastPost = Date.parse('2024-09-17T00:00:00+08:00');
    expect(activityTier(lastPost, check)).toBe('active'); // 14 days in China time
    expect(activityTier(lastPost, Date.parse('2024-10-01T00:00:00Z'))).toBe('stale'); // 8 hours later: over 14 days
  });
  it('90 days → dormant, 365 days or never → zombie', () => {
    expect(activityTier(check - 91 * D, check)).toBe('dormant');
    expect(activityTier(check - 366 * D, check)).toBe('zombie');
    expect(activityTier(null, check)).toBe('zombie');
  });
  it('thresholds are options', () => expect(activityTier(check - 8 * D, check, { staleDays: 7 })).toBe('stale'));
});

describe('accountActivity(table, { period })', () => {
  it('counts posts, active days, the longest gap and the tier', () => {
    const period = { start: Date.parse('2024-09-01T00:00:00+08:00'), end: check, days: 30 };
    const t = PostsTable.fromPosts([
      { accountId: 'a', publishedAt: new Date('2024-09-01T09:00:00+08:00'), isOriginal: true },
      { accountId: 'a', publishedAt: new Date('2024-09-01T15:00:00+08:00'), isOriginal: false },
      { accountId: 'a', publishedAt: new Date('2024-09-11T09:00:00+08:00') },
      { accountId: 'a', publishedAt: new Date('2024-09-30T23:59:59+08:00') },
    ]);
    const [a, ghost] = accountActivity(t, { period, accountIds: ['a', 'ghost'] });
    expect(a).toMatchObject({ posts: 4, activeDays: 3, originalShare: 0.5, longestGapDays: 18, tier: 'active', daysSinceLastPost: 0 });
    expect(ghost).toMatchObject({ accountId: 'ghost', posts: 0, tier: 'zombie', lastPostAt: null });
  });
});

describe('interactionStats(messages, { policy })', () => {
  const m = (received: string, replied?: string, category: Message['category'] = 'consultation', closed?: string): Message => ({
    accountId: 'a', receivedAt: new Date(received), category, ...(replied ? { repliedAt: new Date(replied) } : {}), ...(closed ? { closedAt: new Date(closed) } : {}),
  });
  it("yinchuan: 1 working hour on working days, 8 hours on rest days (seed 003)", () => {
    const [s] = interactionStats(
      [
        m('2024-09-30T10:00:00+08:00', '2024-09-30T10:50:00+08:00'), // working day, 50 min: on time
        m('2024-09-30T11:30:00+08:00', '2024-09-30T14:00:00+08:00'), // 30 min to noon + 30 min after 13:30 = 1 h: on time
        m('2024-09-30T16:00:00+08:00', '2024-09-30T17:20:00+08:00'), // 1 h 20 min: late
        m('2024-10-02T10:00:00+08:00', '2024-10-02T17:00:00+08:00'), // National Day (rest day), 7 h: on time
        m('2024-10-03T10:00:00+08:00', '2024-10-03T19:00:00+08:00'), // rest day, 9 h: late
      ],
      { policy: 'yinchuan', at: Date.parse('2024-10-10T00:00:00+08:00') },
    );
    expect(s).toMatchObject({ messages: 5, replied: 5, due: 5, onTime: 3 });
    expect(s!.onTimeRate).toBeCloseTo(0.6, 12);
  });
  it('yueqing: complaint closure within 5 working days; unanswered older than 7 days counted', () => {
    const [s] = interactionStats(
      [
        m('2024-09-27T09:00:00+08:00', '2024-09-27T10:00:00+08:00', 'complaint', '2024-10-10T09:00:00+08:00'), // 5 working days (29 Sep make-up, 30 Sep, 8–10 Oct) → 2024-10-10 09:00: on time
        m('2024-09-27T09:00:00+08:00', '2024-09-27T10:00:00+08:00', 'complaint', '2024-10-11T09:00:00+08:00'), // late
        m('2024-09-20T09:00:00+08:00'), // never answered
      ],
      { policy: 'yueqing', at: Date.parse('2024-10-20T00:00:00+08:00') },
    );
    expect(s).toMatchObject({ messages: 3, replied: 2, closureDue: 3, closedOnTime: 1, unansweredOld: 1 });
    expect(s!.latencyMedianHours).toBe(1);
  });
});
