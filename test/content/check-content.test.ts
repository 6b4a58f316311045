import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkContent, compileContentRules, contentRulesFromCsv, defaultContentRules, extendContentRules, InputError, normalizeContentText, parseContentRules, parseWordList, rosterFromCsv, type ContentPost } from '../../src/index.js';
import { isLuhnValid } from '../../src/content/is-luhn-valid.js';
import { isValidResidentId, residentIdCheckDigit } from '../../src/content/resident-id-check-digit.js';
import { safeParseContentRules } from '../../src/content/parse-content-rules.js';

const T = new Date('2024-09-01T02:00:00Z');
const post = (text: string, extra: Partial<ContentPost> = {}): ContentPost => ({ accountId: 'A', id: 'p1', publishedAt: T, text, ...extra });
const only = (text: string, rules = defaultContentRules(), extra: Partial<ContentPost> = {}) => checkContent([post(text, extra)], rules).findings;
const brief = (fs: ReturnType<typeof only>) => fs.map((f) => [f.kind, f.ruleId, f.matched, f.offset]);

describe('checkContent: every rule kind on hand-made posts, with positions', () => {
  it('typo (government-text error): 扫黑险恶 is a veto candidate at its offset, with suggestion and source', () => {
    const [f, ...rest] = only('我区坚决打赢扫黑险恶攻坚战');
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ kind: 'typo', ruleId: 'gov:扫黑险恶', matched: '扫黑险恶', offset: 6, length: 4, suggestion: '扫黑除恶', severity: 'veto-candidate', field: 'text', postId: 'p1' });
    expect(f!.source).toContain('国办秘函〔2019〕19号');
    expect(f!.context).toBe('我区坚决打赢扫黑险恶攻坚战');
  });
  it('typo (《咬文嚼字》) and variant (GF 1001-2001) with their sources', () => {
    expect(brief(only('全体干部再接再励，活动精采纷呈'))).toEqual([['typo', 'ywjz:再接再励', '再接再励', 4], ['variant', 'gf1001:精采', '精采', 11]]);
    expect(only('活动精采纷呈')[0]!.source).toContain('GF 1001-2001');
    expect(only('再接再励')[0]!.source).toContain('咬文嚼字');
  });
  it('规范表述 with context: 省省委 anywhere; 总统 only next to 台湾; 国家和地区 only with 香港/澳门/台湾 listed', () => {
    expect(brief(only('江北省省委书记出席'))).toEqual([['expression', 'naming:省省委', '省省委', 2]]);
    expect(brief(only('会见台湾总统候选人'))).toEqual([['expression', 'xinhua:台湾总统', '总统', 4]]);
    expect(only('美国总统访华；平台总统筹协调')).toEqual([]);
    expect(brief(only('来自美国、香港等国家的客商'))).toEqual([['expression', 'xinhua:国家和地区', '等国家', 7]]);
    expect(only('来自美国、香港等国家和地区的客商')).toEqual([]);
    expect(only('来自美国、英国等国家的客商')).toEqual([]);
  });
  it('leader roster: a name next to a title not its own is a veto candidate; own titles are fine, before or after the name', () => {
    const rules = extendContentRules(defaultContentRules(), { roster: [{ name: '林振华', titles: ['江州市市长', '市委副书记'] }, { name: '周晓梅', titles: ['江州市副市长'] }] });
    expect(only('市长林振华主持，副市长周晓梅出席，林振华市长讲话，市委副书记林振华调研', rules)).toEqual([]);
    const fs = only('副市长林振华出席，市长周晓梅讲话，周晓梅书记调研', rules);
    expect(brief(fs)).toEqual([['leader', 'leader:roster', '副市长林振华', 0], ['leader', 'leader:roster', '市长周晓梅', 9], ['leader', 'leader:roster', '周晓梅书记', 17]]);
    expect(fs[0]).toMatchObject({ severity: 'veto-candidate', suggestion: '林振华的现任职务：江州市市长、市委副书记' });
    // A name with no title next to it is not a finding.
    expect(only('林振华等同志参加', rules)).toEqual([]);
  });
  it('personal data: 身份证号 with a valid check digit, mobile numbers, Luhn-valid bank cards; masked numbers are fine', () => {
    const id = '11010519491231002X';
    const card = '4111111111111111';
    const text = `申请人身份证号${id}，手机13912345678，卡号${card.slice(0, 4)} ${card.slice(4, 8)} ${card.slice(8, 12)} ${card.slice(12)}。已脱敏：1101**********002X、139****5678`;
    const fs = only(text);
    expect(brief(fs)).toEqual([
      ['personal-data', 'personal:resident-id', id, 7],
      ['personal-data', 'personal:mobile', '13912345678', 28],
      ['personal-data', 'personal:bank-card', '4111 1111 1111 1111', 42],
    ]);
    expect(fs.map((f) => f.severity)).toEqual(['veto-candidate', 'deduction', 'veto-candidate']);
    // The same 18 digits with a wrong check digit are not a 身份证号 (and not Luhn-valid).
    expect(only('号码110105194912310021')).toEqual([]);
  });
  it('ads and links: ad keywords, commercial domains (ad), domains off the allowlist (外链), allowed domains fine', () => {
    const fs = only('限时抢购！点此 https://item.taobao.com/x?id=1 ，详见 www.example.com/a ，官网 http://www.js.gov.cn/art 。');
    expect(brief(fs)).toEqual([
      ['ad', 'ad:keywords', '限时抢购', 0], ['ad', 'link:commercial', 'https://item.taobao.com/x?id=1', 8], ['external-link', 'link:external', 'www.example.com/a', 43],
    ]);
    const office = extendContentRules(defaultContentRules(), { allowedDomains: ['example.com'] });
    expect(brief(only('详见 www.example.com/a 。', office))).toEqual([]);
  });
  it('reposts without a stated source: text markers and repostOf; a named source is fine', () => {
    expect(brief(only('会议召开。本文转载于互联网，如有侵权请联系删除'))).toEqual([['unsourced-repost', 'repost:no-source', '本文转载', 5]]);
    expect(only('转自：江州发布。会议召开')).toEqual([]);
    expect(only('本文转载于互联网', defaultContentRules(), { repostOf: 'P1' })).toEqual([]);
    // isOriginal === false counts only when asked.
    expect(checkContent([post('会议召开', { isOriginal: false })], defaultContentRules()).findings).toEqual([]);
    expect(checkContent([post('会议召开', { isOriginal: false })], defaultContentRules(), { nonOriginalIsRepost: true }).findings.map((f) => f.kind)).toEqual(['unsourced-repost']);
    expect(checkContent([post('会议召开。来源：新华社', { isOriginal: false })], defaultContentRules(), { nonOriginalIsRepost: true }).findings).toEqual([]);
  });
  it('the office sensitive-word list', () => {
    const rules = extendContentRules(defaultContentRules(), { rules: [{ id: 'office:s', kind: 'sensitive', severity: 'veto-candidate', patterns: ['某敏感词'], source: '本单位敏感词表' }] });
    expect(brief(only('文中含有某敏感词。', rules))).toEqual([['sensitive', 'office:s', '某敏感词', 4]]);
  });
  it('titles are checked too, with field "title"', () => {
    const fs = checkContent([{ accountId: 'A', publishedAt: T, title: '警钟常鸣', text: '正文' }], defaultContentRules()).findings;
    expect(fs.map((f) => [f.field, f.matched, f.offset, f.postId])).toEqual([['title', '警钟常鸣', 0, 'A@2024-09-01T10:00:00+08:00']]);
  });
});

