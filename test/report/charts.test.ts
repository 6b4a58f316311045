import { describe, expect, it } from 'vitest';
import {
  coverageHeatmapSpec, distributionChartSpec, pairHeatmapSpec, passRateChartSpec, rankingChartSpec, renderChartSvg, renderReportHtml,
} from '../../src/report/index.js';

const ranking = Object.freeze(
  Array.from({ length: 12 }, (_, i) => Object.freeze({ label: `第${i + 1}发布`, value: 1000 - i * 50 })),
);

describe('renderChartSvg(spec)', () => {
  it('renders a ranking chart to SVG with the Chinese labels and the top ten highlighted', async () => {
    const svg = await renderChartSvg(rankingChartSpec(ranking));
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain('1. 第1发布');
    expect(svg).toContain('12. 第12发布');
    expect(svg).toContain('Noto Sans CJK SC');
    // 10 highlighted bars, 2 grey (colours from CHART_COLORS)
    expect(svg.match(/fill="#c0392b"/g)?.length).toBe(10 + 1); // + its legend symbol
    expect(svg.match(/fill="#7f8c8d"/g)?.length).toBe(2 + 1);
  });

  it('is deterministic (same spec, same SVG)', async () => {
    const spec = distributionChartSpec([1, 2, 3, 10, 20, null]);
    expect(await renderChartSvg(spec)).toBe(await renderChartSvg(spec));
  });

  it('refuses to fetch data from a URL', async () => {
    await expect(
      renderChartSvg({ data: { url: 'https://example.com/x.json' }, mark: 'bar', encoding: { x: { field: 'a', type: 'quantitative' } } }),
    ).rejects.toThrow(/inline data/);
  });

  it('sizes Chinese axis labels wide enough (1 em per CJK character) so they are not clipped', async () => {
    const svg = await renderChartSvg(coverageHeatmapSpec([{ unit: '某某区人民政府办公室', platform: '微信', status: '缺失' }]));
    // The y axis sits right of the longest label: 10 CJK glyphs × 11 px = 110 px at least.
    const m = /<g class="mark-group role-frame root"[^>]*transform="translate\((\d+(?:\.\d+)?),/.exec(svg) ?? /transform="translate\((\d+(?:\.\d+)?),/.exec(svg);
    expect(Number(m?.[1])).toBeGreaterThanOrEqual(110);
  });
});

describe('chart specs', () => {
  it('rankingChartSpec(rows, { top: 3, maxBars: 5 }) keeps the best five and highlights three', () => {
    const spec = rankingChartSpec([...ranking].reverse(), { topN: 3, maxBars: 5 }) as { data: { values: { rank: number; group: string }[] } };
    expect(spec.data.values.map((v) => v.rank)).toEqual([1, 2, 3, 4, 5]);
    expect(spec.data.values.map((v) => v.group)).toEqual(['前3名', '前3名', '前3名', '其他', '其他']);
  });
  it('rankingChartSpec leaves out accounts without an index (null)', () => {
    const spec = rankingChartSpec([{ label: 'a', value: null }, { label: 'b', value: 1 }]) as { data: { values: unknown[] } };
    expect(spec.data.values).toHaveLength(1);
  });
  it('passRateChartSpec([]) throws a RangeError naming the function', () => {
    expect(() => passRateChartSpec([])).toThrow(/^passRateChartSpec: /);
  });
  it('pairHeatmapSpec rejects a share outside [0, 1]', () => {
    expect(() => pairHeatmapSpec([{ a: 'x', b: 'y', share: 1.5 }])).toThrow(/^pairHeatmapSpec: /);
  });
});

describe('renderReportHtml(doc)', () => {
  it('produces one self-contained HTML file: inline SVG charts, no scripts, no external resources', async () => {
    const html = await renderReportHtml({
      title: '2024年3月 <排行>',
      subtitle: '统计周期 2024-03',
      sections: [
        { kind: 'facts', facts: [['账号数', 12]] },
        { kind: 'chart', title: '传播力排行', spec: rankingChartSpec(ranking) },
        { kind: 'chart', title: '合格率', spec: passRateChartSpec([{ title: '按平台', bars: [{ label: '微信', rate: 0.75, passed: 3, checked: 4 }] }]) },
        { kind: 'table', title: '明细', table: { columns: [{ key: 'a', label: '账号' }], rows: [{ a: '甲&乙' }] } },
      ],
    });
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).toContain('<title>2024年3月 &lt;排行&gt;</title>');
    expect(html.match(/<svg /g)?.length).toBe(2);
    expect(html).toContain('75.0% (3/4)');
    expect(html).toContain('<td>甲&amp;乙</td>');
    expect(html.replace('<link rel="icon" href="data:,">', '')).not.toMatch(/<script|<link|<img|@import|url\(/i);
    // The only URLs are SVG namespace declarations, which are never fetched.
    const urls = html.match(/https?:\/\/[^"'\s)]+/g) ?? [];
    expect(new Set(urls)).toEqual(new Set(['http://www.w3.org/2000/svg', 'http://www.w3.org/1999/xlink']));
  });
});
