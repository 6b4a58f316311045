import type { Rng } from '../stats/create-rng.js';

// Phrase banks for synthetic government-news text (all invented; no real document).
const TOPICS = ['安全生产', '疫情防控', '乡村振兴', '营商环境', '文明城市创建', '防汛抗旱', '垃圾分类', '食品安全', '人才引进', '民生实事', '消防安全', '生态环境保护', '政务服务', '养老服务', '义务教育', '医疗保障', '道路交通', '森林防火', '就业创业', '城市更新'];
const ACTIONS = ['召开专题会议', '开展专项检查', '部署重点工作', '推进项目建设', '组织集中宣传', '举办培训班', '启动专项行动', '召开新闻发布会', '开展入户走访', '组织应急演练'];
const OBJECTS = ['群众', '企业', '社区居民', '中小学生', '外来务工人员', '老年人', '农户', '商户', '驾驶员', '志愿者'];
const RESULTS = ['取得阶段性成效', '群众满意度持续提升', '形成长效机制', '有效化解风险隐患', '服务效率明显提高', '获得广泛好评', '完成年度目标任务', '推动工作落地见效'];
const CLOSERS = ['下一步将持续跟进，确保各项措施落实到位。', '欢迎广大市民积极参与、监督。', '如有疑问请拨打12345政务服务便民热线咨询。', '相关情况将及时向社会公布。', '请广大群众相互转告。'];

function sentence(rng: Rng, place: string): string {
  switch (rng.int(0, 5)) {
    case 0: return `${place}${rng.pick(ACTIONS)}，聚焦${rng.pick(TOPICS)}工作，${rng.pick(RESULTS)}。`;
    case 1: return `近日，${place}围绕${rng.pick(TOPICS)}，面向${rng.pick(OBJECTS)}${rng.pick(ACTIONS)}。`;
    case 2: return `截至${rng.int(1, 12)}月${rng.int(1, 28)}日，全${place.slice(-1)}累计服务${rng.pick(OBJECTS)}${rng.int(100, 99999)}人次，${rng.pick(RESULTS)}。`;
    case 3: return `会议强调，要把${rng.pick(TOPICS)}摆在突出位置，压实责任，${rng.pick(RESULTS)}。`;
    case 4: return `${rng.pick(OBJECTS)}纷纷表示，${place}在${rng.pick(TOPICS)}方面的做法实在管用。`;
    default: return rng.pick(CLOSERS);
  }
}

/**
 * A synthetic title for a post of a unit in a place.
 * @internal
 * @param rng The seeded generator.
 * @param place The place name put in the title.
 * @returns The title.
 */
export function sampleTitle(rng: Rng, place: string): string {
  return `${place}${rng.pick(ACTIONS)}推进${rng.pick(TOPICS)}工作`;
}

/**
 * A synthetic Chinese text of about `length` characters.
 * @internal
 * @param rng The seeded generator.
 * @param place The place name.
 * @param length About how many characters.
 * @returns The text.
 */
export function sampleText(rng: Rng, place: string, length: number): string {
  let s = '';
  while (s.length < length) s += sentence(rng, place);
  return s.slice(0, Math.max(length, 1));
}

/**
 * Re-publishes a text with small edits (a few characters changed, a closing line added): a near-duplicate.
 * @internal
 * @param rng The seeded generator.
 * @param text The original.
 * @param edits How many characters to change.
 * @returns The edited text.
 */
export function editText(rng: Rng, text: string, edits: number): string {
  const chars = Array.from(text);
  for (let e = 0; e < edits && chars.length > 0; e++) {
    const i = rng.int(0, chars.length - 1);
    chars[i] = rng.pick(['的', '了', '和', '在', '是', '将', '与']);
  }
  return chars.join('');
}
