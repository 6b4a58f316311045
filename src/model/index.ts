export * from './enums.js';
export * from './schemas.js';
export * from './errors.js';
export * from './parse.js';
export * from './time.js';
