import type { Rejection } from '../model/index.js';

/** Where a CLI run reads and writes: injectable so tests run the CLI in-process. */
export interface CliIO {
  stdout: { write(s: string): unknown; isTTY?: boolean };
  stderr: { write(s: string): unknown; isTTY?: boolean };
  /** Base directory for relative paths. */
  cwd: string;
}

/** Exit codes of `govmedia` (documented in `--help`). */
export const EXIT = { ok: 0, input: 1, usage: 2 } as const;

/**
 * Invalid input: a missing or unreadable file, a bad row under `--strict`, an
 * unreadable period. Exit code 1; the message names the file (and row, column).
 */
export class CliInputError extends Error {
  override readonly name = 'CliInputError';
  constructor(message: string, readonly rejections: readonly Rejection[] = []) {
    super(message);
  }
}

/** Bad arguments that commander cannot see (e.g. a value out of range): exit code 2. */
export class CliUsageError extends Error {
  override readonly name = 'CliUsageError';
}
