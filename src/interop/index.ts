export * from './is-parquet.js';
export * from './read-posts-parquet.js';
export * from './write-posts-parquet.js';
export * from './posts-table-to-arrow.js';
export * from './posts-table-from-arrow.js';
export * from './posts-table-ddl.js';
export * from './posts-table-tsv.js';
