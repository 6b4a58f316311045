import type { CellResult } from './parse-count.js';
import { toHalfWidth } from './to-half-width.js';

/**
 * Chinese and English spellings of each enum value, as exports and ledgers (台账) write
 * them. Labels are compared after folding full width (`（` → `(`), dropping spaces and
 * lower-casing; a trailing `级` is optional (`县（市、区）级` = `县(市、区)`), so the lists
 * name each form once.
 */
export const LABEL_ALIASES = {
  platform: {
    wechat: ['wechat', 'weixin', '微信', '微信公众号', '公众号', '微信公众平台', '微信服务号', '微信订阅号', '服务号', '订阅号', '政务微信'],
    weibo: ['weibo', '微博', '新浪微博', '新浪', '微博号'],
    douyin: ['douyin', '抖音', '抖音号', 'tiktok'],
    toutiao: ['toutiao', '今日头条', '头条', '头条号'],
    kuaishou: ['kuaishou', '快手', '快手号'],
    bilibili: ['bilibili', '哔哩哔哩', 'b站', 'b站号'],
    channels: ['channels', '视频号', '微信视频号', 'wechat channels'],
    app: ['app', '移动客户端', '客户端', '政务app', '移动app', '客户端app', 'app客户端'],
    other: ['other', '其他', '其它', '其他app', '其他平台'],
  },
  level: {
    national: ['national', '国家', '中央', '部委'],
    province: ['province', 'provincial', '省', '省直', '省(区、市)', '自治区'],
    city: ['city', '市', '地市', '设区市', '市直', '地级', '地级市', '市(州)', '州', '盟'],
    county: ['county', '县', '区县', '县区', '县(市、区)', '县(市,区)', '县(区)', '县(市)', '区', '县市区', '县级市', '旗'],
    township: ['township', '乡镇', '乡镇(街道)', '镇', '乡', '街道', '镇街', '乡镇街道'],
    village: ['village', '村', '社区', '村(社区)', '村居'],
  },
  kind: { unit: ['unit', '单位', '机构', '政务机构'], personal: ['personal', '个人', '公职人员'] },
  status: {
    active: ['active', '正常', '正常运营', '运营中', '运营', '在用', '正常更新', '在运营'],
    suspended: ['suspended', '暂停', '停更', '停止更新', '暂停更新', '暂停运营'],
    closed: ['closed', '关停', '已关停', '关闭', '已关闭', '注销', '已注销', '停止运营'],
  },
  category: { consultation: ['consultation', '咨询'], complaint: ['complaint', '投诉', '举报'], suggestion: ['suggestion', '建议'] },
  registryStatus: { opened: ['opened', '开设', '新开', '开通'], changed: ['changed', '变更'], closed: ['closed', '关停', '关闭'], cancelled: ['cancelled', 'canceled', '注销'] },
} as const;

export type LabelKind = keyof typeof LABEL_ALIASES;

/** Each label kind as a clerk names it (the reasons' language). */
const KIND_ZH: Record<LabelKind, string> = { platform: '平台', level: '层级', kind: '账号类型', status: '运营状态', category: '留言类别', registryStatus: '备案状态' };
type LabelValue<K extends LabelKind> = keyof (typeof LABEL_ALIASES)[K] & string;

/**
 * A locality's own labels (issue 12 `valueAliases`): per kind, label → enum value,
 * e.g. `{ level: { 开发区: 'county' }, platform: { 政务号: 'toutiao' } }`. Checked before
 * the built-in labels.
 */
export type ValueAliases = Partial<Record<LabelKind, Readonly<Record<string, string>>>>;

/** Canonical form for comparing labels: half width, no spaces, lower case. */
const canon = (s: string) => toHalfWidth(s).replace(/\s+/g, '').toLowerCase();

const lookups = new Map<LabelKind, Map<string, string>>();
function lookup(kind: LabelKind): Map<string, string> {
  let m = lookups.get(kind);
  if (!m) {
    m = new Map();
    for (const [value, aliases] of Object.entries(LABEL_ALIASES[kind])) for (const a of aliases as readonly string[]) m.set(canon(a), value);
    lookups.set(kind, m);
  }
  return m;
}

/**
 * Reads an enum cell (platform, level, kind, status, message category, registry
 * status) from its Chinese or English label, case-insensitively and width-insensitively:
 * `微信公众号` and `WeChat` → `'wechat'`, `县（市、区）级` → `'county'`, `乡镇（街道）级` →
 * `'township'`, `正常运营` → `'active'`, `已注销` → `'closed'`. `options.aliases` adds a
 * locality's own labels (checked first; a value that is not one of the kind's values
 * throws `RangeError`). Empty is missing; an unknown label is rejected with the accepted
 * labels in the reason.
 * @throws {RangeError} when an alias maps a label to a value that is not one of the kind's values.
 * @returns `{ ok: true, value }` (value undefined for missing) or `{ ok: false, reason }` listing the accepted labels.
 * @example parseLabel('platform', '今日头条') // { ok: true, value: 'toutiao' }
 * @example parseLabel('level', '开发区', { aliases: { level: { 开发区: 'county' } } }) // { ok: true, value: 'county' }
 */
export function parseLabel<K extends LabelKind>(kind: K, raw: unknown, options: { aliases?: ValueAliases } = {}): CellResult<LabelValue<K>> {
  if (raw === null || raw === undefined) return { ok: true, value: undefined };
  if (typeof raw !== 'string') return { ok: false, reason: `不是${KIND_ZH[kind]}：${JSON.stringify(raw)}` };
  const s = raw.trim();
  if (s === '' || s === '-' || s === '--' || s === '—') return { ok: true, value: undefined };
  const c = canon(s);
  const own = options.aliases?.[kind];
  if (own) {
    for (const [label, value] of Object.entries(own)) {
      if (canon(label) !== c) continue;
      if (!(value in LABEL_ALIASES[kind])) throw new RangeError(`parseLabel: valueAliases.${kind}["${label}"] = "${value}" is not a ${kind} (one of ${Object.keys(LABEL_ALIASES[kind]).join(', ')})`);
      return { ok: true, value: value as LabelValue<K> };
    }
  }
  const table = lookup(kind);
  const v = table.get(c) ?? (c.length > 1 && c.endsWith('级') ? table.get(c.slice(0, -1)) : undefined);
  if (v !== undefined) return { ok: true, value: v as LabelValue<K> };
  const known = Object.values(LABEL_ALIASES[kind]).map((a) => (a as readonly string[]).find((x) => /[^\x00-\x7f]/.test(x)) ?? (a as readonly string[])[0]);
  return { ok: false, reason: `未知的${KIND_ZH[kind]}“${raw}”（应为 ${known.join('/')} 之一；本地自有的叫法用 valueAliases / --aliases 配置）` };
}
