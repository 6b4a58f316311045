import { existsSync } from 'node:fs';

// Where the browser tests (test/browser, test/app) find Debian's chromium, and whether
// a missing one is a failure. `npm test` on a machine without Chromium skips them with
// a printed notice (test/global-setup.ts); `npm run test:browser` and .ci/run set
// GOVMEDIA_REQUIRE_BROWSER=1, so there a missing Chromium fails.
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const HAVE_BROWSER = existsSync(CHROMIUM);
export const BROWSER_REQUIRED = process.env.GOVMEDIA_REQUIRE_BROWSER === '1';
export const BROWSER_SKIP_NOTICE =
  `browser tests skipped: no Chromium at ${CHROMIUM} (set CHROMIUM_PATH, or apt-get install -y chromium). ` +
  'Run them with `npm run test:browser` (GOVMEDIA_REQUIRE_BROWSER=1: a missing Chromium fails).';
