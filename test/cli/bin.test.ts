import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from './harness.js';

// The built bin (dist/cli.js) as a user runs it: a real process, real exit codes.
const bin = resolve(ROOT, 'dist/cli.js');
const run = (args: string[]) => spawnSync(process.execPath, [bin, ...args], { cwd: ROOT, encoding: 'utf8' });

describe('dist/cli.js (the govmedia bin)', () => {
  beforeAll(() => {
    if (!existsSync(bin)) execFileSync('npx', ['tsup'], { cwd: ROOT, stdio: 'ignore' });
  });

  it('govmedia --help exits 0', () => {
    const r = run(['--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('用法： govmedia');
  });

  it('govmedia --bogus exits 2', () => {
    const r = run(['--bogus']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('govmedia: 错误：未知选项 --bogus'); // commander's message in Chinese (run-cli)
  });

  it('govmedia homogeneity --posts missing.csv exits 1 naming the file', () => {
    const r = run(['homogeneity', '--posts', 'no/such/posts.csv']);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('govmedia: no/such/posts.csv：文件不存在\n');
  });
});
