// Shared synthetic data for the benches: skewed activity (a few accounts post a
// lot), heavy-tailed reads with the 10万+ cap, correlated interactions, pushes with a
// headline, 70% originals, times uniform over 13 weeks from Monday 2024-07-01 (China time).
import { PostsTable } from '../../src/index.js';
import { createRng } from '../../src/stats/create-rng.js';

export const WEEK = 7 * 86_400_000;
/** Monday 2024-07-01 00:00 China time. */
export const START = Date.UTC(2024, 6, 1) - 8 * 3600_000;
export const WEEKS = 13;

export interface BenchData { table: PostsTable; accounts: number }

/** A posts table of `n` posts over `accounts` accounts (seeded: every process builds the same one). */
export function makeTable(n: number, accounts: number, seed = 2024): PostsTable {
  const rng = createRng(seed);
  const account = new Uint32Array(n), time = new Float64Array(n), reads = new Float64Array(n), looks = new Float64Array(n), likes = new Float64Array(n);
  const shares = new Float64Array(n), comments = new Float64Array(n), position = new Uint16Array(n), original = new Uint8Array(n);
  const span = WEEKS * WEEK;
  for (let i = 0; i < n; i++) {
    account[i] = Math.floor(rng.next() * rng.next() * accounts);
    time[i] = START + Math.floor(rng.next() * span);
    const r = Math.min(100001, Math.floor(Math.exp(6 + 1.5 * rng.normal())));
    reads[i] = r; looks[i] = Math.floor(r * 0.006 * rng.next() * 2); likes[i] = Math.floor(r * 0.015 * rng.next() * 2);
    shares[i] = Math.floor(r * 0.008 * rng.next() * 2); comments[i] = Math.floor(r * 0.002 * rng.next() * 2);
    position[i] = 1 + Math.floor(rng.next() * 3); original[i] = rng.next() < 0.7 ? 1 : 0;
  }
  const accountIds = Array.from({ length: accounts }, (_, k) => `acc${k}`);
  return new PostsTable({ accountIds, account, time, reads, looks, likes, shares, comments, position, original });
}
