import { sampleCorrelation } from 'simple-statistics';
import { describe, expect, it } from 'vitest';
import { accountsToCsv, DAY_MS, generateProvince, messagesToCsv, postsToCsv, readAccounts, readMessages, readRegistry, registryToCsv, safeParseAccount, safeParseMatrix, safeParseMessage, safeParsePost, safeParseRegistryEntry, type Post } from '../../src/index.js';
import { HOUR_MS } from '../../src/model/time.js';

// A mid-sized province: large enough for the proportions and the 10万+ tail, small enough for a fast test.
const opts = { seed: 11, accountCount: 600, postRate: 0.4, wechatLength: [300, 600] as [number, number], duplicatePairs: 6 };
const p = generateProvince(opts);
const byAccount = new Map<string, Post[]>();
for (const x of p.posts) { const l = byAccount.get(x.accountId) ?? []; l.push(x); byAccount.set(x.accountId, l); }
const postsById = new Map(p.posts.map((x) => [x.id!, x]));
const accountById = new Map(p.accounts.map((a) => [a.id, a]));
const end = p.planted.at;
const lastPost = (id: string) => Math.max(-Infinity, ...(byAccount.get(id) ?? []).map((x) => x.publishedAt.getTime()));

describe('generateProvince(options): validity', () => {
  it('every record passes its zod schema (the generator emits nothing the boundary would reject)', () => {
    for (const a of p.accounts) expect(safeParseAccount(a).success).toBe(true);
    for (const x of p.posts) expect(safeParsePost(x).success).toBe(true);
    for (const m of p.messages) expect(safeParseMessage(m).success).toBe(true);
    for (const e of p.registry) expect(safeParseRegistryEntry(e).success).toBe(true);
    expect(safeParseMatrix(p.matrix).success).toBe(true);
  });
  it('ids are unique and every post lies inside the window, sorted by time', () => {
    expect(new Set(p.accounts.map((a) => a.id)).size).toBe(p.accounts.length);
    expect(postsById.size).toBe(p.posts.length);
    for (let i = 0; i < p.posts.length; i++) {
      const t = p.posts[i]!.publishedAt.getTime();
      expect(t >= p.window.start && t < p.window.end).toBe(true);
      if (i > 0) expect(t).toBeGreaterThanOrEqual(p.posts[i - 1]!.publishedAt.getTime());
    }
  });
  it('rejects bad options with a RangeError naming generateProvince', () => {
    expect(() => generateProvince({ accountCount: 10 })).toThrow(/^generateProvince: accountCount/);
    expect(() => generateProvince({ days: 2.5 })).toThrow(/^generateProvince: days/);
    expect(() => generateProvince({ start: 'spring' })).toThrow(/^generateProvince: bad start/);
  });
  it('same seed and options give an identical province, planted facts included', () => {
    const q = generateProvince(opts);
    expect(q.registry).toEqual(p.registry);
    expect(q.matrix).toEqual(p.matrix);
    expect(q.planted).toEqual(p.planted);
    expect(q.posts.length).toBe(p.posts.length);
    expect(q.posts[q.posts.length - 1]).toEqual(p.posts[p.posts.length - 1]);
  });
});

describe('generateProvince(options): realism', () => {
  it('WeChat pushes: one time per push, positions 1..n with the headline first, 1 to 4 articles', () => {
    const pushes = new Map<string, Post[]>();
    for (const x of p.posts) if (x.pushId) pushes.set(x.pushId, [...(pushes.get(x.pushId) ?? []), x]);
    expect(pushes.size).toBeGreaterThan(100);
    let multi = 0;
    for (const items of pushes.values()) {
      const positions = items.map((x) => x.position).sort();
      expect(positions).toEqual(Array.from({ length: items.length }, (_, i) => i + 1));
      expect(new Set(items.map((x) => x.publishedAt.getTime())).size).toBe(1);
      expect(accountById.get(items[0]!.accountId)!.platform).toBe('wechat');
      if (items.length > 1) multi++;
    }
    expect(multi / pushes.size).toBeGreaterThan(0.3);
  });
  it('reads are heavy-tailed with the 10万+ cap, and likes correlate with reads', () => {
    const reads = p.posts.map((x) => x.reads!);
    const sorted = [...reads].sort((a, b) => a - b);
    const median = sorted[sorted.length >> 1]!;
    expect(Math.max(...reads)).toBe(100001);
    expect(reads.every((r) => r <= 100001)).toBe(true);
    expect(sorted[Math.floor(sorted.length * 0.999)]! / median).toBeGreaterThan(20);
    const logs = (f: (x: Post) => number | undefined) => p.posts.map((x) => Math.log1p(f(x)!));
    expect(sampleCorrelation(logs((x) => x.reads), logs((x) => x.likes))).toBeGreaterThan(0.5);
    expect(p.posts.filter((x) => x.looks !== undefined).every((x) => accountById.get(x.accountId)!.platform === 'wechat')).toBe(true);
  });
  it('followers are heavy-tailed: roughly a quarter to a third above 10,000 (seed 001: 385 of 1,170)', () => {
    const above = p.accounts.filter((a) => a.followers! > 10000).length / p.accounts.length;
    expect(above).toBeGreaterThan(0.2);
    expect(above).toBeLessThan(0.45);
  });
  it('WeChat texts respect the configured length, Weibo texts 50–140 characters', () => {
    for (const x of p.posts) {
      if (x.repostOf || !x.text) continue;
      const platform = accountById.get(x.accountId)!.platform;
      if (platform === 'wechat') { expect(x.text.length).toBeGreaterThanOrEqual(300); expect(x.text.length).toBeLessThanOrEqual(600); }
      if (platform === 'weibo') { expect(x.text.length).toBeGreaterThanOrEqual(50); expect(x.text.length).toBeLessThanOrEqual(140); }
      expect(/[\u4e00-\u9fff]/.test(x.text)).toBe(true);
    }
  });
  it('units have Chinese government names and personal accounts exist', () => {
    expect(p.accounts.every((a) => /(人民政府|办公室|局|委员会|中心|分局|办事处)$/.test(a.unit))).toBe(true);
    expect(p.accounts.some((a) => a.kind === 'personal')).toBe(true);
    expect(p.accounts.some((a) => a.unit.endsWith('公安局') || a.unit.endsWith('公安分局'))).toBe(true);
  });
});

