import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from './harness.js';

// The ingestion flags of issue 12 (fixed names: scripts call them).
const C = 'test/fixtures/cases';
const dir = mkdtempSync(join(tmpdir(), 'govmedia-flags-'));
const file = (name: string, text: string) => { const p = join(dir, name); writeFileSync(p, text); return p; };
const rank = async (args: string[]) => {
  const r = await cli(['rank', ...args, '--format', 'json']);
  return { ...r, json: r.code === 0 ? (JSON.parse(r.stdout) as { ranking: { accountId: string; name: string; articles: number; reads: number; value: number }[] }) : undefined };
};

describe('govmedia ingestion flags', () => {
  it('--columns FILE.json maps unknown headers (header → field); an unknown field is a usage error', async () => {
    const posts = file('odd.csv', '号,发文时刻,看过\n甲,2024-09-01 08:00,120\n甲,2024-09-02 08:00,30\n');
    expect((await rank(['--posts', posts, '--period', '2024-09'])).code).toBe(1);
    const map = file('map.json', JSON.stringify({ 号: 'accountName', 发文时刻: 'publishedAt', 看过: 'reads' }));
    const ok = await rank(['--posts', posts, '--columns', map, '--period', '2024-09']);
    expect(ok.code).toBe(0);
    expect(ok.json!.ranking).toMatchObject([{ accountId: '甲', articles: 2, reads: 150 }]);
    const bad = file('bad-map.json', JSON.stringify({ 看过: 'views' }));
    const b = await cli(['rank', '--posts', posts, '--columns', bad]);
    expect(b.code).toBe(2);
    expect(b.stderr).toContain('--columns：表头“看过”映射到未知的字段 "views"（可用的字段：accountId、');
    expect((await cli(['rank', '--posts', posts, '--columns', file('notjson.json', '{')])).code).toBe(2);
  });
  it('--preset forces a preset (and names it); an unknown name is a usage error listing the known ones', async () => {
    const r = await cli(['rank', '--posts', `${C}/exports/e_douyin_gbk.csv`, '--preset', 'kuaishou', '--account', '青山快手', '--index', 'bci-4var', '--platform', 'all', '--period', '2024-09']);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('快手创作者作品数据（kuaishou）');
    const bad = await cli(['rank', '--posts', `${C}/exports/e_douyin_gbk.csv`, '--preset', 'tiktok']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('gsdata-wechat');
    expect(bad.stderr).toMatch(/^govmedia: --preset：未知的导出格式 "tiktok"（应为 .*、gsdata-wechat、.* 之一）/);
  });
  it('a --sheet the workbook lacks and an --aliases value that is no label are usage errors in Chinese (exit 2), not internal errors', async () => {
    const sheet = await cli(['rank', '--posts', `${C}/exports/g_gsdata_wechat.xlsx`, '--sheet', 'nope']);
    expect(sheet).toEqual({ code: 2, stdout: '', stderr: `govmedia: --sheet：${C}/exports/g_gsdata_wechat.xlsx：工作簿里没有工作表“nope”（有：文章列表）\n` });
    const aliases = await cli(['census', '--accounts', 'examples/data/accounts.csv', '--aliases', file('al.json', JSON.stringify({ level: { 市级: 'galaxy' } }))]);
    expect(aliases.code).toBe(2);
    expect(aliases.stderr).toBe('govmedia: --aliases：level 中“市级”对应的 "galaxy" 不是可用的取值（应为 national、province、city、county、township、village 之一）\n');
  });
  it('--account only fills exports without an account column', async () => {
    const r = await rank(['--posts', `${C}/exports/a_gsdata_wechat_gbk.csv`, '--account', '别的号', '--period', '2024-09']);
    expect(r.json!.ranking.map((x) => x.name)).toEqual(['青山发布', '青山市场监管']);
  });
  it('--keep-duplicates keeps repeated posts; without it the summary counts them', async () => {
    const dup = await rank(['--posts', `${C}/edge/b15_dup_posts.csv`, '--period', '2024-09']);
    const keep = await rank(['--posts', `${C}/edge/b15_dup_posts.csv`, '--period', '2024-09', '--keep-duplicates']);
    expect(dup.json!.ranking.find((x) => x.accountId === 'D1')!.articles).toBe(1);
    expect(keep.json!.ranking.find((x) => x.accountId === 'D1')!.articles).toBe(3);
    expect(dup.stderr).toContain('重复 2 行已去除');
  });
  it('--infer-headline turns the H = 0 warning into an inferred headline and raises WCI', async () => {
    const args = ['--posts', `${C}/exports/c_mp_backend_gbk.csv`, '--account', '青山发布', '--period', '2024-09'];
    const plain = await rank(args);
    const inferred = await rank([...args, '--infer-headline']);
    expect(plain.stderr).toContain('H 对每个账号都为 0');
    expect(inferred.stderr).toContain('推定头条');
    expect(inferred.json!.ranking[0]!.value).toBeGreaterThan(plain.json!.ranking[0]!.value);
  });
  it('--aliases FILE reads a locality’s own ledger labels', async () => {
    const ledger = file('ledger.csv', '账号ID,账号名称,平台,主办单位,层级\nK1,开发区发布,微信,开发区管委会,开发区\n');
    expect((await cli(['census', '--accounts', ledger])).code).toBe(1); // 0 of 1 rows read
    const aliases = file('aliases.json', JSON.stringify({ level: { 开发区: 'county' } }));
    const r = await cli(['census', '--accounts', ledger, '--aliases', aliases, '--format', 'json']);
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as { byLevel: { level: string; count: number }[] }).byLevel).toMatchObject([{ level: 'county', count: 1 }]);
  });
  it('--time-unit accepts ms | s | excel only (usage error otherwise)', async () => {
    const r = await cli(['rank', '--posts', `${C}/exports/m_api_epoch_seconds.json`, '--time-unit', 'days']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--time-unit');
  });
  it('--sheet is passed to the workbook reader', async () => {
    const r = await cli(['rank', '--posts', `${C}/exports/g_gsdata_wechat.xlsx`, '--sheet', 'no such sheet']);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('no such sheet');
  });
  it('exit 1 when no row survives: "读取 0 行（共 N 行）"', async () => {
    const r = await cli(['rank', '--posts', `${C}/exports/m_api_epoch_seconds.json`]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('读取 0 行（共 2 行）');
  });
});
