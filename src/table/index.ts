export * from './posts-table.js';
export * from './cluster-by-account.js';
export * from './account-ranges.js';
