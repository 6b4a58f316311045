export * from './presence-rules.js';
export * from './matrix-coverage.js';
export * from './linked-publishing.js';
export * from './matrix-totals.js';
export * from './census.js';
