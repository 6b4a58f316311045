import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readAccounts, readPosts, scoreAccounts, parsePeriod, type PostsTable, type ReadOptions } from '../../src/index.js';
import { readAccountsFile, readPostsFile } from '../../src/io/node/files.js';
import { cli } from '../cli/harness.js';

// Issue 12: every real-shaped export in test/fixtures/cases read through the library
// AND the CLI, with the right values asserted. WCI figures are checked against a hand
// computation of the formula in SPEC §3 (WCI 14.2, ×12, d = 30 for 2024-09), from the
// numbers as they stand in the files, typed here by hand — not from library output.

const CASES = resolve(__dirname, '../fixtures/cases');
const C = 'test/fixtures/cases';
const bytes = (f: string) => new Uint8Array(readFileSync(resolve(CASES, f)));
const SEPT = parsePeriod('2024-09');
const cn = (s: string) => Date.parse(s.replace(' ', 'T') + '+08:00');

/** One post as typed from the file: reads, looks (在看), likes (点赞), headline? */
type P = [r: number, z: number, l: number, headline: boolean];
/** WCI 14.2 ×12 by hand (SPEC §3): g = .85 ln(r+1) + .09 ln(10z+1) + .06 ln(10l+1); O, A, H, P; (.6O+.2A+.1H+.1P)² × 12. */
function wciByHand(posts: P[], d = 30): number {
  const g = (r: number, z: number, l: number) => 0.85 * Math.log(r + 1) + 0.09 * Math.log(10 * z + 1) + 0.06 * Math.log(10 * l + 1);
  const n = posts.length;
  const sum = (k: 0 | 1 | 2, head = false) => posts.filter((p) => !head || p[3]).reduce((s, p) => s + p[k], 0);
  const max = (k: 0 | 1 | 2) => Math.max(...posts.map((p) => p[k]));
  const O = g(sum(0) / d, sum(1) / d, sum(2) / d);
  const A = g(sum(0) / n, sum(1) / n, sum(2) / n);
  const H = g(sum(0, true) / d, sum(1, true) / d, sum(2, true) / d);
  const Pk = g(max(0), max(1), max(2));
  return (0.6 * O + 0.2 * A + 0.1 * H + 0.1 * Pk) ** 2 * 12;
}

// 清博 file, September rows (the 2024-08-31 row is outside the period); `--` = missing = 0.
const GSDATA_QINGSHAN: P[] = [[100001, 1234, 21000, true], [12000, 56, 230, false], [8765, 0, 88, false], [4567, 12, 34, true]];
const GSDATA_SHICHANG: P[] = [[3210, 8, 19, true], [876, 0, 4, false], [23500, 45, 120, true]];
const NEWRANK_QINGSHAN: P[] = [[100001, 1234, 21000, true], [12000, 56, 230, false]];
const NEWRANK_SHICHANG: P[] = [[3210, 8, 19, true], [23500, 45, 120, true]];

const wciOf = (table: PostsTable, account: string) => scoreAccounts(table, { index: 'wci-14.2', period: SEPT }).find((s) => s.accountId === account)?.value;
const rankJson = async (args: string[]) => {
  const r = await cli(['rank', ...args, '--period', '2024-09', '--format', 'json']);
  return { ...r, json: r.code === 0 ? (JSON.parse(r.stdout) as { ranking: { accountId: string; name: string; platform: string | null; level: string | null; articles: number; value: number }[] }) : undefined };
};

describe('hand computation agrees with the figures in the cases README', () => {
  it('清博 944.8568878 / 601.0635280, 新榜 957.1054148 / 610.9177605', () => {
    expect(wciByHand(GSDATA_QINGSHAN)).toBeCloseTo(944.8568878, 6);
    expect(wciByHand(GSDATA_SHICHANG)).toBeCloseTo(601.063528, 6);
    expect(wciByHand(NEWRANK_QINGSHAN)).toBeCloseTo(957.1054148, 6);
    expect(wciByHand(NEWRANK_SHICHANG)).toBeCloseTo(610.9177605, 6);
  });
});

