import type { Account, Matrix, Message, Platform, Post, RegistryEntry, Level } from '../model/index.js';
import { DAY_MS, HOUR_MS, parseChinaTime } from '../model/time.js';
import { createRng, type Rng } from '../stats/create-rng.js';
import { plantContent, type PlantedContent } from './internal/plant-content.js';
import { editText, sampleText, sampleTitle } from './phrase-bank.js';

/** Options of {@link generateProvince}; every default is resolved in `resolve()` below. */
export interface ProvinceOptions {
  /** PRNG seed (default 1). Same seed → identical province. */
  seed?: number;
  /** Number of accounts (default 3,000). */
  accountCount?: number;
  /** First day, China time (default `'2024-07-01'`). */
  start?: string;
  /** Number of days of posts (default 92, one quarter). */
  days?: number;
  /** Scale of posting rates (default 1; 0.5 halves every account's rate). */
  postRate?: number;
  /** WeChat article length range in characters (default [300, 3000], as real articles). */
  wechatLength?: [number, number];
  /** Weibo / short-video caption length range (default [50, 140]). */
  shortLength?: [number, number];
  /** Number of planted copier pairs (default 12). */
  duplicatePairs?: number;
}

/** Ground truth planted in the sample, for tests and examples. */
export interface PlantedFacts {
  /** Copier pairs: `copier` re-published `share` of `source`'s posts; `cited` = with a repostOf link. */
  duplicatePairs: { source: string; copier: string; cited: boolean; share: number }[];
  /** No post at all in the window (僵尸). */
  zombie: string[];
  /** Posts only in the first days of the window: none in the 90 days before its end (睡眠). */
  dormant: string[];
  /**
   * Posting stops 15–60 days before the end (in a window under 60 days: 15 days to the whole
   * window): no post in the 14 days before the check time, at least one post in the window
   * (an account whose posting days drew no post is listed as a zombie instead). At a low
   * `postRate` the last post may come earlier than the stop day.
   */
  stale: string[];
  /** The unit with several WeChat accounts (seed 001: one bureau had 8). */
  multiAccountUnit: { unit: string; accountIds: string[] };
  /** Matrix members that echo the lead's posts. */
  echoingMembers: string[];
  /** Accounts with a human incident/fraud flag, and with a sudden follower jump. */
  flagged: { incident: string[]; fraud: string[]; followerJump: string[] };
  /** Accounts with no working interaction channel. */
  noChannel: string[];
  /** Registry anomalies. */
  registry: { unregistered: string[]; closedButPosting: string[]; lateFiling: string[] };
  /** The observation instant `at`: the end of the window (exclusive), epoch ms. */
  at: number;
  /**
   * Content problems written into post texts (errors, personal data, ads, off-allowlist
   * links, an unsourced repost, a leader with a wrong title) with their exact positions, and
   * phrases that must NOT be flagged (allowlist phrases, a leader with his own title).
   * Planted only in posts of accounts outside every copy/echo relation, before the last
   * 30 days, by overwriting characters (text lengths unchanged), with a PRNG of its own,
   * so no other generated value changes.
   */
  content: PlantedContent;
}

/** A generated province. Posts are plain objects; `PostsTable.fromPosts(posts)` makes the table. */
export interface Province {
  accounts: Account[];
  posts: Post[];
  messages: Message[];
  registry: RegistryEntry[];
  matrix: Matrix;
  planted: PlantedFacts;
  /** The window: `[start, end)` epoch ms and its day count. */
  window: { start: number; end: number; days: number };
  /** The office's leader roster (姓名 → 现任职务), invented, for content checks. */
  roster: { name: string; titles: string[] }[];
}

