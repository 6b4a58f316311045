import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSER_REQUIRED, CHROMIUM, HAVE_BROWSER } from './chromium.js';
import { browserReportHtml } from './report-fixture.js';
import { SCENARIO } from './scenario.js';

// End-to-end check that the *built* ESM core (dist/index.js) runs unchanged in a
// real browser: Debian's chromium driven by playwright-core (no browser download).
//
// Serving: dist/index.js imports bare specifiers (zod, d3-array, vega, vega-lite …).
// vega alone pulls ~30 vega-* and d3-* packages, so an import map would be long and
// brittle; instead esbuild (already installed with tsup) bundles dist/index.js
// as-is into one browser ESM file, resolving those packages for the browser. The
// code under test is the built artefact; esbuild only inlines its dependencies.
const root = resolve(__dirname, '../..');
// Without Chromium the suite is skipped (notice printed by test/global-setup.ts) unless
// GOVMEDIA_REQUIRE_BROWSER=1 (`npm run test:browser`, .ci/run), which makes it a failure.
const skip = !HAVE_BROWSER && !BROWSER_REQUIRED;
const artifacts = resolve(root, 'test/artifacts');

let server: Server;
let base = '';
let browser: Browser;
let bundle = '';
let reportHtml = '';

async function nodeResult(): Promise<unknown> {
  const g = await import(pathToFileURL(resolve(root, 'dist/index.js')).href);
  const run = new Function(`return (${SCENARIO})`)() as (m: unknown) => Promise<unknown>;
  return run(g);
}

beforeAll(async () => {
  if (skip) return;
  if (!HAVE_BROWSER) throw new Error(`browser test: GOVMEDIA_REQUIRE_BROWSER=1 but ${CHROMIUM} is missing; install it with: apt-get install -y chromium (or set CHROMIUM_PATH)`);
  if (!existsSync(resolve(root, 'dist/index.js')) || !existsSync(resolve(root, 'dist/cli.js'))) execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'ignore' });
  const out = await build({
    stdin: { contents: "export * from './dist/index.js';", resolveDir: root, loader: 'js' },
    bundle: true, platform: 'browser', format: 'esm', write: false, logLevel: 'silent',
  });
  bundle = out.outputFiles[0]!.text;
  reportHtml = browserReportHtml(root);
  const page = `<!DOCTYPE html><html><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>govmedia</title></head><body></body></html>`;
  server = createServer((req, res) => {
    const body = req.url === '/govmedia.js' ? bundle : req.url === '/report.html' ? reportHtml : req.url === '/' ? page : null;
    if (body === null) {
      res.writeHead(404).end();
      return;
    }
    const type = req.url === '/govmedia.js' ? 'text/javascript' : 'text/html';
    res.writeHead(200, { 'content-type': `${type}; charset=utf-8` }).end(body);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
});

afterAll(async () => {
  await browser?.close();
  await new Promise<void>((ok) => (server ? server.close(() => ok()) : ok()));
});

describe.skipIf(skip)('the ESM build in headless Chromium', () => {
  it('scores and ranks a small dataset in the page exactly as Node does', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto(`${base}/`);
    // A string expression, not a function: vitest rewrites dynamic import() inside test functions.
    const inBrowser = await page.evaluate(`(async () => (${SCENARIO})(await import(${JSON.stringify(`${base}/govmedia.js`)})))()`);
    const inNode = await nodeResult();
    expect(errors).toEqual([]);
    expect(inBrowser).toEqual(inNode);
    const r = inBrowser as { aggregates: unknown[]; scores: { accountId: string; value: number | null }[]; chart: { isSvg: boolean; hasChineseLabel: boolean; bars: number } };
    expect(r.aggregates).toHaveLength(5);
    expect(r.scores.map((s) => s.accountId)).toEqual(['青岛发布', '西海岸发布', '黄岛教育', '城阳发布', '即墨发布']);
    for (const s of r.scores) expect(s.value).toBeGreaterThan(0);
    const ranked = inBrowser as { ranks: { competition: number[] }; shortlist: { entries: { place: number }[] }[] };
    expect([...ranked.ranks.competition].sort()).toEqual([1, 2, 3, 4, 5]);
    expect(ranked.shortlist[0]!.entries.map((e) => e.place)).toEqual([1, 2, 3]);
    expect(r.chart).toEqual({ isSvg: true, hasChineseLabel: true, bars: 5 + 1 });
    await page.close();
  });

  it('opens a generated HTML report: charts rendered as SVG, no console errors, no network', async () => {
    const page = await browser.newPage({ viewport: { width: 1000, height: 800 } });
    const errors: string[] = [];
    const requests: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(`${base}/report.html`);
    const charts = await page.$$eval('section.chart', (els) =>
      els.map((el) => {
        const svg = el.querySelector('svg');
        const box = svg?.getBoundingClientRect();
        return { svg: !!svg, marks: svg ? svg.querySelectorAll('path, rect, text').length : 0, width: box?.width ?? 0, height: box?.height ?? 0 };
      }),
    );
    expect(charts.length).toBeGreaterThanOrEqual(2);
    for (const c of charts) {
      expect(c.svg).toBe(true);
      expect(c.marks).toBeGreaterThan(5);
      expect(c.width).toBeGreaterThan(100);
      expect(c.height).toBeGreaterThan(20);
    }
    expect(errors).toEqual([]);
    expect(requests).toEqual([`${base}/report.html`]); // self-contained: nothing else fetched
    mkdirSync(artifacts, { recursive: true });
    const shot = resolve(artifacts, 'report.png');
    await page.screenshot({ path: shot, fullPage: true });
    expect(statSync(shot).size).toBeGreaterThan(10_000);
    if (process.env.GOVMEDIA_UPDATE_SCREENSHOT === '1') {
      // The README's screenshot: a viewport-sized shot (kept small), refreshed on demand only.
      const readme = resolve(root, 'examples/report-screenshot.png');
      await page.setViewportSize({ width: 1000, height: 1250 });
      await page.screenshot({ path: readme, fullPage: false });
      expect(statSync(readme).size).toBeLessThan(300_000);
    }
    expect(readFileSync(shot).subarray(1, 4).toString()).toBe('PNG');
    await page.close();
  });
});
