// Threaded scoring for Node (issue 15): the accounts split across worker_threads over
// the clustered columns on SharedArrayBuffers. The browser core stays single-threaded.
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Worker } from 'node:worker_threads';
import { resolveIndexNamed } from '../../indices/index-catalog.js';
// Types of public signatures through the core's barrel, so the built node.d.ts refers to
// the core's declarations (./index.js) instead of inlining a second PostsTable class
// (test/package/readme-examples.test.ts: a table from readPostsFile must type-check
// where the core wants one). Values by path (see read-posts-threaded.ts).
import type { AccountField, AccountScore, PostsTable, RankAccountsOptions, RankedAccount, ScoreAccountsOptions } from '../../index.js';
import {
  accountInputColumns, checkInputs, inputColumns, planScore, scoreObjects, scoreOutputs, sharedBuffer, type ScoreColumns, type ScoreColumnsOptions,
} from '../../indices/score-columns.js';
import { rankColumns, rankMask } from '../../ranking/rank-columns.js';
import { kernelColumnsOf } from '../../stats/account-fields-kernel.js';
import { runScoreTask, type ScoreTask } from './score-worker.js';
import { startWorker } from './start-worker.js';

/** Thread options of the Node scorers. */
export interface ThreadOptions {
  /**
   * Threads, counting the calling thread (default: `os.availableParallelism()`). 1 = no
   * worker. Tables under `minPosts` posts are scored on the calling thread anyway.
   */
  threads?: number;
  /** Smallest table worth splitting (default 200,000 posts: below it starting the work costs more than it saves, see bench/). */
  minPosts?: number;
}

/** Options of {@link scoreAccountsParallel}: those of `scoreAccounts` plus threads. */
export type ScoreAccountsParallelOptions = Omit<ScoreAccountsOptions, 'aggregates' | 'clustered'> & ThreadOptions;
/** Options of {@link rankAccountsParallel}: those of `rankAccounts` plus threads. */
export type RankAccountsParallelOptions = RankAccountsOptions & ThreadOptions;

/**
 * `scoreAccounts` on all cores: the clustered per-account pass and the index evaluation
 * run for ranges of accounts (balanced by post count) on worker threads, which read the
 * table's clustered columns and write their results on SharedArrayBuffers (no copy); the
 * calling thread takes the first range. Bit-identical to `scoreAccounts` (each account
 * is computed by the same code, in the same order, whichever thread runs it; tested).
 * Workers start on first use and stay (idle, not keeping the process alive).
 *
 * Complexity O(posts in period / threads + accounts × terms / threads).
 * @throws {RangeError} as `scoreAccounts` (unknown index, no period or `days` where the index divides by days, bad multiplier), or a `threads` that is not a positive integer.
 * @throws {IndexInputError} as `scoreAccounts`, when an input the index needs is missing (a TypeError).
 * @throws {Error} when a worker thread fails (the message names `scoreAccountsParallel` and the worker's error).
 * @returns As `scoreAccounts`, bit for bit.
 * @example const scores = await scoreAccountsParallel(table, { index: 'wci-14.2', period, threads: 2 });
 */
export async function scoreAccountsParallel(table: PostsTable, options: ScoreAccountsParallelOptions = {}): Promise<AccountScore[]> {
  const def = resolveIndexNamed(options.index ?? 'wci-14.2', 'scoreAccountsParallel');
  const s = await scoreColumnsParallel(table, def, options, 'scoreAccountsParallel');
  return scoreObjects(s, options.explain ?? true);
}

/**
 * `rankAccounts` on all cores (scoring as {@link scoreAccountsParallel}); same result as
 * `rankAccounts` (tested).
 * @throws {RangeError} as `rankAccounts` (unknown index or method, a platform without accounts, no period or `days`), or a `threads` that is not a positive integer.
 * @throws {IndexInputError} when an input the index needs is missing (a TypeError).
 * @returns As `rankAccounts`.
 * @example const ranked = await rankAccountsParallel(table, { index: '14.2', period, accounts, platform: 'wechat' });
 */
