export * from './create-rng.js';
export * from './generate-province.js';
export * from './sample-to-csv.js';
