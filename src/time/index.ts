// Public exports of src/time: periods (month, week, year, custom; parsePeriod).
// An explicit list (no `export *`): anything not named here is internal; code inside the
// package imports it by path. The built surface is snapshotted in test/package/exports.snapshot.txt.
export { customPeriod, monthPeriod, parsePeriod, weekPeriod, yearPeriod } from './period.js';
export type { Period, PeriodKind, PeriodOptions } from './period.js';
