import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from './harness.js';

const DATA = 'test/fixtures/cli/data';

describe('govmedia on bad input', () => {
  it('a missing posts file: exit 1, the message names the file', async () => {
    const r = await cli(['homogeneity', '--posts', `${DATA}/missing.csv`]);
    expect(r).toEqual({ code: 1, stdout: '', stderr: `govmedia: ${DATA}/missing.csv：文件不存在\n` });
  });

  it('a missing accounts file: exit 1, the message names that file', async () => {
    const r = await cli(['homogeneity', '--posts', `${DATA}/posts.csv`, '--accounts', `${DATA}/nope.csv`]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`govmedia: ${DATA}/nope.csv：文件不存在\n`);
  });

  it('a CSV with bad rows: exit 0 on the good rows, each bad row on stderr with file, line (header = line 1) and column', async () => {
    const r = await cli(['homogeneity', '--posts', `${DATA}/bad-posts.csv`, '--format', 'json']);
    expect(r.code).toBe(0);
    // A bad optional cell (阅读数 abc) loses the cell, not the row (issue 12); a bad time loses the row.
    expect(r.stderr).toBe(
      `govmedia: ${DATA}/bad-posts.csv 第 5 行，列“发布时间”：不是日期时间："2024-02-30 08:00"\n` +
        `govmedia: ${DATA}/bad-posts.csv：跳过 1 行有误的数据，共 5 行，读取 4 行（行号同表格软件，表头为第 1 行；加 --strict 则出错即停）\n` +
        `govmedia: ${DATA}/bad-posts.csv 第 3 行，列“阅读数”：不是计数（须为 ≥ 0 的数）："abc"——该单元格按缺失处理，行保留\n`,
    );
    expect(JSON.parse(r.stdout).stats.posts).toBe(4); // 5 data rows − 1 rejected
  });

  it('a CSV with bad rows under --strict: exit 1 naming file, row and column, no output', async () => {
    const r = await cli(['homogeneity', '--posts', `${DATA}/bad-posts.csv`, '--strict']);
    expect(r).toEqual({ code: 1, stdout: '', stderr: `govmedia: ${DATA}/bad-posts.csv 第 3 行，列“阅读数”：不是计数（须为 ≥ 0 的数）："abc"\n` });
  });

  it('the sample posts-with-errors.csv: rank succeeds on the good rows and names each bad row', async () => {
    const r = await cli(['rank', '--posts', 'examples/data/posts-with-errors.csv', '--format', 'csv', '--platform', 'all']);
    expect(r.code).toBe(0);
    const f = 'govmedia: examples/data/posts-with-errors.csv';
    expect(r.stderr).toBe(
      `${f} 第 4 行，列“发布时间”：不是日期时间："2024-13-01 09:00:00"\n` +
        `${f} 第 5 行，列“账号ID”：缺少账号ID\n` +
        `${f}：跳过 2 行有误的数据，共 5 行，读取 3 行（行号同表格软件，表头为第 1 行；加 --strict 则出错即停）\n` +
        `${f} 第 3 行，列“阅读数”：不是计数（须为 ≥ 0 的数）："abc"——该单元格按缺失处理，行保留\n`,
    );
    expect(r.stdout.split('\r\n').filter(Boolean)).toHaveLength(1 + 2); // header + the two good accounts
  });

  it('the sample posts-with-errors.csv under --strict: exit 1 on the first bad row', async () => {
    const r = await cli(['rank', '--posts', 'examples/data/posts-with-errors.csv', '--strict', '--platform', 'all']);
    expect(r).toEqual({ code: 1, stdout: '', stderr: 'govmedia: examples/data/posts-with-errors.csv 第 3 行，列“阅读数”：不是计数（须为 ≥ 0 的数）："abc"\n' });
  });

  it('an unknown index is a usage error (exit 2) naming the known ones', async () => {
    const r = await cli(['rank', '--posts', 'examples/data/posts.csv', '--index', 'wci-99']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^govmedia: --index：未知的指数 "wci-99"（可用：.*wci-14\.2、/);
  });

  it('an unreadable --period is a usage error (exit 2)', async () => {
    const r = await cli(['homogeneity', '--posts', `${DATA}/posts.csv`, '--period', 'March']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^govmedia: --period：统计周期 "March" 有误：无法识别；可写 /);
  });

  it('--out to a directory that does not exist: exit 1 naming the file', async () => {
    const r = await cli(['homogeneity', '--posts', `${DATA}/posts.csv`, '--out', 'no/such/dir/out.csv']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^govmedia: no\/such\/dir\/out\.csv：无法写入/m); // a line of its own (homogeneity also notes the missing ledger)
  });

  it('a matrix.json with a bad field: exit 1 naming the file and the field', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'govmedia-cli-'));
    const bad = JSON.parse(readFileSync('examples/data/matrix.json', 'utf8'));
    bad.units[0].level = 'planet';
    writeFileSync(join(dir, 'matrix.json'), JSON.stringify(bad));
    const r = await cli(['matrix', '--matrix', join(dir, 'matrix.json'), '--accounts', `${process.cwd()}/examples/data/accounts.csv`, '--posts', `${process.cwd()}/examples/data/posts.csv`]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(new RegExp(`^govmedia: ${join(dir, 'matrix.json')}：字段“units\\.0\\.level”：`));
  });
});

describe('govmedia --out', () => {
  it('writes the output to the file (CSV with BOM and CRLF) and nothing to stdout', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'govmedia-cli-'));
    const r = await cli(['census', '--accounts', 'examples/data/accounts.csv', '--format', 'csv', '--out', join(dir, 'census.csv')]);
    expect(r).toEqual({ code: 0, stdout: '', stderr: '' });
    const csv = readFileSync(join(dir, 'census.csv'), 'utf8');
    expect(csv.startsWith('\uFEFF项目,数量,占比\r\n账号总数,300,100.0%\r\n')).toBe(true);
  });
});
