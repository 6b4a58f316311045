// The enumerations as plain constants and their types, without zod: a dashboard that
// imports inspect, census or passRates does not load zod for them (their z.enum schemas,
// used where records are parsed, are in enum-schemas.ts; README "Packaging").

/**
 * Platforms an account can live on (SPEC §1). `app` = a government mobile client (移动客户端);
 * `channels` = WeChat Channels (视频号, issue 12), a platform of its own: its videos are
 * not 公众号 articles and never enter WCI.
 */
export const PLATFORMS = ['wechat', 'weibo', 'douyin', 'toutiao', 'kuaishou', 'bilibili', 'channels', 'app', 'other'] as const;
export type Platform = (typeof PLATFORMS)[number];

/** Administrative level of the host unit (主办单位层级), top to bottom. */
export const LEVELS = ['national', 'province', 'city', 'county', 'township', 'village'] as const;
export type Level = (typeof LEVELS)[number];

/** `unit` = an organisation's account; `personal` = an official's own account (seed 003 awards both). */
export const ACCOUNT_KINDS = ['unit', 'personal'] as const;
export type AccountKind = (typeof ACCOUNT_KINDS)[number];

export const ACCOUNT_STATUSES = ['active', 'suspended', 'closed'] as const;
export type AccountStatus = (typeof ACCOUNT_STATUSES)[number];

export const MESSAGE_CATEGORIES = ['consultation', 'complaint', 'suggestion'] as const;
export type MessageCategory = (typeof MESSAGE_CATEGORIES)[number];

/** Registry (备案) status changes. */
export const REGISTRY_EVENTS = ['opened', 'changed', 'closed', 'cancelled'] as const;
export type RegistryEvent = (typeof REGISTRY_EVENTS)[number];

/** Chinese labels, for reports and for reading Chinese exports. */
export const PLATFORM_LABELS_ZH: Record<Platform, string> = {
  wechat: '微信', weibo: '微博', douyin: '抖音', toutiao: '今日头条', kuaishou: '快手',
  bilibili: '哔哩哔哩', channels: '视频号', app: '移动客户端', other: '其他',
};
export const LEVEL_LABELS_ZH: Record<Level, string> = {
  national: '国家级', province: '省级', city: '市级', county: '县级', township: '乡镇（街道）', village: '村（社区）',
};
export const KIND_LABELS_ZH: Record<AccountKind, string> = { unit: '单位', personal: '个人' };
export const STATUS_LABELS_ZH: Record<AccountStatus, string> = { active: '正常', suspended: '暂停', closed: '关停' };
export const CATEGORY_LABELS_ZH: Record<MessageCategory, string> = { consultation: '咨询', complaint: '投诉', suggestion: '建议' };
