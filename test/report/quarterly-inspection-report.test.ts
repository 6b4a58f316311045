import { describe, expect, it } from 'vitest';
import {
  buildQuarterlyReport, inspect, parseAccount, parseRegistryEntry, PostsTable, quarterlyInspectionReport, quarterlyReportTables, reconcileRegistry, stratifiedSample,
  type Account,
} from '../../src/index.js';

const D = 86_400_000;
const at = Date.parse('2024-09-30T17:00:00+08:00');
const acc = (id: string, level: Account['level']): Account =>
  parseAccount({ id, name: `账号${id}`, platform: 'wechat', unit: `单位${id}`, level, region: '某市', channels: { messages: false, comments: false } });
// Four accounts: three posted this week, one (s) last posted 20 days ago: the 14-day veto fails it.
const accounts = [acc('a', 'province'), acc('b', 'city'), acc('c', 'county'), acc('s', 'county')];
const posts = PostsTable.fromPosts([
  { accountId: 'a', publishedAt: new Date(at - 2 * D) }, { accountId: 'b', publishedAt: new Date(at - 3 * D) },
  { accountId: 'c', publishedAt: new Date(at - D) }, { accountId: 's', publishedAt: new Date(at - 20 * D) },
]);
// a, b, s filed; c posts without a registry entry (正在运营但未备案).
const registry = ['a', 'b', 's'].map((id) => parseRegistryEntry({ accountId: id, unit: `单位${id}`, platform: 'wechat', filedAt: '2024-01-05' }));

describe('quarterlyInspectionReport (govmedia report and the office app)', () => {
  it('every account inspected, the registry reconciled, the 通报 built: the values of the functions it composes', () => {
    const r = quarterlyInspectionReport(accounts, posts, [], registry, { at, previousRate: 0.5, issuer: '某市人民政府办公室' });
    expect(r.sampled.map((a) => a.id)).toEqual(['a', 'b', 'c', 's']);
    expect(r.verdicts.map((v) => [v.accountId, v.verdict])).toEqual([['a', 'pass'], ['b', 'pass'], ['c', 'pass'], ['s', 'fail']]);
    expect(r.report.sample).toMatchObject({ checked: 4, passed: 3, ratePercent: 75 });
    expect(r.report.change).toMatchObject({ points: 25 });
    expect(r.registryFindings.map((f) => [f.kind, f.accountIds])).toEqual(expect.arrayContaining([['posting-not-registered', ['c']]]));
    const registryFindings = reconcileRegistry(accounts, registry, posts, { at });
    expect(r.registryFindings).toEqual(registryFindings);
    expect(r.report).toEqual(buildQuarterlyReport({ accounts, verdicts: inspect(accounts, posts, [], registry, { at }), messages: [], registryFindings, at, previousRate: 0.5, issuer: '某市人民政府办公室' }));
    expect(r.tables).toEqual(quarterlyReportTables(r.report));
    expect(r.document).toEqual({
      title: r.report.title, subtitle: `某市人民政府办公室 ${r.report.date}`,
      sections: [r.tables.rates, r.tables.problems, r.tables.annex].map((t) => ({ kind: 'table', title: t.title, table: t })),
    });
    expect(r.tables.annex.rows.map((x) => x.name)).toEqual(['账号s']);
  });

  it('a seeded stratified sample: the same accounts stratifiedSample draws; the population still counts every account', () => {
    const r = quarterlyInspectionReport(accounts, posts, [], [], { at, sample: { size: 2, seed: 3 } });
    expect(r.sampled).toEqual(stratifiedSample(accounts, { size: 2, seed: 3 }));
    expect(r.report.sample.checked).toBe(2);
    expect(r.report.population.total).toBe(4);
    expect(r.registryFindings).toEqual([]);
  });

  it('a sample share outside 0–1 throws RangeError (from stratifiedSample)', () => {
    expect(() => quarterlyInspectionReport(accounts, posts, [], [], { at, sample: { share: 2 } })).toThrow(RangeError);
  });
});
