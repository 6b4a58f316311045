import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CliInputError, CliUsageError } from '../../src/cli/io.js';
import { numberOption, readInputFile, resolveRunPeriod, type FileReader } from '../../src/cli/inputs.js';
import { InputError, type Rejection } from '../../src/model/index.js';

const dir = mkdtempSync(join(tmpdir(), 'govmedia-cli-'));
writeFileSync(join(dir, 'x.csv'), 'a\n1\n');
const io = () => {
  const err: string[] = [];
  return { err, io: { stdout: { write: () => true }, stderr: { write: (s: string) => err.push(s) }, cwd: dir } };
};
const rejected: Rejection[] = [
  { row: 2, column: '阅读数', reason: 'not a number', value: 'abc' },
  { row: 5, column: '发布时间', reason: '不是日期时间："2024-02-30"' },
];
const collecting: FileReader<{ n: number }> = async () => ({ n: 1, rejected });

describe('readInputFile(file, reader, { strict, io })', () => {
  it('lists every rejected row on stderr with file, row and column, and returns the good rows', async () => {
    const { err, io: cio } = io();
    const r = await readInputFile('x.csv', collecting, { strict: false, io: cio });
    expect(r.n).toBe(1);
    expect(err).toEqual([
      'govmedia: x.csv 第 2 行，列“阅读数”：not a number（值 "abc"）\n',
      'govmedia: x.csv 第 5 行，列“发布时间”：不是日期时间："2024-02-30"\n',
      'govmedia: x.csv：跳过 2 行有误的数据（行号同表格软件，表头为第 1 行；加 --strict 则出错即停）\n',
    ]);
  });

  it('under strict, a reader that throws InputError becomes a CliInputError naming file, row and column', async () => {
    const strictReader: FileReader<{ n: number }> = async () => {
      throw new InputError(rejected, 'posts');
    };
    const { io: cio } = io();
    const e = await readInputFile('x.csv', strictReader, { strict: true, io: cio }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(CliInputError);
    expect((e as CliInputError).message).toBe('x.csv 第 2 行，列“阅读数”：not a number（值 "abc"）');
  });

  it('under strict, rejections a reader collected anyway still fail', async () => {
    const { io: cio } = io();
    await expect(readInputFile('x.csv', collecting, { strict: true, io: cio })).rejects.toThrow(/^x\.csv 第 2 行，列“阅读数”/);
  });

  it('a missing file is a CliInputError naming it; the reader is not called', async () => {
    const { io: cio } = io();
    let called = false;
    const reader: FileReader<object> = async () => {
      called = true;
      return { rejected: [] };
    };
    await expect(readInputFile('nope.csv', reader, { strict: false, io: cio })).rejects.toThrow(new CliInputError('nope.csv：文件不存在'));
    expect(called).toBe(false);
  });
});

describe('resolveRunPeriod(spec, range)', () => {
  it('parses --period 2024-03 as a 30-day month', () => {
    expect(resolveRunPeriod('2024-03', null)).toMatchObject({ kind: 'month', days: 30, label: '2024-03' });
  });
  it('without --period, uses the data’s full date range (China days, real day count)', () => {
    const range = { start: Date.parse('2024-01-01T00:30:00+08:00'), end: Date.parse('2024-03-31T23:00:00+08:00') };
    expect(resolveRunPeriod(undefined, range)).toMatchObject({ kind: 'custom', days: 91, label: '2024-01-01~2024-03-31' });
  });
  it('returns null with no --period and no dated records', () => {
    expect(resolveRunPeriod(undefined, null)).toBeNull();
  });
  it('turns an unreadable --period into a usage error', () => {
    expect(() => resolveRunPeriod('March', null)).toThrow(CliUsageError);
  });
});

describe('numberOption(name, value, check)', () => {
  it('reads numbers with thousands separators', () => {
    expect(numberOption('--reads', '823,456')).toBe(823456);
  });
  it('rejects a non-number, naming the option', () => {
    expect(() => numberOption('--top', 'ten', { integer: true, min: 1 })).toThrow('--top：应为整数 ≥ 1，收到 "ten"');
  });
});
