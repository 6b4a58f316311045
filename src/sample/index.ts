// Public exports of src/sample: the generated sample province and its CSV writers.
// An explicit list (no `export *`): anything not named here is internal; code inside the
// package imports it by path. The built surface is snapshotted in test/package/exports.snapshot.txt.
export { generateProvince } from './generate-province.js';
export type { PlantedFacts, Province, ProvinceOptions } from './generate-province.js';
export { postsToCsv } from './posts-to-csv.js';
export { accountsToCsv } from './accounts-to-csv.js';
export { messagesToCsv } from './messages-to-csv.js';
export { registryToCsv } from './registry-to-csv.js';
