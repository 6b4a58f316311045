import { spawn } from 'node:child_process';
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run-cli.js';
import { INDEX_CATALOG } from '../../src/indices/index.js';
import { reportToCsv, reportToMarkdown } from '../../src/report/index.js';
import { cli, ROOT } from './harness.js';

// Issue 13, one block per kind: every command tells the truth (exit codes 0/1/2,
// messages naming file, line and column), refuses what it cannot do before reading,
// and prints nothing that drives a terminal.
const SAMPLE = 'examples/data';
const EDGE = 'test/fixtures/cases/edge';
const POSTS = ['--posts', `${SAMPLE}/posts.csv`];
const ACCOUNTS = ['--accounts', `${SAMPLE}/accounts.csv`];
/** Control sequences and direction overrides that must never reach a terminal. */
const CONTROL = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/;

describe('kind 1: exit codes and summaries', () => {
  it.each([
    ['a07_empty.csv', '文件是空的'],
    ['a08_only_bom.csv', '只有字节顺序标记 BOM'],
  ])('%s: exit 1 "没有表头" naming the required columns, with and without --strict, nothing on stdout', async (file, why) => {
    for (const strict of [[], ['--strict']]) {
      const r = await cli(['homogeneity', '--posts', `${EDGE}/${file}`, ...strict]);
      expect(r.code).toBe(1);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(new RegExp(`^govmedia: ${EDGE}/${file}：没有表头（${why}.*至少包括 账号ID（或 账号名称）、发布时间.*\n$`));
    }
  });

  it('a header and no data row: exit 1 "读取 0 行（共 0 行）"', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'govmedia-truth-'));
    writeFileSync(join(dir, 'p.csv'), '\uFEFF账号ID,发布时间,阅读数\r\n');
    const r = await cli(['homogeneity', '--posts', join(dir, 'p.csv'), '--strict']);
    expect(r).toEqual({ code: 1, stdout: '', stderr: `govmedia: ${join(dir, 'p.csv')}：读取 0 行（共 0 行）：文件为空，或只有表头、没有数据行\n` });
  });

  it('a file whose every row is bad: exit 1 "读取 0 行（共 N 行）" naming the first bad line, never an empty report', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'govmedia-truth-'));
    writeFileSync(join(dir, 'p.csv'), '账号ID,发布时间,阅读数\na,2024-09-31 08:00,1\nb,昨天,2\n');
    const r = await cli(['rank', '--posts', join(dir, 'p.csv'), '--platform', 'all']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(new RegExp(`^govmedia: ${join(dir, 'p.csv')}：读取 0 行（共 2 行）：第 2 行，列“发布时间”：不是日期时间："2024-09-31 08:00"`));
  });

  it('a --period the posts do not reach: exit 1 naming the period and the data’s range', async () => {
    const r = await cli(['rank', ...POSTS, ...ACCOUNTS, '--period', '2023-01']);
    expect(r).toEqual({ code: 1, stdout: '', stderr: `govmedia: ${SAMPLE}/posts.csv：统计周期 2023-01 内没有帖子（文件中的帖子发布于 2024-07-01 至 2024-09-30）\n` });
  });

  it('nothing to rank (the accounts file knows none of the posts’ accounts): exit 1, not an empty table', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'govmedia-truth-'));
    writeFileSync(join(dir, 'acc.csv'), '账号ID,账号名称,平台,主办单位,层级\nZ1,别处发布,微信,别处,县级\n');
    const r = await cli(['rank', ...POSTS, '--accounts', join(dir, 'acc.csv'), '--period', '2024-09']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/发文账号不在台账中/);
    expect(r.stderr).toMatch(/：没有可排名的微信账号/);
  });

  it('the summary counts rejected ROWS (two bad cells in one row count once) and states the line numbering', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'govmedia-truth-'));
    const file = join(dir, 'p.csv');
    writeFileSync(file, '账号ID,发布时间,阅读数\na,2024-09-01 08:00,10\n,2024-09-01 09:00,x\nb,2024-13-01 08:00,y\nc,2024-09-02 08:00,20\n');
    const r = await cli(['rank', '--posts', file, '--platform', 'all', '--format', 'json']);
    expect(r.code).toBe(0);
    const lines = r.stderr.trim().split('\n');
    expect(lines.filter((l) => l.includes(' 第 3 行'))).toHaveLength(2); // two rejections on line 3
    expect(lines.filter((l) => l.includes(' 第 4 行'))).toHaveLength(2); // two on line 4
    expect(lines).toContain(`govmedia: ${file}：跳过 2 行有误的数据，共 4 行，读取 2 行（行号同表格软件，表头为第 1 行；加 --strict 则出错即停）`);
  });

  it('Excel rows made of commas are skipped quietly (t15)', async () => {
    const r = await cli(['rank', '--posts', `${EDGE}/t15-excel-trailing-commas.csv`, '--platform', 'all', '--format', 'json']);
    expect(r.code).toBe(0);
    expect(r.stderr).not.toMatch(/跳过|第 \d+ 行/); // no rejection, no summary (the file has no position column: that note stays)
  });

  it('line numbers are the spreadsheet’s (header = line 1): the line named holds the bad value', async () => {
    const r = await cli(['homogeneity', '--posts', 'test/fixtures/cli/data/bad-posts.csv', '--format', 'json']);
    const m = /第 (\d+) 行，列“阅读数”：不是计数（须为 ≥ 0 的数）："abc"/.exec(r.stderr)!;
    const line = readFileSync(resolve(ROOT, 'test/fixtures/cli/data/bad-posts.csv'), 'utf8').split('\n')[Number(m[1]) - 1]!;
    expect(line.split(',')).toContain('abc');
  });

  it('an internal error: one line, exit 1 (codes stay 0/1/2), no stack; GOVMEDIA_DEBUG=1 adds the stack', async () => {
    const run = async () => {
      let stderr = '';
      const code = await runCli(['census', '--accounts', `${SAMPLE}/accounts.csv`], {
        stdout: { write: () => { throw new TypeError('boom\n  at somewhere'); } },
        stderr: { write: (s: string) => (stderr += s) },
        cwd: ROOT,
      });
      return { code, stderr };
    };
    const r = await run();
    expect(r).toEqual({ code: 1, stderr: 'govmedia: 内部错误：TypeError: boom at somewhere（设 GOVMEDIA_DEBUG=1 可显示调用栈）\n' });
    process.env.GOVMEDIA_DEBUG = '1';
    try {
      const d = await run();
      expect(d.code).toBe(1);
      expect(d.stderr).toMatch(/^govmedia: 内部错误：TypeError: boom at somewhere\nTypeError: boom\n/);
      expect(d.stderr).toMatch(/\n\s+at /);
    } finally {
      delete process.env.GOVMEDIA_DEBUG;
    }
  });
});

