import { toHalfWidth } from './to-half-width.js';
import type { LabelKind } from './parse-label.js';

/** How a cell is read: see `parseCount`, `parseFlag`, `parseLabel`, `parseChinaTime`. */
/** `object`: a nested JSON value passed through to the schema (the library's own Account shape: `channels`, `flags`). */
export type CellType = 'string' | 'count' | 'flag' | 'time' | 'position' | 'object' | { label: LabelKind };

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
    { field: 'accountName', type: 'string', headers: ['账号名称', '公众号名称', '公众号', '账号', '微博名称', '微博昵称', '昵称', '视频号名称', '抖音号名称', 'accountName', 'account_name'] },
    { field: 'id', type: 'string', headers: ['文章ID', '文章id', '稿件ID', '微博ID', '微博id', '作品ID', '作品id', '视频ID', 'id', 'postId', 'post_id'] },
    { field: 'link', type: 'string', headers: ['链接', '文章链接', '原文链接', '微博链接', '作品链接', '视频链接', 'url', 'link'] },
    { field: 'publishedAt', type: 'time', headers: ['发布时间', '发文时间', '推送时间', '发表时间', '发布日期', 'publishedAt', 'published_at', 'time', 'date'] },
    { field: 'title', type: 'string', headers: ['标题', '文章标题', '内容标题', '作品名称', '作品标题', '视频标题', 'title'] },
    { field: 'text', type: 'string', headers: ['正文', '内容', '文章内容', '微博内容', '微博正文', '作品描述', '视频描述', 'text', 'content'] },
    { field: 'reads', type: 'count', headers: ['阅读数', '阅读量', '阅读', '阅读次数', '播放量', '播放数', '播放次数', 'reads', 'views', 'plays'] },
    { field: 'looks', type: 'count', headers: ['在看数', '在看', '在看量', 'looks', 'wow'] },
    { field: 'likes', type: 'count', headers: ['点赞数', '点赞量', '点赞', '点赞次数', '喜欢数', 'likes'] },
    { field: 'shares', type: 'count', headers: ['转发数', '分享数', '转发量', '分享量', '转发', '分享', '分享次数', '转发次数', 'shares', 'reposts'] },
    { field: 'comments', type: 'count', headers: ['评论数', '评论量', '评论', '评论次数', 'comments'] },
    { field: 'isOriginal', type: 'flag', headers: ['是否原创', '原创', '原创/转发', '原创/转载', '是否转发', 'isOriginal', 'original'] },
    { field: 'pushId', type: 'string', headers: ['推送ID', '推送id', '群发ID', 'pushId', 'push_id'] },
    { field: 'position', type: 'position', headers: ['位置', '文章位置', '发文位置', '条目位置', '发布位置', '推送位置', 'position'] },
    { field: 'headline', type: 'flag', headers: ['是否头条', '头条', 'isHeadline', 'headline'] },
    { field: 'repostOf', type: 'string', headers: ['转载自', '转发自', '来源文章ID', 'repostOf', 'repost_of'] },
  ],
  accounts: [
    { field: 'id', type: 'string', headers: ['账号ID', '账号id', '账号编号', 'id', 'accountId', 'account_id'] },
    { field: 'name', type: 'string', headers: ['账号名称', '公众号名称', '账号名', '名称', 'name', 'accountName'] },
    { field: 'platform', type: { label: 'platform' }, headers: ['平台', '平台类型', '账号类型', '所属平台', '账号平台', 'platform'] },
    { field: 'unit', type: 'string', headers: ['主办单位', '开办主体', '单位', '主管单位', 'unit', 'host'] },
    { field: 'level', type: { label: 'level' }, headers: ['层级', '级别', '行政层级', '行政级别', '账号级别', '单位级别', 'level'] },
    { field: 'region', type: 'string', headers: ['地区', '区域', '所属地区', '所属区域', '行政区划', 'region'] },
    { field: 'kind', type: { label: 'kind' }, headers: ['类型', '账号性质', 'kind'] },
    { field: 'followers', type: 'count', headers: ['粉丝数', '粉丝量', '关注数', '订阅数', 'followers', 'fans'] },
    { field: 'status', type: { label: 'status' }, headers: ['状态', '运营状态', '账号状态', 'status'] },
    { field: 'channels.messages', type: 'flag', headers: ['留言功能', '留言', '私信', '留言互动', 'messages'] },
    { field: 'channels.comments', type: 'flag', headers: ['评论功能', 'commentsEnabled'] },
    { field: 'channels.consultation', type: 'flag', headers: ['在线咨询', '咨询功能', 'consultation'] },
    { field: 'channels.services', type: 'flag', headers: ['服务功能', '办事服务', 'services'] },
    { field: 'flags.incident', type: 'flag', headers: ['安全事故', '泄密事故', 'incident'] },
    { field: 'flags.fraud', type: 'flag', headers: ['刷量', '买粉刷量', 'fraud'] },
    { field: 'channels', type: 'object', headers: ['channels'] },
    { field: 'flags', type: 'object', headers: ['flags'] },
    { field: 'followerHistory', type: 'object', headers: ['followerHistory'] },
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
  /** Column position → field spec (`undefined` = unused); exact even when a header repeats. */
  byIndex: (FieldSpec | undefined)[];
  /** Headers present in the input that no field uses (reported, never silently dropped). */
  ignoredColumns: string[];
}

