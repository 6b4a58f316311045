/**
 * Sorts `idx` (m entries) by `keys[idx[k]]` (unsigned 32-bit) with a stable
 * two-pass LSD radix sort on 16-bit digits: O(m), about 10× faster than a
 * comparator sort in JS for a million entries (internal).
 */
export function radixSortByKey(idx: Uint32Array, keys: Uint32Array, keyOffset: number, tmp: Uint32Array): void {
  const m = idx.length;
  const count = new Uint32Array(65536);
  // pass 1: low 16 bits, idx → tmp
  for (let k = 0; k < m; k++) count[keys[keyOffset + idx[k]!]! & 0xffff]!++;
  let sum = 0;
  for (let d = 0; d < 65536; d++) { const c = count[d]!; count[d] = sum; sum += c; }
  for (let k = 0; k < m; k++) { const v = idx[k]!; tmp[count[keys[keyOffset + v]! & 0xffff]!++] = v; }
  // pass 2: high 16 bits, tmp → idx
  count.fill(0);
  for (let k = 0; k < m; k++) count[keys[keyOffset + tmp[k]!]! >>> 16]!++;
  sum = 0;
  for (let d = 0; d < 65536; d++) { const c = count[d]!; count[d] = sum; sum += c; }
  for (let k = 0; k < m; k++) { const v = tmp[k]!; idx[count[keys[keyOffset + v]! >>> 16]!++] = v; }
}

/** Growable Float64 list (internal). */
export class F64List {
  data: Float64Array;
  length = 0;
  constructor(cap = 1024) { this.data = new Float64Array(cap); }
  push(v: number): void {
    if (this.length === this.data.length) { const d = new Float64Array(this.data.length * 2); d.set(this.data); this.data = d; }
    this.data[this.length++] = v;
  }
  /** Sorted distinct values (a view). */
  sortedUnique(): Float64Array {
    const a = this.data.subarray(0, this.length).sort();
    let w = 0;
    for (let i = 0; i < a.length; i++) if (w === 0 || a[i] !== a[w - 1]) a[w++] = a[i]!;
    return a.subarray(0, w);
  }
}