// Seed 001 (Ningbo): 微博 525, 微信 551, 抖音 50, 今日头条 26, other apps 18.
const PLATFORM_WEIGHTS: [Platform, number][] = [['weibo', 525], ['wechat', 551], ['douyin', 50], ['toutiao', 26], ['app', 18]];
// Seed 001: city 164, county 326, township 680.
const LEVEL_WEIGHTS: [Level, number][] = [['city', 164], ['county', 326], ['township', 680]];
const CITIES = ['江州', '临川', '云阳', '青岚', '白沙', '东陵'];
const COUNTIES = ['城关', '河西', '新港', '桃源', '石门', '清溪', '龙泉', '安平'];
const TOWNS = ['马桥', '柳塘', '双河', '金山', '凤凰', '花溪', '永丰', '湖口', '长岭', '梅林'];
const CITY_DEPTS = ['人民政府办公室', '公安局', '教育局', '卫生健康委员会', '文化和旅游局', '市场监督管理局', '生态环境局', '人力资源和社会保障局', '应急管理局', '住房和城乡建设局', '交通运输局', '民政局'];
const COUNTY_DEPTS = ['人民政府', '公安分局', '教育局', '卫生健康局', '市场监督管理局', '融媒体中心', '应急管理局', '民政局'];
const SUFFIX: Record<Platform, string[]> = {
  wechat: ['发布', '微讯', '服务号', '在线'], weibo: ['发布', '微博', '之声'], douyin: ['抖音', '视界'], toutiao: ['头条', '号'],
  kuaishou: ['快手'], bilibili: ['B站'], channels: ['视频号'], app: ['App', '客户端'], other: ['平台'],
};

interface Unit { name: string; level: Level; region: string; place: string }

function lognormal(rng: Rng, median: number, sigma: number): number {
  return median * Math.exp(sigma * rng.normal());
}

function resolve(o: ProvinceOptions) {
  const start = parseChinaTime(o.start ?? '2024-07-01');
  if (start === null) throw new RangeError(`generateProvince: bad start "${o.start}"`);
  const accountCount = o.accountCount ?? 3000;
  if (!Number.isInteger(accountCount) || accountCount < 60) throw new RangeError(`generateProvince: accountCount must be an integer ≥ 60, got ${accountCount}`);
  const days = o.days ?? 92;
  if (!Number.isInteger(days) || days < 30) throw new RangeError(`generateProvince: days must be an integer ≥ 30, got ${days}`);
  return {
    seed: o.seed ?? 1, accountCount, start, days, postRate: o.postRate ?? 1,
    wechatLength: o.wechatLength ?? [300, 3000], shortLength: o.shortLength ?? [50, 140], duplicatePairs: o.duplicatePairs ?? 12,
  };
}

/**
 * Generates a realistic synthetic province of government new-media accounts, seeded:
 * platforms and levels in seed 001's proportions, heavy-tailed (log-normal) reads with
 * the "10万+" cap (100001), WeChat pushes with a headline (position 1) and secondary
 * articles, Chinese titles and texts, zombie / dormant / stale accounts, one unit with 8
 * WeChat accounts (seed 001), copier pairs (cited and uncited near-duplicates), a city
 * matrix whose members echo the lead account, messages with replies (some late, some
 * unanswered), registry entries with anomalies, and human flags. `planted` lists the
 * ground truth. All names are invented.
 *
 * Sizes: every `accountCount` ≥ 60 and `days` ≥ 30 works (property-tested over sizes,
 * seeds and posting rates); a small province may plant fewer copier pairs than
 * `duplicatePairs` (a pair needs two active accounts on one platform) and, under 92 days,
 * no dormant account (dormancy needs 90 days without a post).
 * @throws {RangeError} naming generateProvince: `accountCount` < 60 or `days` < 30 (or not integers), a bad `start`.
 *
 * Complexity O(posts).
 * @throws {RangeError} for a bad `start`, an `accountCount` below 60 or a `days` below 30 (or not integers), or a `seed` that is not finite.
 * @returns Accounts, posts, messages, registry, the matrix, and the planted facts the tests check.
 * @example generateProvince({ seed: 7, accountCount: 300 }).accounts.length // 300
 */
