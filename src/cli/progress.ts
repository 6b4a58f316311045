import { SingleBar, Presets } from 'cli-progress';
import type { CliIO } from './io.js';

/** A progress indicator over named steps; a no-op when output is not a terminal. */
export interface Progress {
  /** Marks the start of a step (e.g. `读取 posts.csv`). */
  step(label: string): void;
  stop(): void;
}

const NONE: Progress = { step() {}, stop() {} };

/**
 * A cli-progress bar on stderr over `total` steps, shown only when stdout and
 * stderr are both terminals and `enabled` (the `--no-progress` flag): piped or
 * redirected output, CI logs and tests get no bar.
 */
export function createProgress(io: CliIO, total: number, enabled: boolean): Progress {
  if (!enabled || !io.stdout.isTTY || !io.stderr.isTTY) return NONE;
  const bar = new SingleBar(
    { format: '{bar} {percentage}% | {step}', hideCursor: true, clearOnComplete: true, stream: io.stderr as NodeJS.WritableStream },
    Presets.shades_classic,
  );
  let done = 0;
  bar.start(total, 0, { step: '' });
  return {
    step(label) {
      bar.update(done, { step: label });
      done = Math.min(total, done + 1);
    },
    stop() {
      bar.update(total);
      bar.stop();
    },
  };
}
