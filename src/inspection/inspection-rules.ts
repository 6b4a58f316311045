/**
 * The inspection rules, their labels and their sources. Veto rules (单项否决) fail an
 * account on their own; local rules are options.
 */
export const INSPECTION_RULES = {
  'veto.stale': { zh: '监测时间点前2周内无更新', en: 'no post in the 14 days before the check time', source: '国办秘函〔2019〕19号 政务新媒体检查指标 (单项否决)' },
  'veto.channel': { zh: '无有效互动渠道或互动功能不可用', en: 'no working interaction channel', source: '国办秘函〔2019〕19号 政务新媒体检查指标 (单项否决)' },
  'veto.incident': { zh: '发生严重表述错误、泄密等安全事故', en: 'security or secrecy incident (inspector flag)', source: '国办秘函〔2019〕19号 政务新媒体检查指标 (单项否决)' },
  'veto.content': { zh: '发布严重表述错误或泄露个人信息（内容检查发现，经人工确认）', en: 'serious wording error or personal data leak (content check, confirmed by a human)', source: '国办秘函〔2019〕19号 政务新媒体检查指标 (单项否决); findings from checkContent, confirmed by an inspector' },
  'veto.fraud': { zh: '存在买粉、刷量或强制要求群众点赞关注', en: 'bought followers or forced likes (inspector flag)', source: '国办秘函〔2019〕19号 政务新媒体检查指标 (单项否决)' },
  'local.cadence': { zh: '更新频率不达标', en: 'posting cadence below the local rule', source: 'local rules (e.g. every 10 days; weekly; 3 a week on WeChat): options' },
  'local.original': { zh: '每月原创不足', en: 'too few original posts a month', source: 'local rules (at least 1 original post a month): option' },
  'local.score': { zh: '评分低于合格线', en: 'deduction-sheet score below the pass mark', source: 'local deduction sheets (100 points, fail under 60): option' },
} as const;
export type InspectionRuleId = keyof typeof INSPECTION_RULES;

/** One reason a verdict failed, with its evidence. */
export interface InspectionReason {
  rule: InspectionRuleId;
  zh: string;
  en: string;
  /** The facts behind the reason, in Chinese (the reports' language). */
  evidence: string;
}

/** A flag for a human to look at: never a verdict by itself. */
export interface InspectionCandidate {
  kind: 'follower-jump' | 'channel-unknown';
  evidence: string;
}