describe.each([
  ['exports/a_gsdata_wechat_gbk.csv'], ['exports/a_gsdata_wechat_utf8.csv'], ['exports/l_gsdata_tab_utf8.txt'], ['exports/l_gsdata_unicode_text_utf16.txt'],
])('清博 WeChat export %s', (file) => {
  it('library: preset gsdata-wechat, 8 rows, 头条/次条/3/第2条 positions, values exact, WCI = hand computation', async () => {
    const r = await readPostsFile(resolve(CASES, file));
    expect(r.preset).toBe('gsdata-wechat');
    expect(r.platform).toBe('wechat');
    expect(r.rejected).toEqual([]);
    expect(r.rejectedCells).toEqual([]);
    expect(r.table.size).toBe(8);
    expect(Array.from(r.table.position)).toEqual([1, 2, 3, 1, 1, 1, 2, 1]);
    expect(Array.from(r.table.reads)).toEqual([100001, 12000, 8765, 4567, 999, 3210, 876, 23500]);
    expect(r.table.looks[0]).toBe(1234);
    expect(Number.isNaN(r.table.looks[2]!)).toBe(true); // `--`
    expect(r.table.likes[0]).toBe(21000); // 2.1万
    expect(Array.from(r.table.original)).toEqual([1, 0, 0, 1, 1, 1, 0, 1]);
    expect(r.table.filterTime(SEPT.start, SEPT.end).size).toBe(7); // the 2024-08-31 23:30 row is outside
    expect(wciOf(r.table, '青山发布')).toBeCloseTo(wciByHand(GSDATA_QINGSHAN), 9);
    expect(wciOf(r.table, '青山市场监管')).toBeCloseTo(wciByHand(GSDATA_SHICHANG), 9);
    expect(r.ignoredColumns).toEqual(['序号', '微信号']);
  });
  it('CLI: rank names the preset on stderr and gives the hand-computed WCI', async () => {
    const { code, stderr, json } = await rankJson(['--posts', `${C}/${file}`]);
    expect(code).toBe(0);
    expect(stderr).toContain('格式 清博·微信（gsdata-wechat），读取 8 行，保留 8 行');
    expect(json!.ranking.map((x) => [x.name, x.articles])).toEqual([['青山发布', 4], ['青山市场监管', 3]]);
    expect(json!.ranking[0]!.value).toBeCloseTo(944.8568878, 6);
    expect(json!.ranking[1]!.value).toBeCloseTo(601.063528, 6);
  });
});

describe('新榜 WeChat export (b_newrank_wechat_gbk.csv)', () => {
  it('library: 文章位置 read (头条/二条), 10w+/2.1w, 原创/非原创; WCI = hand computation', async () => {
    const r = await readPosts(bytes('exports/b_newrank_wechat_gbk.csv'));
    expect(r.preset).toBe('newrank-wechat');
    expect(r.table.size).toBe(4);
    expect(Array.from(r.table.position)).toEqual([1, 2, 1, 1]);
    expect(Array.from(r.table.reads)).toEqual([100001, 12000, 3210, 23500]);
    expect(Array.from(r.table.original)).toEqual([1, 0, 1, 1]);
    expect(r.table.time[0]).toBe(cn('2024-09-01 08:30'));
    expect(r.warnings).toEqual([]); // the position column is there: no "H = 0" warning
    expect(wciOf(r.table, '青山发布')).toBeCloseTo(wciByHand(NEWRANK_QINGSHAN), 9);
    expect(wciOf(r.table, '青山市场监管')).toBeCloseTo(wciByHand(NEWRANK_SHICHANG), 9);
  });
  it('CLI: 957.1054148 and 610.9177605', async () => {
    const { code, stderr, json } = await rankJson(['--posts', `${C}/exports/b_newrank_wechat_gbk.csv`]);
    expect(code).toBe(0);
    expect(stderr).toContain('新榜·微信（newrank-wechat）');
    expect(json!.ranking[0]!.value).toBeCloseTo(957.1054148, 6);
    expect(json!.ranking[1]!.value).toBeCloseTo(610.9177605, 6);
  });
});

