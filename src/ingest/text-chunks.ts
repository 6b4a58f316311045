import { utf16Shape } from './detect-container.js';

/** What the readers accept: the whole text, the whole bytes, or a stream of chunks. */
export type TextSource = string | Uint8Array | ArrayBuffer | Iterable<string | Uint8Array> | AsyncIterable<string | Uint8Array>;

/**
 * Text encodings the readers decode; `undefined` sniffs (see {@link sniffEncoding}).
 * `'gbk'` is read as GB18030, its superset (the WHATWG `gbk` decoder is the GB18030 one).
 */
export type InputEncoding = 'utf-8' | 'gbk' | 'gb18030' | 'utf-16le' | 'utf-16be';

/** How many bytes the encoding is sniffed from (or the whole input when shorter): 1 MiB. */
export const SNIFF_BYTES = 1 << 20;

function isAsyncIterable(x: unknown): x is AsyncIterable<unknown> {
  return typeof x === 'object' && x !== null && Symbol.asyncIterator in x;
}

/**
 * Decodes a source into text chunks without ever joining them: bytes go through one
 * streaming `TextDecoder` (`stream: true`), so a multi-byte character split across
 * chunks is decoded correctly. The encoding is sniffed from the first bytes when not
 * given: a UTF-8 BOM (stripped) or valid UTF-8 → UTF-8, otherwise GBK (what Excel in
 * China writes). `TextDecoder('gbk')` exists in browsers and in Node's full-ICU builds.
 *
 * Complexity O(bytes); memory O(largest chunk).
 * @param source Text, bytes, or an (async) iterable of chunks.
 * @param encoding The encoding; default sniffed.
 * @returns The decoded chunks.
 * @throws {TypeError} when `source` or a chunk is neither text nor bytes.
 * @example for await (const t of textChunks(new TextEncoder().encode('标题\n'))) chunks.push(t) // chunks: ['标题\n']
 */
export async function* textChunks(source: TextSource, encoding?: InputEncoding): AsyncGenerator<string> {
  if (typeof source === 'string') {
    yield source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
    return;
  }
  if (source instanceof ArrayBuffer) source = new Uint8Array(source);
  const chunks: AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array> =
    source instanceof Uint8Array ? [source] : (source as AsyncIterable<string | Uint8Array>);
  if (!isAsyncIterable(chunks) && !(Symbol.iterator in Object(chunks))) throw new TypeError('readPosts: source must be a string, bytes or an (async) iterable of chunks');
  let decoder: TextDecoder | undefined;
  let first = true;
  for await (const chunk of chunks as AsyncIterable<string | Uint8Array>) {
    if (typeof chunk === 'string') {
      const s = first && chunk.charCodeAt(0) === 0xfeff ? chunk.slice(1) : chunk;
      first = false;
      if (s) yield s;
      continue;
    }
    if (!(chunk instanceof Uint8Array)) throw new TypeError(`readPosts: chunk is not a string or Uint8Array (${typeof chunk})`);
    if (!decoder) decoder = new TextDecoder(encoding ?? sniffEncoding(chunk), { ignoreBOM: false });
    first = false;
    const s = decoder.decode(chunk, { stream: true });
    if (s) yield s;
  }
  if (decoder) {
    const tail = decoder.decode();
    if (tail) yield tail;
  }
}

/**
 * The encoding of a text table from its first bytes (give at least {@link SNIFF_BYTES},
 * or the whole input when shorter): a BOM (UTF-8, UTF-16 LE, UTF-16 BE); UTF-16 without a
 * BOM by its shape (zero high bytes); bytes that are valid UTF-8 (a character cut at the
 * end allowed) → UTF-8; otherwise GB18030 (a superset of GBK: what Excel in China
 * writes, and it keeps 𠮷 and 䶮). The readers do not stop at this guess: a later byte
 * that is not UTF-8 makes them read the input again as GB18030 (or fail loudly when it
 * cannot be read twice), see `readPosts`.
 * @returns The encoding.
 * @example sniffEncoding(new Uint8Array([0xd5, 0xcb, 0xba, 0xc5])) // 'gb18030' (账号 in GBK)
 */
export function sniffEncoding(bytes: Uint8Array): Exclude<InputEncoding, 'gbk'> {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  const shape = utf16Shape(bytes);
  if (shape) return shape;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: true });
    return 'utf-8';
  } catch {
    return 'gb18030';
  }
}

/**
 * Byte length of a byte-order mark for the encoding at the start of `b` (0 when none).
 * @param b The first bytes.
 * @param encoding The encoding.
 * @returns 3 for a UTF-8 BOM, 2 for a UTF-16 one, else 0.
 * @example bomLength(new Uint8Array([0xef, 0xbb, 0xbf, 0x61]), 'utf-8') // 3
 */
export function bomLength(b: Uint8Array, encoding: InputEncoding): number {
  if (encoding === 'utf-8') return b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf ? 3 : 0;
  if (encoding === 'utf-16le') return b[0] === 0xff && b[1] === 0xfe ? 2 : 0;
  if (encoding === 'utf-16be') return b[0] === 0xfe && b[1] === 0xff ? 2 : 0;
  return 0;
}
