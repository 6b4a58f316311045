// Public exports of src/inspection: the quarterly inspection (抽查): verdicts, samples, pass rates, registry reconciliation, county scores, early warnings.
// An explicit list (no `export *`): anything not named here is internal; code inside the
// package imports it by path. The built surface is snapshotted in test/package/exports.snapshot.txt.
export type { InspectionCandidate, InspectionReason, InspectionRuleId } from './inspection-rules.js';
export { inspect } from './inspect.js';
export type { AccountVerdict, DeductionItem, InspectOptions, InspectionContext, InspectionFinding } from './inspect.js';
export { stratifiedSample } from './stratified-sample.js';
export type { SampleOptions } from './stratified-sample.js';
export { passRates } from './pass-rates.js';
export type { PassRateReport, PassRateRow, PassRatesOptions } from './pass-rates.js';
export { reconcileRegistry } from './reconcile-registry.js';
export type { ReconcileOptions, RegistryFinding } from './reconcile-registry.js';
export { countyScores } from './county-scores.js';
export type { CountyScoresOptions } from './county-scores.js';
export { earlyWarnings } from './early-warnings.js';
export type { EarlyWarning, EarlyWarningOptions, EarlyWarningsResult, UnitWarning, WarningLevel } from './early-warnings.js';
export { contentDeductionItems } from './content-deduction-items.js';
