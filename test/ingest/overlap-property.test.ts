import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { concatPostsTables, dropDuplicatePosts, readPosts } from '../../src/index.js';

// Issue 12: a valid table split into two overlapping exports (as offices download
// "1–20 Sept" and "15–30 Sept") and read back as two files — each file read on its own,
// concatenated, duplicates across files dropped (what `--posts a --posts b` does) —
// gives the same table as the whole file, whatever the split and the overlap.
const postArb = fc.record({
  account: fc.constantFrom('青山发布', '青山市场监管', 'A01', '柳塘镇'),
  day: fc.integer({ min: 1, max: 30 }),
  minute: fc.integer({ min: 0, max: 1439 }),
  title: fc.constantFrom('通知', '公告', '防汛', '招聘会', '开学'),
  reads: fc.oneof(fc.nat({ max: 200000 }).map(String), fc.constantFrom('10万+', '1.2万', '--', '2,345')),
  position: fc.constantFrom('头条', '次条', '3', ''),
  withId: fc.boolean(),
});

describe('two overlapping exports read back to the same table', () => {
  it('whole file = file A + file B with the overlap counted once (ids or account + time + title)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(postArb, { minLength: 1, maxLength: 30 }), fc.nat(), fc.nat(), fc.boolean(), async (posts, a, b, withIds) => {
        // A valid table: one row per (account, time, title) — a post appears once.
        const seen = new Set<string>();
        const rows = posts.filter((p) => { const k = `${p.account}|${p.day}|${p.minute}|${p.title}`; if (seen.has(k)) return false; seen.add(k); return true; });
        const line = (p: (typeof rows)[number]) => {
          const t = `2024-09-${String(p.day).padStart(2, '0')} ${String(Math.floor(p.minute / 60)).padStart(2, '0')}:${String(p.minute % 60).padStart(2, '0')}`;
          return [p.account, withIds ? `https://mp.weixin.qq.com/s/${p.account}${p.day}${p.minute}${p.title}` : '', t, p.title, `"${p.reads}"`, p.position].join(',');
        };
        const header = '公众号名称,链接,发布时间,标题,阅读数,位置';
        const file = (rs: typeof rows) => header + '\n' + rs.map(line).join('\n') + '\n';
        const cut1 = a % (rows.length + 1), cut2 = b % (rows.length + 1);
        const [lo, hi] = cut1 <= cut2 ? [cut1, cut2] : [cut2, cut1];
        // A = rows[0, hi), B = rows[lo, n): rows[lo, hi) are in both.
        const whole = await readPosts(new TextEncoder().encode(file(rows)));
        const A = await readPosts(new TextEncoder().encode(file(rows.slice(0, hi))));
        const B = await readPosts(new TextEncoder().encode(file(rows.slice(lo))));
        const joined = dropDuplicatePosts(concatPostsTables([A.table, B.table]));
        expect(joined.duplicates).toBe(hi - lo);
        expect([...joined.table.rows()]).toEqual([...whole.table.rows()]);
      }),
    );
  });
});
