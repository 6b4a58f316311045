// Pieces of the random-CSV generators shared by test/ingest/fast-path.test.ts and
// test/io/node/read-posts-threaded.test.ts.
import fc from 'fast-check';

/** A cell as a CSV writer quotes it for delimiter `d` (empty cells quoted too, to vary the shape). */
export const quoteCsv = (v: string, d: string): string => (v.includes(d) || /["\n\r]/.test(v) || v === '' ? `"${v.replace(/"/g, '""')}"` : v);

/**
 * Header subsets of `columns` in random order that always hold 账号ID and 发布时间: a
 * header without an account or a time column is refused as a whole (tested in
 * test/ingest/fast-path.test.ts and test/ingest/ledger-id-platform.test.ts).
 */
export const headerArb = (columns: readonly string[]): fc.Arbitrary<string[]> =>
  fc.shuffledSubarray([...columns], { minLength: 2 }).map((c) => (c.includes('账号ID') ? c : ['账号ID', ...c])).map((c) => (c.includes('发布时间') ? c : [...c, '发布时间']));
