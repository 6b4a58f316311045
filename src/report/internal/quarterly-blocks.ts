import type { QuarterlyReport, QuarterlyRow } from '../build-quarterly-report.js';

/** One block of the 通报, in reading order: every renderer prints these. */
export type QuarterlyBlock =
  | { type: 'title'; text: string }
  | { type: 'h1' | 'h2' | 'p' | 'addressees' | 'signature'; text: string }
  | { type: 'table'; caption: string; head: string[]; rows: (string | number)[][] };

const pct = (p: number | null) => (p === null ? '—' : `${p}%`);
const rateList = (rows: readonly QuarterlyRow[], suffix: string) =>
  rows.filter((r) => r.checked > 0).map((r) => `${r.label}${suffix}合格率${pct(r.ratePercent)}`).join('，');

/** The 通报 as blocks, following seed 004's structure and wording. */
export function quarterlyBlocks(r: QuarterlyReport): QuarterlyBlock[] {
  const b: QuarterlyBlock[] = [];
  const s = r.sample, p = r.population;
  b.push({ type: 'title', text: r.title });
  b.push({ type: 'addressees', text: `${r.addressees}：` });
  b.push({ type: 'p', text: `现将${r.quarter}全省政务新媒体检查抽查情况通报如下。` });
  b.push({ type: 'h1', text: '一、总体情况' });
  b.push({
    type: 'p',
    text: `截至${r.asOfDate}，全省政府系统共开设政务新媒体${p.total}个。按开设主体分，${p.byHost.map((h) => `${h.label}开设政务新媒体${h.accounts}个`).join('，')}。按政务新媒体类型分，${['wechat', 'weibo', 'app', 'other'].map((g) => p.byType.find((t) => t.group === g)!).map((t) => `${t.label === '其他' ? '其他类型' : t.label}${t.accounts}个`).join('，')}。`,
  });
  const change = r.change ? `，比上季度${r.change.points > 0 ? `提升${r.change.points}个百分点` : r.change.points < 0 ? `下降${-r.change.points}个百分点` : '持平'}` : '';
  b.push({
    type: 'p',
    text: `本次共选取${s.checked}个政务新媒体进行检查抽查，合格${s.passed}个，全省政务新媒体总体合格率为${pct(s.ratePercent)}${change}。从开设主体看，${rateList(s.byHost, '政务新媒体')}。从政务新媒体类型看，${s.byType.filter((t) => t.checked > 0).map((t) => `${t.label === '其他' ? '其他类型政务新媒体' : t.label}合格率${pct(t.ratePercent)}`).join('，')}。`,
  });
  b.push({ type: 'table', caption: '表1  按开设主体统计', head: ['开设主体', '开设数', '抽查数', '合格数', '合格率'], rows: s.byHost.map((h) => [h.label, h.accounts, h.checked, h.passed, pct(h.ratePercent)]) });
  b.push({ type: 'table', caption: '表2  按政务新媒体类型统计', head: ['类型', '开设数', '抽查数', '合格数', '合格率'], rows: s.byType.map((t) => [t.label, t.accounts, t.checked, t.passed, pct(t.ratePercent)]) });
  b.push({ type: 'h1', text: '二、检查抽查发现的问题' });
  const n = ['一', '二', '三', '四', '五'];
  let k = 0;
  const un = r.problems.unanswered.filter((u) => u.checked > 0);
  b.push({
    type: 'p',
    text: `${n[k++]}是互动回应问题。${un.map((u) => `${u.label}中，${u.accounts}个政务新媒体未在规定时限内做出有效回复，占${u.label}检查抽查总数${pct(u.sharePercent)}`).join('。')}。（时限：${r.replyPolicy}）`,
  });
  b.push({ type: 'table', caption: '表3  未在规定时限内回复情况', head: ['开设主体', '抽查数', '未按时回复账号数', '占比'], rows: un.map((u) => [u.label, u.checked, u.accounts, pct(u.sharePercent)]) });
  if (r.problems.registry.length)
    b.push({ type: 'p', text: `${n[k++]}是部分政务新媒体备案工作不到位。${r.problems.registry.map((x) => `${x.label}${x.count}起`).join('；')}。` });
  if (r.problems.content.length) {
    b.push({ type: 'p', text: `${n[k++]}是部分政务新媒体内容把关不严。${r.problems.content.map((x) => `${x.label}${x.count}处（涉及${x.accounts}个账号）`).join('；')}。` });
    b.push({ type: 'table', caption: '表4  内容问题分类', head: ['类别', '问题数', '涉及账号数'], rows: r.problems.content.map((x) => [x.label, x.count, x.accounts]) });
  }
  b.push({ type: 'h1', text: '三、下一步工作要求' });
  b.push({ type: 'p', text: '各地区各部门要对本次通报的问题认真整改，严格落实信息发布审核制度，及时回复网民留言诉求，严谨细致做好备案工作，并将整改情况按要求报送。' });
  b.push({ type: 'p', text: `附件：${r.quarter}检查抽查存在“单项否决”问题政务新媒体名单` });
  b.push({ type: 'signature', text: r.issuer });
  b.push({ type: 'signature', text: r.date });
  b.push({ type: 'h1', text: `附件  ${r.quarter}检查抽查存在“单项否决”问题政务新媒体名单` });
  b.push({ type: 'table', caption: '', head: ['序号', '政务新媒体名称', '开设主体', '类型', '存在问题'], rows: r.annex.map((a, i) => [i + 1, a.name, a.unit, a.type, a.problems]) });
  return b;
}
