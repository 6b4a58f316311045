import type { Command } from 'commander';
import type { CliIO } from '../io.js';
import type { CommandOutput } from '../output.js';
import type { Progress } from '../progress.js';
import type { CommonOptions } from '../run-cli.js';

/** What a command's run function gets besides its options. */
export interface CommandContext {
  io: CliIO;
  progress: Progress;
}

/** One `govmedia` command: its options, help example, and the run that calls the library. */
export interface CommandDefinition {
  name: string;
  description: string;
  /** A full command line shown under `Example:` in `--help`. */
  example: string;
  /** Number of progress steps (reading files, computing, output). */
  steps: number;
  /** Declares the command's own options on its commander Command. */
  options(cmd: Command): void;
  run(opts: CommonOptions & Record<string, unknown>, ctx: CommandContext): Promise<CommandOutput>;
}
