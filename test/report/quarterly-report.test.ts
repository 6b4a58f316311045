import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import {
  buildQuarterlyReport, inspect, parseAccount, parseMessage, PostsTable, quarterlyReportDocx, quarterlyReportHtml, quarterlyReportMarkdown, quarterlyReportXlsx,
  type Account, type Platform, type RegistryFinding,
} from '../../src/index.js';
import { SEED004_CHECK, seed004Rest, seed004Sample } from '../inspection/seed-004-dataset.js';

const acc = (id: string, platform: Platform, extra: Partial<Account> = {}): Account =>
  parseAccount({ id, name: `账号${id}`, platform, unit: `单位${id}`, level: 'province', region: '省本级', channels: { messages: true, comments: true }, ...extra });

// Seed 004 rebuilt from data: the sample (pass rates), the rest of the 6,030 accounts, and
// messages such that 10 of the 76 provincial and 11 of the 143 city accounts in the sample did not
// reply within the limit (13.2% and 7.7%).
const { accounts: sample, posts } = seed004Sample(acc);
const population = [...sample, ...seed004Rest(sample)];
const verdicts = inspect(sample, PostsTable.fromPosts(posts), [], [], { at: SEED004_CHECK });
const late = [...sample.filter((a) => a.level === 'province').slice(0, 10), ...sample.filter((a) => a.level === 'city').slice(0, 11)];
const messages = [
  ...late.map((a, i) => parseMessage({ id: `L${i}`, accountId: a.id, receivedAt: '2020-03-10 10:00' })),
  ...sample.slice(40, 60).map((a, i) => parseMessage({ id: `R${i}`, accountId: a.id, receivedAt: '2020-03-10 10:00', repliedAt: '2020-03-10 11:00' })),
];
const registryFindings: RegistryFinding[] = [
  { kind: 'registered-not-seen', accountIds: ['pop-city-1'], evidence: '' }, { kind: 'registered-not-seen', accountIds: ['pop-city-2'], evidence: '' },
  { kind: 'closed-but-posting', accountIds: ['pop-county-3'], evidence: '' },
];
const report = buildQuarterlyReport({
  accounts: population, verdicts, messages, registryFindings, at: '2020-03-20 23:59', date: '2020-04-01', previousRate: 0.818,
  issuer: '江苏省人民政府办公厅', quarter: '2020年第一季度',
  contentFindings: [{ accountId: 'weibo-0', accountName: '账号weibo-0', unit: '单位weibo-0', kind: 'typo', matched: '扫黑险恶', context: '打赢扫黑险恶攻坚战', suggestion: '扫黑除恶', severity: 'veto-candidate', publishedAt: '2020-03-02T10:00:00+08:00' }],
});

describe('buildQuarterlyReport: seed 004 rebuilt from data', () => {
  it('counts the population by 开设主体 and by type', () => {
    expect(report.population.total).toBe(6030);
    expect(report.population.byHost.map((r) => [r.label, r.accounts])).toEqual([['省级部门单位', 375], ['设区市', 1446], ['县（市、区）', 4209]]);
    expect(Object.fromEntries(report.population.byType.map((r) => [r.label, r.accounts]))).toEqual({ 微信: 3886, 微博: 1486, 移动客户端: 167, 其他: 491 });
  });
  it('gives the published pass rates: overall 90, 省级 85.5, 设区市 92.3, 微博 85.5, 微信 95.5, 移动客户端 64.3, 其他 75', () => {
    expect(report.sample).toMatchObject({ checked: 219, passed: 197, ratePercent: 90 });
    expect(report.sample.byHost.filter((r) => r.checked).map((r) => [r.label, r.checked, r.ratePercent])).toEqual([['省级部门单位', 76, 85.5], ['设区市', 143, 92.3]]);
    expect(Object.fromEntries(report.sample.byType.map((r) => [r.label, r.ratePercent]))).toEqual({ 微博: 85.5, 微信: 95.5, 移动客户端: 64.3, 其他: 75 });
    expect(report.change).toEqual({ previousPercent: 81.8, points: 8.2 });
  });
  it('gives the unanswered shares of each level’s sample: 10 of 76 = 13.2%, 11 of 143 = 7.7%', () => {
    expect(report.problems.unanswered.map((u) => [u.label, u.accounts, u.checked, u.sharePercent])).toEqual([['省级部门单位', 10, 76, 13.2], ['设区市', 11, 143, 7.7]]);
    expect(report.problems.unansweredAccounts).toHaveLength(21);
  });
  it('lists registry and content problems, and the 单项否决 annex (the 22 failing accounts, all vetoed)', () => {
    expect(report.problems.registry.map((r) => [r.label, r.count])).toEqual([['已备案但在对应平台搜索不到', 2], ['备案已关停注销但仍在更新', 1]]);
    expect(report.problems.content).toEqual([{ kind: 'typo', label: '错别字', count: 1, accounts: 1 }]);
    expect(report.annex).toHaveLength(22);
    expect(report.annex[0]!.problems).toBe('监测时间点前2周内无更新');
  });
  it('writes seed 004’s sentences in Markdown and HTML', () => {
    const md = quarterlyReportMarkdown(report);
    expect(md.split('\n')[0]).toBe('# 江苏省人民政府办公厅关于2020年第一季度全省政务新媒体检查抽查情况的通报');
    for (const s of [
      '截至2020年3月20日，全省政府系统共开设政务新媒体6030个。按开设主体分，省级部门单位开设政务新媒体375个，设区市开设政务新媒体1446个，县（市、区）开设政务新媒体4209个。按政务新媒体类型分，微信3886个，微博1486个，移动客户端167个，其他类型491个。',
      '本次共选取219个政务新媒体进行检查抽查，合格197个，全省政务新媒体总体合格率为90%，比上季度提升8.2个百分点。从开设主体看，省级部门单位政务新媒体合格率85.5%，设区市政务新媒体合格率92.3%。从政务新媒体类型看，微博合格率85.5%，微信合格率95.5%，移动客户端合格率64.3%，其他类型政务新媒体合格率75%。',
      '省级部门单位中，10个政务新媒体未在规定时限内做出有效回复，占省级部门单位检查抽查总数13.2%。设区市中，11个政务新媒体未在规定时限内做出有效回复，占设区市检查抽查总数7.7%。',
      '二是部分政务新媒体备案工作不到位。',
      '附件：2020年第一季度检查抽查存在“单项否决”问题政务新媒体名单',
    ]) expect(md).toContain(s);
    expect(md).toContain('| 微博 | 1486 | 69 | 59 | 85.5% |');
    const html = quarterlyReportHtml(report);
    expect(html).toContain('<h1>江苏省人民政府办公厅关于2020年第一季度全省政务新媒体检查抽查情况的通报</h1>');
    expect(html.match(/<table>/g)).toHaveLength(5);
    expect(html).toContain('<td>移动客户端</td><td>167</td><td>14</td><td>9</td><td>64.3%</td>');
  });
});

