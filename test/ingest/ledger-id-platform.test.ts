import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError, joinAccounts, readAccounts, readPosts } from '../../src/index.js';

const CASES = resolve(__dirname, '../fixtures/cases/exports');

// Cases README, h_ledger_id_is_name_gbk.csv: 账号ID = 账号名称, one name on 微信 and on 微博.
// The same id on two platforms is two accounts (ids `id@platform`), reported; posts join by name + platform.
describe('readAccounts: the same 账号ID on different platforms', () => {
  it('keeps both accounts of h_ledger_id_is_name_gbk.csv as id@platform, with a warning, and joins Weibo posts to the Weibo one', async () => {
    const ledger = await readAccounts(readFileSync(resolve(CASES, 'h_ledger_id_is_name_gbk.csv')));
    expect(ledger.rejected).toEqual([]);
    expect(ledger.records.map((a) => [a.id, a.platform])).toEqual([
      ['青山发布@wechat', 'wechat'], ['青山发布@weibo', 'weibo'], ['青山发布抖音', 'douyin'], ['青山市场监管', 'wechat'], ['青山区柳塘镇', 'wechat'],
    ]);
    expect(ledger.warnings).toEqual(['账号ID“青山发布”在不同平台重复，按名称+平台区分为不同账号：第 2 行 → 青山发布@wechat，第 3 行 → 青山发布@weibo（按账号名称关联的帖子按名称+平台关联）']);
    const posts = await readPosts(readFileSync(resolve(CASES, 'd_weibo_gbk.csv')));
    expect([posts.keyedBy, posts.platform]).toEqual(['accountName', 'weibo']);
    const join = joinAccounts(posts.table, ledger.records, { keyedBy: 'accountName', platform: 'weibo' });
    expect([...join.joined]).toEqual([['青山发布', '青山发布@weibo']]);
    // 青山市场监管 is a WeChat account of the ledger: its Weibo posts do not join it (not by name, not by id).
    expect(join.missing).toEqual(['青山市场监管']);
    expect(join.table.accountIds).toContain('青山发布@weibo');
  });

  it('gives the same accounts whatever the row order', async () => {
    const head = '账号ID,账号名称,平台,主办单位,层级\n';
    const a = 'x,某发布,微信,某办,县级\n', b = 'x,某发布,微博,某办,县级\n';
    const ids = async (text: string) => (await readAccounts(text)).records.map((r) => r.id).sort();
    expect(await ids(head + a + b)).toEqual(['x@wechat', 'x@weibo']);
    expect(await ids(head + b + a)).toEqual(['x@wechat', 'x@weibo']);
  });

  it('still rejects the same id twice on the same platform, naming both rows (strict: throws)', async () => {
    const text = '账号ID,账号名称,平台,主办单位,层级\nx,某发布,微信,某办,县级\nx,某发布,微博,某办,县级\nx,某发布二,微信,某办,县级\ny,乙,抖音,某办,县级\ny,乙,抖音,某办,县级\n';
    const r = await readAccounts(text);
    expect(r.records.map((a) => a.id)).toEqual(['x@wechat', 'x@weibo', 'y']);
    expect(r.rejected.map((x) => [x.row, x.column, x.reason])).toEqual([
      [4, '账号ID', '账号ID“x”在同一平台（微信）重复：第 2 行与第 4 行（跳过后一行；请给每个账号不同的 ID）'],
      [6, '账号ID', '账号ID“y”重复：第 5 行与第 6 行（跳过后一行；请给每个账号不同的 ID）'],
    ]);
    expect(r.warnings).toHaveLength(1);
    await expect(readAccounts(text, { strict: true })).rejects.toBeInstanceOf(InputError);
  });
});

describe('readPosts: a header with no publication-time column', () => {
  const ACCEPTED = '可用的列名：发布时间、发文时间、推送时间、发表时间、发布日期、publishedAt、published_at、time、date';
  it('is one header error naming the accepted headers, on both read paths, not one rejection per row', async () => {
    const text = '账号名称,标题,阅读数\n青山发布,a,10\n青山发布,b,20\n';
    for (const fastPath of [true, false]) {
      const e = await readPosts(text, { fastPath }).then(() => null, (x: unknown) => x);
      expect(e).toBeInstanceOf(InputError);
      const r = (e as InputError).rejections;
      expect(r).toHaveLength(1);
      expect(r[0]).toMatchObject({ row: 0, column: '(header)' });
      expect(r[0]!.reason).toBe(`没有发布时间列：表头（账号名称、标题、阅读数）中没有可作发布时间的列；${ACCEPTED}；或用 columns / --columns 把一列映射为 publishedAt`);
    }
  });
  it('lists a header the columns option maps to the time; with that column the file reads', async () => {
    const e = await readPosts('账号ID,日子,阅读数\na,2024-09-01,1\n', { columns: { 时刻: 'publishedAt' } }).catch((x: unknown) => x);
    expect((e as InputError).rejections[0]!.reason).toContain(`${ACCEPTED}、时刻；`);
    const ok = await readPosts('账号ID,时刻,阅读数\na,2024-09-01,1\n', { columns: { 时刻: 'publishedAt' } });
    expect(ok.table.size).toBe(1);
  });
  it('a file that has the column with an empty cell still rejects just that row', async () => {
    const r = await readPosts('账号名称,标题,发布时间,阅读数\n青山发布,a,,10\n青山发布,b,2024-09-01 08:00,20\n');
    expect(r.table.size).toBe(1);
    expect(r.rejected).toEqual([{ row: 2, line: 2, column: '发布时间', reason: '缺少发布时间' }]);
  });
  it('JSON records are still judged one by one (a record without the field is rejected, the others read)', async () => {
    const r = await readPosts(JSON.stringify([{ accountId: 'a' }, { accountId: 'a', publishedAt: '2024-09-01 08:00' }]));
    expect(r.table.size).toBe(1);
    expect(r.rejected.map((x) => [x.row, x.column])).toEqual([[1, '发布时间']]);
  });
});
