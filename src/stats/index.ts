export * from './aggregate.js';
export * from './account-fields.js';
export * from './accumulate-account-fields.js';
