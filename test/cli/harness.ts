import { resolve } from 'node:path';
import { runCli } from '../../src/cli/run-cli.js';

/** Repository root: commands in tests run from here, so paths read like the README's. */
export const ROOT = resolve(__dirname, '../..');

/** Result of one in-process CLI run. */
export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs `govmedia <args>` in-process (runCli with captured streams, not a TTY).
 * In-process rather than spawning tsx or dist/cli.js per case: ~40 runs would
 * cost a process start and a TypeScript transform each (about a second apiece);
 * `bin.test.ts` spawns the built dist/cli.js for the real process exit codes.
 */
export async function cli(args: readonly string[], cwd = ROOT): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    stdout: { write: (s: string) => (stdout += s), isTTY: false },
    stderr: { write: (s: string) => (stderr += s), isTTY: false },
    cwd,
  });
  return { code, stdout, stderr };
}
