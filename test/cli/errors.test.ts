import { describe, expect, it } from 'vitest';
import { cli } from './harness.js';

const DATA = 'test/fixtures/cli/data';

describe('govmedia on bad input', () => {
  it('a missing posts file: exit 1, the message names the file', async () => {
    const r = await cli(['homogeneity', '--posts', `${DATA}/missing.csv`]);
    expect(r).toEqual({ code: 1, stdout: '', stderr: `govmedia: ${DATA}/missing.csv: no such file\n` });
  });

  it('a missing accounts file: exit 1, the message names that file', async () => {
    const r = await cli(['homogeneity', '--posts', `${DATA}/posts.csv`, '--accounts', `${DATA}/nope.csv`]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`govmedia: ${DATA}/nope.csv: no such file\n`);
  });

  it('a CSV with bad rows: exit 0 on the good rows, each bad row on stderr with file, row and column', async () => {
    const r = await cli(['homogeneity', '--posts', `${DATA}/bad-posts.csv`, '--format', 'json']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(
      `govmedia: ${DATA}/bad-posts.csv: row 2, column "阅读数": not a count: "abc"\n` +
        `govmedia: ${DATA}/bad-posts.csv: row 4, column "发布时间": not a date/time: "2024-02-30 08:00"\n` +
        `govmedia: ${DATA}/bad-posts.csv: 2 rows rejected and skipped (use --strict to fail instead)\n`,
    );
    expect(JSON.parse(r.stdout).stats.posts).toBe(3); // 5 data rows − 2 rejected
  });

  it('a CSV with bad rows under --strict: exit 1 naming file, row and column, no output', async () => {
    const r = await cli(['homogeneity', '--posts', `${DATA}/bad-posts.csv`, '--strict']);
    expect(r).toEqual({ code: 1, stdout: '', stderr: `govmedia: ${DATA}/bad-posts.csv: row 2, column "阅读数": not a count: "abc"\n` });
  });

  it('an unreadable --period is a usage error (exit 2)', async () => {
    const r = await cli(['homogeneity', '--posts', `${DATA}/posts.csv`, '--period', 'March']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^govmedia: --period: parsePeriod: cannot read period "March"/);
  });

  it('--out to a directory that does not exist: exit 1 naming the file', async () => {
    const r = await cli(['homogeneity', '--posts', `${DATA}/posts.csv`, '--out', 'no/such/dir/out.csv']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^govmedia: no\/such\/dir\/out\.csv: cannot write output/);
  });
});
