export * from './create-rng.js';
export * from './generate-province.js';
export * from './posts-to-csv.js';
export * from './accounts-to-csv.js';
export * from './messages-to-csv.js';
export * from './registry-to-csv.js';