describe('checkContent: allowlist precedence, longest match, normalisation', () => {
  const generic = extendContentRules(defaultContentRules(), { rules: [{ id: 'generic', kind: 'sensitive', severity: 'deduction', patterns: ['口交', '红旗', '扫黑'], source: 'a generic word list' }] });
  it('hits inside an allowed phrase are dropped (五星红旗, 路口交通); the same words elsewhere are found', () => {
    expect(only('五星红旗迎风飘扬，路口交通秩序良好', generic)).toEqual([]);
    expect(brief(only('插上红旗', generic))).toEqual([['sensitive', 'generic', '红旗', 2]]);
    const without = extendContentRules(generic, { allowlist: [] }, { replace: ['allowlist'] });
    expect(brief(only('五星红旗，路口交通', without))).toEqual([['sensitive', 'generic', '红旗', 2], ['sensitive', 'generic', '口交', 6]]);
  });
  it('a rule inside an allowed phrase is dropped too (the office allows a quotation)', () => {
    const rules = extendContentRules(defaultContentRules(), { allowlist: ['“扫黑险恶”是错误写法'] });
    expect(only('注意：“扫黑险恶”是错误写法', rules)).toEqual([]);
    expect(only('扫黑险恶', rules)).toHaveLength(1);
  });
  it('the longest match wins among overlapping rules', () => {
    expect(brief(only('坚决扫黑险恶', generic))).toEqual([['typo', 'gov:扫黑险恶', '扫黑险恶', 2]]);
  });
  it('full-width and compatibility forms match, with offsets into the original text', () => {
    const text = '㎡详见ＷＷＷ．ＥＸＡＭＰＬＥ．ＣＯＭ，手机１３９１２３４５６７８';
    expect(normalizeContentText(text).text).toBe('m2详见www.example.com,手机13912345678');
    const fs = only(text);
    expect(fs.map((f) => [f.kind, f.matched, f.offset])).toEqual([['external-link', 'ＷＷＷ．ＥＸＡＭＰＬＥ．ＣＯＭ', 3], ['personal-data', '１３９１２３４５６７８', 21]]);
    expect(fs.every((f) => text.slice(f.offset, f.offset + f.length) === f.matched)).toBe(true);
  });
  it('traditional → simplified when a converter is given (offsets into the traditional original)', () => {
    const t2s = (s: string) => s.replace(/險/g, '险').replace(/惡/g, '恶').replace(/掃/g, '扫');
    const fs = checkContent([post('堅決掃黑險惡')], defaultContentRules(), { toSimplified: t2s }).findings;
    expect(fs.map((f) => [f.matched, f.offset])).toEqual([['掃黑險惡', 2]]);
  });
  it('combining marks keep offsets right (slow path)', () => {
    const text = 'e\u0301e\u0301 扫黑险恶';
    const [f] = only(text);
    expect([f!.matched, f!.offset]).toEqual(['扫黑险恶', 5]);
  });
});

