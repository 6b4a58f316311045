import { describe, expect, it } from 'vitest';
import { parseChinaTime, parseLabel } from '../../src/index.js';
import { parseCount } from '../../src/ingest/parse-count.js';
import { parseFlag } from '../../src/ingest/parse-flag.js';
import { parsePosition } from '../../src/ingest/parse-position.js';
import { parseTimeCell } from '../../src/ingest/parse-time-cell.js';
import { toHalfWidth } from '../../src/ingest/to-half-width.js';

const at = Date.parse('2024-10-15T00:00:00+08:00');
const bounds = { min: Date.parse('2000-01-01T00:00:00+08:00'), max: at + 86_400_000 };
const cn = (s: string) => Date.parse(s.replace(' ', 'T') + '+08:00');

describe('parseCount: value forms of real exports (issue 12)', () => {
  it.each([
    ['1.2万', 12000], ['10万+', 100001], ['10w+', 100001], ['10W+', 100001], ['1.5亿', 150_000_000], ['１２３４', 1234], ['１０万＋', 100001],
    ['3，456', 3456], ['"1,234"'.slice(1, -1), 1234], [' 1.2 万 ', 12000], ['10万 +', 100001], ['1234.0', 1234], ['999+', 1000], ['＋5', 5], ['007', 7],
    ['2.35万', 23500], ['12.3w', 123000], [String(Number.MAX_SAFE_INTEGER), Number.MAX_SAFE_INTEGER],
  ])('%j → %d exactly', (raw, v) => expect(parseCount(raw)).toEqual({ ok: true, value: v }));
  it.each(['--', '-', '—', 'N/A', '', '/'])('%j is missing', (raw) => expect(parseCount(raw)).toEqual({ ok: true, value: undefined }));
  it.each([
    ['12%', '（百分比，不是计数）'], ['约1万', '（约数）'], ['1.2k', '（平台不用 k 作单位'], ['-5', '不是计数（负数）："-5"'], ['NaN', '不是计数'], ['Infinity', '不是计数'],
    ['1e308', '不是计数'], ['9007199254740993', '超过 2^53 − 1'], ['1.23456万', '不是整数计数'], ['3.5', '不是整数计数'], ['3,45', '不是计数（须为 ≥ 0 的数）："3,45"'], ['0x10', '不是计数'],
  ])('%j is rejected (%s), never rounded', (raw, why) => {
    const r = parseCount(raw);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toContain(why);
  });
  it('JSON numbers follow the same rule as text: whole, finite, ≥ 0, ≤ 2^53 − 1', () => {
    expect(parseCount(1234)).toEqual({ ok: true, value: 1234 });
    for (const v of [12.5, -1, Infinity, NaN, 1e308, 2 ** 53]) expect(parseCount(v).ok).toBe(false);
    expect(parseCount('12.5').ok).toBe(parseCount(12.5).ok);
  });
});

describe('parsePosition: 头条/次条/二条/三条/第N条/N', () => {
  it.each([['头条', 1], ['次条', 2], ['二条', 2], ['三条', 3], ['第2条', 2], ['第二条', 2], ['第十二条', 12], ['3', 3], ['３', 3], [4, 4]])('%j → %d', (raw, v) =>
    expect(parsePosition(raw)).toEqual({ ok: true, value: v }));
  it.each(['10万+', '0', '-1', '1.5', 'abc', '第零条'])('%j is rejected', (raw) => expect(parsePosition(raw).ok).toBe(false));
  it('-- is missing', () => expect(parsePosition('--')).toEqual({ ok: true, value: undefined }));
});

describe('parseFlag: originality labels', () => {
  it.each([['原创', true], ['转发', false], ['非原创', false], ['是', true], ['否', false], ['转载', false]])('%j → %s', (raw, v) => expect(parseFlag(raw)).toEqual({ ok: true, value: v }));
});

describe('parseLabel: ledger labels as offices write them', () => {
  it.each([
    ['platform', '微信公众号', 'wechat'], ['platform', '微信服务号', 'wechat'], ['platform', '微信订阅号', 'wechat'], ['platform', '新浪微博', 'weibo'],
    ['platform', '抖音号', 'douyin'], ['platform', '快手号', 'kuaishou'], ['platform', '视频号', 'channels'], ['platform', '微信视频号', 'channels'],
    ['platform', '头条号', 'toutiao'], ['platform', '哔哩哔哩', 'bilibili'], ['platform', '客户端', 'app'], ['platform', 'APP', 'app'],
    ['level', '省级', 'province'], ['level', '市级', 'city'], ['level', '地市级', 'city'], ['level', '县（市、区）级', 'county'], ['level', '县区级', 'county'],
    ['level', '区级', 'county'], ['level', '乡镇（街道）级', 'township'], ['level', '乡镇级', 'township'], ['level', '街道级', 'township'], ['level', '村级', 'village'],
    ['status', '正常', 'active'], ['status', '正常运营', 'active'], ['status', '运营中', 'active'], ['status', '停止更新', 'suspended'],
    ['status', '已关停', 'closed'], ['status', '已注销', 'closed'],
  ] as const)('%s %j → %s', (kind, raw, v) => expect(parseLabel(kind, raw)).toEqual({ ok: true, value: v }));
  it('valueAliases adds a locality’s own labels, and a bad alias target throws naming the kind', () => {
    expect(parseLabel('level', '开发区', { aliases: { level: { 开发区: 'county' } } })).toEqual({ ok: true, value: 'county' });
    expect(parseLabel('level', '开发区').ok).toBe(false);
    expect(() => parseLabel('level', '开发区', { aliases: { level: { 开发区: 'galaxy' } } })).toThrow(RangeError);
  });
});

