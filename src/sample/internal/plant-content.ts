import type { Post } from '../../model/schemas.js';
import { isLuhnValid } from '../../content/is-luhn-valid.js';
import { residentIdCheckDigit } from '../../content/resident-id-check-digit.js';
import type { Rng } from '../../stats/create-rng.js';

/** One planted content problem: where it is and what a checker must report. */
export interface PlantedContentItem {
  postId: string;
  accountId: string;
  field: 'title' | 'text';
  kind: 'typo' | 'variant' | 'expression' | 'leader' | 'personal-data' | 'ad' | 'external-link' | 'unsourced-repost';
  ruleId: string;
  matched: string;
  offset: number;
}

/** Content problems and must-not-flag phrases planted in a province's posts. */
export interface PlantedContent {
  findings: PlantedContentItem[];
  /** Phrases that must not be reported: allowlist phrases (with the sensitive words that would hit them) and leaders named with their own titles. */
  clean: { postId: string; accountId: string; field: 'text'; phrase: string; offset: number; why: 'allowlist' | 'own-title' }[];
  /** An office sensitive-word list whose words occur inside the planted allowlist phrases (口交 in 路口交通, 红旗 in 五星红旗). */
  sensitiveWords: string[];
}

const digits = (rng: Rng, n: number) => Array.from({ length: n }, () => String(rng.int(0, 9))).join('');

function residentId(rng: Rng): string {
  const first17 = `320102${rng.int(1960, 2000)}${String(rng.int(1, 12)).padStart(2, '0')}${String(rng.int(1, 28)).padStart(2, '0')}${digits(rng, 3)}`;
  return first17 + residentIdCheckDigit(first17);
}

function bankCard(rng: Rng): string {
  const body = `622202${digits(rng, 9)}`;
  for (let d = 0; d <= 9; d++) if (isLuhnValid(body + d)) return body + d;
  throw new Error('unreachable: one Luhn digit always exists');
}

/**
 * Writes content problems into post texts for the sample province, overwriting characters
 * so lengths stay, in posts of accounts not in `exclude` published before `before`.
 */
export function plantContent(rng: Rng, posts: Post[], o: { exclude: ReadonlySet<string>; before: number; city: string }): { planted: PlantedContent; roster: { name: string; titles: string[] }[] } {
  const roster = [
    { name: '林振华', titles: [`${o.city}市市长`, `${o.city}市委副书记`] },
    { name: '周晓梅', titles: [`${o.city}市副市长`] },
  ];
  const eligible = posts.filter((p) => p.text !== undefined && p.text.length >= 80 && p.publishedAt.getTime() < o.before && !o.exclude.has(p.accountId));
  const used = new Set<Post>();
  const pick = (need: (p: Post) => boolean = () => true): Post | undefined => {
    for (let tries = 0; tries < 1000 && eligible.length; tries++) {
      const p = eligible[rng.int(0, eligible.length - 1)]!;
      if (!used.has(p) && need(p)) { used.add(p); return p; }
    }
    return undefined;
  };
  const findings: PlantedContentItem[] = [];
  const clean: PlantedContent['clean'] = [];
  // [before, core, after, kind, rule id]; the core is what the checker must report.
  const snippets: [string, string, string, PlantedContentItem['kind'] | 'allowlist' | 'own-title', string][] = [
    ['，坚决打赢', '扫黑险恶', '攻坚战。', 'typo', 'gov:扫黑险恶'],
    ['，下达', '财政拔款', '资金。', 'typo', 'gov:财政拔款'],
    ['，做到', '警钟常鸣', '。', 'typo', 'gov:警钟常鸣'],
    ['，活动', '精采', '纷呈。', 'variant', 'gf1001:精采'],
    ['，江北', '省省委', '书记出席。', 'expression', 'naming:省省委'],
    ['，', '副市长林振华', '出席会议。', 'leader', 'leader:roster'],
    ['，', '市长周晓梅', '讲话。', 'leader', 'leader:roster'],
    ['，身份证号', '@id', '。', 'personal-data', 'personal:resident-id'],
    ['，联系人手机', '@mobile', '。', 'personal-data', 'personal:mobile'],
    ['，补贴发放至卡号', '@card', '。', 'personal-data', 'personal:bank-card'],
    ['，', '限时抢购', '，欢迎选购。', 'ad', 'ad:keywords'],
    ['，购买点此 ', 'https://item.taobao.com/item.htm?id=6280', ' 。', 'ad', 'link:commercial'],
    ['，详见 ', 'www.jz-lvyou-travel.com/news', ' 。', 'external-link', 'link:external'],
    ['。', '本文转载', '于互联网，如有侵权请联系删除。', 'unsourced-repost', 'repost:no-source'],
    ['，', '五星红旗', '迎风飘扬。', 'allowlist', ''],
    ['，', '路口交通', '秩序良好。', 'allowlist', ''],
    ['，', '市长林振华', '主持会议。', 'own-title', ''],
    ['，', '副市长周晓梅', '调研。', 'own-title', ''],
  ];
  for (const [pre, coreSpec, post, kind, ruleId] of snippets) {
    for (let copy = 0; copy < 2; copy++) {
      const core = coreSpec === '@id' ? residentId(rng) : coreSpec === '@mobile' ? `1${rng.int(3, 9)}${digits(rng, 9)}` : coreSpec === '@card' ? bankCard(rng) : coreSpec;
      const snippet = pre + core + post;
      const p = pick((q) => q.text!.length > snippet.length + 2);
      if (!p) continue;
      const at = rng.int(1, p.text!.length - snippet.length - 1);
      p.text = p.text!.slice(0, at) + snippet + p.text!.slice(at + snippet.length);
      const offset = at + pre.length;
      if (kind === 'allowlist' || kind === 'own-title') clean.push({ postId: p.id!, accountId: p.accountId, field: 'text', phrase: core, offset, why: kind });
      else findings.push({ postId: p.id!, accountId: p.accountId, field: 'text', kind, ruleId, matched: core, offset });
    }
  }
  // One title error, in a WeChat title (same length).
  const t = pick((q) => (q.title?.length ?? 0) >= 10);
  if (t) {
    t.title = t.title!.slice(0, 3) + '警钟常鸣' + t.title!.slice(7);
    findings.push({ postId: t.id!, accountId: t.accountId, field: 'title', kind: 'typo', ruleId: 'gov:警钟常鸣', matched: '警钟常鸣', offset: 3 });
  }
  findings.sort((a, b) => (a.postId < b.postId ? -1 : a.postId > b.postId ? 1 : a.offset - b.offset));
  clean.sort((a, b) => (a.postId < b.postId ? -1 : a.postId > b.postId ? 1 : a.offset - b.offset));
  return { planted: { findings, clean, sensitiveWords: ['口交', '红旗'] }, roster };
}
