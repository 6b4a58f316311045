import { describe, expect, it } from 'vitest';
import { INDEX_CATALOG, INDEX_PLATFORMS, indexPlatform } from '../../src/index.js';

describe('indexPlatform(index)', () => {
  it('gives the platform each catalog index is published for, by its family; null for the Weibo city score', () => {
    expect(Object.fromEntries(Object.values(INDEX_CATALOG).map((d) => [d.id, indexPlatform(d.id)]))).toEqual({
      'wci-11': 'wechat', 'wci-2.0': 'wechat', 'wci-12.0': 'wechat', 'wci-13.0': 'wechat', 'wci-14.2': 'wechat', 'wci-14.2-share': 'wechat',
      'bci-7var': 'weibo', 'bci-4var': 'weibo', 'bvci-2.0': 'bilibili', dci: 'douyin', 'weibo-city-2023Q3': null,
    });
    expect(indexPlatform('14.2')).toBe('wechat');
    expect(INDEX_PLATFORMS).toEqual({ wci: 'wechat', bci: 'weibo', dci: 'douyin', bvci: 'bilibili' });
  });
  it('null for a custom index; RangeError for an unknown id', () => {
    expect(indexPlatform({ ...INDEX_CATALOG['wci-14.2']!, id: 'mine', family: 'custom' })).toBeNull();
    expect(() => indexPlatform('no-such-index')).toThrow(RangeError);
  });
});
