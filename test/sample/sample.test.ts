import { describe, expect, it } from 'vitest';
import { accountActivity, generateProvince, postsToCsv, PostsTable, readPosts } from '../../src/index.js';
import { createRng } from '../../src/stats/create-rng.js';

const small = { seed: 5, accountCount: 200, postRate: 0.3, wechatLength: [60, 120] as [number, number], shortLength: [40, 80] as [number, number], duplicatePairs: 4 };

describe('createRng(seed)', () => {
  it('is deterministic and seed-sensitive', () => {
    const a = createRng(1), b = createRng(1), c = createRng(2);
    const xs = Array.from({ length: 5 }, () => a.next());
    expect(Array.from({ length: 5 }, () => b.next())).toEqual(xs);
    expect(Array.from({ length: 5 }, () => c.next())).not.toEqual(xs);
    for (const x of xs) { expect(x).toBeGreaterThanOrEqual(0); expect(x).toBeLessThan(1); }
  });
});

describe('generateProvince(options)', () => {
  const p = generateProvince(small);
  it('is identical for the same seed', () => {
    const q = generateProvince(small);
    expect(q.accounts).toEqual(p.accounts);
    expect(q.posts).toEqual(p.posts);
    expect(q.messages).toEqual(p.messages);
    expect(generateProvince({ ...small, seed: 6 }).posts.length).not.toBe(p.posts.length);
  });
  it('has seed-001-like proportions: WeChat and Weibo dominate, townships are the largest level', () => {
    const count = (f: (a: (typeof p.accounts)[number]) => boolean) => p.accounts.filter(f).length;
    expect(p.accounts.length).toBe(200);
    expect(count((a) => a.platform === 'wechat' || a.platform === 'weibo') / 200).toBeGreaterThan(0.8);
    expect(count((a) => a.level === 'township')).toBeGreaterThan(count((a) => a.level === 'county'));
  });
  it('plants what it says: dormant, zombie and stale accounts really are', () => {
    const table = PostsTable.fromPosts(p.posts);
    const act = new Map(accountActivity(table, { period: p.window, at: p.planted.at, accountIds: p.accounts.map((a) => a.id) }).map((a) => [a.accountId, a]));
    for (const id of p.planted.zombie) expect(act.get(id)!.posts).toBe(0);
    for (const id of p.planted.dormant) expect(['dormant', 'zombie']).toContain(act.get(id)!.tier);
    for (const id of p.planted.stale) expect(act.get(id)!.tier).toBe('stale');
    expect(p.planted.multiAccountUnit.accountIds.length).toBe(8);
    expect(new Set(p.planted.multiAccountUnit.accountIds.map((id) => p.accounts.find((a) => a.id === id)!.platform))).toEqual(new Set(['wechat']));
  });
  it('plants copier pairs whose copies follow their sources, cited ones with a repostOf link', () => {
    const byId = new Map(p.posts.map((x) => [x.id!, x]));
    const cited = p.planted.duplicatePairs.find((d) => d.cited)!;
    const copies = p.posts.filter((x) => x.accountId === cited.copier && x.repostOf && byId.get(x.repostOf)?.accountId === cited.source);
    expect(copies.length).toBeGreaterThan(0);
    for (const c of copies) expect(c.publishedAt.getTime()).toBeGreaterThan(byId.get(c.repostOf!)!.publishedAt.getTime());
  });
  it('round-trips through its CSV writer and readPosts', async () => {
    const { table, rejected } = await readPosts(postsToCsv(p.posts));
    expect(rejected).toEqual([]);
    expect(table.size).toBe(p.posts.length);
    const orig = PostsTable.fromPosts(p.posts);
    expect(Array.from(table.reads)).toEqual(Array.from(orig.reads));
    expect(Array.from(table.time)).toEqual(Array.from(orig.time.map((t) => Math.floor(t / 1000) * 1000)));
  });
});
