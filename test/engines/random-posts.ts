import fc from 'fast-check';
import type { Post } from '../../src/index.js';

// Random posts tables for the engine parity tests: skewed accounts (one account
// holds most posts), ties (repeated metric values and duplicated posts), missing
// metrics and positions, unknown original flags, Chinese account ids, and times
// spread over and around March 2024 (China time), so some periods are empty.

export const MARCH_2024 = { start: Date.UTC(2024, 2, 1) - 8 * 3600e3, end: Date.UTC(2024, 3, 1) - 8 * 3600e3, days: 30 };
/** A week with no post in any generated table: every engine must return no row. */
export const EMPTY_WEEK = { start: Date.UTC(2023, 0, 2) - 8 * 3600e3, end: Date.UTC(2023, 0, 9) - 8 * 3600e3, days: 7 };

const account = fc.oneof(
  { weight: 10, arbitrary: fc.constant('市政府办公室') },
  { weight: 3, arbitrary: fc.constant('acc_2') },
  { weight: 1, arbitrary: fc.constantFrom('公安局_发布', 'acc-4', '教育局', 'x') },
);
const metric = (max: number) =>
  fc.oneof(
    { weight: 3, arbitrary: fc.integer({ min: 0, max }) },
    { weight: 2, arbitrary: fc.constantFrom(0, 1, 100, 100001) }, // ties, and 10万+ as exported
    { weight: 1, arbitrary: fc.constant(undefined) }, // missing ("-")
  );

export const postArb: fc.Arbitrary<Post> = fc
  .record({
    accountId: account,
    publishedAt: fc.integer({ min: Date.UTC(2024, 1, 20), max: Date.UTC(2024, 3, 10) }).map((t) => new Date(t)),
    reads: metric(200000),
    looks: metric(900),
    likes: metric(5000),
    shares: metric(700),
    comments: metric(300),
    position: fc.option(fc.integer({ min: 1, max: 6 }), { nil: undefined }),
    isOriginal: fc.option(fc.boolean(), { nil: undefined }),
  })
  .map((r) => Object.fromEntries(Object.entries(r).filter(([, v]) => v !== undefined)) as unknown as Post);

/** 1–120 posts, some duplicated (exact ties between rows). */
export const postsArb: fc.Arbitrary<Post[]> = fc
  .tuple(fc.array(postArb, { minLength: 1, maxLength: 120 }), fc.array(fc.nat(), { maxLength: 10 }))
  .map(([posts, dups]) => [...posts, ...dups.map((k) => posts[k % posts.length]!)]);
