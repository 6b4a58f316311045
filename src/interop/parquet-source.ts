import type { TextSource } from '../ingest/text-chunks.js';
import { isParquet } from './is-parquet.js';

/** Marks a reopenable stream (see `reopenable` in the ingest module): the same symbol, shared by name. */
const REOPEN = Symbol.for('govmedia.reopen');

const isAsyncIterable = (x: unknown): x is AsyncIterable<unknown> => typeof x === 'object' && x !== null && Symbol.asyncIterator in x;

async function allBytes(first: Uint8Array, rest: AsyncIterator<unknown>): Promise<Uint8Array> {
  const parts = [first];
  let n = first.length;
  for (let r = await rest.next(); !r.done; r = await rest.next()) {
    if (!(r.value instanceof Uint8Array)) throw new TypeError('readPosts: a byte stream must yield only Uint8Array chunks');
    parts.push(r.value);
    n += r.value.length;
  }
  const out = new Uint8Array(n);
  let o = 0;
  for (const p of parts) { out.set(p, o); o += p.length; }
  return out;
}

/**
 * Tells a Parquet input by its magic bytes `PAR1` without losing the input for the
 * other readers: returns the whole file's bytes when it is Parquet (Parquet is read
 * from its footer, so it is held whole), else a source equivalent to the given one
 * (bytes and reopenable streams as they were; a one-shot stream replayed from its
 * first chunk).
 * @param source The input, as the readers take it.
 * @returns `{ parquet }` with the file's bytes, or `{ source }` to give the text/workbook readers.
 * @example 'parquet' in (await parquetSource(new TextEncoder().encode('账号ID,发布时间\n'))) // false
 */
export async function parquetSource(source: TextSource): Promise<{ parquet: Uint8Array } | { source: TextSource }> {
  if (source instanceof ArrayBuffer) source = new Uint8Array(source);
  if (source instanceof Uint8Array) return isParquet(source) ? { parquet: source } : { source };
  if (!isAsyncIterable(source)) return { source };
  const reopen = REOPEN in (source as object) ? (source as unknown as Record<symbol, () => AsyncIterable<unknown>>)[REOPEN] : undefined;
  const it = (reopen ? reopen() : source)[Symbol.asyncIterator]();
  const first = await it.next();
  const head = first.done ? undefined : first.value;
  if (head instanceof Uint8Array && isParquet(head)) return { parquet: await allBytes(head, it) };
  if (reopen) {
    await it.return?.();
    return { source };
  }
  // A one-shot stream: hand on its first chunk again, then the rest.
  const replay = {
    async *[Symbol.asyncIterator]() {
      if (!first.done) yield first.value;
      for (let r = await it.next(); !r.done; r = await it.next()) yield r.value;
    },
  };
  return { source: replay as TextSource };
}