/** Header comparison key: trimmed, full width folded, case-insensitive. */
const key = (h: string) => toHalfWidth(h).trim().toLowerCase();

/**
 * Resolves a file's headers against the field aliases, an export preset's own headers
 * (`presetColumns`, header → field) and an explicit mapping (`{ '阅读': 'reads' }`:
 * header → field), in that order of precedence: explicit, then preset, then aliases.
 * When several headers could fill one field, the alias listed first wins (`文章ID` over
 * `链接`), then the leftmost column; the others are listed in `ignoredColumns`.
 * Lookups go through a `Map`, so headers such as `__proto__` pollute nothing.
 * Throws `RangeError` for a mapping naming an unknown field.
 * @throws {RangeError} for a mapping that names an unknown field (naming the header and the known fields).
 * @returns The field of each header (`byHeader`) and column position (`byIndex`), and the columns no field uses (`ignoredColumns`).
 * @example resolveColumns('posts', ['公众号', '发布时间']).byHeader.get('公众号')?.field // 'accountName'
 */
export function resolveColumns(
  kind: RecordKind,
  headers: readonly string[],
  explicit?: Readonly<Record<string, string>>,
  presetColumns?: Readonly<Record<string, string>>,
): ColumnResolution {
  const specs: readonly FieldSpec[] = COLUMN_PRESETS[kind];
  const byField = new Map(specs.map((s) => [s.field, s] as const));
  const mapping = (m: Readonly<Record<string, string>> | undefined, what: string) => {
    const out = new Map<string, FieldSpec>();
    if (!m) return out;
    for (const header of Object.keys(m)) {
      const field = m[header]!;
      if (field === '' || field === 'ignore') { out.set(key(header), { field: '', type: 'string', headers: [] }); continue; }
      const spec = byField.get(field);
      if (!spec) throw new RangeError(`${what}: unknown ${kind} field "${field}" for header "${header}" (fields: ${[...byField.keys()].join(', ')})`);
      out.set(key(header), spec);
    }
    return out;
  };
  const explicitMap = mapping(explicit, 'columns');
  const presetMap = mapping(presetColumns, 'preset');
  // Candidate (header position, field, rank): explicit rank -2, preset -1, alias = its index in the list.
  const best = new Map<string, { col: number; rank: number }>();
  const choice: (FieldSpec | undefined)[] = [];
  headers.forEach((raw, col) => {
    const k = key(raw);
    let spec: FieldSpec | undefined;
    let rank: number;
    if (explicitMap.has(k)) { spec = explicitMap.get(k); rank = -2; }
    else if (presetMap.has(k)) { spec = presetMap.get(k); rank = -1; }
    else {
      rank = Infinity;
      for (const s of specs) {
        const r = s.headers.findIndex((h) => key(h) === k);
        if (r >= 0 && r < rank) { spec = s; rank = r; }
      }
    }
    if (!spec || spec.field === '') { choice.push(undefined); return; }
    choice.push(spec);
    const prev = best.get(spec.field);
    if (!prev || rank < prev.rank) best.set(spec.field, { col, rank });
  });
  const byHeader = new Map<string, FieldSpec>();
  const byIndex: (FieldSpec | undefined)[] = [];
  const ignoredColumns: string[] = [];
  headers.forEach((raw, col) => {
    const spec = choice[col];
    if (spec && best.get(spec.field)!.col === col && !byHeader.has(raw)) { byHeader.set(raw, spec); byIndex.push(spec); }
    else { ignoredColumns.push(raw); byIndex.push(undefined); }
  });
  return { byHeader, byIndex, ignoredColumns };
}
