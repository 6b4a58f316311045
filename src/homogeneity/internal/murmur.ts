/** MurmurHash3 x86_32 building blocks (Appleby, public domain), all in 32-bit integer arithmetic via Math.imul. */

export const C1 = 0xcc9e2d51;
export const C2 = 0x1b873593;

/** Mixes one 32-bit word into the running hash h. */
export function mixWord(h: number, word: number): number {
  let k = Math.imul(word, C1);
  k = (k << 15) | (k >>> 17);
  k = Math.imul(k, C2);
  h ^= k;
  h = (h << 13) | (h >>> 19);
  return (Math.imul(h, 5) + 0xe6546b64) | 0;
}

/** Final avalanche (fmix32); returns an unsigned 32-bit integer. */
export function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
