// govmedia CLI entry (bin): runs the commands on the real process streams.
import { runCli } from './run-cli.js';

runCli(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd() }).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`govmedia: ${String(e)}\n`);
    process.exitCode = 70;
  },
);
