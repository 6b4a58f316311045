import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, ElementHandle, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run-cli.js';

// The office app (issue 18: "opens from disk in Chromium, Edge or Firefox") in Firefox:
// Debian's firefox-esr, headless, driven by puppeteer-core over WebDriver BiDi (no
// browser download). Smaller than the Chromium suite (test/app/app.test.ts), which covers
// every view: open the built file from file://, read the sample province's ledger and
// posts, rank September, and check the WeChat top ten equals `govmedia rank`'s, with no
// network request and no console or page error.
//
// Without Firefox the suite is skipped with a printed notice, unless GOVMEDIA_REQUIRE_BROWSER=1
// (CI, whose .ci/run installs firefox-esr), which makes a missing Firefox a failure.
const root = resolve(__dirname, '../..');
const FIREFOX = process.env.FIREFOX_PATH ?? ['/usr/bin/firefox-esr', '/usr/bin/firefox'].find((p) => existsSync(p)) ?? '/usr/bin/firefox-esr';
const APP = resolve(root, 'dist/govmedia-app.html');
const DATA = resolve(root, 'examples/data');
const haveFirefox = existsSync(FIREFOX);
const required = process.env.GOVMEDIA_REQUIRE_BROWSER === '1';
// Written to stderr directly, as the Chromium notice (test/global-setup.ts): vitest's
// `silent: 'passed-only'` swallows a console.warn from a file whose tests all skip.
if (!haveFirefox && !required)
  process.stderr.write(
    `\noffice app Firefox test skipped: no Firefox at ${FIREFOX} (set FIREFOX_PATH, or apt-get install -y firefox-esr). ` +
      'Run it with `npm run test:browser` (GOVMEDIA_REQUIRE_BROWSER=1: a missing Firefox fails).\n\n',
  );

let browser: Browser;
let profile = '';
let server: Server;
let serverHits = 0;

async function idle(page: Page): Promise<void> {
  await new Promise((r) => setTimeout(r, 50));
  await page.waitForFunction(() => !(window as unknown as { govmediaApp?: { busy: boolean } }).govmediaApp?.busy, { timeout: 120_000 });
}

describe.skipIf(!haveFirefox && !required)('office app (dist/govmedia-app.html) in headless Firefox', () => {
  beforeAll(async () => {
    if (!haveFirefox) throw new Error(`GOVMEDIA_REQUIRE_BROWSER=1 but ${FIREFOX} is missing`);
    execFileSync(process.execPath, [resolve(root, 'scripts/build-app.mjs')], { cwd: root, stdio: 'ignore' });
    // A local server for the control request below (a port Firefox does not ban, unlike 9 or 1).
    server = createServer((_req, res) => { serverHits++; res.writeHead(204, { 'access-control-allow-origin': '*' }); res.end(); });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    profile = mkdtempSync(join(tmpdir(), 'govmedia-app-firefox-'));
    const puppeteer = (await import('puppeteer-core')).default;
    browser = await puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX, headless: true, userDataDir: profile });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    server?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  it('opens from file://, ranks the sample province as `govmedia rank` does, makes no request and logs no error', async () => {
    // Control: the request listener sees a request a page does make (so an empty list below means something).
    const control = await browser.newPage();
    const seen: string[] = [];
    control.on('request', (r) => seen.push(r.url()));
    await control.goto('about:blank');
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/control`;
    await control.evaluate((u) => fetch(u).then((r) => r.status), url);
    expect(seen).toContain(url);
    expect(serverHits).toBe(1);
    await control.close();

    const page = await browser.newPage();
    const requests: string[] = [];
    const errors: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(String((e as Error).message ?? e)));
    const appUrl = pathToFileURL(APP).href;
    await page.goto(appUrl);
    await idle(page);
    expect(await page.evaluate(() => navigator.userAgent)).toContain('Firefox');

    for (const [role, file] of [['accounts', 'accounts.csv'], ['posts', 'posts.csv']] as const) {
      const input = (await page.$(`#input-${role}`)) as ElementHandle<HTMLInputElement>;
      await input.uploadFile(join(DATA, file));
      await idle(page);
    }
    // Firefox has no month picker (the input is a text box with a 2024-09 placeholder): the clerk types the month.
    await page.select('#period-kind', 'month');
    await idle(page);
    await page.evaluate(() => {
      const m = document.querySelector<HTMLInputElement>('#period-month')!;
      m.value = '2024-09';
      m.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await idle(page);
    await page.click('#tabs button[data-view="ranking"]');
    await idle(page);
    await page.waitForSelector('#view[data-view="ranking"]');

    let out = '';
    const io = { stdout: { write: (s: string) => (out += s) }, stderr: { write: () => true }, cwd: root };
    expect(await runCli(['rank', '--posts', 'examples/data/posts.csv', '--accounts', 'examples/data/accounts.csv', '--period', '2024-09', '--top-n', '10', '--format', 'json'], io)).toBe(0);
    const ref = (JSON.parse(out) as { ranking: { accountId: string; name: string; rank: number; value: number }[] }).ranking;
    expect(ref).toHaveLength(10);
    const rows = await page.evaluate(() => {
      const last = (window as unknown as { govmediaApp: { last: { sections: { id?: string; table?: { rows: Record<string, unknown>[] } }[] } } }).govmediaApp.last;
      return last.sections.find((s) => s.id?.endsWith(':ranking'))!.table!.rows.slice(0, 10).map((r) => ({ accountId: r.accountId, rank: r.rank, value: r.value }));
    });
    expect(rows).toEqual(ref.map((r) => ({ accountId: r.accountId, rank: r.rank, value: r.value })));
    const names = await page.$$eval('section[data-table$=":ranking"] tr', (trs) => trs.slice(1, 11).map((tr) => (tr.children[1]?.textContent ?? '').trim()));
    expect(names).toEqual(ref.map((r) => r.name));
    // A chart was drawn (SVG, in the worker) under the CSP.
    expect(await page.$('#view svg')).not.toBeNull();

    expect(requests.filter((u) => u !== appUrl && !u.startsWith('blob:'))).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  }, 180_000);
});
