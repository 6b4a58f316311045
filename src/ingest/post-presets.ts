import type { Platform } from '../model/enums.js';
import { toHalfWidth } from './to-half-width.js';

/**
 * An export preset (issue 12): the headers of one real export shape, how its values
 * read, and how it is recognised. The generic field aliases (`COLUMN_PRESETS.posts`)
 * apply to every file; a preset adds the headers only its export uses (e.g. the
 * 公众平台's `总阅读次数` → reads, never `总阅读人数`), names the platform, and says
 * whether the file carries an account column.
 */
export interface PostPreset {
  /** Name used by the `preset` option and `--preset`, and reported in results. */
  readonly name: string;
  /** Chinese label for the CLI summary. */
  readonly label: string;
  /** Platform of the export's accounts, when the export implies one. */
  readonly platform?: Platform;
  /** Recognised when every header of any one of these sets is present; empty = never detected (force it with `preset`). */
  readonly detect: readonly (readonly string[])[];
  /** Headers only this export uses: header → field (`''` = ignore on purpose). */
  readonly columns: Readonly<Record<string, string>>;
  /** One account per file, no account column: the account comes from the `account` option. */
  readonly oneAccount?: boolean;
  /** Columns and value forms, for the README table and `--help`. */
  readonly describe: string;
}

/**
 * Export presets in detection order (most specific first). 清博 and 新榜 are the index
 * providers' WeChat exports; `mp-backend` is the WeChat 公众平台's 图文分析 download (one
 * account, no account column, reads are 总阅读次数 = reads, not 总阅读人数 = readers);
 * `douyin` is the 抖音创作者服务中心 作品数据 export (plays 播放量 kept as `reads`, the
 * index providers' "play count" slot; 完播率 and other rates ignored). `channels` (视频号助手)
 * and `kuaishou` (快手创作者服务平台) are defined from their documented column names but not
 * detected (their headers overlap Douyin's): force them with `preset`.
 */