export async function rankAccountsParallel(table: PostsTable, options: RankAccountsParallelOptions = {}): Promise<RankedAccount[]> {
  const fn = 'rankAccountsParallel';
  const def = resolveIndexNamed(options.index ?? 'wci-14.2', fn);
  const mask = rankMask(table, options, fn);
  const s = await scoreColumnsParallel(table, def, { ...options, mask }, fn);
  return rankColumns(s, mask, options, fn);
}

async function scoreColumnsParallel(table: PostsTable, def: ReturnType<typeof resolveIndexNamed>, options: ScoreColumnsOptions & ThreadOptions, fn: string): Promise<ScoreColumns> {
  const threads = options.threads ?? Math.max(1, availableParallelism());
  if (!Number.isInteger(threads) || threads < 1) throw new RangeError(`${fn}: threads must be a positive integer, got ${String(threads)}`);
  const plan = planScore(def, options, fn);
  const accountIds = table.accountIds, k = accountIds.length;
  let mask = options.mask;
  if (mask && !(mask.buffer instanceof SharedArrayBuffer)) { const m = new Uint8Array(sharedBuffer(k)); m.set(mask); mask = m; }
  const acct = accountInputColumns(plan, accountIds, mask, options, fn);
  const cols = kernelColumnsOf(table, plan.fields);
  const fv: Partial<Record<AccountField, Float64Array>> = {};
  for (const f of plan.fields) fv[f] = new Float64Array(sharedBuffer(8 * k));
  const out = scoreOutputs(k, plan.compiled.dimWeights.length);
  const base: Omit<ScoreTask, 'id' | 'from' | 'to'> = {
    cols, fields: plan.fields, start: options.period?.start ?? -Infinity, end: options.period?.end ?? Infinity, fv, def,
    multiplier: plan.compiled.multiplier, roundAverages: options.roundAverages ?? def.roundAverages, days: plan.days, acct: [...acct], mask, out,
  };
  const parts = threads === 1 || table.size < (options.minPosts ?? 200_000) || k < 2 * threads ? 1 : threads;
  // Ranges of accounts with about equal numbers of posts (the accounts are skewed).
  const cuts = [0];
  for (let t = 1, a = 0; t < parts; t++) {
    const target = (table.size * t) / parts;
    while (a < k && cols.offsets[a]! < target) a++;
    cuts.push(Math.max(cuts[t - 1]!, a));
  }
  cuts.push(k);
  const pending = [];
  for (let t = 1; t < parts; t++) pending.push(runOnWorker(t - 1, { ...base, id: 0, from: cuts[t]!, to: cuts[t + 1]! }));
  runScoreTask({ ...base, id: 0, from: cuts[0]!, to: cuts[1]! });
  await Promise.all(pending);
  checkInputs(plan, fv, acct, accountIds, mask, fn);
  return { accountIds, compiled: plan.compiled, ...out, articles: fv.articles!, inputs: inputColumns(plan, fv, acct) };
}

// A small pool: workers start on first use and are kept (unref'd while idle).
const pool: Worker[] = [];
let nextId = 1;

function workerFile(): string {
  const self = typeof __filename === 'string' ? __filename : fileURLToPath(import.meta.url);
  return join(dirname(self), self.endsWith('.ts') ? 'score-worker.ts' : self.endsWith('.cjs') ? 'score-worker.cjs' : 'score-worker.js');
}

function getWorker(slot: number): Worker {
  let w = pool[slot];
  if (!w) {
    const entry = workerFile();
    w = startWorker(entry);
    w.unref();
    w.setMaxListeners(0);
    pool[slot] = w;
  }
  return w;
}

function runOnWorker(slot: number, task: ScoreTask): Promise<void> {
  const w = getWorker(slot);
  const id = nextId++;
  return new Promise<void>((resolve, reject) => {
    const onMessage = (m: { id: number; error?: string }) => {
      if (m.id !== id) return;
      done();
      if (m.error) reject(new Error(`scoreAccountsParallel: worker failed: ${m.error}`)); else resolve();
    };
    const onError = (e: Error) => { done(); pool[slot] = undefined as unknown as Worker; reject(e); };
    const done = () => { w.off('message', onMessage); w.off('error', onError); w.unref(); };
    w.on('message', onMessage);
    w.on('error', onError);
    w.ref();
    w.postMessage({ ...task, id });
  });
}
