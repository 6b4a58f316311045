// govmedia CLI entry (bin): runs the commands on the real process streams.
import { internalErrorMessage, runCli } from './run-cli.js';

// `govmedia rank … | head`: when the reader closes the pipe, the rest of the output
// has nowhere to go; that is the user's choice, not an error. End quietly, exit 0.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0);
    throw e;
  });
}

runCli(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd() }).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(internalErrorMessage(e));
    process.exitCode = 1;
  },
);
