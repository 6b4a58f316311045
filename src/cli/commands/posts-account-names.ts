import { RecordConverter, cellOptions } from '../../ingest/convert-record.js';
import { detectPostPreset } from '../../ingest/post-presets.js';
import { rawRecords } from '../../ingest/raw-records.js';
import type { ReadOptions } from '../../ingest/index.js';
import { fileReadOptions, fileStream } from '../../io/node/files.js';

/**
 * Account id → account name as a posts file writes them, for a file keyed by an
 * account-id column that also has an account-name column (账号ID + 账号名称): without
 * a ledger, the names a ranking shows. The file is read again, cells converted by the
 * readers' own converter (same trimming, same column resolution, presets and
 * `--columns`). An account renamed during the period keeps the name of its latest post (its
 * current name; equal times: the smaller name), so the result does not depend on row order;
 * a file without both columns gives an empty map. Rows the reader rejected may still name an account here;
 * only ids of the ranked table are looked up.
 * @internal
 * @param path The posts file (absolute).
 * @param read The reading options the posts were read with.
 * @returns Account id → name (the latest post's).
 * @throws {TableFormatError} when the file cannot be read as a table (it was read once already, so only if it changed).
 * @example await postsAccountNames('/data/posts.csv', {}) // Map { 'A00001' => '江州发布', … }
 */
export async function postsAccountNames(path: string, read: ReadOptions): Promise<Map<string, string>> {
  const latest = new Map<string, { name: string; time: number }>();
  let conv: RecordConverter | undefined;
  for await (const rec of rawRecords(fileStream(path), { ...fileReadOptions(path, read), sourceName: path, kind: 'posts' })) {
    if ('error' in rec) continue;
    if (!conv) {
      conv = new RecordConverter('posts', read.columns, cellOptions(read), detectPostPreset(rec.headers, read.preset).columns);
      if (conv.headerOf(rec.headers, 'accountId') === undefined || conv.headerOf(rec.headers, 'accountName') === undefined) return new Map();
    }
    const { fields } = conv.convert(rec);
    const id = fields.get('accountId'), name = fields.get('accountName'), t = fields.get('publishedAt');
    if (typeof id !== 'string' || typeof name !== 'string' || name === '') continue;
    const time = typeof t === 'number' && Number.isFinite(t) ? t : -Infinity;
    const seen = latest.get(id);
    if (!seen || time > seen.time || (time === seen.time && name < seen.name)) latest.set(id, { name, time });
  }
  return new Map([...latest].map(([id, { name }]) => [id, name]));
}