/** Paragraph texts and tables of a .docx, read back from word/document.xml. */
function readDocx(bytes: Uint8Array) {
  const xml = strFromU8(unzipSync(bytes)['word/document.xml']!);
  const text = (s: string) => [...s.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
  const body = xml.replace(/<w:tbl>[\s\S]*?<\/w:tbl>/g, '');
  const paragraphs = [...body.matchAll(/<w:p>([\s\S]*?)<\/w:p>|<w:p [^>]*>([\s\S]*?)<\/w:p>/g)].map((m) => {
    const inner = m[1] ?? m[2] ?? '';
    return { style: /<w:pStyle w:val="([^"]+)"/.exec(inner)?.[1] ?? null, text: text(inner) };
  });
  const tables = [...xml.matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>/g)].map((t) => [...t[1]!.matchAll(/<w:tr>([\s\S]*?)<\/w:tr>|<w:tr [^>]*>([\s\S]*?)<\/w:tr>/g)].map((r) => [...(r[1] ?? r[2] ?? '').matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map((c) => text(c[1]!))));
  return { paragraphs, tables };
}

describe('quarterlyReportDocx / quarterlyReportXlsx: files read back', () => {
  it('the .docx has the title, the section headings and the tables with their numbers', async () => {
    const bytes = await quarterlyReportDocx(report);
    expect(strFromU8(bytes.slice(0, 2))).toBe('PK');
    const { paragraphs, tables } = readDocx(bytes);
    expect(paragraphs.filter((p) => p.style === 'Title').map((p) => p.text)).toEqual(['江苏省人民政府办公厅关于2020年第一季度全省政务新媒体检查抽查情况的通报']);
    expect(paragraphs.filter((p) => p.style === 'Heading1').map((p) => p.text)).toEqual(['一、总体情况', '二、检查抽查发现的问题', '三、下一步工作要求', '附件  2020年第一季度检查抽查存在“单项否决”问题政务新媒体名单']);
    expect(paragraphs.some((p) => p.text.includes('全省政务新媒体总体合格率为90%，比上季度提升8.2个百分点'))).toBe(true);
    expect(tables).toHaveLength(5);
    expect(tables[1]).toEqual([['类型', '开设数', '抽查数', '合格数', '合格率'], ['微博', '1486', '69', '59', '85.5%'], ['微信', '3886', '132', '126', '95.5%'], ['移动客户端', '167', '14', '9', '64.3%'], ['其他', '491', '4', '3', '75%']]);
    expect(tables[2]).toEqual([['开设主体', '抽查数', '未按时回复账号数', '占比'], ['省级部门单位', '76', '10', '13.2%'], ['设区市', '143', '11', '7.7%']]);
    expect(tables[4]).toHaveLength(23);
    expect(tables[4]![0]).toEqual(['序号', '政务新媒体名称', '开设主体', '类型', '存在问题']);
  });
  it('the .xlsx has one sheet per annex with its rows', async () => {
    const files = unzipSync(await quarterlyReportXlsx(report));
    const workbook = strFromU8(files['xl/workbook.xml']!);
    expect([...workbook.matchAll(/<sheet [^>]*name="([^"]+)"/g)].map((m) => m[1])).toEqual(['合格率', '单项否决名单', '其他不合格', '未按时回复', '备案问题', '内容问题']);
    const all = Object.entries(files).filter(([k]) => k.startsWith('xl/')).map(([, v]) => strFromU8(v)).join('');
    for (const s of ['移动客户端', '64.3', '扫黑险恶', '已备案但在对应平台搜索不到']) expect(all).toContain(s);
    const sheet2 = strFromU8(files['xl/worksheets/sheet2.xml']!);
    expect((sheet2.match(/<row /g) ?? []).length).toBe(23);
  });
});
