import type { ContentRule, ContentRuleSet } from './content-rule.js';

/** Source of the variant-form list. */
export const SOURCE_GF1001 = 'GF 1001-2001《第一批异形词整理表》（教育部、国家语言文字工作委员会 2001年12月19日发布，2002年3月31日试行）：推荐词形';
/** Source of the common-error list. */
export const SOURCE_YAOWENJIAOZI = '《咬文嚼字》编辑部「当代汉语出版物中最常见的100个错别字」（逐年「十大语文差错」可用 CSV 词表追加）';
/** Source of the government-text errors. */
export const SOURCE_GOV_ERRORS = '政务新媒体检查通报中的常见表述错误（国办秘函〔2019〕19号「严重表述错误」单项否决；issue 14 所举：扫黑险恶、财政拔款、警钟常鸣）';
/** Source of the Taiwan/Hong Kong naming rules. */
export const SOURCE_XINHUA = '新华社《新闻信息报道中的禁用词和慎用词》（2016年7月修订，据公开报道转述）';
/** Source of the party/government naming rules. */
export const SOURCE_NAMING = '党政机关名称规范表述（中共XX省委，不作「XX省省委」）';
/** Source of the ad keywords (ours). */
export const SOURCE_ADS = '地方检查评分表对商业广告扣分（issue 14）；关键词表为本库默认，可替换';

// [non-standard form, recommended form] — GF 1001-2001 groups whose non-recommended form
// is not a substring of ordinary words (e.g. 热中 in 火热中, 身分 in 本身分为 are left out).
const GF1001: readonly (readonly [string, string])[] = [
  ['案语', '按语'], ['辈份', '辈分'], ['本份', '本分'], ['笔划', '笔画'], ['保母', '保姆'], ['褓姆', '保姆'], ['宾纷', '缤纷'], ['参预', '参与'], ['搀和', '掺和'],
  ['车箱', '车厢'], ['成份', '成分'], ['澄彻', '澄澈'], ['出谋画策', '出谋划策'], ['倒楣', '倒霉'], ['低徊', '低回'], ['雕敝', '凋敝'], ['定婚', '订婚'],
  ['发人深醒', '发人深省'], ['翻来复去', '翻来覆去'], ['蕃衍', '繁衍'], ['份量', '分量'], ['丰富多采', '丰富多彩'], ['负嵎顽抗', '负隅顽抗'], ['傅会', '附会'],
  ['高梁', '高粱'], ['梗直', '耿直'], ['鲠直', '耿直'], ['勾划', '勾画'], ['孤另另', '孤零零'], ['过份', '过分'], ['含胡', '含糊'], ['寒伧', '寒碜'],
  ['弘图', '宏图'], ['鸿图', '宏图'], ['红通通', '红彤彤'], ['胡臭', '狐臭'], ['胡蝶', '蝴蝶'], ['胡涂', '糊涂'], ['虎魄', '琥珀'], ['恍忽', '恍惚'], ['黄橙橙', '黄澄澄'],
  ['机伶', '机灵'], ['激忿', '激愤'], ['计画', '计划'], ['记念', '纪念'], ['茄克', '夹克'], ['佳宾', '嘉宾'], ['驾御', '驾驭'], ['简炼', '简练'], ['狡滑', '狡猾'],
  ['脚根', '脚跟'], ['叫化子', '叫花子'], ['精采', '精彩'], ['刻划', '刻画'], ['蓝缕', '褴褛'], ['狼籍', '狼藉'], ['累坠', '累赘'], ['联贯', '连贯'], ['联接', '连接'],
  ['联缀', '连缀'], ['连袂', '联袂'], ['撩乱', '缭乱'], ['零丁', '伶仃'], ['卤莽', '鲁莽'], ['录象', '录像'], ['录相', '录像'], ['落腮胡子', '络腮胡子'], ['马糊', '马虎'],
  ['门坎', '门槛'], ['糜费', '靡费'], ['摹仿', '模仿'], ['模胡', '模糊'], ['摹拟', '模拟'], ['磨擦', '摩擦'], ['磨拳擦掌', '摩拳擦掌'], ['毛骨竦然', '毛骨悚然'],
  ['莫明其妙', '莫名其妙'], ['谋画', '谋划'], ['那末', '那么'], ['内哄', '内讧'], ['凝炼', '凝练'], ['钮扣', '纽扣'], ['盘据', '盘踞'], ['盘跚', '蹒跚'], ['旁皇', '彷徨'],
  ['披星带月', '披星戴月'], ['疲塌', '疲沓'], ['飘泊', '漂泊'], ['飘流', '漂流'], ['平空', '凭空'], ['牵联', '牵连'], ['蕉萃', '憔悴'], ['清彻', '清澈'], ['情素', '情愫'],
  ['劝戒', '劝诫'], ['热呼呼', '热乎乎'], ['人材', '人才'], ['日蚀', '日食'], ['色采', '色彩'], ['杀一警百', '杀一儆百'], ['奢糜', '奢靡'], ['神彩', '神采'],
  ['收伏', '收服'], ['思惟', '思维'], ['死心踏地', '死心塌地'], ['塌实', '踏实'], ['挺而走险', '铤而走险'], ['透澈', '透彻'], ['图象', '图像'], ['玩艺儿', '玩意儿'],
  ['维妙维肖', '惟妙惟肖'], ['污七八糟', '乌七八糟'], ['无动于中', '无动于衷'], ['无宁', '毋宁'], ['无庸', '毋庸'], ['五采缤纷', '五彩缤纷'], ['希罕', '稀罕'],
  ['希奇', '稀奇'], ['希少', '稀少'], ['希有', '稀有'], ['洗炼', '洗练'], ['贤慧', '贤惠'], ['像貌', '相貌'], ['萧洒', '潇洒'], ['小题大作', '小题大做'],
  ['笑咪咪', '笑眯眯'], ['信口开合', '信口开河'], ['惺松', '惺忪'], ['秀外惠中', '秀外慧中'], ['训戒', '训诫'], ['压韵', '押韵'], ['雅片', '鸦片'], ['要末', '要么'],
  ['夜消', '夜宵'], ['一古脑儿', '一股脑儿'], ['一槌定音', '一锤定音'], ['一塌胡涂', '一塌糊涂'], ['衣著', '衣着'], ['义无返顾', '义无反顾'], ['赢余', '盈余'],
  ['影象', '影像'], ['余辉', '余晖'], ['鱼具', '渔具'], ['月蚀', '月食'], ['月芽', '月牙'], ['再接再砺', '再接再厉'], ['斩新', '崭新'], ['展转', '辗转'], ['颤栗', '战栗'],
  ['这末', '这么'], ['折衷', '折中'], ['脂麻', '芝麻'], ['支解', '肢解'], ['直捷了当', '直截了当'], ['直接了当', '直截了当'], ['指手划脚', '指手画脚'], ['装璜', '装潢'],
  ['自各儿', '自个儿'], ['左证', '佐证'], ['作贱', '作践'],
];

