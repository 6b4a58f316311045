// Worker side of the threaded scorer (score-accounts-parallel.ts): runs the clustered
// per-account kernel and the index evaluation for one range of accounts, over columns
// shared with the calling thread (SharedArrayBuffer), writing its results in place.
// Built as its own file (dist/score-worker.js) so a worker never loads the CLI or the
// whole library.
import { parentPort } from 'node:worker_threads';
import { planScore } from '../../indices/score-columns.js';
import { planKernel, runKernel } from '../../indices/score-kernel.js';
import type { IndexDefinition } from '../../indices/index-definition.js';
import type { KernelColumns } from '../../stats/account-fields-kernel.js';
import type { AccountField } from '../../stats/account-fields.js';
import type { ScoreOutputs } from '../../indices/score-columns.js';

/** One range of accounts to score (everything large is on SharedArrayBuffers). */
export interface ScoreTask {
  id: number;
  cols: KernelColumns;
  fields: AccountField[];
  start: number;
  end: number;
  from: number;
  to: number;
  fv: Partial<Record<AccountField, Float64Array>>;
  def: IndexDefinition;
  multiplier: number;
  roundAverages: boolean;
  days: number;
  acct: [string, Float64Array][];
  mask: Uint8Array | undefined;
  out: ScoreOutputs;
}

/**
 * Runs one task (also called on the calling thread for its own range, so both run the same code).
 * @internal
 * @param task The range and the shared columns; results are written into `task.out`.
 */
export function runScoreTask(task: ScoreTask): void {
  const plan = planScore(task.def, { multiplier: task.multiplier, roundAverages: task.roundAverages, ...(Number.isFinite(task.days) ? { days: task.days } : {}) }, 'scoreAccountsParallel');
  // The fused kernel of scoreAccounts (src/indices/score-kernel.ts) on this range of accounts.
  const kernel = planKernel(task.cols, [{ compiled: plan.compiled, inputs: plan.inputs }], new Map(task.acct), plan.fields);
  const kept = plan.fields.filter((f) => f !== 'articles');
  runKernel(kernel, task.cols, task.start, task.end, plan.days, task.mask, task.from, task.to, [task.out], kept.map((f) => ({ slot: kernel.slot[f]!, col: task.fv[f]! })), task.fv.articles!);
}

if (parentPort) {
  const port = parentPort;
  port.on('message', (task: ScoreTask) => {
    try {
      runScoreTask(task);
      port.postMessage({ id: task.id });
    } catch (e) {
      port.postMessage({ id: task.id, error: e instanceof Error ? e.message : String(e) });
    }
  });
}