describe('checkContent: order independence (property)', () => {
  const rules = compileContentRules(extendContentRules(defaultContentRules(), { roster: [{ name: '林振华', titles: ['市长'] }] }));
  const pieces = ['扫黑险恶', '会议召开', '五星红旗', '副市长林振华', '13912345678', 'www.example.com ', '精采', '本文转载于互联网', '，', '再接再励'];
  const postArb = fc.record({
    accountId: fc.constantFrom('A', 'B', 'C'),
    id: fc.string({ minLength: 1, maxLength: 4 }),
    day: fc.integer({ min: 1, max: 28 }),
    parts: fc.array(fc.constantFrom(...pieces), { maxLength: 8 }),
  });
  it('the same posts in any order give the same findings (same keys, same order)', () => {
    fc.assert(
      fc.property(fc.array(postArb, { maxLength: 12 }), fc.integer(), (raw, seed) => {
        const posts = raw.map((p, i) => ({ accountId: p.accountId, id: `${p.id}-${i}`, publishedAt: new Date(Date.UTC(2024, 8, p.day)), text: p.parts.join('') }));
        const shuffled = [...posts];
        let s = seed >>> 0;
        for (let i = shuffled.length - 1; i > 0; i--) { s = (s * 1664525 + 1013904223) >>> 0; const j = s % (i + 1); [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!]; }
        expect(checkContent(shuffled, rules).findings).toEqual(checkContent(posts, rules).findings);
      }),
    );
  });
});

describe('身份证 check digits (GB 11643-1999), Luhn', () => {
  it('computes the MOD 11-2 check digit, X for 10', () => {
    expect(residentIdCheckDigit('11010519491231002')).toBe('X');
    expect(residentIdCheckDigit('44052418800101001')).toBe('4');
    expect(() => residentIdCheckDigit('123')).toThrow(RangeError);
  });
  it('accepts valid numbers and rejects a wrong check digit or an impossible birth date', () => {
    expect(isValidResidentId('11010519491231002X')).toBe(true);
    expect(isValidResidentId('11010519491231002x')).toBe(true);
    expect(isValidResidentId('440524188001010014')).toBe(true);
    expect(isValidResidentId('110105194912310021')).toBe(false);
    expect(isValidResidentId('440524188002300014'.slice(0, 17) + residentIdCheckDigit('44052418800230001'))).toBe(false); // 2月30日
  });
  it('Luhn', () => {
    expect(isLuhnValid('4111111111111111')).toBe(true);
    expect(isLuhnValid('4111111111111112')).toBe(false);
    expect(isLuhnValid('41a1')).toBe(false);
  });
});

