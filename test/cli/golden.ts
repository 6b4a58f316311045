import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { expect } from 'vitest';
import { ROOT } from './harness.js';

const DIR = resolve(ROOT, 'test/fixtures/cli');

/**
 * Compares `actual` with the golden file test/fixtures/cli/<name>, exactly (bytes,
 * BOM and CRLF included). `GOVMEDIA_UPDATE_GOLDEN=1` rewrites the file instead;
 * review the diff by eye before committing. A missing golden file fails.
 */
export function expectGolden(name: string, actual: string): void {
  const path = resolve(DIR, name);
  if (process.env.GOVMEDIA_UPDATE_GOLDEN === '1') {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, actual, 'utf8');
    return;
  }
  if (!existsSync(path)) throw new Error(`golden file ${name} is missing: run with GOVMEDIA_UPDATE_GOLDEN=1 and review it`);
  expect(actual).toBe(readFileSync(path, 'utf8'));
}
