import { Command, CommanderError, Option } from 'commander';
import { InputError } from '../model/index.js';
import { COMMANDS } from './commands/index.js';
import { CliInputError, CliUsageError, EXIT, type CliIO } from './io.js';
import { FORMATS, renderOutput, writeOutput, type OutputFormat } from './output.js';
import { createProgress } from './progress.js';

/** Options every command accepts. */
export interface CommonOptions {
  format: OutputFormat;
  out?: string;
  strict: boolean;
  progress: boolean;
}

const EXIT_HELP = `
Exit codes: 0 success, 1 invalid input (missing or unreadable file, bad row under --strict;
the message names the file, row and column), 2 usage error (unknown command or option).`;

/**
 * Runs `govmedia` with `argv` (without node and script), writing to `io`;
 * resolves to the exit code. Never calls process.exit, so tests run it in-process.
 */
export async function runCli(argv: readonly string[], io: CliIO): Promise<number> {
  const program = new Command('govmedia')
    .description('Influence indices and supervision analytics for government new-media accounts (政务新媒体).')
    .version('0.1.0', '-V, --version', 'print the govmedia version')
    .enablePositionalOptions()
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) })
    .showHelpAfterError('(run with --help for usage)')
    .addHelpText('after', EXIT_HELP);

  let result: Promise<void> | undefined;
  for (const def of COMMANDS) {
    const cmd = program
      .command(def.name)
      .description(def.description)
      .exitOverride()
      .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) })
      .showHelpAfterError('(run with --help for usage)');
    def.options(cmd);
    cmd
      .addOption(new Option('-f, --format <format>', 'output format').choices(FORMATS).default('table'))
      .option('-o, --out <file>', 'write the output to a file instead of stdout')
      .option('--strict', 'fail (exit 1) on the first bad input row instead of skipping it', false)
      .option('--no-progress', 'no progress bar (it is shown only on a terminal anyway)')
      .addHelpText('after', `\nExample:\n  ${def.example}\n${EXIT_HELP}`)
      .action((opts: CommonOptions & Record<string, unknown>) => {
        result = (async () => {
          const progress = createProgress(io, def.steps, opts.progress);
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
  if (e instanceof CliUsageError || e instanceof RangeError) {
    io.stderr.write(`govmedia: ${e.message}\n`);
    return EXIT.usage;
  }
  if (e instanceof CliInputError || e instanceof InputError) {
    io.stderr.write(`govmedia: ${e.message}\n`);
    return EXIT.input;
  }
  io.stderr.write(`govmedia: internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  return 70; // EX_SOFTWARE: a bug, not the user's input
}
