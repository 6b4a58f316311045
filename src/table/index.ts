export * from './posts-table.js';
