/** What the readers accept: the whole text, the whole bytes, or a stream of chunks. */
export type TextSource = string | Uint8Array | ArrayBuffer | Iterable<string | Uint8Array> | AsyncIterable<string | Uint8Array>;

/** Text encodings the readers decode; `undefined` sniffs (BOM → UTF-8; invalid UTF-8 → GBK). */
export type InputEncoding = 'utf-8' | 'gbk';

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

/** BOM → utf-8; bytes that are valid UTF-8 (allowing a cut final character) → utf-8; else gbk. */
export function sniffEncoding(bytes: Uint8Array): InputEncoding {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, 65536), { stream: true });
    return 'utf-8';
  } catch {
    return 'gbk';
  }
}
