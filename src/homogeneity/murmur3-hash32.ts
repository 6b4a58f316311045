import { fmix32, mixWord } from './internal/murmur.js';

/**
 * MurmurHash3 (x86, 32-bit) of a sequence of 32-bit words, each read as 4
 * little-endian bytes: the hash of the byte string those words spell. Used for
 * shingles (one word per code point) and LSH band keys (one word per signature
 * value). Pure 32-bit integer arithmetic through `Math.imul`: no product ever
 * leaves the int32 range, so no precision is lost.
 *
 * Source: Austin Appleby, SMHasher `MurmurHash3_x86_32` (public domain); test
 * vectors from the same reference. Written here rather than imported because the
 * npm ports hash strings/bytes, and we hash code points and typed-array slices
 * in place without building byte buffers. Complexity O(length).
 *
 * @param words values read as unsigned 32-bit words
 * @param options `seed` (default 0), `start` (default 0), `length` (default to the end)
 * @returns an unsigned 32-bit integer
 * @throws {RangeError} when `start`/`length` reach outside `words`.
 * @example
 * murmur3Hash32([0x74736574], { seed: 0x9747b28c }) // 'test' → 0x704b81dc (1884062172)
 */
export function murmur3Hash32(
  words: ArrayLike<number>,
  options: { seed?: number; start?: number; length?: number } = {},
): number {
  const start = options.start ?? 0;
  const length = options.length ?? words.length - start;
  if (!Number.isInteger(start) || !Number.isInteger(length) || start < 0 || length < 0 || start + length > words.length)
    throw new RangeError(`murmur3Hash32: range start=${start} length=${length} outside 0..${words.length}`);
  let h = (options.seed ?? 0) | 0;
  for (let i = start; i < start + length; i++) h = mixWord(h, words[i]! | 0);
  return fmix32(h ^ (length * 4));
}
