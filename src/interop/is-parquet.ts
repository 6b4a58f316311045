/** `PAR1`, the 4 magic bytes a Parquet file starts (and ends) with. */
export const PARQUET_MAGIC: readonly number[] = Object.freeze([0x50, 0x41, 0x52, 0x31]);

/**
 * Whether bytes are (the start of) a Parquet file: they begin with the magic `PAR1`
 * (Apache Parquet file format: "4-byte magic number PAR1" at the start and end).
 * Give the whole file to also require the trailing magic.
 *
 * @throws {TypeError} when `bytes` is neither a Uint8Array nor an ArrayBuffer.
 * @returns Whether the magic is there (at both ends with `whole`).
 * @example isParquet(new TextEncoder().encode('PAR1…')) // true
 * @example isParquet(new TextEncoder().encode('账号ID,发布时间')) // false
 */
export function isParquet(bytes: Uint8Array | ArrayBuffer, options: { whole?: boolean } = {}): boolean {
  const b = bytes instanceof ArrayBuffer ? new Uint8Array(bytes) : bytes;
  if (!(b instanceof Uint8Array)) throw new TypeError('isParquet: bytes must be a Uint8Array or an ArrayBuffer');
  const at = (o: number) => PARQUET_MAGIC.every((x, i) => b[o + i] === x);
  if (b.length < 4 || !at(0)) return false;
  return options.whole ? b.length >= 12 && at(b.length - 4) : true;
}
