// Internal: "at or before an instant" as a half-open period, for the per-account pass.

const F = new Float64Array(1);
const I = new BigInt64Array(F.buffer);

/** The smallest double above `x` (x itself for NaN and +Infinity). */
export function nextUp(x: number): number {
  if (Number.isNaN(x) || x === Infinity) return x;
  if (x === 0) return Number.MIN_VALUE;
  F[0] = x;
  I[0] = x > 0 ? I[0]! + 1n : I[0]! - 1n;
  return F[0]!;
}

/**
 * The period `[−∞, nextUp(at))`: a time t is in it exactly when `t ≤ at` (for every
 * double t), so `accumulateAccountFields(table, { fields: ['lastTime'], period:
 * periodThrough(at) })` is each account's last post at or before `at`.
 */
export function periodThrough(at: number): { start: number; end: number } {
  return { start: -Infinity, end: nextUp(at) };
}
