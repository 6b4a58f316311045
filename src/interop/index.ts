// Public exports of src/interop: Parquet, Arrow, SQL DDL and TSV for the posts table.
// An explicit list (no `export *`): anything not named here is internal; code inside the
// package imports it by path. The built surface is snapshotted in test/package/exports.snapshot.txt.
export { readPostsParquet } from './read-posts-parquet.js';
export { writePostsParquet } from './write-posts-parquet.js';
export { postsTableToArrow } from './posts-table-to-arrow.js';
export { postsTableFromArrow } from './posts-table-from-arrow.js';
export { postsTableDdl } from './posts-table-ddl.js';
export type { PostsTableDdlOptions } from './posts-table-ddl.js';
export { postsTableTsv } from './posts-table-tsv.js';
export type { PostsTableTsvOptions } from './posts-table-tsv.js';
