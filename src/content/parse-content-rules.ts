import { InputError } from '../model/errors.js';
import { issuesToRejections, type SafeParseResult } from '../model/parse.js';
import { ContentRuleSetSchema, type ContentRuleSet } from './content-rule.js';
import { zodErrorZh } from '../model/zod-error-zh.js';

/**
 * Validates a content rule set (JSON as an office writes it): returns it with defaults,
 * or every problem with its field path.
 * @returns `{ success: true, data }`, or `{ success: false, errors }` with a rejection per problem.
 * @example safeParseContentRules({ rules: [{ id: 'x', kind: 'typo', severity: 'note', patterns: [] , source: 'office' }] }).success // false
 */
export function safeParseContentRules(input: unknown): SafeParseResult<ContentRuleSet> {
  const r = ContentRuleSetSchema.safeParse(input, { error: zodErrorZh });
  if (!r.success) return { success: false, errors: issuesToRejections(r.error.issues, 1) };
  const ids = new Set<string>();
  for (const [i, rule] of r.data.rules.entries()) {
    if (ids.has(rule.id)) return { success: false, errors: [{ row: 1, column: `rules.${i}.id`, reason: `duplicate rule id ${JSON.stringify(rule.id)}` }] };
    ids.add(rule.id);
  }
  return { success: true, data: r.data };
}

/**
 * Validates a content rule set; throws {@link InputError} naming the first bad field.
 * @throws {InputError} naming the first bad field (`rules.0.kind`) or a duplicate rule id; `source` is `content rules`.
 * @returns The rule set with defaults.
 * @example parseContentRules({ allowlist: ['五星红旗'] }).detectors.links // true
 */
export function parseContentRules(input: unknown): ContentRuleSet {
  const r = safeParseContentRules(input);
  if (!r.success) throw new InputError(r.errors, '内容规则');
  return r.data;
}
