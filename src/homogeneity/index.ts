// Public exports of src/homogeneity (SPEC §6: near-duplicate content between accounts).
export { findHomogeneousAccounts } from './find-homogeneous-accounts.js';
export type {
  FindHomogeneousAccountsOptions, HomogeneityResult, HomogeneousAccountPair, HomogeneousPostPair, HomogeneityPostRef,
  ConsolidationSuggestion, HighOverlapGroup,
} from './find-homogeneous-accounts.js';
export { jaccardSimilarity } from './jaccard-similarity.js';
export { normalizeHomogeneityText } from './normalize-homogeneity-text.js';
export { minhashSignature } from './minhash-signature.js';
export { lshBandKeys } from './lsh-band-keys.js';
export type { LshBandKeys } from './lsh-band-keys.js';
export { lshBandKeyRows } from './lsh-band-key-rows.js';
export type { LshBandKeyRow } from './lsh-band-key-rows.js';
export { optimalLshParams } from './optimal-lsh-params.js';
export { murmur3Hash32 } from './murmur3-hash32.js';
export { loadTraditionalToSimplified } from './load-traditional-to-simplified.js';
export type { HomogeneityTextOptions, MinHashLshOptions } from './internal/options.js';
