// Writes the small committed sample under examples/data/ (synthetic; all names invented):
//   npx tsx examples/generate-sample.ts
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { accountsToCsv, generateProvince, messagesToCsv, postsToCsv, registryToCsv, reportToCsv } from '../src/index.js';

const dir = join(import.meta.dirname ?? new URL('.', import.meta.url).pathname, 'data');
// 300 accounts, 2024 Q3, shorter WeChat texts and a third of the posting rate so posts.csv stays small.
const p = generateProvince({ seed: 2024, accountCount: 300, start: '2024-07-01', days: 92, postRate: 0.35, wechatLength: [80, 240], duplicatePairs: 6 });
const names = new Map(p.accounts.map((a) => [a.id, a.name]));
writeFileSync(join(dir, 'accounts.csv'), accountsToCsv(p.accounts));
writeFileSync(join(dir, 'posts.csv'), postsToCsv(p.posts, names));
writeFileSync(join(dir, 'messages.csv'), messagesToCsv(p.messages));
writeFileSync(join(dir, 'registry.csv'), registryToCsv(p.registry));
writeFileSync(join(dir, 'matrix.json'), JSON.stringify(p.matrix, null, 2) + '\n');
writeFileSync(join(dir, 'planted.json'), JSON.stringify(p.planted, null, 2) + '\n');
// The office's leader roster and a sensitive-word list for `govmedia check` (the words occur only inside the planted allowlist phrases).
writeFileSync(join(dir, 'roster.csv'), reportToCsv({ columns: [{ key: 'name', label: '姓名' }, { key: 'titles', label: '职务' }], rows: p.roster.map((r) => ({ name: r.name, titles: r.titles.join('、') })) }));
writeFileSync(join(dir, 'sensitive-words.txt'), '# 本单位敏感词表（示例：通用词表会误报五星红旗、路口交通，允许清单排除）\n' + p.planted.content.sensitiveWords.join('\n') + '\n');
// A small file with bad rows, for the CLI's error reporting.
writeFileSync(
  join(dir, 'posts-with-errors.csv'),
  '\uFEFF账号ID,账号名称,文章ID,发布时间,标题,阅读数,点赞数,位置\r\n' +
    'A00001,江州发布,X1,2024-07-02 08:00:00,好文章,1.2万,35,1\r\n' +
    'A00001,江州发布,X2,2024-07-02 08:00:00,第二条,abc,3,2\r\n' +
    'A00002,江州市住房和城乡建设局在线,X3,2024-13-01 09:00:00,日期错了,100,1,1\r\n' +
    ',,X4,2024-07-03 09:00:00,没有账号,100,1,1\r\n' +
    'A00002,江州市住房和城乡建设局在线,X5,2024-07-03 09:00:00,"含逗号,和""引号""",10万+,-,1\r\n',
);
process.stdout.write(`wrote ${p.accounts.length} accounts, ${p.posts.length} posts, ${p.messages.length} messages, ${p.registry.length} registry entries to ${dir}\n`);
