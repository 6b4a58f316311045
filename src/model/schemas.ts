import { z } from 'zod';
import {
  AccountKindSchema, AccountStatusSchema, LevelSchema, MessageCategorySchema, PlatformSchema, RegistryEventSchema,
} from './enum-schemas.js';
import { timestamp } from './timestamp.js';

const count = z.number().finite().nonnegative();
const id = z.string().trim().min(1, 'ID 为空');

/**
 * Interaction channels of an account (互动渠道). The national inspection vetoes an
 * account with no working channel (国办秘函〔2019〕19号 检查指标). All optional:
 * an unknown channel is `undefined`, not `false`.
 */
export const ChannelsSchema = z.object({
  messages: z.boolean().optional(), // 留言/私信
  comments: z.boolean().optional(), // 评论
  consultation: z.boolean().optional(), // 在线咨询/问政
  services: z.boolean().optional(), // 办事服务功能 (census: "share with service functions")
});

/**
 * Human-supplied inspection flags: these come from inspectors, never from data.
 * `incident`: security/secrecy incident (安全泄密事故); `fraud`: bought followers or
 * forced likes (买粉刷量/强制点赞). Either one fails the account (veto).
 */
export const FlagsSchema = z.object({
  incident: z.boolean().optional(),
  fraud: z.boolean().optional(),
});

/** A government new-media account (SPEC §1). */
export const AccountSchema = z.object({
  id,
  name: z.string().trim().min(1, '名称为空'),
  platform: PlatformSchema,
  unit: z.string().trim().min(1, '主办单位为空'),
  level: LevelSchema,
  region: z.string().trim().default(''),
  kind: AccountKindSchema.default('unit'),
  followers: count.optional(),
  status: AccountStatusSchema.default('active'),
  channels: ChannelsSchema.optional(),
  flags: FlagsSchema.optional(),
  /** Follower count history for anomaly candidates: [time, followers] pairs. */
  followerHistory: z.array(z.tuple([timestamp, count])).optional(),
});
export type Account = z.output<typeof AccountSchema>;
export type AccountInput = z.input<typeof AccountSchema>;

/** One published post/article (SPEC §1). Metrics left out are missing, not 0. */
export const PostSchema = z.object({
  /** Optional post id, used by `repostOf` links. */
  id: z.string().optional(),
  accountId: id,
  publishedAt: timestamp,
  title: z.string().optional(),
  text: z.string().optional(),
  reads: count.optional(), // 阅读
  looks: count.optional(), // 在看
  likes: count.optional(), // 点赞
  shares: count.optional(), // 转发/分享
  comments: count.optional(), // 评论
  isOriginal: z.boolean().optional(),
  pushId: z.string().optional(),
  /** Position in its push; 1 = headline (头条). */
  position: z.number().int().positive().optional(),
  /** Id of the post this one reposts (a cited repost). */
  repostOf: z.string().optional(),
});
export type Post = z.output<typeof PostSchema>;
export type PostInput = z.input<typeof PostSchema>;

/** A public message / consultation addressed to an account (SPEC §1). */
export const MessageSchema = z
  .object({
    id: z.string().optional(),
    accountId: id,
    receivedAt: timestamp,
    category: MessageCategorySchema.default('consultation'),
    repliedAt: timestamp.optional(),
    closedAt: timestamp.optional(),
  })
  .superRefine((m, ctx) => {
    if (m.repliedAt && m.repliedAt.getTime() < m.receivedAt.getTime())
      ctx.addIssue({ code: 'custom', path: ['repliedAt'], message: '回复时间早于收到时间' });
    if (m.closedAt && m.closedAt.getTime() < m.receivedAt.getTime())
      ctx.addIssue({ code: 'custom', path: ['closedAt'], message: '办结时间早于收到时间' });
  });
export type Message = z.output<typeof MessageSchema>;
export type MessageInput = z.input<typeof MessageSchema>;

/** One status change of a registry (备案) entry. */
export const RegistryChangeSchema = z.object({ event: RegistryEventSchema, at: timestamp });

/** A registry (备案) entry (SPEC §1): one filed account and its status history. */
export const RegistryEntrySchema = z.object({
  accountId: id,
  unit: z.string().trim().min(1, '主办单位为空'),
  platform: PlatformSchema,
  filedAt: timestamp,
  status: z.enum(['opened', 'changed', 'closed', 'cancelled']).default('opened'),
  changes: z.array(RegistryChangeSchema).default([]),
});
export type RegistryEntry = z.output<typeof RegistryEntrySchema>;
export type RegistryEntryInput = z.input<typeof RegistryEntrySchema>;

/** Expected presence of accounts for units of a level on a platform (seed 002's 三有 rule). */
export const PresenceSchema = z.enum(['required', 'allowed', 'discouraged']);
export type Presence = z.infer<typeof PresenceSchema>;

/** Government (人民政府, 办公室) or one of its departments (部门): seed 002's 三有 rule treats them differently. */
export const UnitTypeSchema = z.enum(['government', 'department']);

export const PresenceRuleSchema = z.object({
  level: LevelSchema,
  /** Omitted = every unit type. */
  unitType: UnitTypeSchema.optional(),
  /** Omitted = every platform. */
  platform: PlatformSchema.optional(),
  presence: PresenceSchema,
});

export const MatrixUnitSchema = z.object({ unit: z.string().trim().min(1), level: LevelSchema, region: z.string().optional(), type: UnitTypeSchema.default('government') });

/** An account matrix (矩阵): a lead account (龙头) and its members, with presence rules. */
export const MatrixSchema = z.object({
  id: z.string().default('matrix'),
  name: z.string().default(''),
  lead: id,
  members: z.array(id),
  units: z.array(MatrixUnitSchema).default([]),
  rules: z.array(PresenceRuleSchema).default([]),
});
export type Matrix = z.output<typeof MatrixSchema>;
export type MatrixInput = z.input<typeof MatrixSchema>;
