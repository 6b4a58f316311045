import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cli, ROOT } from './harness.js';

// Issue 13 kind 6: outputs do not depend on the input row order. The sample province's
// posts and accounts files, their data rows shuffled (header kept, seeded by fast-check),
// must give byte-identical JSON from inspect --sample-share, homogeneity, rank and shortlist.
const read = (f: string) => readFileSync(resolve(ROOT, f), 'utf8');
const POSTS = read('examples/data/posts.csv');
const ACCOUNTS = read('examples/data/accounts.csv');
const MESSAGES = resolve(ROOT, 'examples/data/messages.csv');

/** The file with its data rows in the order of `keys` (a random key per row, ties by position). */
function shuffled(text: string, keys: readonly number[]): string {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const [header, ...rows] = text.split(eol).filter((l, i, a) => l !== '' || i < a.length - 1);
  const order = rows.map((_, i) => i).sort((a, b) => keys[a % keys.length]! - keys[b % keys.length]! || a - b);
  return [header, ...order.map((i) => rows[i])].join(eol) + eol;
}

const COMMANDS: Record<string, (p: string, a: string) => string[]> = {
  'inspect --sample-share': (p, a) => ['inspect', '--accounts', a, '--posts', p, '--messages', MESSAGES, '--at', '2024-09-30', '--sample-share', '0.2', '--seed', '7'],
  homogeneity: (p, a) => ['homogeneity', '--posts', p, '--accounts', a, '--period', '2024-09', '--min-share', '0.6', '--max-listed-pairs', '50'],
  rank: (p, a) => ['rank', '--posts', p, '--accounts', a, '--period', '2024-09', '--by', 'level'],
  shortlist: (p, a) => ['shortlist', '--posts', p, '--accounts', a, '--period', '2024-09', '--max-per-unit', '1', '--by-kind', '--at', '2024-09-30', '--messages', MESSAGES],
};

describe('row order', () => {
  it.each(Object.keys(COMMANDS))('%s: shuffling the rows of the input files changes no output byte (JSON)', async (name) => {
    const args = COMMANDS[name]!;
    const base = await cli([...args(resolve(ROOT, 'examples/data/posts.csv'), resolve(ROOT, 'examples/data/accounts.csv')), '--format', 'json']);
    expect(base.code).toBe(0);
    const dir = mkdtempSync(join(tmpdir(), 'govmedia-order-'));
    await fc.assert(
      fc.asyncProperty(fc.array(fc.integer(), { minLength: 50, maxLength: 50 }), fc.array(fc.integer(), { minLength: 50, maxLength: 50 }), async (pk, ak) => {
        writeFileSync(join(dir, 'posts.csv'), shuffled(POSTS, pk));
        writeFileSync(join(dir, 'accounts.csv'), shuffled(ACCOUNTS, ak));
        const r = await cli([...args(join(dir, 'posts.csv'), join(dir, 'accounts.csv')), '--format', 'json']);
        expect(r.code).toBe(0);
        expect(r.stdout).toBe(base.stdout);
      }),
      { numRuns: 3 },
    );
  }, 120_000);
});

// Small generated inputs full of ties (equal times, equal texts across accounts, equal
// reads, placeholders, a structural group and accounts of three units): the posts,
// ledger and messages rows in two orders must give the same bytes. Seeded (test/setup.ts,
// FC_SEED); fast-check prints the seed and the counterexample on failure.
const LEDGER = [
  '账号ID,账号名称,平台,主办单位,层级,地区,类型,粉丝数,状态,留言功能',
  'G1,江州发布,微信,江州市人民政府办公室,市级,江州市,单位,85000,正常,是',
  'G2,江州政务,微信,江州市人民政府办公室,市级,江州市,单位,85000,正常,是',
  'G3,江州教育,微信,江州市教育局,市级,江州市,单位,3000,正常,是',
  'G4,江州交通,微信,江州市交通运输局,市级,江州市,单位,3000,正常,是',
  'G5,江州交通微博,微博,江州市交通运输局,市级,江州市,单位,3000,正常,是',
  'G6,江州老李说政务,微信,江州市教育局,市级,江州市,个人,3000,正常,是',
];
const NAMES = ['江州发布', '江州政务', '江州教育', '江州交通', '江州交通微博', '江州老李说政务'];
const TEXTS = [
  '江州市召开2024年秋季防汛工作会议，会议强调要压实各级防汛责任，加强隐患排查，确保人民群众生命财产安全。',
  '江州市市场监督管理局开展中秋国庆节前食品安全专项检查，重点检查月饼生产企业和大型商超，共出动执法人员120人次。',
  '江州市9月就业招聘会将于9月15日在市人力资源市场举行，届时将有80余家企业提供2000余个就业岗位，欢迎求职者参加。',
  '江州市教育局发布秋季开学安全提示，提醒家长和学生注意交通安全、食品安全和防溺水安全。（转自江州发布）',
  '江州市教育局发布秋季开学安全提示，提醒家长和学生注意交通安全、食品安全和防溺水安全。',
  '转发微博', '为祖国点赞！', '//@江州发布:江州市召开2024年秋季防汛工作会议，会议强调要压实各级防汛责任。', '分享图片 http://t.cn/A6abcd',
];
const genRow = fc.record({
  account: fc.integer({ min: 0, max: 5 }), day: fc.integer({ min: 1, max: 4 }), hour: fc.integer({ min: 8, max: 9 }),
  text: fc.integer({ min: 0, max: TEXTS.length - 1 }), reads: fc.constantFrom(100, 200, 100000), likes: fc.integer({ min: 0, max: 2 }),
});
const genMessage = fc.record({ account: fc.integer({ min: 0, max: 5 }), day: fc.integer({ min: 1, max: 20 }), replyDays: fc.option(fc.integer({ min: 0, max: 9 })) });