describe('kind 2: every catalog index ranks or is refused up front', () => {
  // The sample province's accounts file has followers but no follower history, so DCI and
  // BVCI (fans gained) are invalid input there (exit 1, naming what is missing and who);
  // weibo-city is made of ready-made scores no file holds (exit 2, up front).
  const EXPECTED: Record<string, 0 | 1 | 2> = { 'dci': 1, 'bvci-2.0': 1, 'weibo-city-2023Q3': 2 };
  it.each(Object.keys(INDEX_CATALOG))('rank --index %s on the sample province', async (id) => {
    const r = await cli(['rank', ...POSTS, ...ACCOUNTS, '--period', '2024-09', '--index', id, '--platform', 'all', '--format', 'json']);
    expect(r.code).toBe(EXPECTED[id] ?? 0);
    if (r.code === 0) {
      const ranking = JSON.parse(r.stdout).ranking as { rank: number | null; value: number | null }[];
      expect(ranking.length).toBeGreaterThan(0);
      expect(ranking[0]!.rank).toBe(1);
      expect(r.stderr).toBe('');
    } else if (r.code === 1) {
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(new RegExp(`^govmedia: examples/data/posts\\.csv：无法计算 ${id.replace('.', '\\.')}：需要统计周期内各账号的粉丝变化.+；\\d+ 个账号缺少：A\\d+`));
    } else {
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(new RegExp(`^govmedia: --index ${id.replace('.', '\\.')}：不能从帖子文件排名：.+；可用 .+\n$`));
    }
  });

  it('a refused index is refused before any file is read (a missing posts file is not even looked at)', async () => {
    for (const cmd of ['rank', 'shortlist']) {
      const r = await cli([cmd, '--posts', 'no/such.csv', '--accounts', 'no/such-accounts.csv', '--index', 'weibo-city-2023Q3']);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/^govmedia: --index weibo-city-2023Q3：不能从帖子文件排名：政务微博城市竞争力由传播力、服务力、互动力三项现成得分合成/);
    }
  });

  it.each(['dci', 'bvci-2.0'])('%s without --accounts (its followers come from there) is refused before any file is read', async (id) => {
    const r = await cli(['rank', '--posts', 'no/such.csv', '--index', id]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(new RegExp(`^govmedia: --index ${id.replace('.', '\\.')}：需要 --accounts（.+读取各账号的粉丝数`));
  });

  // The accounts reader does not carry `followerHistory` from JSON yet (ingestion's part,
  // case d16): until it does, DCI from files is refused as invalid input naming what is
  // missing. When it does, this test's second half runs and DCI ranks the Douyin accounts.
  it('DCI from files: ranks the Douyin accounts when --accounts gives followers and their history, else exit 1 naming what is missing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'govmedia-truth-'));
    writeFileSync(join(dir, 'posts.csv'), '账号ID,发布时间,位置,阅读数,点赞数,评论数,转发数\ndy1,2024-09-02 10:00,1,5000,300,20,10\ndy2,2024-09-03 10:00,1,8000,100,5,1\nwx1,2024-09-03 10:00,1,9000,50,5,1\n');
    const acc = (id: string, platform: string, f0: number, f1: number) => ({
      id, name: `${id}号`, platform, unit: `单位${id}`, level: 'county', followers: f1, followerHistory: [['2024-08-31 00:00', f0], ['2024-10-01 00:00', f1]],
    });
    writeFileSync(join(dir, 'accounts.json'), JSON.stringify([acc('dy1', 'douyin', 1000, 1500), acc('dy2', 'douyin', 900, 800), acc('wx1', 'wechat', 100, 120)]));
    const r = await cli(['rank', '--posts', join(dir, 'posts.csv'), '--accounts', join(dir, 'accounts.json'), '--period', '2024-09', '--index', 'dci', '--format', 'json']);
    if (r.code === 1) {
      expect(r.stderr).toBe(`govmedia: ${join(dir, 'posts.csv')}：无法计算 dci：需要统计周期内各账号的粉丝变化（账号文件的 followerHistory：周期开始时及之前、周期结束后各有一个粉丝数）；2 个账号缺少：dy1、dy2\n`);
      return;
    }
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const ranking = JSON.parse(r.stdout).ranking as { accountId: string; platform: string; rank: number | null }[];
    expect(ranking.map((x) => [x.accountId, x.platform, x.rank])).toEqual([['dy1', 'douyin', 1], ['dy2', 'douyin', 2]]);
  });

  it('index computes every catalog index from statistics on the command line', async () => {
    const given: Record<string, string[]> = {
      'bci-7var': ['--post-count', '120', '--original-posts', '80', '--reposts', '500', '--comments', '300', '--original-reposts', '400', '--original-comments', '250', '--likes', '2000'],
      'bci-4var': ['--post-count', '120', '--reposts', '500', '--comments', '300', '--likes', '2000'],
      dci: ['--videos', '12', '--likes', '5000', '--comments', '300', '--shares', '200', '--new-fans', '-30', '--fans', '80000'],
      'bvci-2.0': ['--days', '30', '--videos', '12', '--plays', '90000', '--comments', '300', '--fans', '8000', '--fans-gained', '120'],
      'weibo-city-2023Q3': ['--reach', '80', '--service', '70', '--interaction', '60'],
    };
    for (const [id, args] of Object.entries(given)) {
      const r = await cli(['index', '--index', id, ...args, '--format', 'json']);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expect(Number.isFinite(JSON.parse(r.stdout).value)).toBe(true);
    }
    const city = await cli(['index', '--index', 'weibo-city-2023Q3', ...given['weibo-city-2023Q3']!, '--format', 'json']);
    expect(JSON.parse(city.stdout).value).toBeCloseTo(0.3 * 80 + 0.35 * 70 + 0.35 * 60, 10);
  });

  it('index --index bci without the 7-variable inputs is refused (exit 2) naming what is missing, not computed with zeros', async () => {
    const r = await cli(['index', '--index', 'bci', '--post-count', '120', '--reposts', '500', '--comments', '300', '--likes', '2000']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('govmedia: bci-7var：缺少输入 --original-posts --original-reposts --original-comments（BCI (7 variables) 读取 --post-count --original-posts --likes --reposts --original-reposts --comments --original-comments；缺的不按 0 计算）\n');
  });

  it('index has no --posts (it names the posts FILE elsewhere): BCI’s X1 is --post-count', async () => {
    const r = await cli(['index', '--index', 'bci-4var', '--posts', '120']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('govmedia: --posts：index 不读帖子文件（--posts 在其他命令中是帖子文件）；BCI 的发博数 X1 请用 --post-count\n');
  });
});

describe('kind 3: platform defaults', () => {
  it('without --accounts, a platform index ranks the posts file’s accounts and says it could not tell their platform', async () => {
    const r = await cli(['rank', ...POSTS, '--period', '2024-09', '--top-n', '1']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('govmedia: 提示：未给 --accounts，无法判断各账号的平台；WCI 14.2 按帖子文件中的全部账号排名（其中若有非微信账号，请给 --accounts）\n');
  });
  it('with --accounts, WCI ranks only the WeChat accounts', async () => {
    const r = await cli(['rank', ...POSTS, ...ACCOUNTS, '--period', '2024-09', '--format', 'json']);
    const ranking = JSON.parse(r.stdout).ranking as { platform: string }[];
    expect(new Set(ranking.map((x) => x.platform))).toEqual(new Set(['wechat']));
  });
  it('a Weibo or Douyin export given to WCI without --accounts is refused (exit 1) naming the platform and the index to use', async () => {
    const weibo = 'test/fixtures/cases/exports/d_weibo_gbk.csv';
    const r = await cli(['rank', '--posts', weibo, '--period', '2024-09']);
    expect(r).toMatchObject({ code: 1, stdout: '' });
    expect(r.stderr).toContain(`${weibo}：是微博导出（weibo），WCI 14.2 是微信账号的指数，不对其他平台的账号排名；请用该平台的指数（--index bci-4var 或 bci-7var）`);
    const douyin = await cli(['rank', '--posts', 'test/fixtures/cases/exports/e_douyin_gbk.csv', '--account', '青山发布']);
    expect(douyin.code).toBe(1);
    expect(douyin.stderr).toContain('请用该平台的指数（--index dci）');
    // The platform's own index ranks the same file; --platform all ranks it anyway, as asked.
    const bci = await cli(['rank', '--posts', weibo, '--index', 'bci-4var', '--format', 'json']);
    expect(bci.code).toBe(0);
    expect(JSON.parse(bci.stdout).ranking.map((x: { name: string }) => x.name)).toEqual(['青山发布', '青山市场监管']);
    expect((await cli(['rank', '--posts', weibo, '--platform', 'all', '--format', 'json'])).code).toBe(0);
  });
  it('a WeChat export (清博 preset) ranks with WCI without the could-not-tell warning', async () => {
    const r = await cli(['rank', '--posts', 'test/fixtures/cases/exports/a_gsdata_wechat_utf8.csv', '--period', '2024-09', '--format', 'json']);
    expect(r.code).toBe(0);
    expect(r.stderr).not.toContain('无法判断各账号的平台');
    // Names from the export's 账号名称, 平台 from its preset (no ledger to say it).
    const ranking = JSON.parse(r.stdout).ranking as { name: string; platform: string | null }[];
    expect(ranking.map((x) => [x.name, x.platform])).toEqual([['青山发布', 'wechat'], ['青山市场监管', 'wechat']]);
    const weibo = await cli(['rank', '--posts', 'test/fixtures/cases/exports/d_weibo_gbk.csv', '--index', 'bci-4var']);
    expect(weibo.stdout).toMatch(/│ +1 │ 青山发布 +│ 微博 │/);
    // The sample's own-template file names no platform: the column stays empty.
    const own = await cli(['rank', ...POSTS, '--period', '2024-09', '--top-n', '1', '--format', 'json']);
    expect(JSON.parse(own.stdout).ranking[0].platform).toBeNull();
  });
  it('inspect with a WeChat-only export checks only the ledger\'s WeChat accounts and names the others as not checked', async () => {
    const C = 'test/fixtures/cases/exports';
    const r = await cli(['inspect', '--posts', `${C}/a_gsdata_wechat_gbk.csv`, '--accounts', `${C}/h_ledger_real_labels_gbk.csv`, '--at', '2024-09-30', '--format', 'json']);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('台账中 3 个微博、抖音账号没有对应平台的帖子文件，本次未检查');
    const out = JSON.parse(r.stdout) as { checked: number; verdicts: { platform?: string; account?: { platform: string } }[] };
    expect(out.checked).toBe(3); // the ledger's 3 WeChat accounts, not its 2 Weibo and 1 Douyin accounts
    // The sample's own-template posts file cannot tell a platform: the whole ledger is checked, as before.
    const all = await cli(['inspect', ...POSTS, ...ACCOUNTS, '--at', '2024-09-30', '--format', 'json']);
    expect(all.stderr).not.toContain('本次未检查');
  });
  it('--platform without --accounts on a file that names no platform is a usage error (exit 2)', async () => {
    const r = await cli(['rank', ...POSTS, '--platform', '微博']);
    expect(r).toMatchObject({ code: 2, stdout: '' });
    expect(r.stderr).toBe('govmedia: --platform 需要 --accounts（各账号的平台来自账号文件；examples/data/posts.csv 不是能认出平台的导出）\n');
  });
  it('--platform without --accounts on a Weibo export: 微博 ranks the file (the filter keeps all), another platform is a usage error naming the export', async () => {
    const weibo = 'test/fixtures/cases/exports/d_weibo_gbk.csv';
    const r = await cli(['rank', '--posts', weibo, '--index', 'bci-4var', '--platform', '微博', '--format', 'json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { platform: string; ranking: { name: string; platform: string }[] };
    expect(out.platform).toBe('weibo');
    expect(out.ranking.map((x) => [x.name, x.platform])).toEqual([['青山发布', 'weibo'], ['青山市场监管', 'weibo']]);
    const table = await cli(['rank', '--posts', weibo, '--index', 'bci-4var', '--platform', 'weibo']);
    expect(table.stdout).toContain('BCI (4 variables) 微博账号排行');
    const wechat = await cli(['rank', '--posts', weibo, '--index', 'bci-4var', '--platform', '微信']);
    expect(wechat).toMatchObject({ code: 2, stdout: '' });
    expect(wechat.stderr).toContain(`govmedia: --platform 微信：${weibo} 是微博导出（weibo），其中没有微信账号`);
  });
  it('without --accounts, the names come from the posts file’s 账号名称 column beside its ids', async () => {
    const r = await cli(['rank', ...POSTS, '--period', '2024-09', '--top-n', '2', '--format', 'json']);
    expect(r.code).toBe(0);
    const ranking = JSON.parse(r.stdout).ranking as { accountId: string; name: string }[];
    expect(ranking.map((x) => [x.accountId, x.name])).toEqual([['A00001', '江州发布'], ['A00052', '白沙市卫生健康委员会发布']]);
    const table = await cli(['rank', ...POSTS, '--period', '2024-09', '--top-n', '1']);
    expect(table.stdout).toMatch(/│ +1 │ 江州发布 +│/);
  });
  it('without --accounts, an account renamed in the period shows its latest post’s name, in any row order', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'govmedia-names-'));
    const rows = ['A,旧名,2024-09-01 10:00,1,100,1,1', 'A,新名,2024-09-20 10:00,1,100,1,1', 'B,乙号,2024-09-02 10:00,1,50,1,1'];
    for (const [i, order] of [rows, [...rows].reverse()].entries()) {
      const file = join(dir, `posts-${i}.csv`);
      writeFileSync(file, ['账号ID,账号名称,发布时间,位置,阅读数,在看数,点赞数', ...order].join('\n'));
      const r = await cli(['rank', '--posts', file, '--period', '2024-09', '--format', 'json']);
      expect(r.code).toBe(0);
      expect((JSON.parse(r.stdout).ranking as { accountId: string; name: string }[]).map((x) => [x.accountId, x.name])).toEqual([['A', '新名'], ['B', '乙号']]);
    }
  });
});

describe('kind 4: periods', () => {
  it.each(['2024-Q3', '2024年9月', '2024年第3季度', '2024-H2'])('--period %s is accepted', async (p) => {
    const r = await cli(['census', '--accounts', `${SAMPLE}/accounts.csv`, ...POSTS, '--period', p, '--format', 'json']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
  });
  it.each([
    ['2024-W53', /2024 年没有第 53 周（最后一周是第 52 周）/],
    ['2024-09-30~2024-09-01', /结束日 2024-09-01 早于开始日 2024-09-30/],
    ['2024-02-30~2024-03-10', /“2024-02-30”不是有效日期/],
    ['2024-13', /年份或月份无效/],
  ])('--period %s is refused: exit 2 before any file is read', async (p, why) => {
    const r = await cli(['rank', '--posts', 'no/such.csv', '--period', p]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^govmedia: --period：统计周期 "[^"]+" 有误：.*；可写 2024-09 或 2024年9月/);
    expect(r.stderr).toMatch(why);
  });
});

describe('kind 5: output safety', () => {
  it('terminal table and stderr carry no control sequence from the data (ANSI, OSC 8, CR, RTL overrides)', async () => {
    const r = await cli(['rank', '--posts', `${EDGE}/hostile/posts_evil.csv`, '--accounts', `${EDGE}/hostile/accounts_evil.json`, '--platform', 'all']);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(CONTROL);
    expect(r.stderr).not.toMatch(CONTROL);
    const e30 = await cli(['rank', '--posts', `${EDGE}/hostile/e30_ansi_in_cells.csv`, '--platform', 'all']);
    expect(e30.stderr.length).toBeGreaterThan(0);
    expect(e30.stderr).not.toMatch(CONTROL);
  });

  it('Markdown escapes |, <, > and line breaks; CSV defuses = + - @ and a leading TAB or CR', () => {
    const table = { columns: [{ key: 'n', label: 'n' }], rows: [{ n: 'a|b' }, { n: '<script>x</script>' }, { n: 'l1\r\nl2\rl3\nl4' }, { n: '\x1b[31mred\u202e' }] };
    expect(reportToMarkdown(table)).toBe('| n |\n| --- |\n| a\\|b |\n| &lt;script&gt;x&lt;/script&gt; |\n| l1<br>l2<br>l3<br>l4 |\n| [31mred |\n');
    const csv = reportToCsv({ columns: [{ key: 'n', label: 'n' }], rows: ['=1+1', '+1', '-x', '@SUM(A1)', '\t=1+1', '\rcmd', '-5', 'ok'].map((n) => ({ n })) }, { bom: false });
    expect(csv).toBe(`n\r\n'=1+1\r\n+1\r\n'-x\r\n'@SUM(A1)\r\n'\t=1+1\r\n"'\rcmd"\r\n-5\r\nok\r\n`);
  });

  it('md output of hostile names contains no raw <, > or line break inside a cell', async () => {
    const r = await cli(['rank', '--posts', `${EDGE}/hostile/posts_evil.csv`, '--accounts', `${EDGE}/hostile/accounts_evil.json`, '--platform', 'all', '--format', 'md']);
    expect(r.code).toBe(0);
    for (const line of r.stdout.split('\n').filter((l) => l.startsWith('| '))) {
      expect(line.replace(/<br>/g, '')).not.toMatch(/[<>\r]/);
      expect(line).not.toMatch(CONTROL);
    }
  });

  it('--out equal to an input file is refused (exit 2) and the input is untouched', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'govmedia-truth-'));
    copyFileSync(resolve(ROOT, `${SAMPLE}/accounts.csv`), join(dir, 'accounts.csv'));
    const before = readFileSync(join(dir, 'accounts.csv'));
    const r = await cli(['census', '--accounts', 'accounts.csv', '--out', './accounts.csv'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('govmedia: --out ./accounts.csv：与输入文件 --accounts 相同，会覆盖数据；请换一个输出文件\n');
    expect(readFileSync(join(dir, 'accounts.csv')).equals(before)).toBe(true);
  });

  it.each([
    [['shortlist', ...POSTS, ...ACCOUNTS, '--messages', `${SAMPLE}/messages.csv`], /^govmedia: --messages：只在给出 --at/],
    [['inspect', ...ACCOUNTS, ...POSTS, '--sample-share', '0.1', '--sample-size', '10'], /^govmedia: --sample-share：与 --sample-size 只能给一个/],
    [['inspect', ...ACCOUNTS, ...POSTS, '--seed', '3'], /^govmedia: --seed：只在抽样/],
    [['census', ...ACCOUNTS, '--period', '2024-09'], /^govmedia: --period：只用于按帖子统计日均发布/],
  ])('an option with no effect is a usage error: %j', async (args, message) => {
    const r = await cli(args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
  });

  it('EPIPE (`govmedia … | head`) ends quietly with exit 0', async () => {
    const bin = resolve(ROOT, 'dist/cli.js');
    if (!existsSync(bin)) execFileSync('npx', ['tsup'], { cwd: ROOT, stdio: 'ignore' });
    const child = spawn(process.execPath, [bin, 'rank', ...POSTS, ...ACCOUNTS, '--period', '2024-09', '--platform', 'all', '--format', 'json'], { cwd: ROOT });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.stdout.once('data', () => child.stdout.destroy()); // the reader goes away after the first chunk, as `head` does
    const code = await new Promise<number | null>((done) => child.on('close', (c) => done(c)));
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });
});