describe('parseTimeCell: date forms (cases exports/f1_dates_gbk.csv)', () => {
  it.each([
    ['2024/9/1 8:30', '2024-09-01 08:30'], ['2024年9月1日', '2024-09-01 00:00'], ['2024-09-01T08:30:00', '2024-09-01 08:30'], ['2024.9.6 8:30', '2024-09-06 08:30'],
    ['2024年9月11日 08：30', '2024-09-11 08:30'], ['2024年09月01日 08时30分', '2024-09-01 08:30'], ['20240910', '2024-09-10 00:00'], ['２０２４-０９-０１ ０８:３０', '2024-09-01 08:30'],
  ])('%j is read as China time %s', (raw, want) => expect(parseTimeCell(raw, bounds)).toEqual({ ok: true, value: cn(want) }));
  it('ISO with Z or an offset keeps its offset', () => {
    expect(parseTimeCell('2024-09-12T00:30:00Z', bounds)).toEqual({ ok: true, value: Date.UTC(2024, 8, 12, 0, 30) });
    expect(parseTimeCell('2024-09-01T19:00:00-05:00', bounds)).toEqual({ ok: true, value: Date.UTC(2024, 8, 2, 0, 0) });
  });
  it.each([
    ['45536.35', '是 Excel 日期序号吗？'], ['="2024-09-03 10:00:00"', 'Excel 公式文本'], ['24/9/5 8:30', '两位数年份'], ['2024/9/8 下午 2:30', '不读 12 小时制'],
    ['9/7/2024 8:30', '无法判断日、月的先后'], ['2024-09-02 08:00:00+25:00', '不可能的时区偏移'], ['1725235200', '是 Unix 秒数吗？'],
    ['2099-01-01 08:00', '时间不合理'], ['1999-12-31 23:59', '时间不合理'], ['0024-09-02 08:00:00', '时间不合理'],
  ])('%j is rejected with a reason (%s)', (raw, why) => {
    const r = parseTimeCell(raw, bounds);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toContain(why);
  });
  it('bare numbers need an explicit unit; with one they are read, and still range-checked', () => {
    expect(parseTimeCell(1725150600, bounds).ok).toBe(false);
    expect(parseTimeCell(1725150600, { ...bounds, timeUnit: 's' })).toEqual({ ok: true, value: cn('2024-09-01 08:30') });
    expect(parseTimeCell(1725150600000, { ...bounds, timeUnit: 'ms' })).toEqual({ ok: true, value: cn('2024-09-01 08:30') });
    // Excel serial 45536.354166… = 2024-09-01 08:30 wall-clock, read as China time.
    expect(parseTimeCell(45536.35416666666, { ...bounds, timeUnit: 'excel' })).toEqual({ ok: true, value: cn('2024-09-01 08:30') });
    expect(parseTimeCell('45536.35416666666', { ...bounds, timeUnit: 'excel' })).toEqual({ ok: true, value: cn('2024-09-01 08:30') });
    // Seconds read as ms would be 1970: rejected, never accepted.
    expect(parseTimeCell(1725150600, { ...bounds, timeUnit: 'ms' }).ok).toBe(false);
    expect(parseTimeCell(1e20, { ...bounds, timeUnit: 'ms' }).ok).toBe(false);
  });
  it('parseChinaTime rejects impossible offsets and two-digit years', () => {
    expect(parseChinaTime('2024-09-02 08:00:00+25:00')).toBeNull();
    expect(parseChinaTime('2024-09-02 08:00:00+08:99')).toBeNull();
    expect(parseChinaTime('24/9/5')).toBeNull();
    expect(parseChinaTime('2024-09-02 08:00:00+14:00')).toBe(Date.UTC(2024, 8, 1, 18, 0));
  });
  it('toHalfWidth folds full-width forms only', () => expect(toHalfWidth('１２，３４５＋　ｗ 中文')).toBe('12,345+ w 中文'));
});