// [error, correct] — from the 《咬文嚼字》 list of the most common errors in print.
const YAOWENJIAOZI: readonly (readonly [string, string])[] = [
  ['按步就班', '按部就班'], ['甘败下风', '甘拜下风'], ['自抱自弃', '自暴自弃'], ['针贬', '针砭'], ['泊来品', '舶来品'], ['脉膊', '脉搏'], ['松驰', '松弛'],
  ['一愁莫展', '一筹莫展'], ['穿流不息', '川流不息'], ['精萃', '精粹'], ['重迭', '重叠'], ['渡假村', '度假村'], ['防碍', '妨碍'], ['幅射', '辐射'], ['天翻地复', '天翻地覆'],
  ['言简意骇', '言简意赅'], ['气慨', '气概'], ['一股作气', '一鼓作气'], ['悬梁刺骨', '悬梁刺股'], ['粗旷', '粗犷'], ['食不裹腹', '食不果腹'], ['迫不急待', '迫不及待'],
  ['既使', '即使'], ['一如继往', '一如既往'], ['草管人命', '草菅人命'], ['娇揉造作', '矫揉造作'], ['一诺千斤', '一诺千金'], ['不径而走', '不胫而走'], ['峻工', '竣工'],
  ['不落巢臼', '不落窠臼'], ['烩炙人口', '脍炙人口'], ['死皮癞脸', '死皮赖脸'], ['兰天白云', '蓝天白云'], ['鼎立相助', '鼎力相助'], ['再接再励', '再接再厉'],
  ['老俩口', '老两口'], ['黄梁美梦', '黄粱美梦'], ['水笼头', '水龙头'], ['杀戳', '杀戮'], ['痉孪', '痉挛'], ['美仑美奂', '美轮美奂'], ['蛛丝蚂迹', '蛛丝马迹'],
  ['萎糜不振', '萎靡不振'], ['沉缅', '沉湎'], ['名信片', '明信片'], ['默守成规', '墨守成规'], ['大姆指', '大拇指'], ['沤心沥血', '呕心沥血'], ['出奇不意', '出其不意'],
  ['修茸', '修葺'], ['亲睐', '青睐'], ['磬竹难书', '罄竹难书'], ['入场卷', '入场券'], ['发韧', '发轫'], ['欣尝', '欣赏'], ['谈笑风声', '谈笑风生'], ['人情事故', '人情世故'],
  ['有持无恐', '有恃无恐'], ['额首称庆', '额手称庆'], ['追朔', '追溯'], ['鬼鬼崇崇', '鬼鬼祟祟'], ['金榜提名', '金榜题名'], ['走头无路', '走投无路'], ['趋之若骛', '趋之若鹜'],
  ['迁徒', '迁徙'], ['洁白无暇', '洁白无瑕'], ['九宵', '九霄'], ['渲泄', '宣泄'], ['寒喧', '寒暄'], ['膺品', '赝品'], ['竭泽而鱼', '竭泽而渔'], ['滥芋充数', '滥竽充数'],
  ['世外桃园', '世外桃源'], ['脏款', '赃款'], ['装祯', '装帧'], ['饮鸠止渴', '饮鸩止渴'], ['旁证博引', '旁征博引'], ['灸手可热', '炙手可热'], ['编篡', '编纂'],
  ['安祥', '安详'], ['暗然失色', '黯然失色'], ['报歉', '抱歉'], ['布署', '部署'], ['震憾', '震撼'], ['一张一驰', '一张一弛'], ['意味深常', '意味深长'], ['防患于未燃', '防患于未然'],
  ['各行其事', '各行其是'],
];

