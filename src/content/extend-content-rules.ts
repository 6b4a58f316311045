import type { ContentRuleSet, ContentRuleSetInput } from './content-rule.js';
import { parseContentRules } from './parse-content-rules.js';

/** Parts of a rule set an office may replace instead of extend. */
export type ContentRuleSetPart = 'rules' | 'allowlist' | 'roster' | 'titles' | 'allowedDomains' | 'commercialDomains';

/**
 * A rule set extended by an office's dictionaries: lists are concatenated (rules with the
 * same id are replaced by the office's), or replaced wholesale for the parts named in
 * `replace`; detectors given in `extra` override. Validated with zod.
 * @throws {InputError} for an invalid result (e.g. a rule without its source).
 * @returns The merged rule set, validated.
 * @example extendContentRules(defaultContentRules(), { roster: [{ name: '张三', titles: ['江州市市长'] }] }).roster.length // 1
 */
export function extendContentRules(base: ContentRuleSetInput, extra: ContentRuleSetInput, options: { replace?: readonly ContentRuleSetPart[] } = {}): ContentRuleSet {
  const a = parseContentRules(base), b = parseContentRules(extra);
  const replace = new Set(options.replace ?? []);
  const merge = <K extends ContentRuleSetPart>(k: K): ContentRuleSet[K] => (replace.has(k) ? b[k] : ([...a[k], ...b[k]] as ContentRuleSet[K]));
  const ids = new Set(b.rules.map((r) => r.id));
  return parseContentRules({
    rules: replace.has('rules') ? b.rules : [...a.rules.filter((r) => !ids.has(r.id)), ...b.rules],
    allowlist: [...new Set(merge('allowlist'))], roster: merge('roster'), titles: [...new Set(merge('titles'))],
    allowedDomains: [...new Set(merge('allowedDomains'))], commercialDomains: [...new Set(merge('commercialDomains'))],
    detectors: { ...a.detectors, ...((extra as { detectors?: object }).detectors ?? {}) },
  });
}
