import type { LabelKind } from './parse-label.js';

/** How a cell is read: see `parseCount`, `parseFlag`, `parseLabel`, `parseChinaTime`. */
export type CellType = 'string' | 'count' | 'flag' | 'time' | 'position' | { label: LabelKind };

/** One target field of a record and the headers that fill it. */
export interface FieldSpec {
  /** Field path in the record, e.g. `reads` or `channels.services`. */
  field: string;
  type: CellType;
  /** Headers (Chinese and English) accepted for this field, compared after trimming, case-insensitively. */
  headers: readonly string[];
}

/**
 * Column presets: the headers offices' exports and the index providers' downloads use,
 * in Chinese and English. The explicit `columns` option of every reader overrides them.
 */
export const COLUMN_PRESETS = {
  posts: [
    { field: 'accountId', type: 'string', headers: ['账号ID', '账号id', '账号编号', '公众号ID', 'accountId', 'account_id', 'account'] },
    { field: 'accountName', type: 'string', headers: ['账号名称', '公众号名称', '账号', '微博名称', '公众号', 'accountName', 'account_name'] },
    { field: 'id', type: 'string', headers: ['文章ID', '文章id', '稿件ID', '微博ID', 'id', 'postId', 'post_id'] },
    { field: 'publishedAt', type: 'time', headers: ['发布时间', '发文时间', '推送时间', '发布日期', 'publishedAt', 'published_at', 'time', 'date'] },
    { field: 'title', type: 'string', headers: ['标题', '文章标题', 'title'] },
    { field: 'text', type: 'string', headers: ['正文', '内容', '文章内容', '微博内容', 'text', 'content'] },
    { field: 'reads', type: 'count', headers: ['阅读数', '阅读量', '阅读', '播放量', '播放数', 'reads', 'views'] },
    { field: 'looks', type: 'count', headers: ['在看数', '在看', '在看量', 'looks', 'wow'] },
    { field: 'likes', type: 'count', headers: ['点赞数', '点赞量', '点赞', 'likes'] },
    { field: 'shares', type: 'count', headers: ['转发数', '分享数', '转发量', '分享量', '转发', '分享', 'shares', 'reposts'] },
    { field: 'comments', type: 'count', headers: ['评论数', '评论量', '评论', 'comments'] },
    { field: 'isOriginal', type: 'flag', headers: ['是否原创', '原创', 'isOriginal', 'original'] },
    { field: 'pushId', type: 'string', headers: ['推送ID', '推送id', '群发ID', 'pushId', 'push_id'] },
    { field: 'position', type: 'position', headers: ['位置', '发文位置', '条目位置', 'position'] },
    { field: 'headline', type: 'flag', headers: ['是否头条', '头条', 'isHeadline', 'headline'] },
    { field: 'repostOf', type: 'string', headers: ['转载自', '转发自', '来源文章ID', 'repostOf', 'repost_of'] },
  ],
  accounts: [
    { field: 'id', type: 'string', headers: ['账号ID', '账号id', '账号编号', 'id', 'accountId', 'account_id'] },
    { field: 'name', type: 'string', headers: ['账号名称', '公众号名称', '名称', 'name', 'accountName'] },
    { field: 'platform', type: { label: 'platform' }, headers: ['平台', '平台类型', '账号类型', 'platform'] },
    { field: 'unit', type: 'string', headers: ['主办单位', '开办主体', '单位', '主管单位', 'unit', 'host'] },
    { field: 'level', type: { label: 'level' }, headers: ['层级', '级别', '行政层级', 'level'] },
    { field: 'region', type: 'string', headers: ['地区', '区域', '所属地区', 'region'] },
    { field: 'kind', type: { label: 'kind' }, headers: ['类型', '账号性质', 'kind'] },
    { field: 'followers', type: 'count', headers: ['粉丝数', '粉丝量', '关注数', '订阅数', 'followers', 'fans'] },
    { field: 'status', type: { label: 'status' }, headers: ['状态', '运营状态', 'status'] },
    { field: 'channels.messages', type: 'flag', headers: ['留言功能', '留言', '私信', 'messages'] },
    { field: 'channels.comments', type: 'flag', headers: ['评论功能', 'commentsEnabled'] },
    { field: 'channels.consultation', type: 'flag', headers: ['在线咨询', '咨询功能', 'consultation'] },
    { field: 'channels.services', type: 'flag', headers: ['服务功能', '办事服务', 'services'] },
    { field: 'flags.incident', type: 'flag', headers: ['安全事故', '泄密事故', 'incident'] },
    { field: 'flags.fraud', type: 'flag', headers: ['刷量', '买粉刷量', 'fraud'] },
  ],
  messages: [
    { field: 'id', type: 'string', headers: ['留言ID', '留言id', '编号', 'id', 'messageId'] },
    { field: 'accountId', type: 'string', headers: ['账号ID', '账号id', 'accountId', 'account_id'] },
    { field: 'receivedAt', type: 'time', headers: ['留言时间', '咨询时间', '收到时间', 'receivedAt', 'received_at'] },
    { field: 'category', type: { label: 'category' }, headers: ['类别', '诉求类型', '类型', 'category'] },
    { field: 'repliedAt', type: 'time', headers: ['回复时间', '答复时间', 'repliedAt', 'replied_at'] },
    { field: 'closedAt', type: 'time', headers: ['办结时间', 'closedAt', 'closed_at'] },
  ],
  registry: [
    { field: 'accountId', type: 'string', headers: ['账号ID', '账号id', 'accountId', 'account_id'] },
    { field: 'unit', type: 'string', headers: ['主办单位', '单位', 'unit'] },
    { field: 'platform', type: { label: 'platform' }, headers: ['平台', 'platform'] },
    { field: 'filedAt', type: 'time', headers: ['备案时间', '备案日期', 'filedAt', 'filed_at'] },
    { field: 'status', type: { label: 'registryStatus' }, headers: ['状态', '备案状态', 'status'] },
    { field: 'changedAt', type: 'time', headers: ['状态变更时间', '变更时间', 'changedAt', 'changed_at'] },
  ],
} as const satisfies Record<string, readonly FieldSpec[]>;

