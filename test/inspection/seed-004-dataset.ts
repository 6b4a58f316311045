import { parseAccount, type Account, type Platform } from '../../src/index.js';

/**
 * Seed 004 (Jiangsu, 2020 Q1): 219 accounts checked; 微博 85.5%, 微信 95.5%, 移动客户端 64.3%,
 * 其他 75%; 省级部门 85.5%, 设区市 92.3%; overall 90%. Counts consistent with every published
 * rate: 微博 59/69, 微信 126/132, 移动客户端 9/14, 其他 3/4; 省级 65/76, 市级 132/143; total
 * 197/219. Failing accounts get no post (the 14-day veto). Shared by the pass-rate test and the
 * 通报 test.
 */
export const SEED004_CHECK = Date.parse('2020-04-01T00:00:00+08:00');
export const SEED004_SPEC: [Platform, number, number][] = [['weibo', 69, 59], ['wechat', 132, 126], ['app', 14, 9], ['other', 4, 3]];

export function seed004Sample(acc: (id: string, platform: Platform, extra: Partial<Account>) => Account): { accounts: Account[]; posts: { accountId: string; publishedAt: Date }[] } {
  const accounts: Account[] = [];
  const posts: { accountId: string; publishedAt: Date }[] = [];
  let provinceFails = 11, provinceLeft = 76;
  for (const [platform, checked, passed] of SEED004_SPEC) {
    for (let i = 0; i < checked; i++) {
      const id = `${platform}-${i}`;
      const fails = i >= passed;
      // 76 provincial accounts with 11 failures, 143 city accounts with the other 11.
      const province = provinceLeft > 0 && (fails ? provinceFails > 0 : provinceLeft > provinceFails);
      if (province) { provinceLeft--; if (fails) provinceFails--; }
      accounts.push(acc(id, platform, { level: province ? 'province' : 'city', region: province ? '省本级' : '南京市' }));
      if (!fails) posts.push({ accountId: id, publishedAt: new Date(SEED004_CHECK - 3 * 86400e3) });
    }
  }
  return { accounts, posts };
}

/**
 * The rest of seed 004's population (6,030 accounts on 2020-03-20): by 开设主体 375 省级 /
 * 1,446 设区市 / 4,209 县（市、区）, by type 微信 3,886 / 微博 1,486 / 移动客户端 167 / 其他 491,
 * less the sampled ones.
 */
export function seed004Rest(sample: readonly Account[]): Account[] {
  const hostLeft = { province: 375, city: 1446, county: 4209 };
  const typeLeft: Record<string, number> = { wechat: 3886, weibo: 1486, app: 167, other: 491 };
  for (const a of sample) { hostLeft[a.level as 'province' | 'city']--; typeLeft[a.platform]!--; }
  const out: Account[] = [];
  const types = Object.keys(typeLeft) as Platform[];
  let t = 0;
  for (const level of ['province', 'city', 'county'] as const) {
    for (let k = 0; k < hostLeft[level]; k++) {
      while (typeLeft[types[t]!] === 0) t++;
      typeLeft[types[t]!]!--;
      out.push(parseAccount({ id: `pop-${level}-${k}`, name: `账号${level}${k}`, platform: types[t]!, unit: `单位${level}${k}`, level, region: level }));
    }
  }
  return out;
}