// [error, correct, severity] — errors inspection reports cite in government posts.
const GOV_ERRORS: readonly (readonly [string, string, ContentRule['severity']])[] = [
  ['扫黑险恶', '扫黑除恶', 'veto-candidate'], ['社会主意', '社会主义', 'veto-candidate'], ['从严冶党', '从严治党', 'veto-candidate'], ['不忘出心', '不忘初心', 'veto-candidate'],
  ['财政拔款', '财政拨款', 'deduction'], ['警钟常鸣', '警钟长鸣', 'deduction'], ['脱贫功坚', '脱贫攻坚', 'deduction'], ['拔打', '拨打', 'deduction'], ['疫情防空', '疫情防控', 'deduction'],
];

const wordRules = (prefix: string, kind: ContentRule['kind'], severity: ContentRule['severity'], source: string, list: readonly (readonly [string, string])[]): ContentRule[] =>
  list.map(([wrong, right]) => ({ id: `${prefix}:${wrong}`, kind, severity, patterns: [wrong], suggestion: right, source }));

const TAIWAN = ['台湾'];

/**
 * 规范表述 rules with context (SPEC §5, issue 14): official names and sensitive naming.
 * Each flags a phrase only in the context given (near/notNear), never a bare common word.
 */
const EXPRESSION_RULES: ContentRule[] = [
  { id: 'naming:省省委', kind: 'expression', severity: 'deduction', patterns: ['省省委'], suggestion: '中共XX省委（如「中共江苏省委书记」）', source: SOURCE_NAMING },
  { id: 'naming:市市委', kind: 'expression', severity: 'deduction', patterns: ['市市委'], suggestion: '中共XX市委', source: SOURCE_NAMING },
  { id: 'naming:县县委', kind: 'expression', severity: 'deduction', patterns: ['县县委'], suggestion: '中共XX县委', source: SOURCE_NAMING },
  { id: 'xinhua:台湾总统', kind: 'expression', severity: 'veto-candidate', patterns: ['总统'], near: TAIWAN, window: 4, suggestion: '台湾地区领导人', source: SOURCE_XINHUA },
  { id: 'xinhua:台湾政府', kind: 'expression', severity: 'veto-candidate', patterns: ['政府'], near: TAIWAN, window: 2, notNear: ['当局', '省'], suggestion: '台湾当局 / 台湾地区', source: SOURCE_XINHUA },
  { id: 'xinhua:行政院', kind: 'expression', severity: 'veto-candidate', patterns: ['行政院'], near: TAIWAN, window: 6, suggestion: '台湾地区行政管理机构', source: SOURCE_XINHUA },
  { id: 'xinhua:立法院', kind: 'expression', severity: 'veto-candidate', patterns: ['立法院'], near: TAIWAN, window: 6, suggestion: '台湾地区立法机构', source: SOURCE_XINHUA },
  { id: 'xinhua:中华民国', kind: 'expression', severity: 'veto-candidate', patterns: ['中华民国'], notNear: ['1912', '1949年以前', '辛亥'], window: 20, suggestion: '1949年以后不得使用；台湾地区', source: SOURCE_XINHUA },
  { id: 'xinhua:台湾与中国', kind: 'expression', severity: 'veto-candidate', patterns: ['台湾与中国', '台湾和中国', '中台两国'], suggestion: '台湾与大陆 / 两岸', source: SOURCE_XINHUA },
  { id: 'xinhua:国家和地区', kind: 'expression', severity: 'deduction', patterns: ['等国家'], near: ['香港', '澳门', '台湾'], notNear: ['国家和地区'], window: 30, suggestion: '与其他国家并列时称「国家和地区」', source: SOURCE_XINHUA },
  { id: 'xinhua:香港政府', kind: 'expression', severity: 'deduction', patterns: ['香港政府', '澳门政府'], suggestion: '香港特别行政区政府 / 澳门特别行政区政府（特区政府）', source: SOURCE_XINHUA },
];

