import { defineConfig } from 'vitest/config';

// Tests run in a fixed time zone (UTC, so that any accidental use of local time
// shows up against the China-time expectations), quietly, with a fixed fast-check
// seed taken from FC_SEED (see test/setup.ts).
process.env.TZ = 'UTC';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    setupFiles: ['test/setup.ts'],
    // Prints the notice when the browser tests are skipped (no Chromium).
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    silent: 'passed-only',
    pool: 'forks',
    // --expose-gc lets the streaming test measure retained memory after a collection.
    execArgv: ['--expose-gc'],
    env: { TZ: 'UTC' },
  },
});
