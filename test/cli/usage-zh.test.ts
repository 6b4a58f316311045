import { describe, expect, it } from 'vitest';
import { commanderMessageZh } from '../../src/cli/commander-zh.js';
import { cli } from './harness.js';

// Issue 13: a clerk reads commander's own usage errors in Chinese; the exit code stays 2.
describe('commander usage errors in Chinese (exit 2)', () => {
  it.each([
    [['rank', '--posts'], 'govmedia: 错误：选项 --posts <file> 缺少取值\n（用 --help 查看用法）\n'],
    [['warn', '--posts', 'x.csv'], 'govmedia: 错误：缺少必需的选项 --accounts <file>\n（用 --help 查看用法）\n'],
    [['rank', '--posts', 'x.csv', '--format', 'xml'], 'govmedia: 错误：选项 -f, --format <format> 的取值 “xml” 无效，可选：table, csv, json, md, html\n（用 --help 查看用法）\n'],
    [['rank', '--posts', 'x.csv', '--perod', '2024-09'], 'govmedia: 错误：未知选项 --perod\n（是否想用 --period？）\n（用 --help 查看用法）\n'],
  ])('%j', async (args, stderr) => {
    const r = await cli(args);
    expect(r).toEqual({ code: 2, stdout: '', stderr });
  });

  it('a message commander may add later passes through, only its "error:" translated', () => {
    expect(commanderMessageZh("error: something new 'x'\n")).toBe("错误：something new 'x'\n");
  });
});

describe('no flag means two things (issue 13 kind 9)', () => {
  it('sql --columns (the header-mapping FILE elsewhere) is refused naming --table-columns; --table-columns works', async () => {
    const r = await cli(['sql', '--days', '30', '--columns', 'account=acct']);
    expect(r).toEqual({ code: 2, stdout: '', stderr: 'govmedia: --columns：sql 中数据库表的列名请用 --table-columns account=acct,time=ts（--columns 在其他命令中是表头映射文件）\n' });
    const ok = await cli(['sql', '--days', '30', '--table-columns', 'account=acct']);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/GROUP BY acct/);
  });
  it('--help of index and sql does not list the caught flags', async () => {
    expect((await cli(['index', '--help'])).stdout).not.toMatch(/--posts /);
    expect((await cli(['sql', '--help'])).stdout).not.toMatch(/--columns /);
  });
});
