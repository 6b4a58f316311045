import { describe, expect, it } from 'vitest';
import { checkContent, contentDeductionItems, defaultContentRules, inspect, parseAccount, PostsTable } from '../../src/index.js';
import { cli } from '../cli/harness.js';

const at = Date.parse('2024-09-30T17:00:00+08:00');
const account = parseAccount({ id: 'A', name: '江州发布', platform: 'wechat', unit: '江州市人民政府办公室', level: 'city', channels: { messages: true, comments: true } });
const posts = [
  { accountId: 'A', id: 'p1', publishedAt: new Date(at - 86400e3), text: '坚决打赢扫黑险恶攻坚战' },
  { accountId: 'A', id: 'p2', publishedAt: new Date(at - 2 * 86400e3), text: '下达财政拔款资金，做到警钟常鸣' },
];
const findings = checkContent(posts, defaultContentRules()).findings;
const table = PostsTable.fromPosts(posts);

describe('inspect takes confirmed content findings as evidence', () => {
  it('unconfirmed findings change nothing: never an automatic veto', () => {
    const [v] = inspect([account], table, [], [], { at, findings });
    expect(v!.verdict).toBe('pass');
  });
  it('a confirmed veto candidate vetoes the account (veto.content) with the matched text as evidence', () => {
    const confirmed = findings.map((f) => ({ ...f, confirmed: f.matched === '扫黑险恶' }));
    const [v] = inspect([account], table, [], [], { at, findings: confirmed });
    expect(v!.reasons.map((r) => [r.rule, r.evidence])).toEqual([['veto.content', '经人工确认：“扫黑险恶”']]);
  });
  it('deduction sheets: 钟楼 2 points per confirmed 严重错误; our preset separates serious (5) from general (1) findings, with caps', () => {
    const confirmed = findings.map((f) => ({ ...f, confirmed: true }));
    const [z] = inspect([account], table, [], [], { at, findings: confirmed, deductions: { items: contentDeductionItems('zhonglou') } });
    expect(z!.score).toBe(100 - 3 * 2);
    const [o] = inspect([account], table, [], [], { at, findings: confirmed, deductions: { items: contentDeductionItems('ours') } });
    expect(o!.score).toBe(100 - 5 - 2);
    const many = Array.from({ length: 40 }, (_, i) => ({ accountId: 'A', kind: 'typo', severity: 'deduction' as const, matched: `错${i}`, confirmed: true }));
    const [c] = inspect([account], table, [], [], { at, findings: many, deductions: { items: contentDeductionItems('ours') } });
    expect(c!.score).toBe(90); // general findings capped at 10 points
    expect(() => contentDeductionItems('nowhere' as 'ours')).toThrow(RangeError);
  });
});

describe('govmedia check --previous and govmedia report on the sample province', () => {
  it('check --previous: all planted findings are still open after a month (超7天未整改), per unit', async () => {
    const args = ['--posts', 'examples/data/posts.csv', '--accounts', 'examples/data/accounts.csv', '--roster', 'examples/data/roster.csv', '--format', 'json'];
    const first = await cli(['check', ...args, '--period', '2024-07-01~2024-08-31', '--at', '2024-08-31']);
    expect(first.code).toBe(0);
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const file = join(mkdtempSync(join(tmpdir(), 'govmedia-check-')), 'previous.json');
    writeFileSync(file, first.stdout);
    const second = await cli(['check', ...args, '--at', '2024-09-30', '--previous', file]);
    expect(second.code).toBe(0);
    const r = JSON.parse(second.stdout);
    const prev = JSON.parse(first.stdout);
    expect(r.rectification.open).toHaveLength(prev.findings.length);
    expect(r.rectification.open.every((o: { daysOpen: number; overdue: boolean }) => o.daysOpen === 30 && o.overdue)).toBe(true);
    expect(r.rectification.fixed).toEqual([]);
    expect(r.rectification.byUnit.reduce((s: number, u: { overdue: number }) => s + u.overdue, 0)).toBe(prev.findings.length);
  });
  it('report writes the 通报 (.md, .html, .docx, .xlsx) and prints pass rates', async () => {
    const { mkdtempSync, readFileSync, existsSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'govmedia-report-'));
    const run = await cli(['report', '--accounts', 'examples/data/accounts.csv', '--posts', 'examples/data/posts.csv', '--messages', 'examples/data/messages.csv',
      '--registry', 'examples/data/registry.csv', '--at', '2024-09-30', '--sample-share', '0.3', '--previous-rate', '80%', '--format', 'json',
      '--docx', join(dir, 't.docx'), '--xlsx', join(dir, 'a.xlsx'), '--html', join(dir, 't.html'), '--md', join(dir, 't.md')]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const r = JSON.parse(run.stdout);
    expect(r.quarter).toBe('2024年第三季度');
    expect(r.sample.checked).toBe(90);
    expect(r.change.previousPercent).toBe(80);
    for (const f of ['t.docx', 'a.xlsx', 't.html', 't.md']) expect(existsSync(join(dir, f))).toBe(true);
    expect(readFileSync(join(dir, 't.md'), 'utf8')).toContain(`本次共选取90个政务新媒体进行检查抽查，合格${r.sample.passed}个`);
    const bad = await cli(['report', '--accounts', 'examples/data/accounts.csv', '--posts', 'examples/data/posts.csv', '--previous-rate', '1.5']);
    expect(bad.code).toBe(2);
  });
});
