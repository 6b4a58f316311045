/**
 * Pairs two aligned arrays, dropping pairs where either side is null/NaN. Throws on length mismatch.
 * @internal
 * @param a The first values.
 * @param b The second values, aligned with `a`.
 * @param fn The public function's name, for the error message.
 * @returns The two arrays, pairs with a missing side removed.
 * @throws {RangeError} naming `fn` when the arrays differ in length.
 */
export function pairedValues(a: readonly (number | null | undefined)[], b: readonly (number | null | undefined)[], fn: string): [number[], number[]] {
  if (a.length !== b.length) throw new RangeError(`${fn}: arrays differ in length (${a.length} vs ${b.length})`);
  const x: number[] = [], y: number[] = [];
  for (let i = 0; i < a.length; i++) {
    const u = a[i], v = b[i];
    if (typeof u === 'number' && typeof v === 'number' && !Number.isNaN(u) && !Number.isNaN(v)) { x.push(u); y.push(v); }
  }
  return [x, y];
}
