import { describe, expect, it } from 'vitest';
import { checkContent, defaultContentRules, parseFindingsFile, trackRectification, InputError, type ContentPost } from '../../src/index.js';

const acc = [
  { id: 'A', name: '江州发布', platform: 'wechat' as const, unit: '江州市人民政府办公室', level: 'city' as const, region: '江州市', kind: 'unit' as const, status: 'active' as const },
  { id: 'B', name: '河西公安', platform: 'weibo' as const, unit: '江州市河西区公安分局', level: 'county' as const, region: '江州市河西区', kind: 'unit' as const, status: 'active' as const },
];
const p = (id: string, accountId: string, text: string): ContentPost => ({ id, accountId, publishedAt: new Date('2024-09-02T01:00:00Z'), text });
const rules = defaultContentRules();

describe('trackRectification(previous, current, options)', () => {
  // Previous check (Fri 2024-09-06): three problems. This check (Mon 2024-09-23): one fixed, two still open, one new.
  const before = checkContent([p('p1', 'A', '坚决打赢扫黑险恶攻坚战'), p('p2', 'A', '下达财政拔款资金'), p('p3', 'B', '做到警钟常鸣')], rules, { accounts: acc });
  const after = checkContent([p('p1', 'A', '坚决打赢扫黑除恶攻坚战'), p('p2', 'A', '下达财政拔款资金'), p('p3', 'B', '做到警钟常鸣'), p('p4', 'B', '活动精采纷呈')], rules, { accounts: acc });
  const prevAt = '2024-09-06 10:00', at = '2024-09-23 10:00';

  it('sorts findings into new, fixed and open, with calendar days open (China calendar days between the check days)', () => {
    const r = trackRectification({ at: prevAt, findings: before.findings }, { at, findings: after.findings });
    expect(r.new.map((f) => f.matched)).toEqual(['精采']);
    expect(r.fixed.map((f) => f.matched)).toEqual(['扫黑险恶']);
    expect(r.open.map((f) => [f.matched, f.daysOpen, f.overdue])).toEqual([['财政拔款', 17, true], ['警钟常鸣', 17, true]]);
    expect(r.days).toBe('calendar');
    expect(r.findings.find((f) => f.matched === '精采')!.firstSeenAt).toBe('2024-09-23T10:00:00+08:00');
    expect(r.findings.find((f) => f.matched === '财政拔款')!.firstSeenAt).toBe('2024-09-06T10:00:00+08:00');
  });
  it('counts working days on the mainland calendar when asked (the Mid-Autumn holiday 9-15..9-17, make-up Sunday 9-14)', () => {
    // Working days in (9-06, 9-23]: 9-09..9-13 (5), 9-14 (make-up Saturday), 9-18..9-20 (3), 9-23 (1) = 10.
    const r = trackRectification({ at: prevAt, findings: before.findings }, { at, findings: after.findings }, { days: 'working' });
    expect(r.open.map((f) => f.daysOpen)).toEqual([10, 10]);
  });
  it('per unit: counts, the accounts over the limit (超7天未整改) and the 督办 list; 7 days is not overdue, 8 is', () => {
    const r = trackRectification({ at: prevAt, findings: before.findings }, { at, findings: after.findings });
    expect(r.byUnit.map((u) => [u.unit, u.new, u.fixed, u.open, u.overdue])).toEqual([['江州市人民政府办公室', 0, 1, 1, 1], ['江州市河西区公安分局', 1, 0, 1, 1]]);
    expect(r.byUnit[1]!.overdueAccounts).toEqual([{ accountId: 'B', accountName: '河西公安', overdue: 1, maxDaysOpen: 17 }]);
    expect(r.byUnit[0]!.supervision.map((f) => f.matched)).toEqual(['财政拔款']);
    const seven = trackRectification({ at: '2024-09-16 09:00', findings: before.findings }, { at, findings: after.findings });
    expect(seven.open.map((f) => [f.daysOpen, f.overdue])).toEqual([[7, false], [7, false]]);
    const eight = trackRectification({ at: '2024-09-15 23:00', findings: before.findings }, { at, findings: after.findings });
    expect(eight.open.map((f) => [f.daysOpen, f.overdue])).toEqual([[8, true], [8, true]]);
  });
  it('carries firstSeenAt through a findings file over several checks', () => {
    const r1 = trackRectification({ at: prevAt, findings: before.findings }, { at, findings: after.findings });
    const file = parseFindingsFile(JSON.parse(JSON.stringify({ at: r1.at, findings: r1.findings })));
    const r2 = trackRectification(file, { at: '2024-09-30 10:00', findings: after.findings });
    expect(r2.open.map((f) => [f.matched, f.daysOpen])).toEqual([['财政拔款', 24], ['警钟常鸣', 24], ['精采', 7]]);
  });
  it('rejects a check before the previous one, and a bad findings file naming the finding and field', () => {
    expect(() => trackRectification({ at, findings: [] }, { at: prevAt, findings: [] })).toThrow(RangeError);
    try {
      parseFindingsFile({ at: '2024-09-06', findings: [{ ...before.findings[0], severity: 'fatal' }] }, { file: 'old.json' });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(InputError);
      expect((e as Error).message).toMatch(/^old\.json：第 1 行，列“severity”：应为 /);
    }
  });
});
