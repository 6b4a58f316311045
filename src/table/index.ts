// Public exports of src/table: the columnar PostsTable and its per-account clustering.
// An explicit list (no `export *`): anything not named here is internal; code inside the
// package imports it by path. The built surface is snapshotted in test/package/exports.snapshot.txt.
export { PostsTable, PostsTableBuilder } from './posts-table.js';
export type { PostsTableColumns } from './posts-table.js';
export { clusterByAccount } from './cluster-by-account.js';
export type { ClusteredColumn, ClusteredPosts } from './cluster-by-account.js';
export { accountRanges } from './account-ranges.js';
export type { AccountRanges } from './account-ranges.js';
