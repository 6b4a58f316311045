import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/cli/commands/index.js';
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

// Issue 17 item 6: every text a CLI user reads is Chinese, --help included (flag names, ids and formats stay as typed).
describe('--help reads Chinese', () => {
  /** The items (term + description, continuation lines joined) of a help text's option and command lists. */
  const items = (help: string): { term: string; description: string }[] => {
    const out: { term: string; description: string }[] = [];
    let inList = false;
    for (const line of help.split('\n')) {
      if (/^(选项|命令|参数|通用选项)：$/.test(line)) { inList = true; continue; }
      if (!line.startsWith('  ')) { inList = false; continue; }
      if (!inList) continue;
      const m = /^ {2}(\S.*?)(?: {2,}(.*))?$/.exec(line);
      if (m && !line.startsWith('   ')) out.push({ term: m[1]!, description: m[2] ?? '' });
      else out[out.length - 1]!.description += line.trim();
    }
    return out;
  };
  const CJK = /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/;
  /** Three lowercase English words in a row: a sentence, not a flag, id or format name. */
  const ENGLISH_SENTENCE = /\b[a-z]{2,}(?: [a-z]{2,}){2,}\b/;
  const helps = [['--help'], ...COMMANDS.map((c) => [c.name, '--help'])];

  it.each(helps.map((a) => [a.join(' '), a] as const))('govmedia %s: headings, every option and command description in Chinese', async (_, args) => {
    const r = await cli(args);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^用法： govmedia/);
    expect(r.stdout).toContain('选项：');
    expect(r.stdout).not.toMatch(/Usage:|Options:|Commands:|display help|\(default:|\(choices:/);
    const list = items(r.stdout);
    expect(list.length).toBeGreaterThan(2);
    for (const { term, description } of list) {
      expect(description, term).toMatch(CJK);
      expect(description, term).not.toMatch(ENGLISH_SENTENCE);
    }
    // The text around the lists too (description, exit codes), except the example command line.
    const prose = r.stdout.split('\n').filter((l) => !l.startsWith('  govmedia ')).join('\n');
    expect(prose).not.toMatch(ENGLISH_SENTENCE);
    expect(prose).toContain('退出码：0 成功');
  });

  it('a long Chinese description wraps within 80 columns (a Chinese character is two)', async () => {
    const width = (s: string) => s.replace(/[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/g, '..').length;
    for (const args of helps) {
      const { stdout } = await cli(args);
      const wide = stdout.split('\n').filter((l) => !l.startsWith('  govmedia ') && width(l) > 80 && CJK.test(l));
      expect(wide, args.join(' ')).toEqual([]);
    }
  });
});

describe('--help speaks to the user, not to the project', () => {
  it('no command’s help names the project’s source documents, issues or ranking jargon', async () => {
    for (const name of ['', ...COMMANDS.map((c) => c.name)]) {
      const r = await cli(name ? [name, '--help'] : ['--help']);
      expect(r.code).toBe(0);
      expect(r.stdout, `govmedia ${name} --help`).not.toMatch(/seed \d|seed-\d|issue \d|1224/);
    }
  });
  it('rank --help lists every catalog index, as the unknown-index error does', async () => {
    const help = (await cli(['rank', '--help'])).stdout.replace(/\s+/g, '');
    const err = (await cli(['rank', '--posts', 'x.csv', '--index', 'bogus'])).stderr;
    const ids = /可用：([^；]*)；/.exec(err)![1]!.split('、');
    expect(ids).toContain('weibo-city-2023Q3');
    for (const id of ids) expect(help).toContain(id);
  });
});
