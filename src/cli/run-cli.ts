import { realpathSync } from 'node:fs';
import { resolve } from 'node:path';
import { Command, CommanderError, Option } from 'commander';
import { CalendarNotCoveredError } from '../calendar/index.js';
import { InputError } from '../model/index.js';
import { commanderMessageZh, HELP_AFTER_ERROR_ZH, HELP_COMMAND_ZH, HELP_OPTION_ZH, HELP_ZH } from './commander-zh.js';
import { COMMANDS } from './commands/index.js';
import { CliInputError, CliUsageError, EXIT, type CliIO } from './io.js';
import { resolveRunPeriod } from './inputs.js';
import { FORMATS, renderOutput, writeOutput, type OutputFormat } from './output.js';
import { createProgress } from './progress.js';
import { stripControls } from './sanitize.js';

/** Options every command accepts. */
export interface CommonOptions {
  format: OutputFormat;
  out?: string;
  strict: boolean;
  progress: boolean;
}

const EXIT_HELP = `
退出码：0 成功；1 输入无效（文件不存在或无法读取、没有可用的数据行、
没有可计算的账号、--strict 下有误的数据行；提示中写明文件、行号和列；
内部错误也是 1，只占一行，设 GOVMEDIA_DEBUG=1 可显示调用栈）；2 用法错误
（未知的命令或选项、选项取值有误、不起作用的选项、--out 与输入文件相同）。
没有其他退出码。`;

/**
 * Runs `govmedia` with `argv` (without node and script), writing to `io`;
 * resolves to the exit code. Never calls process.exit, so tests run it in-process.
 */
export async function runCli(argv: readonly string[], rawIO: CliIO): Promise<number> {
  // Everything but the progress bar writes stderr through stripControls: file names,
  // values and reasons quoted from the data must not drive the terminal.
  const io: CliIO = { ...rawIO, stderr: { isTTY: rawIO.stderr.isTTY, write: (s: string) => rawIO.stderr.write(stripControls(s)) } };
  // Commander's usage errors (unknown option, missing value …) in Chinese, prefixed like ours; the help is Chinese too (HELP_ZH).
  const output = {
    writeOut: (s: string) => io.stdout.write(s),
    writeErr: (s: string) => io.stderr.write(s),
    outputError: (s: string, write: (s: string) => void) => write(`govmedia: ${commanderMessageZh(s)}`),
  };
  const program = new Command('govmedia')
    .description('政务新媒体的传播力指数（WCI、BCI、BVCI、DCI）与监管分析：检查、同质化、矩阵、摸底、排名、十佳、通报。')
    .version('0.1.0', '-V, --version', '显示 govmedia 的版本号')
    .enablePositionalOptions()
    .exitOverride()
    .configureOutput(output)
    .configureHelp(HELP_ZH)
    .helpOption(...HELP_OPTION_ZH)
    .helpCommand(...HELP_COMMAND_ZH)
    .showHelpAfterError(HELP_AFTER_ERROR_ZH)
    .addHelpText('after', EXIT_HELP);

  let result: Promise<void> | undefined;
  for (const def of COMMANDS) {
    const cmd = program
      .command(def.name)
      .description(def.description)
      .exitOverride()
      .configureOutput(output)
      .configureHelp(HELP_ZH)
      .helpOption(...HELP_OPTION_ZH)
      .showHelpAfterError(HELP_AFTER_ERROR_ZH);
    def.options(cmd);
    cmd
      .addOption(new Option('-f, --format <format>', '输出格式（table 为表格，md 为 Markdown）').choices(FORMATS).default('table'))
      .option('-o, --out <file>', '把输出写入文件，而不是打印到屏幕')
      .option('--strict', '遇到第一行有误的数据即出错停止（退出码 1），而不是跳过该行', false)
      .option('--no-progress', '不显示进度条（进度条只在终端中显示）')
      .addHelpText('after', `\n示例：\n  ${def.example}\n${EXIT_HELP}`)
      .action((opts: CommonOptions & Record<string, unknown>) => {
        result = (async () => {
          refuseOutOverInput(cmd, opts, io);
          // A bad --period is a usage error before any file is read (reversed, impossible, a week the year lacks).
          if (typeof opts.period === 'string') resolveRunPeriod(opts.period, null);
          const progress = createProgress(rawIO, def.steps, opts.progress);
          try {
            const out = await def.run(opts, { io, progress });
            progress.step('输出');
            const text = await renderOutput(out, opts.format);
            await writeOutput(text, opts.out, io);
          } finally {
            progress.stop();
          }
        })();
      });
  }

  try {
    await program.parseAsync(argv as string[], { from: 'user' });
    if (result) await result;
    else if (argv.length === 0) {
      program.outputHelp();
    }
    return EXIT.ok;
  } catch (e) {
    return exitCodeOf(e, io);
  }
}