export function generateProvince(options: ProvinceOptions = {}): Province {
  const o = resolve(options);
  const rng = createRng(o.seed);
  const end = o.start + o.days * DAY_MS;
  // Units per level.
  const units: Record<'city' | 'county' | 'township', Unit[]> = { city: [], county: [], township: [] };
  for (const c of CITIES) {
    for (const d of CITY_DEPTS) units.city.push({ name: `${c}市${d}`, level: 'city', region: `${c}市`, place: `${c}市` });
    for (const k of COUNTIES) {
      const county = `${k}区`;
      for (const d of COUNTY_DEPTS) units.county.push({ name: `${c}市${county}${d}`, level: 'county', region: `${c}市${county}`, place: county });
      for (const t of TOWNS) units.township.push({ name: `${c}市${county}${t}${rng.chance(0.7) ? '镇人民政府' : '街道办事处'}`, level: 'township', region: `${c}市${county}`, place: `${t}` });
    }
  }
  const accounts: Account[] = [];
  const usedNames = new Set<string>();
  const makeAccount = (unit: Unit, platform: Platform, kind: 'unit' | 'personal' = 'unit'): Account => {
    const n = accounts.length + 1;
    const id = `A${String(n).padStart(5, '0')}`;
    let name = kind === 'personal' ? `${unit.place}${rng.pick(['老张', '小李', '王警官', '刘书记', '陈医生'])}${n}` : `${unit.name.replace(/人民政府办公室|人民政府/, '')}${rng.pick(SUFFIX[platform])}`;
    while (usedNames.has(name)) name += String(rng.int(0, 9));
    usedNames.add(name);
    const followers = Math.round(lognormal(rng, unit.level === 'city' ? 15000 : unit.level === 'county' ? 6000 : 2500, 1.4));
    const noChannel = rng.chance(0.02);
    const acc: Account = {
      id, name, platform, unit: unit.name, level: unit.level, region: unit.region, kind, followers, status: rng.chance(0.02) ? 'suspended' : 'active',
      channels: noChannel
        ? { messages: false, comments: false, consultation: false, services: false }
        : { messages: rng.chance(0.9), comments: true, consultation: rng.chance(0.4), services: rng.chance(0.87) },
    };
    if (rng.chance(0.004)) acc.flags = { incident: true };
    else if (rng.chance(0.004)) acc.flags = { fraud: true };
    accounts.push(acc);
    return acc;
  };
  // The lead account of the matrix, then the 8-WeChat-account unit (seed 001), then the rest.
  const leadUnit = units.city[0]!;
  const lead = makeAccount(leadUnit, 'wechat');
  lead.name = `${CITIES[0]}发布`;
  lead.followers = 850000;
  lead.channels = { messages: true, comments: true, consultation: true, services: true };
  delete lead.flags;
  const multiUnit = units.city.find((u) => u.name.endsWith('住房和城乡建设局'))!;
  const multi = Array.from({ length: 8 }, () => makeAccount(multiUnit, 'wechat'));
  const platforms = PLATFORM_WEIGHTS.map((p) => p[1]);
  const levels = LEVEL_WEIGHTS.map((l) => l[1]);
  while (accounts.length < o.accountCount) {
    const level = LEVEL_WEIGHTS[rng.weighted(levels)]![0] as 'city' | 'county' | 'township';
    const unit = rng.pick(units[level]);
    makeAccount(unit, PLATFORM_WEIGHTS[rng.weighted(platforms)]![0], rng.chance(0.05) ? 'personal' : 'unit');
  }
  // Activity profiles.
  const zombie: string[] = [], dormant: string[] = [], stale: string[] = [];
  const lastDay = new Map<string, number>();
  for (const a of accounts.slice(9)) {
    const r = rng.next();
    if (r < 0.05) { zombie.push(a.id); lastDay.set(a.id, -1); }
    else if (r < 0.1 && o.days >= 92) { dormant.push(a.id); lastDay.set(a.id, o.days - 92); } // last post ≥ 91 days before the end
    else if (r < 0.15) { const d = o.days - rng.int(15, Math.min(60, o.days)); stale.push(a.id); lastDay.set(a.id, d); } // a window shorter than 60 days: the last post 15 days to the whole window before the end
  }
  // Posts.
  const posts: Post[] = [];
  const byAccount = new Map<string, Post[]>();
  let postSeq = 0;
  const unitByName = new Map([...units.city, ...units.county, ...units.township].map((u) => [u.name, u]));
  const unitOf = new Map(accounts.map((a) => [a.id, unitByName.get(a.unit)!]));
  const addPost = (a: Account, p: Omit<Post, 'accountId' | 'id'>) => {
    const post: Post = { id: `P${String(++postSeq).padStart(7, '0')}`, accountId: a.id, ...p };
    posts.push(post);
    let list = byAccount.get(a.id);
    if (!list) byAccount.set(a.id, (list = []));
    list.push(post);
    return post;
  };
  const readMedian = (a: Account) => (a.level === 'city' ? 2500 : a.level === 'county' ? 900 : 250) * (a.platform === 'wechat' ? 1 : a.platform === 'douyin' ? 3 : 0.6);
  const metrics = (a: Account, headline: boolean) => {
    let reads = Math.round(lognormal(rng, readMedian(a) * (headline ? 2 : 1) * (a.id === lead.id ? 20 : 1), 1.1));
    if (reads > 100000) reads = 100001; // the providers' "10万+"
    const rate = (base: number) => Math.round(reads * base * Math.exp(0.5 * rng.normal()));
    return { reads, looks: a.platform === 'wechat' ? rate(0.006) : undefined, likes: rate(0.015), shares: rate(0.008), comments: rate(0.002) };
  };
  for (const a of accounts) {
    const last = lastDay.get(a.id) ?? o.days - 1;
    if (last < 0) continue;
    const unit = unitOf.get(a.id)!;
    const perDay = o.postRate * (a.platform === 'weibo' ? lognormal(rng, 2.2, 0.6) : a.platform === 'wechat' ? lognormal(rng, 0.8, 0.5) : lognormal(rng, 0.7, 0.6));
    for (let day = 0; day <= last; day++) {
      const dayStart = o.start + day * DAY_MS;
      if (a.platform === 'wechat') {
        if (!rng.chance(Math.min(1, perDay))) continue;
        const articles = rng.weighted([5, 3, 2, 1]) + 1;
        const pushTime = dayStart + rng.int(7 * 60, 21 * 60) * 60_000;
        const pushId = `${a.id}-${day}`;
        for (let k = 1; k <= articles; k++) {
          addPost(a, {
            publishedAt: new Date(pushTime), title: sampleTitle(rng, unit.place), text: sampleText(rng, unit.place, rng.int(o.wechatLength[0], o.wechatLength[1])),
            ...metrics(a, k === 1), isOriginal: rng.chance(0.7), pushId, position: k,
          });
        }
      } else {
        let count = Math.floor(perDay) + (rng.chance(perDay % 1) ? 1 : 0);
        while (count-- > 0) {
          addPost(a, {
            publishedAt: new Date(dayStart + rng.int(6 * 60, 23 * 60) * 60_000), text: sampleText(rng, unit.place, rng.int(o.shortLength[0], o.shortLength[1])),
            ...metrics(a, false), isOriginal: rng.chance(0.6),
          });
        }
      }
    }
  }
  // A stale account whose posting days drew no post (a short window, a low rate) has no last post: it is a zombie.
  for (let k = stale.length - 1; k >= 0; k--) if (!byAccount.has(stale[k]!)) { zombie.push(stale[k]!); lastDay.set(stale[k]!, -1); stale.splice(k, 1); }
  // Copier pairs: the copier re-publishes a share of the source's posts within 1–48 h.
  const active = accounts.filter((a) => !lastDay.has(a.id) && a.id !== lead.id && (byAccount.get(a.id)?.length ?? 0) >= 5);
  const duplicatePairs: PlantedFacts['duplicatePairs'] = [];
  const usedInPairs = new Set<string>();
  const copy = (source: Account, copier: Account, share: number, cited: boolean) => {
    for (const p of byAccount.get(source.id) ?? []) {
      if (!rng.chance(share)) continue;
      const t = p.publishedAt.getTime() + rng.int(60, 48 * 60) * 60_000;
      if (t >= end) continue;
      addPost(copier, {
        publishedAt: new Date(t), title: p.title, text: p.text === undefined ? undefined : editText(rng, p.text, rng.int(0, 3)),
        ...metrics(copier, copier.platform === 'wechat'), isOriginal: false, ...(copier.platform === 'wechat' ? { position: 1, pushId: `${copier.id}-c${t}` } : {}),
        ...(cited && p.id ? { repostOf: p.id } : {}),
      });
    }
  };
  for (let k = 0; k < o.duplicatePairs && active.length > 2; k++) {
    const source = rng.pick(active);
    // A small province may have no other active account on the source's platform: no pair then.
    const candidates = active.filter((a) => a.platform === source.platform && a.id !== source.id && !usedInPairs.has(a.id));
    if (candidates.length === 0) continue;
    const copier = rng.pick(candidates);
    if (usedInPairs.has(source.id)) continue;
    usedInPairs.add(source.id).add(copier.id);
    const cited = k % 2 === 0;
    copy(source, copier, 0.6, cited);
    duplicatePairs.push({ source: source.id, copier: copier.id, cited, share: 0.6 });
  }
  // Two of the unit's 8 WeChat accounts republish a sibling's articles (seed 001's complaint).
  copy(multi[0]!, multi[1]!, 0.6, false);
  duplicatePairs.push({ source: multi[0]!.id, copier: multi[1]!.id, cited: false, share: 0.6 });
  // The matrix: the lead and the city's accounts; most members echo the lead within 0.5–12 h.
  const cityPrefix = `${CITIES[0]}市`;
  const members = accounts.filter((a) => a.id !== lead.id && a.region.startsWith(cityPrefix) && !lastDay.has(a.id) && a.kind === 'unit').slice(0, 30);
  const echoing = members.filter(() => rng.chance(0.6));
  for (const m of echoing) {
    for (const p of byAccount.get(lead.id) ?? []) {
      if (p.position !== 1 || !rng.chance(0.7)) continue;
      const t = p.publishedAt.getTime() + rng.int(30, 12 * 60) * 60_000;
      if (t >= end) continue;
      addPost(m, { publishedAt: new Date(t), title: p.title, text: p.text, ...metrics(m, true), isOriginal: false, repostOf: p.id, ...(m.platform === 'wechat' ? { position: 1, pushId: `${m.id}-e${t}` } : {}) });
    }
  }
  const unitType = (u: string) => (/人民政府|办公室|街道办事处/.test(u) ? ('government' as const) : ('department' as const));
  const matrixUnits = [...new Map(members.concat(lead).map((a) => [a.unit, { unit: a.unit, level: a.level, region: a.region, type: unitType(a.unit) }])).values()];
  const matrix: Matrix = {
    id: `${CITIES[0]}-matrix`, name: `${CITIES[0]}市政务新媒体矩阵`, lead: lead.id, members: members.map((m) => m.id), units: matrixUnits,
    rules: [
      { level: 'city', presence: 'required' }, { level: 'county', presence: 'required' }, { level: 'township', presence: 'discouraged' },
    ],
  };
  posts.sort((x, y) => x.publishedAt.getTime() - y.publishedAt.getTime() || (x.id! < y.id! ? -1 : 1));
  // Follower jumps (a fraud candidate, never a verdict).
  const followerJump: string[] = [];
  for (const a of accounts) {
    if (!rng.chance(0.01)) continue;
    const f = a.followers ?? 1000;
    a.followerHistory = [[new Date(o.start), Math.round(f / 6)], [new Date(o.start + 30 * DAY_MS), Math.round(f / 5.5)], [new Date(o.start + 31 * DAY_MS), f]];
    followerJump.push(a.id);
  }
  // Messages.
  const messages: Message[] = [];
  let msgSeq = 0;
  for (const a of accounts) {
    if (!a.channels?.messages || lastDay.get(a.id) === -1) continue;
    const rate = a.level === 'city' ? 0.4 : a.level === 'county' ? 0.15 : 0.05;
    for (let day = 0; day < o.days; day++) {
      if (!rng.chance(rate)) continue;
      const received = o.start + day * DAY_MS + rng.int(0, 24 * 60 - 1) * 60_000;
      const category = (['consultation', 'complaint', 'suggestion'] as const)[rng.weighted([60, 25, 15])]!;
      const m: Message = { id: `M${String(++msgSeq).padStart(6, '0')}`, accountId: a.id, receivedAt: new Date(received), category };
      if (!rng.chance(0.1)) {
        const replied = received + Math.round(lognormal(rng, 4, 1.3) * HOUR_MS);
        if (replied < end) {
          m.repliedAt = new Date(replied);
          if (category !== 'suggestion' && rng.chance(0.8)) {
            const closed = replied + Math.round(lognormal(rng, 48, 1) * HOUR_MS);
            if (closed < end) m.closedAt = new Date(closed);
          }
        }
      }
      messages.push(m);
    }
  }
  // Registry: most accounts filed before the window; anomalies planted.
  const registry: RegistryEntry[] = [];
  const unregistered: string[] = [], closedButPosting: string[] = [], lateFiling: string[] = [];
  for (const a of accounts) {
    if (rng.chance(0.03) && a.id !== lead.id) { unregistered.push(a.id); continue; }
    const filedAt = new Date(o.start - rng.int(30, 900) * DAY_MS);
    const entry: RegistryEntry = { accountId: a.id, unit: a.unit, platform: a.platform, filedAt, status: 'opened', changes: [{ event: 'opened', at: filedAt }] };
    if (!lastDay.has(a.id) && rng.chance(0.02) && a.id !== lead.id) {
      const at = new Date(o.start + rng.int(5, 40) * DAY_MS);
      entry.status = 'closed';
      entry.changes.push({ event: 'closed', at });
      closedButPosting.push(a.id);
    } else if (rng.chance(0.03)) {
      const changed = o.start + rng.int(5, 40) * DAY_MS;
      entry.status = 'changed';
      entry.changes.push({ event: 'changed', at: new Date(changed) });
      entry.filedAt = new Date(changed + rng.int(8, 20) * DAY_MS);
      lateFiling.push(a.id);
    }
    registry.push(entry);
  }
  const flaggedIncident = accounts.filter((a) => a.flags?.incident).map((a) => a.id);
  const flaggedFraud = accounts.filter((a) => a.flags?.fraud).map((a) => a.id);
  const noChannel = accounts.filter((a) => a.channels && !a.channels.messages && !a.channels.comments && !a.channels.consultation).map((a) => a.id);
  // Content problems: a PRNG of their own, posts outside every copy/echo relation, texts overwritten in place.
  const related = new Set<string>([lead.id, ...multi.map((a) => a.id), ...echoing.map((a) => a.id), ...duplicatePairs.flatMap((d) => [d.source, d.copier])]);
  const { planted: content, roster } = plantContent(createRng(o.seed * 7919 + 104729), posts, { exclude: related, before: end - 30 * DAY_MS, city: CITIES[0]! });
  return {
    accounts, posts, messages, registry, matrix,
    planted: {
      duplicatePairs, zombie, dormant, stale, multiAccountUnit: { unit: multiUnit.name, accountIds: multi.map((a) => a.id) },
      echoingMembers: echoing.map((m) => m.id), flagged: { incident: flaggedIncident, fraud: flaggedFraud, followerJump }, noChannel,
      registry: { unregistered, closedButPosting, lateFiling }, at: end, content,
    },
    window: { start: o.start, end, days: o.days }, roster,
  };
}
