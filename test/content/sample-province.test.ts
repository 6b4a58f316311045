import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent, defaultContentRules, extendContentRules, generateProvince } from '../../src/index.js';
import { cli, ROOT } from '../cli/harness.js';

const id = (f: { postId: string; field: string; ruleId: string; matched: string; offset: number }) => `${f.postId}|${f.field}|${f.ruleId}|${f.matched}|${f.offset}`;

describe('content checks on the sample province (planted ground truth)', () => {
  const p = generateProvince({ seed: 7, accountCount: 200 });
  const generic = extendContentRules(defaultContentRules(), {
    roster: p.roster, rules: [{ id: 'office:sensitive', kind: 'sensitive', severity: 'deduction', patterns: p.planted.content.sensitiveWords, source: 'office' }],
  });
  const r = checkContent(p.posts, generic, { accounts: p.accounts });
  it('finds every planted problem at its position, and nothing else', () => {
    const planted = p.planted.content.findings;
    expect(planted.length).toBeGreaterThanOrEqual(25);
    expect(new Set(planted.map((f) => f.kind))).toEqual(new Set(['typo', 'variant', 'expression', 'leader', 'personal-data', 'ad', 'external-link', 'unsourced-repost']));
    expect(r.findings.map(id).sort()).toEqual(planted.map(id).sort());
  });
  it('no false positive on the planted allowlist phrases (whose sensitive words are on the office list) or on leaders with their own titles', () => {
    const clean = p.planted.content.clean;
    expect(clean.map((c) => c.why).sort()).toEqual(['allowlist', 'allowlist', 'allowlist', 'allowlist', 'own-title', 'own-title', 'own-title', 'own-title']);
    for (const c of clean) expect(r.findings.filter((f) => f.postId === c.postId && f.offset < c.offset + c.phrase.length && c.offset < f.offset + f.length)).toEqual([]);
    // Without the allowlist the generic list would flag them.
    const noAllow = extendContentRules(generic, { allowlist: [] }, { replace: ['allowlist'] });
    expect(checkContent(p.posts, noAllow).findings.filter((f) => f.kind === 'sensitive')).toHaveLength(4);
  });
});

describe('govmedia check on examples/data', () => {
  it('reports the planted problems of the committed sample, as JSON that reads back as a findings file', async () => {
    const planted = JSON.parse(readFileSync(resolve(ROOT, 'examples/data/planted.json'), 'utf8')).content.findings as Parameters<typeof id>[0][];
    const run = await cli(['check', '--posts', 'examples/data/posts.csv', '--accounts', 'examples/data/accounts.csv', '--roster', 'examples/data/roster.csv',
      '--sensitive', 'examples/data/sensitive-words.txt', '--at', '2024-09-30', '--format', 'json']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const out = JSON.parse(run.stdout);
    expect(out.at).toBe('2024-10-01T00:00:00+08:00');
    expect(out.findings.map(id).sort()).toEqual(planted.map(id).sort());
    expect(out.findings.every((f: { firstSeenAt: string; unit: string }) => f.firstSeenAt === out.at && f.unit)).toBe(true);
  });
  it('exits 1 naming the file for a bad rules CSV, and 2 for --replace-rules without --rules', async () => {
    const bad = await cli(['check', '--posts', 'test/fixtures/cli/data/posts.csv', '--rules', 'test/fixtures/cli/data/accounts.csv']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/accounts\.csv：第 1 行，列“.+”：未知的列/);
    const usage = await cli(['check', '--posts', 'test/fixtures/cli/data/posts.csv', '--replace-rules']);
    expect(usage.code).toBe(2);
  });
});
