// Public exports of src/content: content checks (错别字, 敏感词, personal data): rules, findings, rectification.
// An explicit list (no `export *`): anything not named here is internal; code inside the
// package imports it by path. The built surface is snapshotted in test/package/exports.snapshot.txt.
export { CONTENT_KIND_LABELS_ZH, SEVERITY_LABELS_ZH } from './content-rule.js';
export type {
  ContentKind, ContentRule, ContentRuleSet, ContentRuleSetInput, RosterEntry, Severity,
} from './content-rule.js';
export { defaultContentRules } from './default-content-rules.js';
export { parseContentRules, safeParseContentRules } from './parse-content-rules.js';
export { contentRulesFromCsv } from './content-rules-from-csv.js';
export { extendContentRules } from './extend-content-rules.js';
export type { ContentRuleSetPart } from './extend-content-rules.js';
export { normalizeContentText } from './normalize-content-text.js';
export type { NormalizedText } from './normalize-content-text.js';
export { compileContentRules } from './compile-content-rules.js';
export type { CompiledContentRules, CompiledEntry } from './compile-content-rules.js';
export { checkContent } from './check-content.js';
export type { CheckContentOptions, ContentCheckResult, ContentFinding, ContentPost } from './check-content.js';
export { parseFindingsFile } from './findings-file.js';
export type { FindingsFile, StoredFinding } from './findings-file.js';
export { trackRectification } from './track-rectification.js';
export type { OpenFinding, Rectification, UnitRectification } from './track-rectification.js';
export { rosterFromCsv } from './roster-from-csv.js';
export { parseWordList } from './parse-word-list.js';
