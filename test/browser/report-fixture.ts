import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * The HTML report the browser test opens, rendered in Node by the built package
 * (dist/index.js): every chart kind the CLI uses, with Chinese labels.
 */
export async function browserReportHtml(root: string): Promise<string> {
  const g = await import(pathToFileURL(resolve(root, 'dist/index.js')).href);
  const names = ['青岛发布', '西海岸发布', '黄岛教育', '城阳发布', '即墨发布', '胶州发布', '平度发布', '莱西发布', '崂山发布', '李沧发布', '市北发布', '市南发布'];
  const scores = names.map((label: string, i: number) => ({ label, value: 980 - i * 41.5 - (i % 3) * 7 }));
  return g.renderReportHtml({
    title: '2024年3月 政务微信传播力指数（WCI 14.2）',
    subtitle: '统计周期 2024-03（30 天）',
    sections: [
      { kind: 'chart', title: '排行（前十名高亮）', spec: g.rankingChartSpec(scores) },
      { kind: 'chart', title: '指数分布', spec: g.distributionChartSpec(scores.map((s: { value: number }) => s.value)) },
      {
        kind: 'chart', title: '合格率',
        spec: g.passRateChartSpec([
          { title: '按平台', bars: [{ label: '微信', rate: 0.92, passed: 23, checked: 25 }, { label: '微博', rate: 0.8, passed: 8, checked: 10 }] },
          { title: '按层级', bars: [{ label: '市级', rate: 1, passed: 6, checked: 6 }, { label: '县级', rate: 0.85, passed: 17, checked: 20 }] },
        ]),
      },
      {
        kind: 'chart', title: '矩阵覆盖',
        spec: g.coverageHeatmapSpec([
          { unit: '区政府办公室', platform: '微信', status: '已开设', count: 1 },
          { unit: '区政府办公室', platform: '微博', status: '缺失' },
          { unit: '区教育局', platform: '微信', status: '超出', count: 3 },
          { unit: '区教育局', platform: '微博', status: '已开设', count: 1 },
        ]),
      },
    ],
  });
}
