import { z } from 'zod';

/**
 * Kinds of content problems (SPEC §5, issue 14). Word-list kinds (`typo`, `variant`,
 * `expression`, `ad`, `sensitive`) come from rules; the others from detectors
 * (`leader`: the office's roster; `personal-data`: 身份证号, mobile and bank card
 * numbers; `external-link`: domains outside the allowlist; `unsourced-repost`).
 */
export const CONTENT_KINDS = ['typo', 'variant', 'expression', 'leader', 'personal-data', 'ad', 'external-link', 'unsourced-repost', 'sensitive'] as const;
export const ContentKindSchema = z.enum(CONTENT_KINDS);
export type ContentKind = z.infer<typeof ContentKindSchema>;

/** Chinese labels of the kinds, for reports. */
export const CONTENT_KIND_LABELS_ZH: Readonly<Record<ContentKind, string>> = Object.freeze({
  typo: '错别字', variant: '异形词（非推荐词形）', expression: '不规范表述', leader: '领导人姓名与职务不符', 'personal-data': '泄露个人信息',
  ad: '商业广告', 'external-link': '外部链接', 'unsourced-repost': '转载未注明来源', sensitive: '敏感词',
});

/**
 * Severity of a finding. `veto-candidate`: would veto the account (单项否决: 严重表述错误,
 * 泄露个人信息) — only after a human confirms it; `deduction`: a deduction-sheet item;
 * `note`: shown, not scored.
 */
export const SEVERITIES = ['veto-candidate', 'deduction', 'note'] as const;
export const SeveritySchema = z.enum(SEVERITIES);
export type Severity = z.infer<typeof SeveritySchema>;
export const SEVERITY_LABELS_ZH: Readonly<Record<Severity, string>> = Object.freeze({ 'veto-candidate': '疑似单项否决（待人工确认）', deduction: '扣分项', note: '提示' });

const phrase = z.string().trim().min(1, '词语为空');

/**
 * One word-list rule: any of `patterns` in a title or text is a finding, unless it lies
 * inside an allowlist phrase. `near`: flagged only when one of these words occurs within
 * `window` characters before or after the match (规范表述 rules need context: 总统 only
 * next to 台湾); `notNear`: not flagged when one of these does.
 */
export const ContentRuleSchema = z.object({
  id: z.string().trim().min(1, '规则 ID 为空'),
  kind: z.enum(['typo', 'variant', 'expression', 'ad', 'sensitive']),
  severity: SeveritySchema,
  patterns: z.array(phrase).min(1, '每条规则至少要有一个错误写法（pattern）'),
  suggestion: z.string().default(''),
  /** Where the rule comes from (a standard, a list, a document, or "office"). */
  source: z.string().trim().min(1, '每条规则都要注明来源（source）'),
  near: z.array(phrase).optional(),
  notNear: z.array(phrase).optional(),
  /** Context window in characters for `near`/`notNear` (default 8; ours). */
  window: z.number().int().positive().max(200).optional(),
});
export type ContentRule = z.output<typeof ContentRuleSchema>;
export type ContentRuleInput = z.input<typeof ContentRuleSchema>;

/** One person of the office's leader roster (领导人姓名与职务): name → current titles. */
export const RosterEntrySchema = z.object({ name: phrase, titles: z.array(phrase).min(1, '名单中的每人都要写明现任职务') });
export type RosterEntry = z.output<typeof RosterEntrySchema>;

/**
 * A rule set: word-list rules, the allowlist (phrases inside which no hit counts), the
 * leader roster and the title words to look for next to names, the domain allowlist for
 * links and the commercial domains, and which detectors run.
 */
export const ContentRuleSetSchema = z.object({
  rules: z.array(ContentRuleSchema).default([]),
  allowlist: z.array(phrase).default([]),
  roster: z.array(RosterEntrySchema).default([]),
  /** Title words recognised next to a roster name (the roster's own titles are added). */
  titles: z.array(phrase).default([]),
  /** Link domains that are fine (suffix match: `gov.cn` allows `www.js.gov.cn`). */
  allowedDomains: z.array(phrase).default([]),
  /** Commercial domains: a link to one is an ad (商业链接). */
  commercialDomains: z.array(phrase).default([]),
  detectors: z
    .object({ personalData: z.boolean().default(true), links: z.boolean().default(true), reposts: z.boolean().default(true), leaders: z.boolean().default(true) })
    .default({ personalData: true, links: true, reposts: true, leaders: true }),
});
export type ContentRuleSet = z.output<typeof ContentRuleSetSchema>;
export type ContentRuleSetInput = z.input<typeof ContentRuleSetSchema>;