function postsCsv(rows: readonly (typeof genRow extends fc.Arbitrary<infer T> ? T : never)[]): string {
  const lines = rows.map((r, i) => [
    `G${r.account + 1}`, NAMES[r.account], `Q${String(i).padStart(3, '0')}`, `2024-09-0${r.day} ${r.hour}:00:00`, '',
    `"${TEXTS[r.text]}"`, r.reads, 0, r.likes, 0, 0, '是',
  ].join(','));
  return ['账号ID,账号名称,文章ID,发布时间,标题,正文,阅读数,在看数,点赞数,转发数,评论数,是否原创', ...lines].join('\n') + '\n';
}
function messagesCsv(rows: readonly (typeof genMessage extends fc.Arbitrary<infer T> ? T : never)[]): string {
  const d = (n: number) => `2024-09-${String(n).padStart(2, '0')} 10:00:00`;
  const lines = rows.map((m, i) => [`M${i}`, `G${m.account + 1}`, d(m.day), '咨询', m.replyDays === null ? '' : d(Math.min(29, m.day + m.replyDays)), ''].join(','));
  return ['留言ID,账号ID,留言时间,类别,回复时间,办结时间', ...lines].join('\n') + '\n';
}

const SMALL: Record<string, (p: string, a: string, m: string) => string[]> = {
  'inspect --sample-share': (p, a, m) => ['inspect', '--accounts', a, '--posts', p, '--messages', m, '--at', '2024-09-30', '--sample-share', '0.5', '--seed', '3'],
  homogeneity: (p, a) => ['homogeneity', '--posts', p, '--accounts', a, '--period', '2024-09', '--min-pairs', '1', '--all-pairs'],
  rank: (p, a) => ['rank', '--posts', p, '--accounts', a, '--period', '2024-09'],
  shortlist: (p, a, m) => ['shortlist', '--posts', p, '--accounts', a, '--period', '2024-09', '--top-n', '2', '--max-per-unit', '1', '--by-kind', '--at', '2024-09-30', '--messages', m],
};

describe('row order (small generated inputs with ties)', () => {
  it.each(Object.keys(SMALL))('%s: posts, ledger and messages rows in another order give the same JSON bytes', async (name) => {
    const args = SMALL[name]!;
    const dir = mkdtempSync(join(tmpdir(), 'govmedia-order-small-'));
    const f = (name: string) => join(dir, name);
    const [p1, a1, m1, p2, a2, m2] = [f('p1.csv'), f('a1.csv'), f('m1.csv'), f('p2.csv'), f('a2.csv'), f('m2.csv')] as const;
    const keys = fc.array(fc.integer(), { minLength: 40, maxLength: 40 });
    await fc.assert(
      fc.asyncProperty(fc.array(genRow, { minLength: 4, maxLength: 40 }), fc.array(genMessage, { minLength: 1, maxLength: 8 }), keys, keys, keys, async (rows, msgs, pk, ak, mk) => {
        const posts = postsCsv(rows), ledger = LEDGER.join('\n') + '\n', messages = messagesCsv(msgs);
        writeFileSync(p1, posts); writeFileSync(a1, ledger); writeFileSync(m1, messages);
        writeFileSync(p2, shuffled(posts, pk)); writeFileSync(a2, shuffled(ledger, ak)); writeFileSync(m2, shuffled(messages, mk));
        const x = await cli([...args(p1, a1, m1), '--format', 'json']);
        const y = await cli([...args(p2, a2, m2), '--format', 'json']);
        expect(y.code).toBe(x.code);
        expect(y.stdout).toBe(x.stdout);
      }),
      { numRuns: 15 },
    );
  }, 120_000);
});
