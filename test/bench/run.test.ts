import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// Smoke test of `npm run bench` at its smallest size: every section runs and ONE table of
// ratios prints. Not a timing: no figure is asserted (benches belong in bench/, not here).
describe('bench/run.ts (BENCH_SCALE=smoke)', () => {
  it('runs every section and prints one table of ratios', () => {
    const root = join(import.meta.dirname, '../..');
    const out = execFileSync(process.execPath, ['--import', 'tsx', join(root, 'bench/run.ts')], {
      cwd: root, encoding: 'utf8', env: { ...process.env, BENCH_SCALE: 'smoke' }, stdio: ['ignore', 'pipe', 'pipe'], timeout: 240_000,
    });
    const lines = out.trim().split('\n');
    expect(lines[0]).toMatch(/^govmedia scoring benchmarks — smoke: 20,000 posts/);
    expect(lines[1]).toMatch(/^\| benchmark +\| contender +\| +median \| ratio +\| goal +\|$/);
    for (const section of ['single WCI 14.2', 'single BCI 7var', 'sweep 13 weeks × 3 versions', 'end to end CSV → ranked JSON', 'ingest CSV → table', 'ingest peak memory', 'rankRobustness'])
      expect(lines.some((l) => l.startsWith(`| ${section}`)), section).toBe(true);
    const rows = lines.slice(3);
    expect(rows.length).toBeGreaterThanOrEqual(20);
    for (const r of rows) expect(r).toMatch(/^\|.*\|$/);
    // Every goal row states met or MISSED against its goal.
    expect(rows.filter((r) => /(met|MISSED) +\|$/.test(r)).length).toBeGreaterThanOrEqual(10);
  }, 300_000);
});
