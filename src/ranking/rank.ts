/** Tie methods of {@link rank}. */
export type RankMethod = 'competition' | 'dense' | 'average';

/** Options of {@link rank}. */
export interface RankOptions {
  /** `'competition'` ("1224", default), `'dense'` ("1223") or `'average'` ("1 2.5 2.5 4"). */
  method?: RankMethod;
}

/**
 * Ranks values, highest first (rank 1 = largest), ranks aligned with the input.
 * Ties: competition ("1224": tied values share the best rank, the next rank skips),
 * dense ("1223": no gap), average ("1 2.5 2.5 4": the mean of the positions they
 * occupy, as Spearman's ρ needs). `null`, `undefined` and `NaN` (an account with no
 * index) get a `null` rank and do not take a place.
 *
 * Complexity O(n log n).
 * @throws {RangeError} for an unknown `method`.
 * @throws {TypeError} when `values` is not an array, or a value is not a number (null/undefined/NaN allowed).
 * @returns Ranks aligned with `values` (`null` for a missing value).
 * @example rank([10, 30, 30, 20]) // [4, 1, 1, 3]
 * @example rank([10, 30, 30, 20], { method: 'dense' }) // [3, 1, 1, 2]
 * @example rank([10, 30, 30, 20], { method: 'average' }) // [4, 1.5, 1.5, 3]
 */
export function rank(values: readonly (number | null | undefined)[], options: RankOptions = {}): (number | null)[] {
  const method = options.method ?? 'competition';
  if (method !== 'competition' && method !== 'dense' && method !== 'average') throw new RangeError(`rank: unknown method "${String(method)}" (competition, dense, average)`);
  if (!Array.isArray(values)) throw new TypeError('rank: values must be an array');
  const idx: number[] = [];
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (typeof v === 'number' && !Number.isNaN(v)) idx.push(i);
    else if (v !== null && v !== undefined && !(typeof v === 'number')) throw new TypeError(`rank: values[${i}] is not a number`);
  }
  idx.sort((a, b) => (values[b] as number) - (values[a] as number));
  const out: (number | null)[] = new Array(values.length).fill(null);
  let dense = 0;
  for (let start = 0; start < idx.length; ) {
    let end = start + 1;
    const v = values[idx[start]!];
    while (end < idx.length && values[idx[end]!] === v) end++;
    dense++;
    const r = method === 'competition' ? start + 1 : method === 'dense' ? dense : (start + 1 + end) / 2;
    for (let k = start; k < end; k++) out[idx[k]!] = r;
    start = end;
  }
  return out;
}