describe('公众平台 图文分析 export (c_mp_backend_gbk.csv): one account, no account column', () => {
  it('library: with account, 3 rows; reads = 总阅读次数 (not 总阅读人数), shares = 总分享次数; 20240901 dates; the H = 0 warning', async () => {
    const r = await readPosts(bytes('exports/c_mp_backend_gbk.csv'), { account: '青山发布' });
    expect(r.preset).toBe('mp-backend');
    expect(r.table.size).toBe(3);
    expect(r.table.accountIds).toEqual(['青山发布']);
    expect(Array.from(r.table.reads)).toEqual([120345, 12001, 4567]);
    expect(Array.from(r.table.shares)).toEqual([4012, 301, 61]);
    expect(r.table.titles).toEqual(['青山区召开2024年秋季防汛工作会议', '关于调整部分公交线路的通告', '秋季开学安全提示']);
    expect(r.table.time[2]).toBe(cn('2024-09-30 00:00'));
    expect(r.ignoredColumns).toContain('总阅读人数');
    expect(r.warnings.some((w) => w.includes('H 对每个账号都为 0'))).toBe(true);
  });
  it('library: without account, one clear error naming the option', async () => {
    await expect(readPosts(bytes('exports/c_mp_backend_gbk.csv'))).rejects.toThrow(/每个文件只含一个账号.*--account/);
  });
  it('CLI: --account 青山发布 reads 3 rows; without it exit 1 naming --account', async () => {
    const ok = await rankJson(['--posts', `${C}/exports/c_mp_backend_gbk.csv`, '--account', '青山发布']);
    expect(ok.code).toBe(0);
    expect(ok.json!.ranking).toMatchObject([{ name: '青山发布', articles: 3 }]);
    expect(ok.stderr).toContain('H 对每个账号都为 0');
    const bad = await cli(['rank', '--posts', `${C}/exports/c_mp_backend_gbk.csv`]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('--account');
  });
  it('inferHeadline (opt-in) makes the first article of each push the headline', async () => {
    const r = await readPosts(bytes('exports/c_mp_backend_gbk.csv'), { account: '青山发布', inferHeadline: true });
    expect(Array.from(r.table.position)).toEqual([1, 2, 1]);
  });
});

describe('Weibo export (d_weibo_gbk.csv)', () => {
  it('library: 微博昵称 keys the account, 微博内容 the text, the 转发 row is a repost; 2 accounts', async () => {
    const r = await readPosts(bytes('exports/d_weibo_gbk.csv'));
    expect(r.preset).toBe('weibo');
    expect(r.platform).toBe('weibo');
    expect(r.keyedBy).toBe('accountName');
    expect(r.table.size).toBe(4);
    expect(r.table.accountIds).toEqual(['青山发布', '青山市场监管']);
    expect(Array.from(r.table.original)).toEqual([1, 0, 1, 1]);
    expect(r.table.texts?.[1]).toBe('//@青山市场监管:中秋月饼消费提示');
    expect(Array.from(r.table.shares).slice(0, 1)).toEqual([1234]);
    expect(r.table.likes[0]).toBe(12000);
    expect(r.table.time[0]).toBe(cn('2024-09-01 08:30'));
    expect(r.table.time[2]).toBe(cn('2024-09-03 00:00'));
    expect(r.warnings).toEqual([]); // no headline warning on Weibo
  });
  it('CLI: ranks the 2 accounts with BCI', async () => {
    const r = await cli(['rank', '--posts', `${C}/exports/d_weibo_gbk.csv`, '--index', 'bci-4var', '--period', '2024-09', '--format', 'json']);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('微博导出（weibo）');
    expect((JSON.parse(r.stdout) as { ranking: unknown[] }).ranking).toHaveLength(2);
  });
});

describe('Douyin creator export (e_douyin_gbk.csv)', () => {
  it('library: with account, 作品名称 as the title, plays (播放量 12.3w) kept as reads', async () => {
    const r = await readPosts(bytes('exports/e_douyin_gbk.csv'), { account: '青山发布抖音' });
    expect(r.preset).toBe('douyin');
    expect(r.platform).toBe('douyin');
    expect(r.table.size).toBe(3);
    expect(r.table.titles?.[0]).toBe('青山防汛一线 #防汛 #青山');
    expect(Array.from(r.table.reads)).toEqual([123000, 8765, 3456]);
    expect(Array.from(r.table.likes)).toEqual([11000, 432, 88]);
    expect(Array.from(r.table.shares)).toEqual([456, 33, 2]);
    expect(r.table.time[0]).toBe(cn('2024-09-01 08:30')); // ISO without offset = China time
    expect(r.ignoredColumns).toEqual(expect.arrayContaining(['完播率', '收藏量', '粉丝增量']));
  });
  it('CLI: --account reads it; without, exit 1', async () => {
    const ok = await cli(['rank', '--posts', `${C}/exports/e_douyin_gbk.csv`, '--account', '青山发布抖音', '--index', 'bci-4var', '--platform', 'all', '--period', '2024-09']);
    expect(ok.code).toBe(0);
    expect(ok.stderr).toContain('抖音创作者作品数据（douyin），读取 3 行，保留 3 行');
    expect((await cli(['rank', '--posts', `${C}/exports/e_douyin_gbk.csv`])).code).toBe(1);
  });
});

describe('date and number forms (f1, f2)', () => {
  it('f1_dates_gbk.csv: the readable forms read as China time; the others rejected with a reason each', async () => {
    const r = await readPosts(bytes('exports/f1_dates_gbk.csv'));
    const byTitle = new Map(r.table.titles!.map((t, i) => [t, r.table.time[i]]));
    expect(byTitle.get('斜杠日期')).toBe(cn('2024-09-01 08:30'));
    expect(byTitle.get('中文日期')).toBe(cn('2024-09-01 00:00'));
    expect(byTitle.get('ISO无时区')).toBe(cn('2024-09-01 08:30'));
    expect(byTitle.get('点分隔')).toBe(cn('2024-09-06 08:30'));
    expect(byTitle.get('紧凑日期')).toBe(cn('2024-09-10 00:00'));
    expect(byTitle.get('中文全角冒号')).toBe(cn('2024-09-11 08:30'));
    expect(byTitle.get('ISO带Z')).toBe(Date.UTC(2024, 8, 12, 0, 30));
    expect(r.rejected.map((x) => [x.value, x.reason.split('：')[0]])).toEqual([
      ['45536.35', '纯数字没有单位，不能当作时间'],
      ['="2024-09-03 10:00:00"', 'Excel 公式文本（="…"），不是日期'],
      ['24/9/5 8:30', '两位数年份'],
      ['9/7/2024 8:30', '无法判断日、月的先后'],
      ['2024/9/8 下午 2:30', '不读 12 小时制（上午/下午、AM/PM）'],
    ]);
    expect(r.rejected[0]!.reason).toContain('是 Excel 日期序号吗？');
    expect(r.table.size + r.rejected.length).toBe(17);
  });
  it('f2_numbers_gbk.csv: 1.2万 12000, 10万+ 100001, 1.5亿, --/N/A missing, １２３４ 1234; 12%, 约1万, 1.2k rejected as cells', async () => {
    const r = await readPosts(bytes('exports/f2_numbers_gbk.csv'));
    const byTitle = new Map(r.table.titles!.map((t, i) => [t, r.table.reads[i]]));
    expect(byTitle.get('数0 1.2万')).toBe(12000);
    expect(byTitle.get('数1 10万+')).toBe(100001);
    expect(byTitle.get('数4 10w+')).toBe(100001);
    expect(byTitle.get('数10 1.5亿')).toBe(150_000_000);
    expect(byTitle.get('数9 １２３４')).toBe(1234);
    expect(byTitle.get('数2 1,234')).toBe(1234);
    for (const t of ['数3 --', '数16 N/A', '数14 -']) expect(Number.isNaN(byTitle.get(t)!)).toBe(true);
    expect(r.rejectedCells.map((c) => c.value)).toEqual(expect.arrayContaining(['12%', '约1万', '1.2k', '1.23456万']));
    expect(r.rejected).toEqual([]);
  });
});

describe('bare-number times need a unit (g sheetjs JSON, m API JSON, c16)', () => {
  it('Excel serials: rejected with the hint, read with timeUnit excel (China wall clock)', async () => {
    const no = await readPosts(bytes('exports/g_gsdata_wechat_sheetjs.json'));
    expect(no.table.size).toBe(0);
    expect(no.rejected[0]!.reason).toContain('是 Excel 日期序号吗？');
    const yes = await readPosts(bytes('exports/g_gsdata_wechat_sheetjs.json'), { timeUnit: 'excel' });
    expect(Array.from(yes.table.time)).toEqual([cn('2024-09-01 08:30'), cn('2024-09-01 08:30'), cn('2024-09-02 17:05')]);
    const c = await cli(['rank', '--posts', `${C}/exports/g_gsdata_wechat_sheetjs.json`, '--time-unit', 'excel', '--period', '2024-09']);
    expect(c.code).toBe(0);
    expect((await cli(['rank', '--posts', `${C}/exports/g_gsdata_wechat_sheetjs.json`])).code).toBe(1);
  });
  it('epoch seconds: never 1970; read with timeUnit s', async () => {
    const no = await readPosts(bytes('exports/m_api_epoch_seconds.json'));
    expect(no.rejected.map((x) => x.reason)).toEqual([expect.stringContaining('是 Unix 秒数吗？'), expect.stringContaining('是 Unix 秒数吗？')]);
    const yes = await readPosts(bytes('exports/m_api_epoch_seconds.json'), { timeUnit: 's' });
    expect(Array.from(yes.table.time)).toEqual([cn('2024-09-01 08:30'), cn('2024-09-01 08:30')]);
    expect((await cli(['rank', '--posts', `${C}/exports/m_api_epoch_seconds.json`, '--time-unit', 's', '--period', '2024-09'])).code).toBe(0);
    expect((await cli(['rank', '--posts', `${C}/exports/m_api_epoch_seconds.json`, '--time-unit', 'hours'])).code).toBe(2);
  });
  it('c16: 1e20 rejected with row and column, with or without a unit; the CLI exits 1 (0 of 1 rows)', async () => {
    for (const o of [{}, { timeUnit: 'ms' as const }]) {
      const r = await readPosts(bytes('edge/c16_time_1e20_only.json'), o);
      expect(r.rejected).toMatchObject([{ row: 1, column: '发布时间' }]);
    }
    const c = await cli(['rank', '--posts', `${C}/edge/c16_time_1e20_only.json`]);
    expect(c.code).toBe(1);
    expect(c.stderr).toContain('读取 0 行（共 1 行）');
  });
});

describe('ledgers as offices write them (h_*)', () => {
  it('h_ledger_real_labels_gbk.csv: 6 accounts; 微信 3, 微博 2, 抖音 1; county 5, township 1; 停止更新 = suspended; 8.5万 = 85000', async () => {
    const r = await readAccounts(bytes('exports/h_ledger_real_labels_gbk.csv'));
    expect(r.rejected).toEqual([]);
    expect(r.records).toHaveLength(6);
    const count = (k: 'platform' | 'level') => Object.fromEntries([...new Set(r.records.map((a) => a[k]))].map((v) => [v, r.records.filter((a) => a[k] === v).length]));
    expect(count('platform')).toEqual({ wechat: 3, weibo: 2, douyin: 1 });
    expect(count('level')).toEqual({ county: 5, township: 1 });
    expect(r.records[0]!.followers).toBe(85000);
    expect(r.records[4]!.status).toBe('suspended');
    expect(r.records[0]!.id).toBe('青山发布@wechat'); // no 账号ID: name + platform
    const c = await cli(['census', '--accounts', `${C}/exports/h_ledger_real_labels_gbk.csv`, '--format', 'json']);
    expect(c.code).toBe(0);
    const j = JSON.parse(c.stdout) as { accountCount: number; byPlatform: { platform: string; count: number }[]; byLevel: { level: string; count: number }[] };
    expect(j.accountCount).toBe(6);
    expect(j.byPlatform.map((x) => [x.platform, x.count])).toEqual([['wechat', 3], ['weibo', 2], ['douyin', 1]]);
    expect(j.byLevel.map((x) => [x.level, x.count])).toEqual([['county', 5], ['township', 1]]);
  });
  it('h_ledger_adapted_gbk.csv + name-keyed 清博 posts: rank --accounts lists the WeChat accounts with platform and level', async () => {
    const { code, stderr, json } = await rankJson(['--posts', `${C}/exports/a_gsdata_wechat_numeric_position_utf8.csv`, '--accounts', `${C}/exports/h_ledger_adapted_gbk.csv`]);
    expect(code).toBe(0);
    expect(json!.ranking.map((x) => [x.accountId, x.name, x.platform, x.level])).toEqual([['WX001', '青山发布', 'wechat', 'county'], ['WX002', '青山市场监管', 'wechat', 'county']]);
    expect(json!.ranking[0]!.value).toBeCloseTo(wciByHand(GSDATA_QINGSHAN), 9);
    expect(stderr).toContain('台账中没有发文的账号（1 个）: 青山区柳塘镇');
  });
  it('h_ledger_id_is_name_gbk.csv: the id on two platforms reported and kept as two accounts (id@platform); posts join by name + platform', async () => {
    const r = await readAccountsFile(resolve(CASES, 'exports/h_ledger_id_is_name_gbk.csv'));
    expect(r.records).toHaveLength(5);
    expect(r.rejected).toEqual([]);
    expect(r.warnings).toEqual([expect.stringMatching(/账号ID“青山发布”在不同平台重复，按名称\+平台区分为不同账号：第 2 行 → 青山发布@wechat，第 3 行 → 青山发布@weibo/)]);
    const { code, stderr, json } = await rankJson(['--posts', `${C}/exports/a_gsdata_wechat_gbk.csv`, '--accounts', `${C}/exports/h_ledger_id_is_name_gbk.csv`]);
    expect(code).toBe(0);
    expect(stderr).toContain('账号ID“青山发布”在不同平台重复');
    expect(json!.ranking.map((x) => [x.accountId, x.platform])).toEqual([['青山发布@wechat', 'wechat'], ['青山市场监管', 'wechat']]);
    // A warning, not a rejection: --strict still reads the ledger.
    expect((await cli(['census', '--accounts', `${C}/exports/h_ledger_id_is_name_gbk.csv`, '--strict'])).code).toBe(0);
  });
  it('h_ledger_adapted_noid_gbk.csv: ids from name + platform', async () => {
    const r = await readAccounts(bytes('exports/h_ledger_adapted_noid_gbk.csv'));
    expect(r.records.map((a) => a.id)).toEqual(['青山发布@wechat', '青山发布@weibo', '青山发布抖音@douyin', '青山市场监管@wechat', '青山区柳塘镇@wechat', '青山市场监管@weibo']);
  });
  it('a ledger with neither 账号ID nor name + platform: the error names the columns that exist', async () => {
    const r = await readAccounts('单位名,主办单位,层级\n青山发布,青山区政府办,县级\n');
    expect(r.records).toEqual([]);
    expect(r.rejected[0]!.reason).toMatch(/账号ID.*账号名称.*平台.*单位名/);
  });
  it('valueAliases: a locality’s own labels (CLI --aliases)', async () => {
    const csv = '账号ID,账号名称,平台,主办单位,层级\nK1,开发区发布,政务号,开发区管委会,开发区\n';
    expect((await readAccounts(csv)).records).toHaveLength(0);
    const r = await readAccounts(csv, { valueAliases: { level: { 开发区: 'county' }, platform: { 政务号: 'toutiao' } } });
    expect(r.records[0]).toMatchObject({ level: 'county', platform: 'toutiao' });
  });
  it('d16: nested JSON accounts read back unchanged; fraud and closed channels fail inspection', async () => {
    const raw = JSON.parse(readFileSync(resolve(CASES, 'edge/d16_accounts_nested.json'), 'utf8')) as object[];
    const r = await readAccounts(bytes('edge/d16_accounts_nested.json'));
    expect(r.records[0]).toMatchObject(raw[0]!);
    const c = await cli(['inspect', '--accounts', `${C}/edge/d16_accounts_nested.json`, '--posts', `${C}/edge/d16_posts.csv`, '--period', '2024-09', '--format', 'json']);
    expect(c.code).toBe(0);
    const v = (JSON.parse(c.stdout) as { verdicts: { verdict: string; reasons: { rule: string }[] }[] }).verdicts[0]!;
    expect(v.verdict).toBe('fail');
    expect(v.reasons.map((x) => x.rule)).toEqual(expect.arrayContaining(['veto.channel', 'veto.fraud']));
  });
  it('d18: posts keyed by name join the sample ledger by name', async () => {
    const { code, json } = await rankJson(['--posts', `${C}/edge/d18_posts_by_name.csv`, '--accounts', 'examples/data/accounts.csv']);
    expect(code).toBe(0);
    expect(json!.ranking.map((x) => [x.accountId, x.name])).toEqual([['A00001', '江州发布'], ['A00002', '江州市住房和城乡建设局微讯']]);
  });
});

describe('duplicates, ids and defects (edge/)', () => {
  it('b15: the same post three times counted once, "2 duplicates"; keepDuplicates keeps them', async () => {
    const r = await readPosts(bytes('edge/b15_dup_posts.csv'));
    expect(r.duplicates).toBe(2);
    expect(r.table.size).toBe(4);
    expect(r.warnings.some((w) => w.includes('P3'))).toBe(true); // same id, another time: two posts, told
    expect((await readPosts(bytes('edge/b15_dup_posts.csv'), { keepDuplicates: true })).table.size).toBe(6);
    const c = await cli(['rank', '--posts', `${C}/edge/b15_dup_posts.csv`]);
    expect(c.stderr).toContain('重复 2 行已去除');
  });
  it('i_weibo_duplicates_gbk.csv: reposts by other accounts are not merged as duplicates', async () => {
    const r = await readPosts(bytes('exports/i_weibo_duplicates_gbk.csv'));
    expect(r.table.size).toBe(24);
    expect(r.duplicates).toBe(0);
  });
  it('two overlapping exports (--posts twice) count each post once and give the same WCI', async () => {
    const { code, stderr, json } = await rankJson(['--posts', `${C}/exports/a_gsdata_wechat_utf8.csv`, '--posts', `${C}/exports/a_gsdata_wechat_gbk.csv`]);
    expect(code).toBe(0);
    expect(stderr).toContain('多个文件之间重复的文章 8 篇，只计一次');
    expect(json!.ranking.map((x) => x.articles)).toEqual([4, 3]);
    expect(json!.ranking[0]!.value).toBeCloseTo(944.8568878, 6);
  });
  it('t17: ids that look like Excel scientific notation: a warning, and ids not used to merge posts', async () => {
    const r = await readPosts(bytes('edge/t17-excel-ids.csv'));
    expect(r.warnings.some((w) => w.includes('科学计数法'))).toBe(true);
    expect(r.table.size).toBe(3); // rows 1 and 2 share a mangled id but differ in time: both kept; row 4 repeats row 1
    expect((await cli(['rank', '--posts', `${C}/edge/t17-excel-ids.csv`])).stderr).toContain('科学计数法');
  });
  it('j64: integer ids beyond 2^53 are rejected with "quote the id", never collapsed into one', async () => {
    const r = await readPosts(bytes('edge/j64_bigint_ids.json'));
    expect(r.rejectedCells.map((c) => c.reason)).toEqual([expect.stringContaining('给该 ID 加引号'), expect.stringContaining('给该 ID 加引号')]);
    expect(r.table.size).toBe(2);
    expect(r.table.ids).toBeUndefined();
  });
  it('b14: the 2099 post rejected as implausible; the others read', async () => {
    const r = await readPosts(bytes('edge/b14_posts_future.csv'));
    expect(r.table.size).toBe(2);
    expect(r.rejected).toMatchObject([{ row: 3, column: '发布时间', reason: expect.stringContaining('时间不合理 2099-01-01') }]);
    // the range is an option
    const far = await readPosts(bytes('edge/b14_posts_future.csv'), { timeBounds: { max: Date.UTC(2100, 0, 1) } });
    expect(far.table.size).toBe(3);
  });
  it('c17: counts of 1e308 rejected as cells with row and column; nothing sums to Infinity', async () => {
    const r = await readPosts(bytes('edge/c17_e308_twice.json'));
    expect(r.rejectedCells).toMatchObject([{ row: 1, column: '阅读数' }, { row: 2, column: '阅读数' }]);
    const scores = scoreAccounts(r.table, { period: SEPT });
    expect(scores.every((s) => s.value === null || Number.isFinite(s.value))).toBe(true);
  });
  it('a bad optional cell (在看数 abc) loses the cell, a bad account or time the row', async () => {
    const r = await readPosts('账号ID,发布时间,阅读数,在看数\na,2024-09-01 08:00,10,abc\n,2024-09-01 09:00,5,1\nb,someday,5,1\n');
    expect(r.table.size).toBe(1);
    expect(Number.isNaN(r.table.looks[0]!)).toBe(true);
    expect(r.rejectedCells).toMatchObject([{ row: 2, column: '在看数' }]);
    expect(r.rejected.map((x) => [x.row, x.column])).toEqual([[3, '账号ID'], [4, '发布时间']]);
  });
});

describe('b_values.csv: each value rejected or read exactly, the same on both read paths', () => {
  it('fast path and regular path agree; nothing rounded', async () => {
    const at = Date.UTC(2026, 0, 1); // fixed read time: the plausibility bound is quoted in reasons
    const fast = await readPosts(bytes('edge/b_values.csv'), { at });
    const slow = await readPosts(bytes('edge/b_values.csv'), { fastPath: false, at });
    expect([...fast.table.rows()]).toEqual([...slow.table.rows()]);
    expect(fast.rejected).toEqual(slow.rejected);
    expect(fast.rejectedCells).toEqual(slow.rejectedCells);
    const reads = new Map([...fast.table.rows()].map((p) => [p.accountId, p.reads]));
    expect(reads.get('A_yi')).toBe(120_000_000);
    expect(reads.get('A_fullwidth')).toBe(123);
    expect(reads.get('A_fullwidth_wan')).toBe(100001);
    expect(reads.get('A_comma_fw')).toBe(3456);
    expect(reads.get('A_leading_zero')).toBe(7);
    expect(reads.get('A_w_lower')).toBe(30000);
    for (const id of ['A_neg_reads', 'A_nan', 'A_inf', 'A_e308', 'A_big1', 'A_big2', 'A_frac_wan', 'A_frac', 'A_hex', 'A_k']) expect(reads.get(id)).toBeUndefined();
    // Blank, U+3000, NBSP and zero-width ids are missing ids: the row is rejected on both paths.
    expect(fast.rejected.filter((x) => x.reason === '缺少账号ID')).toHaveLength(5);
    for (const v of fast.table.reads) expect(Number.isNaN(v) || (Number.isSafeInteger(v) && v >= 0)).toBe(true);
  });
});

describe.each([
  ['exports/a_gsdata_wechat_gbk.csv', {}], ['exports/b_newrank_wechat_gbk.csv', {}], ['exports/c_mp_backend_gbk.csv', { account: '青山发布' }],
  ['exports/d_weibo_gbk.csv', {}], ['exports/e_douyin_gbk.csv', { account: 'x' }], ['exports/f1_dates_gbk.csv', {}], ['exports/f2_numbers_gbk.csv', {}],
  ['exports/a_gsdata_wechat_utf8.csv', {}], ['exports/k_ragged_utf8.csv', {}], ['edge/b15_dup_posts.csv', {}], ['edge/t17-excel-ids.csv', {}], ['edge/b14_posts_future.csv', {}],
] as [string, ReadOptions][])('%s: both read paths agree', (file, options) => {
  it('same table, rejections, cells, duplicates and preset', async () => {
    const at = Date.UTC(2026, 0, 1);
    const a = await readPosts(bytes(file), { ...options, at });
    const b = await readPosts(bytes(file), { ...options, fastPath: false, at });
    expect([...a.table.rows()]).toEqual([...b.table.rows()]);
    expect([a.rejected, a.rejectedCells, a.duplicates, a.preset, a.warnings]).toEqual([b.rejected, b.rejectedCells, b.duplicates, b.preset, b.warnings]);
  });
});
