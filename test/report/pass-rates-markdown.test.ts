import { describe, expect, it } from 'vitest';
import type { PassRateReport, PassRateRow } from '../../src/index.js';
import { passRatesMarkdown } from '../../src/report/index.js';

const row = (group: string, label: string, checked: number, passed: number, ratePercent: number | null): PassRateRow =>
  ({ group, label, checked, passed, failed: checked - passed, rate: checked ? passed / checked : null, ratePercent });

describe('passRatesMarkdown(report, options)', () => {
  const report: PassRateReport = {
    overall: row('all', '全部', 3, 2, 66.7),
    byLevel: [row('city', '市级', 3, 2, 66.7), row('county', '县级', 0, 0, null)],
    byPlatform: [row('wechat', '微信', 3, 2, 66.7)],
    byRegion: [], byUnit: [],
    failing: [{ accountId: 'A2', name: '江州|发布', unit: '江州市政府', platform: '微信', reasons: ['无更新（30天）', '留言未回复（<3条）'] }],
  };
  it('renders the overall sentence, the level and platform tables and the annex, escaping names and reasons as reportToMarkdown does', () => {
    const md = passRatesMarkdown(report, { title: '2024年第三季度检查情况' });
    expect(md.split('\n')).toEqual([
      '## 2024年第三季度检查情况', '', '本次共检查 3 个政务新媒体，合格 2 个，总体合格率为 66.7%。', '',
      '### 按开设主体层级', '', '| 分组 | 检查数 | 合格数 | 不合格数 | 合格率 |', '| --- | ---: | ---: | ---: | ---: |', '| 市级 | 3 | 2 | 1 | 66.7% |', '| 县级 | 0 | 0 | 0 | — |', '',
      '### 按平台类型', '', '| 分组 | 检查数 | 合格数 | 不合格数 | 合格率 |', '| --- | ---: | ---: | ---: | ---: |', '| 微信 | 3 | 2 | 1 | 66.7% |', '',
      '### 附件：不合格政务新媒体名单', '', '| 账号 | 主办单位 | 平台 | 问题 |', '| --- | --- | --- | --- |', '| 江州\\|发布 | 江州市政府 | 微信 | 无更新（30天）；留言未回复（&lt;3条） |',
    ]);
  });
  it('titles the section 政务新媒体检查抽查情况 by default', () => {
    expect(passRatesMarkdown(report).split('\n')[0]).toBe('## 政务新媒体检查抽查情况');
  });
});
