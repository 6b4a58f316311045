export * from './inspection-rules.js';
export * from './inspect.js';
export * from './stratified-sample.js';
export * from './pass-rates.js';
export * from './reconcile-registry.js';
export * from './county-scores.js';
export * from './early-warnings.js';
export * from './content-deduction-items.js';
