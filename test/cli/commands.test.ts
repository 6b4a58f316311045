import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/cli/commands/index.js';
import { expectGolden } from './golden.js';
import { cli } from './harness.js';

// Each command on the sample data in each format, compared with golden files
// (test/fixtures/cli/<case>.<ext>, reviewed by eye once; GOVMEDIA_UPDATE_GOLDEN=1
// rewrites them). Exact comparison, BOM and CRLF included. For HTML, vega's SVG
// markup (coordinates, path data) is compared structurally instead of byte for
// byte: the page around the charts is golden, each chart must be an SVG with marks
// and the expected labels.
const SAMPLE = 'examples/data';

interface Case {
  name: string;
  args: string[];
  /** Strings each chart of the HTML report must contain (one array per chart, in order). */
  chartLabels: string[][];
}

const CASES: Case[] = [
  {
    name: 'rank-sample',
    args: ['rank', '--posts', `${SAMPLE}/posts.csv`, '--accounts', `${SAMPLE}/accounts.csv`, '--period', '2024-09', '--top-n', '20'],
    chartLabels: [['1. 江州发布', '前10名', '其他', 'WCI 14.2'], ['账号数', 'WCI 14.2']],
  },
  {
    name: 'rank-by-level-sample',
    args: ['rank', '--posts', `${SAMPLE}/posts.csv`, '--accounts', `${SAMPLE}/accounts.csv`, '--period', '2024-09', '--by', 'level', '--top-n', '3', '--method', 'dense'],
    chartLabels: [['1. 江州发布'], ['账号数']],
  },
  {
    name: 'shortlist-sample',
    args: ['shortlist', '--posts', `${SAMPLE}/posts.csv`, '--accounts', `${SAMPLE}/accounts.csv`, '--period', '2024-09', '--max-per-unit', '1', '--by-kind'],
    chartLabels: [['1. 江州发布'], ['城关区小李217']],
  },
  {
    name: 'index-wci-14.2',
    args: ['index', '--index', 'wci-14.2', '--days', '30', '--articles', '121', '--reads', '823456', '--headline-reads', '512340',
      '--max-reads', '100001', '--looks', '6543', '--headline-looks', '4321', '--max-looks', '1200', '--likes', '9876',
      '--headline-likes', '6543', '--max-likes', '2100'],
    chartLabels: [],
  },
  {
    name: 'shortlist-checked-sample',
    args: ['shortlist', '--posts', `${SAMPLE}/posts.csv`, '--accounts', `${SAMPLE}/accounts.csv`, '--period', '2024-09', '--max-per-unit', '1', '--top-n', '25',
      '--at', '2024-09-30', '--messages', `${SAMPLE}/messages.csv`],
    chartLabels: [['1. 江州发布', '前25名']],
  },
  {
    name: 'inspect-sample',
    args: ['inspect', '--accounts', `${SAMPLE}/accounts.csv`, '--posts', `${SAMPLE}/posts.csv`, '--messages', `${SAMPLE}/messages.csv`,
      '--registry', `${SAMPLE}/registry.csv`, '--at', '2024-09-30', '--sample-size', '40', '--seed', '7', '--wechat-min-per-week', '3'],
    chartLabels: [['按层级', '按平台', '微信', '县级', '合格率']],
  },
  {
    name: 'matrix-sample',
    args: ['matrix', '--matrix', `${SAMPLE}/matrix.json`, '--accounts', `${SAMPLE}/accounts.csv`, '--posts', `${SAMPLE}/posts.csv`, '--period', '2024-09'],
    chartLabels: [['江州市住房和城乡建设局', '微信', '缺失', '超出', '已开设'], ['成员账号', '响应率']],
  },
  {
    name: 'census-sample',
    args: ['census', '--accounts', `${SAMPLE}/accounts.csv`, '--posts', `${SAMPLE}/posts.csv`],
    chartLabels: [['按平台', '按层级', '微信', '乡镇（街道）', '占比']],
  },
  {
    name: 'homogeneity-sample',
    args: ['homogeneity', '--posts', `${SAMPLE}/posts.csv`, '--accounts', `${SAMPLE}/accounts.csv`, '--period', '2024-09', '--max-listed-pairs', '5', '--min-share', '0.6'],
    chartLabels: [['江州市卫生健康委员会抖音', '重复占比']],
  },
];

const EXT = { table: 'txt', csv: 'csv', json: 'json', md: 'md', html: 'html' } as const;
const wired = new Set(COMMANDS.map((c) => c.name));

/** The HTML with each chart's SVG body elided, and the SVGs themselves. */
function splitHtml(html: string): { page: string; svgs: string[] } {
  const svgs: string[] = [];
  const page = html.replace(/<svg [\s\S]*?<\/svg>/g, (svg) => {
    svgs.push(svg);
    return '<svg><!-- chart --></svg>';
  });
  return { page, svgs };
}

describe.each(CASES.filter((c) => wired.has(c.args[0]!)))('govmedia $name', ({ name, args, chartLabels }) => {
  it.each(Object.keys(EXT) as (keyof typeof EXT)[])(`--format %s matches its golden file`, async (format) => {
    const r = await cli([...args, '--format', format]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    if (format !== 'html') {
      expectGolden(`${name}.${EXT[format]}`, r.stdout);
      return;
    }
    const { page, svgs } = splitHtml(r.stdout);
    expectGolden(`${name}.html`, page);
    expect(svgs).toHaveLength(chartLabels.length);
    svgs.forEach((svg, i) => {
      expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"[^>]* width="\d+" height="\d+"/);
      expect(svg.match(/<(path|rect|line|text)\b/g)?.length ?? 0).toBeGreaterThan(5);
      for (const label of chartLabels[i]!) expect(svg).toContain(label);
    });
  });
});
