// Public exports of src/homogeneity: homogeneity (同质化, SPEC §6): near-duplicate content between accounts, MinHash / LSH.
// An explicit list (no `export *`): anything not named here is internal; code inside the
// package imports it by path. The built surface is snapshotted in test/package/exports.snapshot.txt.
export { findHomogeneousAccounts } from './find-homogeneous-accounts.js';
export type {
  ConsolidationSuggestion, FindHomogeneousAccountsOptions, HighOverlapGroup, HomogeneityPostRef, HomogeneityResult,
  HomogeneousAccountPair, HomogeneousPostPair,
} from './find-homogeneous-accounts.js';
export { jaccardSimilarity } from './jaccard-similarity.js';
export { normalizeHomogeneityText } from './normalize-homogeneity-text.js';
export { minhashSignature } from './minhash-signature.js';
export { lshBandKeys } from './lsh-band-keys.js';
export type { LshBandKeys } from './lsh-band-keys.js';
export { lshBandKeyRows } from './lsh-band-key-rows.js';
export type { LshBandKeyRow } from './lsh-band-key-rows.js';
export { optimalLshParams } from './optimal-lsh-params.js';
export { loadTraditionalToSimplified } from './load-traditional-to-simplified.js';
export type { HomogeneityTextOptions, MinHashLshOptions } from './internal/options.js';
