import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run-cli.js';
import { cli, ROOT } from './harness.js';

const args = ['census', '--accounts', 'examples/data/accounts.csv', '--format', 'csv'];

describe('progress bar', () => {
  it('is drawn on stderr when stdout and stderr are terminals, leaving stdout unchanged', async () => {
    let stdout = '';
    let stderr = '';
    const tty = (write: (s: string) => void) => ({ write: (s: string) => (write(s), true), isTTY: true, columns: 80, cursorTo: () => true, clearLine: () => true, moveCursor: () => true, on: () => undefined, removeListener: () => undefined });
    const code = await runCli(args, { stdout: tty((s) => (stdout += s)), stderr: tty((s) => (stderr += s)), cwd: ROOT });
    expect(code).toBe(0);
    expect(stdout).toBe((await cli(args)).stdout);
    expect(stderr).not.toBe('');
  });

  it('is off when output is piped (not a terminal), and with --no-progress', async () => {
    expect((await cli(args)).stderr).toBe('');
    let stderr = '';
    const tty = (write: (s: string) => void) => ({ write: (s: string) => (write(s), true), isTTY: true });
    await runCli([...args, '--no-progress'], { stdout: tty(() => {}), stderr: tty((s) => (stderr += s)), cwd: ROOT });
    expect(stderr).toBe('');
  });
});
