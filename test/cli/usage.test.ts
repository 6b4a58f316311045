import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/cli/commands/index.js';
import { cli } from './harness.js';

/** A command's required options with placeholder values, so the parser gets as far as the unknown flag. */
const required = (name: string): string[] => {
  const cmd = new Command(name);
  COMMANDS.find((c) => c.name === name)!.options(cmd);
  return cmd.options.filter((o) => o.mandatory).flatMap((o) => [o.long!, 'x']);
};

describe('govmedia usage', () => {
  it('govmedia --help exits 0 and lists the commands and exit codes', async () => {
    const r = await cli(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('用法： govmedia');
    for (const c of COMMANDS) expect(r.stdout).toContain(c.name);
    expect(r.stdout).toContain('退出码：0 成功；1 输入无效');
  });

  it('govmedia --version prints the version and exits 0', async () => {
    const r = await cli(['--version']);
    expect(r).toEqual({ code: 0, stdout: '0.1.0\n', stderr: '' });
  });

  it('govmedia frobnicate (unknown command) exits 2 with a message', async () => {
    const r = await cli(['frobnicate']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('govmedia: 错误：未知命令 frobnicate\n（用 --help 查看用法）\n');
    expect(r.stdout).toBe('');
  });

  it('govmedia --frobnicate (unknown option) exits 2', async () => {
    const r = await cli(['--frobnicate']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('govmedia: 错误：未知选项 --frobnicate\n（用 --help 查看用法）\n');
  });

  it.each(COMMANDS.map((c) => c.name))('govmedia %s --help shows an example and exits 0', async (name) => {
    const r = await cli([name, '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(new RegExp(`示例：\\n  govmedia ${name} `));
    expect(r.stdout).toContain('--format <format>');
    expect(r.stdout).toContain('--strict');
  });

  it.each(COMMANDS.map((c) => c.name))('govmedia %s --no-such-flag exits 2 naming the flag', async (name) => {
    const r = await cli([name, '--no-such-flag', ...required(name)]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^govmedia: 错误：未知选项 --no-such-flag\n/);
  });

  it.each(COMMANDS.map((c) => c.name))('govmedia %s --format pdf exits 2 naming the allowed formats', async (name) => {
    const r = await cli([name, '--format', 'pdf']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/table, csv, json, md, html/);
  });

  it.each(COMMANDS.map((c) => [c.name, c.example] as const))('the --help example of %s runs and exits 0', async (_name, example) => {
    const dir = mkdtempSync(join(tmpdir(), 'govmedia-example-'));
    const args = example.split(' ').slice(1);
    const out = args.indexOf('--out');
    if (out >= 0) args[out + 1] = join(dir, args[out + 1]!);
    const r = await cli(args);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });
});