const AD_WORDS = ['扫码领取', '限时抢购', '限时优惠', '优惠券', '领券', '秒杀', '包邮', '招商加盟', '加盟代理', '添加微信', '加微信', '团购价', '代购', '网贷', '贷款秒批', '无抵押贷款'];

/**
 * The default rule set (every list with its source; replace or extend it with the office's
 * CSV/JSON dictionaries, see `extendContentRules`): GF 1001-2001 variant forms (note),
 * 《咬文嚼字》 common errors (deduction), government-text errors (veto candidates for
 * political formulations), 规范表述 with context, ad keywords, the allowlist (五星红旗,
 * 路口交通 — phrases a generic word list wrongly flags), common title words for the
 * leader roster, `gov.cn` and the platforms' own domains as allowed link domains, and
 * shopping domains as commercial links. No roster and no sensitive-word list: those are
 * the office's own.
 * @returns The default rule set (a new object each call).
 * @example defaultContentRules().rules.find((r) => r.id === 'gov:扫黑险恶')?.suggestion // '扫黑除恶'
 */
export function defaultContentRules(): ContentRuleSet {
  return {
    rules: [
      ...wordRules('gf1001', 'variant', 'note', SOURCE_GF1001, GF1001),
      ...wordRules('ywjz', 'typo', 'deduction', SOURCE_YAOWENJIAOZI, YAOWENJIAOZI),
      ...GOV_ERRORS.map(([wrong, right, severity]): ContentRule => ({ id: `gov:${wrong}`, kind: 'typo', severity, patterns: [wrong], suggestion: right, source: SOURCE_GOV_ERRORS })),
      ...EXPRESSION_RULES,
      { id: 'ad:keywords', kind: 'ad', severity: 'deduction', patterns: AD_WORDS, suggestion: '政务新媒体不发布商业广告，删除', source: SOURCE_ADS },
    ],
    allowlist: ['五星红旗', '路口交通'],
    roster: [],
    titles: [
      '书记', '副书记', '省委书记', '市委书记', '县委书记', '区委书记', '省长', '副省长', '市长', '副市长', '常务副市长', '县长', '副县长', '区长', '副区长', '镇长', '副镇长', '乡长', '副乡长',
      '主任', '副主任', '局长', '副局长', '厅长', '副厅长', '主席', '副主席', '部长', '副部长', '秘书长', '副秘书长', '常委', '党组书记', '院长', '检察长', '政委',
    ],
    allowedDomains: ['gov.cn', 'weixin.qq.com', 'qq.com', 'weibo.com', 'weibo.cn', 'douyin.com', 'toutiao.com', 'news.cn', 'xinhuanet.com', 'people.com.cn', 'cctv.com', 'gjzwfw.gov.cn'],
    commercialDomains: ['taobao.com', 'tmall.com', 'jd.com', 'pinduoduo.com', 'yangkeduo.com', '1688.com', 'vip.com'],
    detectors: { personalData: true, links: true, reposts: true, leaders: true },
  };
}
