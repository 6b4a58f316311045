import { describe, expect, it } from 'vitest';
import { parseLabel } from '../../src/index.js';
import { parseCount } from '../../src/ingest/parse-count.js';
import { parseFlag } from '../../src/ingest/parse-flag.js';

describe('parseCount(raw) — the value forms of provider exports (SPEC §1)', () => {
  it.each([
    ['10万+', 100001], ['1.2万', 12000], ['3,456', 3456], ['10w+', 100001], ['1.5亿', 150000000], ['42', 42], [' 7 ', 7], ['999+', 1000], ['1,234,567', 1234567],
  ])('parseCount(%j) is %d', (raw, value) => expect(parseCount(raw)).toEqual({ ok: true, value }));
  it.each(['', '-', '—', '  '])('parseCount(%j) is missing', (raw) => expect(parseCount(raw)).toEqual({ ok: true, value: undefined }));
  it.each(['abc', '-3', '1.5', '12万万'])('parseCount(%j) is rejected with a reason', (raw) => {
    const r = parseCount(raw);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toContain(raw);
  });
  it('parseCount(number) passes finite non-negative numbers only', () => {
    expect(parseCount(5)).toEqual({ ok: true, value: 5 });
    expect(parseCount(-1).ok).toBe(false);
  });
});

describe('parseFlag and parseLabel', () => {
  it('parseFlag reads 是/否, true/false, 1/0', () => {
    expect(parseFlag('是')).toEqual({ ok: true, value: true });
    expect(parseFlag('否')).toEqual({ ok: true, value: false });
    expect(parseFlag('FALSE')).toEqual({ ok: true, value: false });
    expect(parseFlag('maybe').ok).toBe(false);
  });
  it('parseLabel reads Chinese and English platform and level labels', () => {
    expect(parseLabel('platform', '微信公众号')).toEqual({ ok: true, value: 'wechat' });
    expect(parseLabel('platform', 'Douyin')).toEqual({ ok: true, value: 'douyin' });
    expect(parseLabel('level', '区县')).toEqual({ ok: true, value: 'county' });
    expect(parseLabel('level', '街道')).toEqual({ ok: true, value: 'township' });
    const bad = parseLabel('platform', '火星');
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.reason).toMatch(/未知的平台“火星”（应为 微信\//);
  });
});
