export * from './enums.js';
export * from './schemas.js';
export * from './errors.js';
export * from './parse.js';
export * from './time.js';
export * from './timestamp.js';
export { toInstant, type DateArg } from './to-instant.js';