describe('generateProvince(options): planted facts hold in the data', () => {
  it('zombie accounts never post; dormant accounts have no post in the 90 days before the end; stale ones none in the last 14', () => {
    expect(p.planted.zombie.length).toBeGreaterThan(0);
    expect(p.planted.dormant.length).toBeGreaterThan(0);
    expect(p.planted.stale.length).toBeGreaterThan(0);
    for (const id of p.planted.zombie) expect(byAccount.get(id)).toBeUndefined();
    for (const id of p.planted.dormant) expect(end - lastPost(id)).toBeGreaterThan(90 * DAY_MS);
    for (const id of p.planted.stale) { const gap = end - lastPost(id); expect(gap).toBeGreaterThan(14 * DAY_MS); expect(gap).toBeLessThanOrEqual(61 * DAY_MS); }
    const all = [...p.planted.zombie, ...p.planted.dormant, ...p.planted.stale];
    expect(new Set(all).size).toBe(all.length);
  });
  it('the multi-account unit has 8 WeChat accounts (seed 001)', () => {
    const { unit, accountIds: accounts } = p.planted.multiAccountUnit;
    expect(accounts).toHaveLength(8);
    for (const id of accounts) expect(accountById.get(id)).toMatchObject({ unit, platform: 'wechat' });
  });
  it('copier pairs: copies follow their source within 48 h, same title, text within 3 edited characters; cited ones link by repostOf', () => {
    for (const pair of p.planted.duplicatePairs) {
      const sources = byAccount.get(pair.source)!;
      // A copy: a non-original copier post whose text is a source text with at most 3 characters edited.
      const copies = (byAccount.get(pair.copier) ?? []).flatMap((c) => {
        const s = c.isOriginal || c.text === undefined ? undefined : sources.find((x) => x.title === c.title && x.text !== undefined && x.text.length === c.text!.length && hamming(x.text, c.text!) <= 3);
        return s ? [{ c, s }] : [];
      }).map(({ c, s }) => {
        const lag = c.publishedAt.getTime() - s.publishedAt.getTime();
        expect(lag).toBeGreaterThan(0);
        expect(lag).toBeLessThanOrEqual(48 * HOUR_MS);
        if (pair.cited) expect(c.repostOf).toBe(s.id);
        return c;
      });
      expect(copies.length).toBeGreaterThan(0);
      if (!pair.cited) expect(copies.every((c) => c.repostOf === undefined)).toBe(true);
    }
    expect(p.planted.duplicatePairs.some((d) => d.cited)).toBe(true);
    expect(p.planted.duplicatePairs.some((d) => !d.cited)).toBe(true);
  });
  it('matrix: echoing members republish the lead account within 0.5–12 h, citing it', () => {
    expect(p.planted.echoingMembers.length).toBeGreaterThan(0);
    for (const id of p.planted.echoingMembers) {
      expect(p.matrix.members).toContain(id);
      const echoes = byAccount.get(id)!.filter((x) => x.repostOf && postsById.get(x.repostOf)?.accountId === p.matrix.lead);
      expect(echoes.length).toBeGreaterThan(0);
      for (const e of echoes) {
        const lag = e.publishedAt.getTime() - postsById.get(e.repostOf!)!.publishedAt.getTime();
        expect(lag).toBeGreaterThanOrEqual(0.5 * HOUR_MS);
        expect(lag).toBeLessThanOrEqual(12 * HOUR_MS);
        expect(e.text).toBe(postsById.get(e.repostOf!)!.text);
      }
    }
  });
  it('messages: some unanswered, some answered after more than a day, replies never before receipt', () => {
    expect(p.messages.some((m) => !m.repliedAt)).toBe(true);
    expect(p.messages.some((m) => m.repliedAt && m.repliedAt.getTime() - m.receivedAt.getTime() > DAY_MS)).toBe(true);
    expect(new Set(p.messages.map((m) => m.category))).toEqual(new Set(['consultation', 'complaint', 'suggestion']));
    for (const m of p.messages) expect(accountById.get(m.accountId)!.channels?.messages).toBe(true);
  });
  it('registry anomalies: unregistered accounts have no entry, closed-but-posting accounts post after closing, late filings filed after the change', () => {
    const entries = new Map(p.registry.map((e) => [e.accountId, e]));
    const r = p.planted.registry;
    expect(r.unregistered.length + r.closedButPosting.length + r.lateFiling.length).toBeGreaterThan(0);
    for (const id of r.unregistered) expect(entries.has(id)).toBe(false);
    for (const id of r.closedButPosting) {
      const e = entries.get(id)!;
      expect(e.status).toBe('closed');
      expect(lastPost(id)).toBeGreaterThan(e.changes.at(-1)!.at.getTime());
    }
    for (const id of r.lateFiling) { const e = entries.get(id)!; expect(e.filedAt.getTime()).toBeGreaterThan(e.changes.at(-1)!.at.getTime()); }
  });
  it('human flags and follower jumps are on the accounts listed', () => {
    for (const id of p.planted.flagged.incident) expect(accountById.get(id)!.flags?.incident).toBe(true);
    for (const id of p.planted.flagged.fraud) expect(accountById.get(id)!.flags?.fraud).toBe(true);
    for (const id of p.planted.flagged.followerJump) expect(accountById.get(id)!.followerHistory!.length).toBe(3);
    for (const id of p.planted.noChannel) expect(accountById.get(id)!.channels).toMatchObject({ messages: false, comments: false, consultation: false });
  });
});

