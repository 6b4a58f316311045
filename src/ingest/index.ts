// Public exports of src/ingest: reading exports (CSV/TSV/JSON/NDJSON/workbooks, any of the sniffed encodings) into tables and records.
// An explicit list (no `export *`): anything not named here is internal; code inside the
// package imports it by path. The built surface is snapshotted in test/package/exports.snapshot.txt.
// rawRecords and reopenable are internal on purpose: their modules are lazily loaded
// chunks (open-table's import() of raw-records / read-workbook), and naming them here made
// a bundler's `import { wci }` load those chunks (test/package/bundle-size). The office app
// and govmedia/node import them by path.
export type { CellResult } from './parse-count.js';
export { parseLabel } from './parse-label.js';
export type { LabelKind, ValueAliases } from './parse-label.js';
export { COLUMN_PRESETS } from './column-presets.js';
export type { RecordKind } from './column-presets.js';
export type { InputEncoding, TextSource } from './text-chunks.js';
export type { InputFormat, RawRecord, RawRecordError } from './raw-records.js';
export type { ReadOptions } from './read-options.js';
export { readPosts } from './read-posts.js';
export type { ReadPostsResult } from './read-posts.js';
export type { ReadRecordsResult } from './read-records.js';
export { readAccounts } from './read-accounts.js';
export { readMessages } from './read-messages.js';
export { readRegistry } from './read-registry.js';
export { readPostsCsvBytes } from './read-posts-csv-bytes.js';
export { CsvTokenizer, MAX_RECORD_BYTES } from './csv-tokenizer.js';
export type { CsvRecordSink } from './csv-tokenizer.js';
export type { TableInfo } from './open-table.js';
export { TableFormatError } from './table-format-error.js';
export { TIME_UNITS } from './parse-time-cell.js';
export type { TimeUnit } from './parse-time-cell.js';
export { OWN_PRESET, detectPostPreset } from './post-presets.js';
export type { PostPreset } from './post-presets.js';
export { dropDuplicatePosts } from './drop-duplicate-posts.js';
export type { DropDuplicatesResult } from './drop-duplicate-posts.js';
export { concatPostsTables } from './concat-posts-tables.js';
export { joinAccounts } from './join-accounts.js';
export type { JoinAccountsResult } from './join-accounts.js';
