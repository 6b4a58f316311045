import { BROWSER_REQUIRED, BROWSER_SKIP_NOTICE, HAVE_BROWSER } from './browser/chromium.js';

// Runs once in the main vitest process, so the notice is printed even though test
// output is quiet (silent: 'passed-only').
export default function setup(): void {
  if (!HAVE_BROWSER && !BROWSER_REQUIRED) process.stderr.write(`\n${BROWSER_SKIP_NOTICE}\n\n`);
}