describe('CSV writers (postsToCsv, accountsToCsv, messagesToCsv, registryToCsv)', () => {
  it('postsToCsv writes BOM, CRLF, quoted fields, 10万+, 万 and - forms', () => {
    const csv = postsToCsv([
      { id: 'P1', accountId: 'A1', publishedAt: new Date('2024-07-01T00:30:00Z'), title: '含逗号,和"引号"', text: '第一行\n第二行', reads: 100001, likes: 12000, shares: 0, isOriginal: true, position: 1 },
    ], new Map([['A1', '江州发布']]));
    expect(csv.startsWith('\uFEFF账号ID,账号名称,文章ID,发布时间,标题,正文,阅读数,在看数,点赞数,转发数,评论数,是否原创,推送ID,位置,转载自\r\n')).toBe(true);
    expect(csv).toContain('A1,江州发布,P1,2024-07-01 08:30:00,"含逗号,和""引号""","第一行\n第二行",10万+,-,1.2万,0,-,是,,1,\r\n');
    expect(csv.endsWith('\r\n')).toBe(true);
  });
  it('go through the one CSV writer (reportToCsv): formula-looking text is defused, the "-" missing mark and numbers are not', () => {
    const csv = postsToCsv([{ id: '=1+1', accountId: 'A1', publishedAt: new Date('2024-07-01T00:30:00Z'), title: '@SUM(A1)', text: '-2+3', reads: 5, likes: 12000 }]);
    expect(csv.split('\r\n')[1]).toBe("A1,,'=1+1,2024-07-01 08:30:00,'@SUM(A1),'-2+3,5,-,1.2万,-,-,,,,");
    const accounts = accountsToCsv([{ id: 'A1', name: '+江州发布', platform: 'wechat', unit: '江州市人民政府办公室', level: 'city', region: '江州市', kind: 'unit', status: 'active', followers: 0 }]);
    expect(accounts.split('\r\n')[1]).toBe("A1,'+江州发布,微信,江州市人民政府办公室,市级,江州市,单位,0,正常,,,,,,");
  });
  it('accounts, messages and registry round-trip through the ingestion readers', async () => {
    const accounts = await readAccounts(accountsToCsv(p.accounts));
    expect(accounts.rejected).toEqual([]);
    expect(accounts.records.map((a) => [a.id, a.platform, a.level, a.kind, a.followers])).toEqual(p.accounts.map((a) => [a.id, a.platform, a.level, a.kind, a.followers]));
    const messages = await readMessages(messagesToCsv(p.messages));
    expect(messages.rejected).toEqual([]);
    expect(messages.records.map((m) => [m.id, m.category, m.repliedAt?.getTime()])).toEqual(p.messages.map((m) => [m.id, m.category, m.repliedAt ? Math.floor(m.repliedAt.getTime() / 1000) * 1000 : undefined]));
    const registry = await readRegistry(registryToCsv(p.registry));
    expect(registry.rejected).toEqual([]);
    expect(registry.records.map((e) => [e.accountId, e.status])).toEqual(p.registry.map((e) => [e.accountId, e.status]));
  });
});

function hamming(a: string, b: string): number {
  let d = 0;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) d++;
  return d;
}
