import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { cli } from './harness.js';

// Issue 13, kind 8 (calendar edge), case t07-yearend: a message received 2026-12-31 16:00
// whose reply deadline (1 working day, yueqing) needs 2027, beyond the shipped calendar.
// The office runs the CLI in January 2027 (the wall clock is set there so the readers'
// "not in the future" bound accepts December 2026).
const E = 'test/fixtures/cases/edge';
const FILES = ['--accounts', `${E}/t07-yearend-accounts.csv`, '--posts', `${E}/t07-yearend-posts.csv`, '--messages', `${E}/t07-yearend-messages.csv`];

beforeAll(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2027-01-05T02:00:00Z'));
});
afterAll(() => vi.useRealTimers());

const NOTICE = /^govmedia: 注意: 1 条留言答复或备案的时限落在 2027 年，工作日历只覆盖 2019–2026 年：已标为“日历未覆盖”（无法判断是否超期，不计为超期），其余照常计算。补充 2027 年节假日安排：--holidays 文件/m;

describe('calendar edge in the CLI (t07-yearend)', () => {
  it('warn: exit 0, the message is marked 日历未覆盖 (counted, named on stderr), the other account computed', async () => {
    const r = await cli(['warn', ...FILES, '--at', '2027-01-04', '--next', '2027-01-10', '--format', 'json']);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(NOTICE);
    expect(r.stderr).not.toMatch(/内部错误|RangeError/);
    const j = JSON.parse(r.stdout);
    expect(j.calendarNotCovered).toBe(1);
    expect(j.uncoveredYears).toEqual([2027]);
    expect(j.warnings.filter((w: { kind: string }) => w.kind === 'reply')).toEqual([
      expect.objectContaining({ accountId: 'acc2', level: 'yellow', deadline: null, uncoveredYear: 2027, messageId: 'm2' }),
    ]);
    expect(j.units.map((u: { unit: string; status: string }) => [u.unit, u.status])).toEqual([['乙县人民政府办公室', 'yellow'], ['甲市人民政府办公室', 'green']]);
  });

  it('warn as Markdown: the deadline column says 日历未覆盖', async () => {
    const r = await cli(['warn', ...FILES, '--at', '2027-01-04', '--next', '2027-01-10', '--format', 'md']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/\| 黄 \| 乙县人民政府办公室 \| 乙县发布 \| 留言答复 \| 日历未覆盖 \| 2026-12-31 16:00 收到的留言未回复，答复时限落在 2027 年/);
  });

  it('report: exit 0; the message is not counted late but reported apart (日历未覆盖)', async () => {
    const r = await cli(['report', ...FILES, '--at', '2027-01-04', '--format', 'json']);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^govmedia: 注意: 1 条留言答复的时限落在 2027 年，工作日历只覆盖 2019–2026 年：已标为“日历未覆盖”/m);
    const j = JSON.parse(r.stdout);
    expect(j.problems.calendarNotCovered).toEqual({ messages: 1, accounts: 1, years: [2027] });
    expect(j.problems.unansweredAccounts).toEqual([]); // m1 was answered in 20 minutes; m2 is not "late"
    const t = await cli(['report', ...FILES, '--at', '2027-01-04', '--format', 'md']);
    expect(t.stdout).toMatch(/\| 未在规定时限内回复 \| 日历未覆盖 2027 年，无法判断的留言（1 个账号） \| 1 \|/);
  });

  it('--holidays supplies 2027: no notice, the message is counted (red: its deadline 2027-01-04 16:00 has passed)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'govmedia-holidays-'));
    const file = join(dir, '2027.json');
    writeFileSync(file, JSON.stringify({ 2027: { source: 'test: 元旦', off: [['2027-01-01', '2027-01-03']], work: [] } }));
    const r = await cli(['warn', ...FILES, '--at', '2027-01-05', '--next', '2027-01-10', '--holidays', file, '--format', 'json']);
    expect(r.code).toBe(0);
    expect(r.stderr).not.toMatch(/日历未覆盖/);
    const j = JSON.parse(r.stdout);
    expect(j.calendarNotCovered).toBe(0);
    expect(j.warnings.filter((w: { kind: string }) => w.kind === 'reply')).toEqual([expect.objectContaining({ accountId: 'acc2', level: 'red', deadline: '2027-01-04T16:00:00+08:00' })]);
    writeFileSync(file, JSON.stringify({ 2027: { off: [['2027-13-01', '2027-01-03']] } }));
    const bad = await cli(['warn', ...FILES, '--at', '2027-01-05', '--next', '2027-01-10', '--holidays', file]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/2027\.json：日期 "2027-13-01" 无效（应为 YYYY-MM-DD）/);
  });
});

describe('a working-day count that cannot be settled (check --previous --working-days into 2027)', () => {
  it('exit 1 with a Chinese message naming the year and how to supply it, not an internal error', async () => {
    const args = ['--posts', 'examples/data/posts.csv', '--accounts', 'examples/data/accounts.csv', '--roster', 'examples/data/roster.csv', '--format', 'json'];
    const first = await cli(['check', ...args, '--period', '2024-07-01~2024-08-31', '--at', '2024-08-31']);
    expect(first.code).toBe(0);
    const file = join(mkdtempSync(join(tmpdir(), 'govmedia-check-')), 'previous.json');
    writeFileSync(file, first.stdout);
    const r = await cli(['check', ...args, '--at', '2027-01-04', '--previous', file, '--working-days']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^govmedia: 工作日历未覆盖 2027 年（内置日历覆盖 2019–2026 年），无法按工作日计算；warn、report 可用 --holidays 文件补充该年节假日安排（库中用 createWorkingCalendar）\n$/m);
    expect(r.stderr).not.toMatch(/内部错误/);
  });
});