export const POST_PRESETS: readonly PostPreset[] = [
  {
    name: 'mp-backend', label: '微信公众平台·图文分析', platform: 'wechat', oneAccount: true,
    detect: [['内容标题', '总阅读次数'], ['内容标题', '总阅读人数']],
    columns: { 内容标题: 'title', 发表时间: 'publishedAt', 总阅读次数: 'reads', 总分享次数: 'shares', 总阅读人数: '', 总分享人数: '', 公众号消息阅读次数: '', 分享产生阅读次数: '', 首次分享次数: '' },
    describe: '内容标题, 发表时间 (`20240901`), 总阅读次数 → reads, 总分享次数 → shares; 总阅读人数/总分享人数 and rates (`%`) ignored; no account column (`--account`)',
  },
  {
    name: 'weibo', label: '微博导出', platform: 'weibo',
    detect: [['微博昵称'], ['微博内容'], ['微博正文']],
    columns: { 微博昵称: 'accountName', 微博内容: 'text', '原创/转发': 'isOriginal', 微博链接: 'link' },
    describe: '微博昵称 → account name, 微博内容 → text, 发布时间 (`2024年9月1日 08:30`), 转发数, 评论数, 点赞数 (`1.2万`, `"1,234"`), 原创/转发 (`原创` = original, `转发` = repost), 微博链接',
  },
  {
    name: 'douyin', label: '抖音创作者作品数据', platform: 'douyin', oneAccount: true,
    detect: [['作品名称', '播放量']],
    columns: { 作品名称: 'title', 播放量: 'reads', 点赞量: 'likes', 评论量: 'comments', 分享量: 'shares' },
    describe: '作品名称 → title, 发布时间 (ISO, no offset = China time), 播放量 → reads (plays, `12.3w`), 点赞量, 评论量, 分享量; 完播率, 收藏量, 粉丝增量 etc. ignored; no account column (`--account`)',
  },
  {
    name: 'newrank-wechat', label: '新榜·微信', platform: 'wechat',
    detect: [['公众号', '文章位置'], ['公众号', '文章标题']],
    columns: { 公众号: 'accountName', 文章标题: 'title', 文章位置: 'position', 文章链接: 'link', 是否原创: 'isOriginal', 微信号: '' },
    describe: '公众号 → account name, 文章标题, 发布时间 (`2024/9/1 8:30`), 文章位置 (`头条`/`二条`/N), 阅读数 (`10w+`, `2.1w`), 在看数, 点赞数, 评论数, 是否原创 (原创/非原创), 文章链接; 微信号 ignored',
  },
  {
    name: 'gsdata-wechat', label: '清博·微信', platform: 'wechat',
    detect: [['公众号名称', '位置'], ['公众号名称', '微信号']],
    columns: { 公众号名称: 'accountName', 位置: 'position', 原创: 'isOriginal', 链接: 'link', 微信号: '', 序号: '' },
    describe: '序号, 公众号名称 → account name, 微信号 (ignored), 标题, 发布时间, 位置 (`头条`/`次条`/`第2条`/N), 阅读数 (`10万+`, `2.1万`, `"1,234"`), 在看数, 点赞数 (`--` = missing), 原创 (是/否), 链接',
  },
  {
    name: 'channels', label: '视频号助手', platform: 'channels', oneAccount: true, detect: [],
    columns: { 视频描述: 'text', 发表时间: 'publishedAt', 播放量: 'reads', 喜欢: 'likes', 点赞: 'likes', 评论量: 'comments', 分享量: 'shares', 转发量: 'shares' },
    describe: '视频描述 → text, 发表时间, 播放量 → reads, 点赞/喜欢 → likes, 评论量, 分享量/转发量 → shares; no account column (`--account`); not detected (force with `--preset channels`; unverified against a real export)',
  },
  {
    name: 'kuaishou', label: '快手创作者作品数据', platform: 'kuaishou', oneAccount: true, detect: [],
    columns: { 作品描述: 'text', 作品标题: 'title', 播放量: 'reads', 点赞量: 'likes', 评论量: 'comments', 分享量: 'shares' },
    describe: '作品标题/作品描述, 发布时间, 播放量 → reads, 点赞量, 评论量, 分享量; no account column (`--account`); not detected (force with `--preset kuaishou`; unverified against a real export)',
  },
];

/** The project's own template (账号ID/账号名称, 发布时间, 阅读数 …, and the English names): the preset reported when no export shape is recognised. */
export const OWN_PRESET: PostPreset = {
  name: 'govmedia', label: '本项目模板', detect: [], columns: {},
  describe: '账号ID or 账号名称, 发布时间, 标题/正文, 阅读数, 在看数, 点赞数, 转发数, 评论数, 是否原创, 位置/是否头条, 推送ID, 文章ID, 转载自 (or accountId, publishedAt, reads …)',
};

const norm = (h: string) => toHalfWidth(h).trim().toLowerCase();

/**
 * The export preset a header row matches (issue 12), or the project's own template.
 * `name` forces one (throws `RangeError` for an unknown name, listing the known ones).
 * @throws {RangeError} for a `name` that is not a known preset.
 * @returns The preset (name, label, platform, the headers that detect it, its column mapping, whether it is a one-account export).
 * @example detectPostPreset(['序号', '公众号名称', '微信号', '标题', '发布时间', '位置']).name // 'gsdata-wechat'
 */
export function detectPostPreset(headers: readonly string[], name?: string): PostPreset {
  if (name !== undefined) {
    const p = name === OWN_PRESET.name ? OWN_PRESET : POST_PRESETS.find((q) => q.name === name);
    if (!p) throw new RangeError(`detectPostPreset: unknown preset "${name}" (one of ${[OWN_PRESET.name, ...POST_PRESETS.map((q) => q.name)].join(', ')})`);
    return p;
  }
  const have = new Set(headers.map(norm));
  return POST_PRESETS.find((p) => p.detect.some((set) => set.every((h) => have.has(norm(h))))) ?? OWN_PRESET;
}
