import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from './harness.js';

const C = 'test/fixtures/cases/exports';
const LEDGER = `${C}/h_ledger_id_is_name_gbk.csv`;
const NOTE = `govmedia: ${LEDGER}: 注意: 账号ID“青山发布”在不同平台重复，按名称+平台区分为不同账号：第 2 行 → 青山发布@wechat，第 3 行 → 青山发布@weibo（按账号名称关联的帖子按名称+平台关联）\n`;

describe('a ledger whose 账号ID is the name, one name on 微信 and 微博 (cases README h_ledger_id_is_name_gbk.csv)', () => {
  it('census counts 5 accounts, 微信 3 and 微博 1, and says the id was split by platform (exit 0)', async () => {
    const r = await cli(['census', '--accounts', LEDGER, '--format', 'json']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(NOTE);
    const out = JSON.parse(r.stdout) as { accountCount: number; byPlatform: { platform: string; count: number }[] };
    expect(out.accountCount).toBe(5);
    expect(out.byPlatform.map((p) => [p.platform, p.count])).toEqual([['wechat', 3], ['weibo', 1], ['douyin', 1]]);
  });
  it('rank of the Weibo export with bci-7var lists the Weibo 青山发布, joined by name + platform (exit 0)', async () => {
    const r = await cli(['rank', '--posts', `${C}/d_weibo_gbk.csv`, '--accounts', LEDGER, '--index', 'bci-7var', '--format', 'json']);
    expect(r.code).toBe(0);
    const ranking = JSON.parse(r.stdout).ranking as { accountId: string; name: string; platform: string; articles: number }[];
    expect(ranking.map((x) => [x.accountId, x.name, x.platform, x.articles])).toEqual([['青山发布@weibo', '青山发布', 'weibo', 3]]);
    expect(r.stderr).toContain('govmedia: 按账号名称和平台关联台账: 1 个账号\n');
    expect(r.stderr).toContain('govmedia: 发文账号不在台账中（1 个）: 青山市场监管\n');
  });
});

describe('a posts file with no 发布时间 column', () => {
  const dir = mkdtempSync(join(tmpdir(), 'govmedia-notime-'));
  it('is one header error naming the accepted headers (exit 1), not one error per row', async () => {
    const file = join(dir, 'no-time.csv');
    writeFileSync(file, '账号名称,标题,阅读数\n青山发布,a,10\n青山发布,b,20\n');
    const r = await cli(['rank', '--posts', file, '--index', 'wci-14.2']);
    expect(r).toMatchObject({ code: 1, stdout: '' });
    expect(r.stderr).toBe(`govmedia: ${file} 表头：没有发布时间列：表头（账号名称、标题、阅读数）中没有可作发布时间的列；可用的列名：发布时间、发文时间、推送时间、发表时间、发布日期、publishedAt、published_at、time、date；或用 columns / --columns 把一列映射为 publishedAt\n`);
  });
  it('a file with the column and an empty cell rejects that row only (exit 0)', async () => {
    const file = join(dir, 'some-time.csv');
    writeFileSync(file, '账号名称,标题,发布时间,阅读数\n青山发布,a,,10\n青山发布,b,2024-09-01 08:00,20\n');
    const r = await cli(['rank', '--posts', file, '--index', 'wci-14.2', '--format', 'json']);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(`govmedia: ${file} 第 2 行，列“发布时间”：缺少发布时间\n`);
    expect(JSON.parse(r.stdout).ranking[0].articles).toBe(1);
  });
});