function exitCodeOf(e: unknown, io: CliIO): number {
  if (e instanceof CommanderError) {
    // --help and --version end "with an error" under exitOverride; they are successes.
    if (e.code === 'commander.helpDisplayed' || e.code === 'commander.help' || e.code === 'commander.version') return EXIT.ok;
    return EXIT.usage; // commander already printed the message
  }
  if (e instanceof CliUsageError) {
    io.stderr.write(`govmedia: ${e.message}\n`);
    return EXIT.usage;
  }
  if (e instanceof CalendarNotCoveredError) {
    // A working-day count the command could not settle without the missing year (warn and report settle theirs and go on).
    io.stderr.write(`govmedia: 工作日历未覆盖 ${e.year} 年（内置日历覆盖 ${e.covered[0]}–${e.covered[1]} 年），无法按工作日计算；warn、report 可用 --holidays 文件补充该年节假日安排（库中用 createWorkingCalendar）\n`);
    return EXIT.input;
  }
  if (e instanceof CliInputError || e instanceof InputError) {
    io.stderr.write(`govmedia: ${e.message}\n`);
    return EXIT.input;
  }
  io.stderr.write(internalErrorMessage(e));
  return EXIT.input;
}

/**
 * An unexpected error (a bug, or a library check the CLI did not anticipate) in one
 * line: exit codes stay 0/1/2, and a clerk sees no stack trace. `GOVMEDIA_DEBUG=1`
 * adds the stack for a bug report.
 */
export function internalErrorMessage(e: unknown): string {
  const message = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  const oneLine = message.replace(/\s*\n\s*/g, ' ');
  const debug = process.env.GOVMEDIA_DEBUG === '1' && e instanceof Error && e.stack ? `\n${e.stack}` : '';
  return `govmedia: 内部错误：${oneLine}${debug ? '' : '（设 GOVMEDIA_DEBUG=1 可显示调用栈）'}${debug}\n`;
}

/** The same file, when it exists (symlinks resolved), else the same absolute path. */
function samePath(a: string, b: string): boolean {
  const real = (p: string) => {
    try {
      return realpathSync(p);
    } catch {
      return p;
    }
  };
  return a === b || real(a) === real(b);
}

/** `--out` naming one of the command's input files would overwrite the data: a usage error, before anything is read. */
function refuseOutOverInput(cmd: Command, opts: Record<string, unknown>, io: CliIO): void {
  if (opts.out === undefined) return;
  const out = resolve(io.cwd, String(opts.out));
  for (const o of cmd.options) {
    if (o.long === '--out' || !/<file>|<files?\.\.\.>/.test(o.flags)) continue;
    const v = opts[o.attributeName()];
    for (const f of (Array.isArray(v) ? v : v === undefined ? [] : [v]) as unknown[])
      if (samePath(out, resolve(io.cwd, String(f)))) throw new CliUsageError(`--out ${String(opts.out)}：与输入文件 ${o.long} 相同，会覆盖数据；请换一个输出文件`);
  }
}
