import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DAY_MS, generateProvince, safeParseAccount, safeParseMatrix, safeParseMessage, safeParsePost, safeParseRegistryEntry, type Post } from '../../src/index.js';

// Issue 13, kind 9: generateProvince works for every documented size (≥ 60 accounts,
// ≥ 30 days), not only the default 3,000 × 92; before, small provinces threw
// "createRng: pick from an empty array" (no second active account on a copier's platform)
// and, under 60 days, listed "stale" accounts that had no post at all.
describe('generateProvince over sizes (property)', () => {
  it('every documented size gives a valid province whose planted facts hold', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 60, max: 120 }), fc.integer({ min: 30, max: 100 }), fc.integer({ min: 1, max: 2 ** 31 - 1 }), fc.constantFrom(0.2, 0.5, 1),
        (accountCount, days, seed, postRate) => {
          const p = generateProvince({ seed, accountCount, days, postRate, wechatLength: [300, 400] });
          expect(p.accounts).toHaveLength(accountCount);
          expect(p.window).toEqual({ start: p.window.start, end: p.window.start + days * DAY_MS, days });
          const byAccount = new Map<string, Post[]>();
          for (const x of p.posts) {
            const t = x.publishedAt.getTime();
            expect(t >= p.window.start && t < p.window.end).toBe(true);
            byAccount.set(x.accountId, [...(byAccount.get(x.accountId) ?? []), x]);
          }
          const last = (id: string) => Math.max(...byAccount.get(id)!.map((x) => x.publishedAt.getTime()));
          for (const id of p.planted.zombie) expect(byAccount.has(id)).toBe(false);
          for (const id of p.planted.dormant) if (byAccount.has(id)) expect(p.window.end - last(id)).toBeGreaterThan(90 * DAY_MS);
          for (const id of p.planted.stale) { expect(byAccount.has(id)).toBe(true); expect(p.window.end - last(id)).toBeGreaterThan(14 * DAY_MS); }
          const ids = new Set(p.accounts.map((a) => a.id));
          for (const d of p.planted.duplicatePairs) { expect(ids.has(d.source) && ids.has(d.copier)).toBe(true); expect(d.source).not.toBe(d.copier); }
          for (const m of p.messages) {
            expect(safeParseMessage(m).success).toBe(true);
            if (m.repliedAt) expect(m.repliedAt.getTime()).toBeGreaterThanOrEqual(m.receivedAt.getTime());
            expect(m.receivedAt.getTime()).toBeLessThan(p.window.end);
          }
          for (const a of p.accounts) expect(safeParseAccount(a).success).toBe(true);
          for (const e of p.registry) expect(safeParseRegistryEntry(e).success).toBe(true);
          expect(safeParseMatrix(p.matrix).success).toBe(true);
          expect(safeParsePost(p.posts[0]!).success).toBe(true);
        },
      ),
      { numRuns: 10 },
    );
  });

  it('the smallest documented province (60 accounts, 30 days) across seeds 1–10', () => {
    for (let seed = 1; seed <= 10; seed++) expect(generateProvince({ seed, accountCount: 60, days: 30 }).accounts).toHaveLength(60);
  });

  it('below the documented minimum: RangeError naming generateProvince', () => {
    expect(() => generateProvince({ accountCount: 59 })).toThrow(/^generateProvince: accountCount must be an integer ≥ 60, got 59/);
    expect(() => generateProvince({ days: 29 })).toThrow(/^generateProvince: days must be an integer ≥ 30, got 29/);
  });
});
