import { describe, expect, it } from 'vitest';
import { census, parseAccount, type CensusResult } from '../../src/index.js';
import { censusMarkdown } from '../../src/report/index.js';

describe('censusMarkdown(result)', () => {
  const result: CensusResult = {
    accountCount: 3,
    byPlatform: [{ platform: 'wechat', label: '微信', count: 2, share: 2 / 3 }, { platform: 'weibo', label: '微博', count: 1, share: 1 / 3 }],
    byLevel: [{ level: 'county', label: '县级', count: 3, share: 1 }],
    aboveFollowerThreshold: { count: 1, share: 1 / 3, threshold: 5000 },
    postingAtLeast: { count: 0, share: 0, perDay: 2 },
    withServices: { count: 2, share: 2 / 3 },
  };
  it('renders seed 001 rows in order, the threshold in 万 and shares half up to one decimal', () => {
    expect(censusMarkdown(result)).toBe([
      '| 项目 | 数量 | 占比 |', '| --- | ---: | ---: |', '| 政务新媒体账号总数 | 3 | 100.0% |',
      '| 平台：微信 | 2 | 66.7% |', '| 平台：微博 | 1 | 33.3% |', '| 层级：县级 | 3 | 100.0% |',
      '| 粉丝数量超过0.5万 | 1 | 33.3% |', '| 日均发布2条以上 | 0 | 0.0% |', '| 具备办事服务功能 | 2 | 66.7% |',
    ].join('\n'));
  });
  it('leaves out the posting row when census had no posts', () => {
    const accounts = [parseAccount({ id: 'A1', name: '江州发布', platform: 'wechat', unit: '江州市人民政府办公室', level: 'city', followers: 20000 })];
    const md = censusMarkdown(census(accounts));
    expect(md).not.toContain('日均发布');
    expect(md.split('\n')).toEqual(['| 项目 | 数量 | 占比 |', '| --- | ---: | ---: |', '| 政务新媒体账号总数 | 1 | 100.0% |', '| 平台：微信 | 1 | 100.0% |', '| 层级：市级 | 1 | 100.0% |', '| 粉丝数量超过1万 | 1 | 100.0% |', '| 具备办事服务功能 | 0 | 0.0% |']);
  });
  it('census() results carry data only (no rendered text)', () => {
    expect(Object.keys(census([]))).not.toContain('markdown');
  });
});