describe('rule sets as data', () => {
  it('every default rule has a kind, severity, suggestion and source, and the set validates', () => {
    const d = defaultContentRules();
    expect(parseContentRules(d).rules.length).toBe(d.rules.length);
    for (const r of d.rules) { expect(r.source.length).toBeGreaterThan(5); expect(r.suggestion.length).toBeGreaterThan(0); }
  });
  it('rejects a rule without a source, an unknown kind, and duplicate ids, naming the field', () => {
    const bad = safeParseContentRules({ rules: [{ id: 'x', kind: 'typo', severity: 'note', patterns: ['a'], source: '' }] });
    expect(bad.success).toBe(false);
    if (!bad.success) expect(bad.errors[0]).toMatchObject({ column: 'rules.0.source' });
    expect(() => parseContentRules({ rules: [{ id: 'x', kind: 'spelling', severity: 'note', patterns: ['a'], source: 's' }] })).toThrow(InputError);
    const dup = { id: 'x', kind: 'typo' as const, severity: 'note' as const, patterns: ['a'], source: 's' };
    expect(() => parseContentRules({ rules: [dup, dup] })).toThrow(/duplicate rule id/);
    expect(() => compileContentRules({ rules: [{ ...dup, patterns: [] }] })).toThrow(/compileContentRules: rules.0.patterns/);
  });
  it('reads an office CSV dictionary with Chinese headers; bad rows are reported with their spreadsheet row', () => {
    const rules = contentRulesFromCsv('\uFEFF错误写法,正确写法,类别,级别,来源\n扫黑险恶|扫黑险悪,扫黑除恶,错别字,否决,本单位\n某词,,敏感词,扣分,本单位', { defaults: { source: 'x' } });
    expect(rules.map((r) => [r.id, r.kind, r.severity, r.patterns])).toEqual([['typo:扫黑险恶', 'typo', 'veto-candidate', ['扫黑险恶', '扫黑险悪']], ['sensitive:某词', 'sensitive', 'deduction', ['某词']]]);
    try {
      contentRulesFromCsv('错误写法,类别,级别,来源\n甲,typo,note,s\n,typo,note,s\n乙,typo,sometimes,s', { file: 'words.csv' });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(InputError);
      expect((e as InputError).rejections.map((r) => [r.row, r.column])).toEqual([[3, 'patterns'], [4, 'severity']]);
      expect((e as InputError).message).toMatch(/^words\.csv：第 3 行，列“patterns”：每条规则至少要有一个错误写法/);
    }
    expect(() => contentRulesFromCsv('词语,颜色\n甲,红')).toThrow(/未知的列/);
  });
  it('reads a roster CSV and word lists', () => {
    expect(rosterFromCsv('姓名,职务\n张三,江州市市长、市委副书记')).toEqual([{ name: '张三', titles: ['江州市市长', '市委副书记'] }]);
    expect(() => rosterFromCsv('姓名,职务\n张三,\n')).toThrow(/第 2 行，列“职务”：名单中的每人都要写明现任职务/);
    expect(parseWordList('\uFEFF# 注释\n五星红旗\n\n路口交通,说明\n五星红旗\n')).toEqual(['五星红旗', '路口交通']);
  });
  it('extends by id (the office overrides a default rule) or replaces a part', () => {
    const d = defaultContentRules();
    const e = extendContentRules(d, { rules: [{ id: 'gov:扫黑险恶', kind: 'typo', severity: 'note', patterns: ['扫黑险恶'], source: 'office' }] });
    expect(e.rules.length).toBe(d.rules.length);
    expect(e.rules.find((r) => r.id === 'gov:扫黑险恶')!.severity).toBe('note');
    expect(extendContentRules(d, { rules: [] }, { replace: ['rules'] }).rules).toEqual([]);
  });
});
