import type { CellResult } from './parse-count.js';

/** Chinese and English spellings of each enum value, as exports write them. */
export const LABEL_ALIASES = {
  platform: {
    wechat: ['wechat', 'weixin', '微信', '微信公众号', '公众号', '微信公众平台'],
    weibo: ['weibo', '微博', '新浪微博'],
    douyin: ['douyin', '抖音', 'tiktok'],
    toutiao: ['toutiao', '今日头条', '头条', '头条号'],
    kuaishou: ['kuaishou', '快手'],
    bilibili: ['bilibili', '哔哩哔哩', 'b站'],
    app: ['app', '移动客户端', '客户端', '政务app', '移动app'],
    other: ['other', '其他', '其它', '其他app', '其他平台'],
  },
  level: {
    national: ['national', '国家级', '国家', '中央', '部委'],
    province: ['province', 'provincial', '省级', '省', '省直'],
    city: ['city', '市级', '市', '地市', '设区市', '市直'],
    county: ['county', '县级', '县', '区县', '县区', '县(市、区)', '区', '县市区'],
    township: ['township', '乡镇', '乡镇（街道）', '乡镇(街道)', '镇', '乡', '街道', '镇街'],
    village: ['village', '村', '社区', '村（社区）', '村(社区)'],
  },
  kind: { unit: ['unit', '单位', '机构'], personal: ['personal', '个人'] },
  status: { active: ['active', '正常', '运营', '在用'], suspended: ['suspended', '暂停', '停更'], closed: ['closed', '关停', '关闭', '注销'] },
  category: { consultation: ['consultation', '咨询'], complaint: ['complaint', '投诉', '举报'], suggestion: ['suggestion', '建议'] },
  registryStatus: { opened: ['opened', '开设', '新开', '开通'], changed: ['changed', '变更'], closed: ['closed', '关停', '关闭'], cancelled: ['cancelled', 'canceled', '注销'] },
} as const;

export type LabelKind = keyof typeof LABEL_ALIASES;
type LabelValue<K extends LabelKind> = keyof (typeof LABEL_ALIASES)[K] & string;

const lookups = new Map<LabelKind, Map<string, string>>();
function lookup(kind: LabelKind): Map<string, string> {
  let m = lookups.get(kind);
  if (!m) {
    m = new Map();
    for (const [value, aliases] of Object.entries(LABEL_ALIASES[kind])) for (const a of aliases as readonly string[]) m.set(a.toLowerCase(), value);
    lookups.set(kind, m);
  }
  return m;
}

/**
 * Reads an enum cell (platform, level, kind, status, message category, registry
 * status) from its Chinese or English label, case-insensitively: `微信` and `WeChat`
 * → `'wechat'`, `区县` → `'county'`, `街道` → `'township'`. Empty is missing; an unknown
 * label is rejected with the accepted labels in the reason.
 * @example parseLabel('platform', '今日头条') // { ok: true, value: 'toutiao' }
 */
export function parseLabel<K extends LabelKind>(kind: K, raw: unknown): CellResult<LabelValue<K>> {
  if (raw === null || raw === undefined) return { ok: true, value: undefined };
  if (typeof raw !== 'string') return { ok: false, reason: `not a ${kind} label: ${JSON.stringify(raw)}` };
  const s = raw.trim();
  if (s === '' || s === '-') return { ok: true, value: undefined };
  const v = lookup(kind).get(s.toLowerCase());
  if (v !== undefined) return { ok: true, value: v as LabelValue<K> };
  const known = Object.values(LABEL_ALIASES[kind]).map((a) => (a as readonly string[]).find((x) => /[^\x00-\x7f]/.test(x)) ?? (a as readonly string[])[0]);
  return { ok: false, reason: `unknown ${kind} "${raw}" (expected one of ${known.join('/')})` };
}
