import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BROWSER_REQUIRED, BROWSER_SKIP_NOTICE, HAVE_BROWSER } from './browser/chromium.js';

// Runs once in the main vitest process, before any test file, so:
// - the notice is printed even though test output is quiet (silent: 'passed-only');
// - on a fresh clone (`npm install && npm test`, no build yet) the package is built
//   once here, instead of by several test files at the same time (tsup cleans dist/,
//   so concurrent builds would race).
export default function setup(): void {
  const root = fileURLToPath(new URL('..', import.meta.url));
  if (!existsSync(resolve(root, 'dist/index.js')) || !existsSync(resolve(root, 'dist/cli.js'))) {
    process.stderr.write('\ndist/ is missing: building the package once (npm run build) for the tests that run the built bin and package\n');
    execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'ignore' });
  }
  if (!HAVE_BROWSER && !BROWSER_REQUIRED) process.stderr.write(`\n${BROWSER_SKIP_NOTICE}\n\n`);
}