export type RecordKind = keyof typeof COLUMN_PRESETS;

/** Which input column fills which field, as resolved for one file. */
export interface ColumnResolution {
  /** Column index (CSV) or key (JSON) → field spec. */
  byHeader: Map<string, FieldSpec>;
  /** Headers present in the input that no field uses (reported, never silently dropped). */
  ignoredColumns: string[];
}

/**
 * Resolves a file's headers against a preset plus an explicit mapping
 * (`{ '阅读': 'reads' }`: header → field). Lookups go through a `Map`, so headers such
 * as `__proto__` or `constructor` are plain strings and pollute nothing.
 * Throws `RangeError` for an explicit mapping naming an unknown field.
 */
export function resolveColumns(kind: RecordKind, headers: readonly string[], explicit?: Readonly<Record<string, string>>): ColumnResolution {
  const specs: readonly FieldSpec[] = COLUMN_PRESETS[kind];
  const byField = new Map(specs.map((s) => [s.field, s] as const));
  const byAlias = new Map<string, FieldSpec>();
  for (const s of specs) for (const h of s.headers) if (!byAlias.has(h.toLowerCase())) byAlias.set(h.toLowerCase(), s);
  const explicitMap = new Map<string, FieldSpec>();
  if (explicit) {
    for (const header of Object.keys(explicit)) {
      const field = explicit[header]!;
      const spec = byField.get(field);
      if (!spec) throw new RangeError(`columns: unknown ${kind} field "${field}" for header "${header}" (fields: ${[...byField.keys()].join(', ')})`);
      explicitMap.set(header.trim(), spec);
    }
  }
  const byHeader = new Map<string, FieldSpec>();
  const used = new Set<string>();
  const ignoredColumns: string[] = [];
  for (const raw of headers) {
    const h = raw.trim();
    const spec = explicitMap.get(h) ?? (explicitMap.size && [...explicitMap.values()].some((s) => s.field === byAlias.get(h.toLowerCase())?.field) ? undefined : byAlias.get(h.toLowerCase()));
    if (spec && !used.has(spec.field)) {
      byHeader.set(raw, spec);
      used.add(spec.field);
    } else ignoredColumns.push(raw);
  }
  return { byHeader, ignoredColumns };
}
