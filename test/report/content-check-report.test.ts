import { describe, expect, it } from 'vitest';
import { contentCheckReport, defaultContentRules, parseFindingsFile, type ContentPost } from '../../src/index.js';

const acc = [
  { id: 'A', name: '江州发布', platform: 'wechat' as const, unit: '江州市人民政府办公室', level: 'city' as const, region: '江州市', kind: 'unit' as const, status: 'active' as const },
  { id: 'B', name: '河西公安', platform: 'weibo' as const, unit: '江州市河西区公安分局', level: 'county' as const, region: '江州市河西区', kind: 'unit' as const, status: 'active' as const },
];
const p = (id: string, accountId: string, text: string): ContentPost => ({ id, accountId, publishedAt: new Date('2024-09-02T01:00:00Z'), text });
const rules = defaultContentRules();
const before = [p('p1', 'A', '坚决打赢扫黑险恶攻坚战'), p('p2', 'A', '下达财政拔款资金'), p('p3', 'B', '做到警钟常鸣')];
const after = [p('p1', 'A', '坚决打赢扫黑除恶攻坚战'), p('p2', 'A', '下达财政拔款资金'), p('p3', 'B', '做到警钟常鸣'), p('p4', 'B', '活动精采纷呈')];

describe('contentCheckReport (govmedia check and the office app)', () => {
  it('one check: the findings table in Chinese, every kind counted, the findings file stamped with the check time', () => {
    const r = contentCheckReport(before, rules, { at: '2024-09-07 00:00', accounts: acc });
    // A check time at midnight names the day before (a bare date given as the end of that day).
    expect(r.findings.title).toBe('内容检查发现的问题（3 条，检查时间 2024-09-06）');
    expect(r.findings.rows.map((f) => [f.account, f.publishedAt, f.where, f.matched, f.suggestion])).toEqual([
      ['江州发布', '2024-09-02 09:00', '正文第5字', '扫黑险恶', '扫黑除恶'],
      ['江州发布', '2024-09-02 09:00', '正文第3字', '财政拔款', '财政拨款'],
      ['河西公安', '2024-09-02 09:00', '正文第3字', '警钟常鸣', '警钟长鸣'],
    ]);
    expect(r.findings.rows.every((f) => typeof f.source === 'string' && f.source.length > 0)).toBe(true);
    expect(r.kinds.rows.find((k) => k.kind === '错别字')).toEqual({ kind: '错别字', count: 3 });
    expect(r.kinds.rows.reduce((s, k) => s + (k.count as number), 0)).toBe(3);
    expect(r.rectification).toBeNull();
    expect(r.rectificationTable).toBeNull();
    expect(r.findingsFile.at).toBe('2024-09-07T00:00:00+08:00');
    expect(r.findingsFile.findings.map((f) => f.firstSeenAt)).toEqual(Array(3).fill('2024-09-07T00:00:00+08:00'));
    expect(r.document.subtitle).toBe('检查时间 2024-09-06');
    expect(r.document.sections.map((s) => ('title' in s ? s.title : s.kind))).toEqual(['facts', '按类别', r.findings.title]);
  });

  it('with the previous findings file: 整改情况 per unit and the 督办 list, days open counted to this check', () => {
    const first = contentCheckReport(before, rules, { at: '2024-09-06 10:00', accounts: acc });
    // The file round-trips through JSON as the office keeps it.
    const previous = parseFindingsFile(JSON.parse(JSON.stringify(first.findingsFile)));
    const r = contentCheckReport(after, rules, { at: '2024-09-23 10:00', accounts: acc, previous });
    expect(r.rectification!.fixed.map((f) => f.matched)).toEqual(['扫黑险恶']);
    expect(r.rectificationTable!.title).toBe('整改情况（上次检查 2024-09-06；自然日；超7天未整改）');
    expect(r.rectificationTable!.rows).toEqual([
      { unit: '江州市人民政府办公室', new: 0, fixed: 1, open: 1, overdue: 1, accounts: '江州发布（1条，最长17天）' },
      { unit: '江州市河西区公安分局', new: 1, fixed: 0, open: 1, overdue: 1, accounts: '河西公安（1条，最长17天）' },
    ]);
    expect(r.supervision!.rows).toEqual([
      { unit: '江州市人民政府办公室', account: '江州发布', kind: '错别字', matched: '财政拔款', firstSeenAt: '2024-09-06', daysOpen: 17 },
      { unit: '江州市河西区公安分局', account: '河西公安', kind: '错别字', matched: '警钟常鸣', firstSeenAt: '2024-09-06', daysOpen: 17 },
    ]);
    expect(r.findingsFile.rectification!.new).toEqual([r.rectification!.new[0]!.key]);
    expect(r.findingsFile.findings.find((f) => f.matched === '精采')!.firstSeenAt).toBe('2024-09-23T10:00:00+08:00');
    expect(r.findingsFile.findings.find((f) => f.matched === '财政拔款')!.firstSeenAt).toBe('2024-09-06T10:00:00+08:00');
    // Working days on the mainland calendar (Mid-Autumn 9-15..9-17, make-up 9-14): 10.
    const w = contentCheckReport(after, rules, { at: '2024-09-23 10:00', accounts: acc, previous, days: 'working', overdueDays: 10 });
    expect(w.rectificationTable!.title).toBe('整改情况（上次检查 2024-09-06；工作日；超10天未整改）');
    expect(w.rectificationTable!.rows.map((u) => [u.open, u.overdue])).toEqual([[1, 0], [1, 0]]);
    expect(w.supervision!.rows).toEqual([]);
    expect(r.document.sections.map((s) => ('title' in s ? s.title : s.kind))).toEqual(['facts', '按类别', r.rectificationTable!.title, '督办清单', r.findings.title]);
  });

  it('throws RangeError for a check before the previous one (from trackRectification) and for an at that is not a date', () => {
    const first = contentCheckReport(before, rules, { at: '2024-09-06 10:00' });
    expect(() => contentCheckReport(after, rules, { at: '2024-09-01', previous: parseFindingsFile(JSON.parse(JSON.stringify(first.findingsFile))) })).toThrow(RangeError);
    expect(() => contentCheckReport(after, rules, { at: 'not a date' })).toThrow(RangeError);
  });
});
