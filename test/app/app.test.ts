import { strFromU8, unzipSync } from 'fflate';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run-cli.js';
import { parsePeriod, rankAccounts, readAccounts, readPosts, SHORTLIST_EXCLUSION_LABELS_ZH, writePostsParquet } from '../../src/index.js';
import { rawRecords } from '../../src/ingest/raw-records.js';

// End-to-end test of the office app (issue 18): the built single file
// dist/govmedia-app.html opened from file:// in Debian's headless Chromium
// (playwright-core, no browser download), driven as a clerk would: files set on the
// inputs, a month picked, views opened, tables downloaded. Results are compared with
// the CLI (`govmedia rank`, `govmedia inspect`, run in-process) on the same files.
//
// Without /usr/bin/chromium the suite is skipped with a printed notice, unless
// GOVMEDIA_REQUIRE_BROWSER=1 (CI), which makes a missing browser a failure.
const root = resolve(__dirname, '../..');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const APP = resolve(root, 'dist/govmedia-app.html');
const DATA = resolve(root, 'examples/data');
const haveBrowser = existsSync(CHROMIUM);
const required = process.env.GOVMEDIA_REQUIRE_BROWSER === '1';
if (!haveBrowser && !required) console.warn(`test/app: ${CHROMIUM} not found, office app tests skipped (apt-get install -y chromium; GOVMEDIA_REQUIRE_BROWSER=1 makes this a failure)`);

const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

let ctx: BrowserContext;
let profile = '';

/** `govmedia <args> --format json`, run in-process from the source (the same code `dist/cli.js` is built from). */
async function cli(...args: string[]): Promise<unknown> {
  let out = '';
  const io = { stdout: { write: (s: string) => (out += s) }, stderr: { write: () => true }, cwd: root };
  const code = await runCli([...args, '--format', 'json'], io);
  if (code !== 0) throw new Error(`govmedia ${args.join(' ')} exited ${code}`);
  return JSON.parse(out);
}

/** A fresh page with every request and console error recorded. */
async function openApp(): Promise<{ page: Page; requests: string[]; errors: string[] }> {
  const page = await ctx.newPage();
  const requests: string[] = [];
  const errors: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(pathToFileURL(APP).href);
  await idle(page);
  return { page, requests, errors };
}

/** Waits until the worker has answered everything asked (progress hidden). */
async function idle(page: Page): Promise<void> {
  await page.waitForTimeout(50);
  await page.waitForFunction(() => !(window as unknown as { govmediaApp?: { busy: boolean } }).govmediaApp?.busy, null, { timeout: 120_000 });
}

async function setFiles(page: Page, role: string, files: string[]): Promise<void> {
  await page.setInputFiles(`#input-${role}`, files);
  await idle(page);
}

async function pickMonth(page: Page, month: string): Promise<void> {
  await page.selectOption('#period-kind', 'month');
  await idle(page);
  await page.fill('#period-month', month);
  await page.dispatchEvent('#period-month', 'change');
  await idle(page);
}

async function openView(page: Page, view: string): Promise<void> {
  await page.click(`#tabs button[data-view="${view}"]`);
  await idle(page);
  await page.waitForSelector(`#view[data-view="${view}"]`);
}

/**
 * The README's screenshots (docs/app/<name>.png): taken only when GOVMEDIA_UPDATE_SCREENSHOTS=1,
 * one viewport scrolled so the view's tabs are at the top (the inputs shot: from the top).
 */
async function screenshot(page: Page, name: string): Promise<void> {
  if (process.env.GOVMEDIA_UPDATE_SCREENSHOTS !== '1') return;
  mkdirSync(resolve(root, 'docs/app'), { recursive: true });
  await page.evaluate((top) => window.scrollTo(0, top ? 0 : (document.querySelector('#tabs') as HTMLElement).offsetTop - 8), name === 'inputs');
  await page.screenshot({ path: resolve(root, `docs/app/${name}.png`) });
}

/** The cells of a table section as shown on the page. */
function tableCells(page: Page, id: string): Promise<string[][]> {
  return page.$$eval(`section[data-table$=":${id}"] tr`, (trs) => trs.map((tr) => Array.from(tr.children).map((c) => (c.textContent ?? '').trim())));
}

/** The last view result the page received (full-precision values). */
function lastResult(page: Page): Promise<{ sections: { kind: string; id?: string; table?: { rows: Record<string, unknown>[] } }[] }> {
  return page.evaluate(() => (window as unknown as { govmediaApp: { last: never } }).govmediaApp.last);
}

/** Parses an RFC 4180 CSV (quotes, doubled quotes, CRLF). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [], field = '', q = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (q) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; } else if (c === '"') q = false; else field += c;
    } else if (c === '"') q = true;
    else if (c === ',') { row.push(field); field = ''; }
    else if (c === '\n') { row.push(field.replace(/\r$/, '')); rows.push(row); row = []; field = ''; }
    else field += c;
  }
  if (field || row.length) { row.push(field); rows.push(row); }
  return rows;
}

/** The first sheet of a workbook as rows of typed cells (number, string; empty = null), read with SheetJS CE. */
async function readXlsx(bytes: Uint8Array): Promise<unknown[][]> {
  expect(Buffer.from(bytes.subarray(0, 2)).toString()).toBe('PK');
  const XLSX = await import('@e965/xlsx');
  const wb = XLSX.read(bytes, { type: 'array' });
  return XLSX.utils.sheet_to_json<unknown[]>(wb.Sheets[wb.SheetNames[0]!]!, { header: 1, defval: null, blankrows: true });
}

/** A downloaded CSV read with the library's reader (rawRecords: encoding, BOM, quotes): the header, then each record's cells. */
async function readCsvWithLibrary(bytes: Uint8Array): Promise<string[][]> {
  const rows: string[][] = [];
  for await (const r of rawRecords(new Uint8Array(bytes), { kind: 'posts', sourceName: 'download.csv' })) {
    if ('error' in r) throw new Error(`CSV row ${r.row}: ${r.error}`);
    if (rows.length === 0) rows.push([...r.headers]);
    rows.push(r.headers.map((_, i) => String(r.values[i] ?? '')));
  }
  return rows;
}

/** Cell by cell: a number cell equals the CSV's number (the CSV prints the column's decimals), a text cell the CSV's text, an empty cell an empty field. */
function expectSameCells(sheet: unknown[][], csv: string[][]): void {
  expect(sheet.length).toBe(csv.length);
  sheet.forEach((row, i) => {
    const width = Math.max(row.length, csv[i]!.length);
    for (let j = 0; j < width; j++) {
      const x = row[j] ?? null, c = csv[i]![j] ?? '';
      if (typeof x === 'number') expect(Number(c), `row ${i + 1}, column ${j + 1}: ${c}`).toBe(x);
      // The reader gives headers as it compares them: NFKC (full-width （） → ()), trimmed.
      else expect(x === null ? '' : i === 0 ? String(x).normalize('NFKC').trim() : String(x), `row ${i + 1}, column ${j + 1}`).toBe(c);
    }
  });
}

/** The text runs of a .docx (word/document.xml), joined with | so table cells stay apart. */
function docxText(bytes: Uint8Array): string {
  expect(Buffer.from(bytes.subarray(0, 2)).toString()).toBe('PK');
  const xml = strFromU8(unzipSync(bytes)['word/document.xml']!);
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('|');
}

describe.skipIf(!haveBrowser && !required)('office app (dist/govmedia-app.html) in headless Chromium', () => {
  beforeAll(async () => {
    if (!haveBrowser) throw new Error(`GOVMEDIA_REQUIRE_BROWSER=1 but ${CHROMIUM} is missing`);
    // The test builds what it tests (`npm run app`), so `npm test` works on a fresh clone.
    execFileSync(process.execPath, [resolve(root, 'scripts/build-app.mjs')], { cwd: root, stdio: 'ignore' });
    profile = mkdtempSync(join(tmpdir(), 'govmedia-app-'));
    ctx = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM, headless: true, args: ARGS, acceptDownloads: true, locale: 'zh-CN', viewport: { width: 1280, height: 900 },
    });
  });

  afterAll(async () => {
    await ctx?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  it('is one self-contained file whose Content-Security-Policy forbids the network', () => {
    const html = readFileSync(APP, 'utf8');
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1] ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("connect-src 'none'");
    expect(csp).toContain('worker-src blob:');
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).not.toMatch(/https?:/);
    // The markup outside the inline scripts refers to no other file.
    const markup = html.replace(/(<script[^>]*>)[\s\S]*?<\/script>/g, '$1</script>');
    expect(markup.match(/<(script|link|img|iframe)[^>]+(src|href)=[^>]*>/gi) ?? []).toEqual([]);
    expect(markup.length).toBeLessThan(20_000);
  });

  it('ranks and inspects the sample province exactly as the CLI does, downloads read back, no network, no console error', async () => {
    const { page, requests, errors } = await openApp();
    await setFiles(page, 'accounts', [join(DATA, 'accounts.csv')]);
    await setFiles(page, 'messages', [join(DATA, 'messages.csv')]);
    await setFiles(page, 'registry', [join(DATA, 'registry.csv')]);
    await setFiles(page, 'posts', [join(DATA, 'posts.csv')]);
    await pickMonth(page, '2024-09');

    // What was read, per file: what the library reads from the same bytes.
    const libPosts = await readPosts(new Uint8Array(readFileSync(join(DATA, 'posts.csv'))));
    const libAccounts = await readAccounts(new Uint8Array(readFileSync(join(DATA, 'accounts.csv'))));
    expect(libPosts.table.size).toBeGreaterThan(10_000);
    expect(await page.textContent('#files-posts .rows')).toBe(String(libPosts.table.size));
    expect(await page.textContent('#files-accounts .rows')).toBe(String(libAccounts.records.length));
    await screenshot(page, 'inputs');

    // Rankings: the WeChat top ten equals `govmedia rank`'s.
    await openView(page, 'ranking');
    await screenshot(page, 'ranking');
    const ref = await cli('rank', '--posts', 'examples/data/posts.csv', '--accounts', 'examples/data/accounts.csv', '--period', '2024-09', '--top-n', '10') as {
      ranking: { accountId: string; name: string; value: number; rank: number }[];
    };
    expect(ref.ranking).toHaveLength(10);
    const result = await lastResult(page);
    const ranking = result.sections.find((s) => s.id?.endsWith(':ranking'))!.table!.rows.slice(0, 10);
    expect(ranking.map((r) => ({ accountId: r.accountId, rank: r.rank, value: r.value }))).toEqual(ref.ranking.map((r) => ({ accountId: r.accountId, rank: r.rank, value: r.value })));
    const shown = await tableCells(page, 'ranking');
    expect(shown.slice(1, 11).map((r) => r[1])).toEqual(ref.ranking.map((r) => r.name));

    // Downloaded CSV: Excel-safe (BOM) and read back equal to the table on the page.
    const [csvDownload] = await Promise.all([page.waitForEvent('download'), page.click('section[data-table$=":ranking"] button[data-export="csv"]')]);
    const csvBytes = readFileSync((await csvDownload.path())!);
    const csvText = csvBytes.toString('utf8');
    expect(csvText.charCodeAt(0)).toBe(0xfeff);
    expect(csvDownload.suggestedFilename()).toMatch(/\.csv$/);
    const csv = parseCsv(csvText.slice(1));
    expect(csv[0]).toEqual(shown[0]);
    expect(csv.length - 1).toBe(shown.length - 1);
    const csvByRank = csv.slice(1, 11).map((r) => [r[0], r[1], Number(r[7]).toFixed(2)]);
    expect(csvByRank).toEqual(shown.slice(1, 11).map((r) => [r[0], r[1], r[7]]));

    // The same table as .xlsx reads back equal to the CSV, cell by cell: the workbook read with SheetJS CE
    // (@e965/xlsx, what the library reads workbooks with), the CSV with the library's own reader (rawRecords).
    const [xlsxDownload] = await Promise.all([page.waitForEvent('download'), page.click('section[data-table$=":ranking"] button[data-export="xlsx"]')]);
    expect(xlsxDownload.suggestedFilename()).toMatch(/\.xlsx$/);
    const sheet = await readXlsx(readFileSync((await xlsxDownload.path())!));
    const csvBack = await readCsvWithLibrary(csvBytes);
    expectSameCells(sheet, csvBack);
    expect(sheet.length).toBe(csv.length); // every row, not only the ones the page shows
    expect(sheet.flat().filter((v) => typeof v === 'number').length).toBeGreaterThan(100);
    expect(sheet.flat().filter((v) => typeof v === 'string' && /[\u4e00-\u9fff]/.test(v)).length).toBeGreaterThan(100);

    // Inspection: pass rates equal `govmedia inspect`'s (check time = end of the period in both).
    await openView(page, 'inspection');
    await screenshot(page, 'inspection');
    const inspRef = await cli('inspect', '--posts', 'examples/data/posts.csv', '--accounts', 'examples/data/accounts.csv', '--messages', 'examples/data/messages.csv',
      '--registry', 'examples/data/registry.csv', '--period', '2024-09') as { passRates: { overall: Row; byLevel: Row[]; byPlatform: Row[]; failing: unknown[] } };
    type Row = { label: string; checked: number; passed: number; ratePercent: number | null };
    const rates = await tableCells(page, 'passrates');
    const expected = [inspRef.passRates.overall, ...inspRef.passRates.byLevel, ...inspRef.passRates.byPlatform]
      .map((r) => [r.label, String(r.checked), String(r.passed), r.ratePercent === null ? '—' : `${r.ratePercent}%`]);
    expect(rates.slice(1).map((r) => [r[1], r[2], r[3], r[5]])).toEqual(expected);
    expect((await tableCells(page, 'failing')).length - 1).toBe(inspRef.passRates.failing.length);

    // The pass rates and the failing list as .xlsx read back equal to their CSV (text cells such as 85.7% included).
    for (const id of ['passrates', 'failing']) {
      const [c] = await Promise.all([page.waitForEvent('download'), page.click(`section[data-table$=":${id}"] button[data-export="csv"]`)]);
      const [x] = await Promise.all([page.waitForEvent('download'), page.click(`section[data-table$=":${id}"] button[data-export="xlsx"]`)]);
      expectSameCells(await readXlsx(readFileSync((await x.path())!)), await readCsvWithLibrary(readFileSync((await c.path())!)));
    }
    // The inspection report as Word: a valid .docx whose text carries every pass rate of `govmedia inspect` and the failing accounts.
    const [docx] = await Promise.all([page.waitForEvent('download'), page.click('button[data-export-doc="docx"]')]);
    expect(docx.suggestedFilename()).toBe('政务新媒体检查情况.docx');
    const docText = docxText(readFileSync((await docx.path())!));
    expect(docText).toContain('政务新媒体检查情况');
    for (const r of [inspRef.passRates.overall, ...inspRef.passRates.byLevel, ...inspRef.passRates.byPlatform])
      expect(docText).toContain(`${r.label}|${r.checked}|${r.passed}|${r.checked - r.passed}|${r.ratePercent === null ? '' : `${r.ratePercent}%`}`);
    for (const f of inspRef.passRates.failing as { name: string }[]) expect(docText).toContain(f.name);

    // Every view opens (each either computes or says which library feature it waits for).
    for (const view of ['homogeneity', 'matrix', 'shortlist', 'warnings', 'content', 'tongbao']) {
      if (view === 'matrix') await setFiles(page, 'matrix', [join(DATA, 'matrix.json')]);
      if (view === 'shortlist') {
        for (const [id, v] of [['#per-unit', '1'], ['#topn', '25']]) {
          await page.$eval(id!, (e, x) => { (e as HTMLInputElement).value = x; }, v!);
          await page.dispatchEvent(id!, 'change');
          await idle(page);
        }
      }
      await openView(page, view);
      await screenshot(page, view);
      expect(await page.$('#view p.error')).toBeNull();
      if (view === 'homogeneity') {
        // 同质化 (homogeneityReport in both): the homogeneous pairs of `govmedia homogeneity`, A and B by name.
        const hg = await cli('homogeneity', '--posts', 'examples/data/posts.csv', '--accounts', 'examples/data/accounts.csv', '--period', '2024-09') as { accountPairs: { a: string; b: string }[] };
        const names = new Map(libAccounts.records.map((a) => [a.id, a.name]));
        expect((await tableCells(page, 'homogeneous-pairs')).slice(1).map((r) => [r[0], r[1]])).toEqual(hg.accountPairs.map((x) => [names.get(x.a) ?? x.a, names.get(x.b) ?? x.b]));
        expect(hg.accountPairs.length).toBeGreaterThan(0);
      }
      if (view === 'warnings') {
        // 预警 (one library call, earlyWarningsReport, in both): the rows of `govmedia warn` at the end of the period, the next check 7 days later (the page's default).
        const w = await cli('warn', '--posts', 'examples/data/posts.csv', '--accounts', 'examples/data/accounts.csv', '--messages', 'examples/data/messages.csv',
          '--registry', 'examples/data/registry.csv', '--at', '2024-09-30', '--next', '2024-10-07') as { warnings: unknown[]; units: { unit: string; status: string }[] };
        const LEVEL: Record<string, string> = { red: '红', yellow: '黄', green: '绿' };
        expect((await tableCells(page, 'warning-units')).slice(1).map((r) => [r[1], r[0]])).toEqual(w.units.map((u) => [u.unit, LEVEL[u.status]]));
        const shownWarnings = (await lastResult(page)).sections.find((x) => x.id?.endsWith(':warnings'))!;
        expect((shownWarnings as { totalRows?: number }).totalRows).toBe(w.warnings.length);
        expect(w.warnings.length).toBeGreaterThan(0);
      }
      if (view === 'matrix') {
        // 矩阵 (matrixReport in both): the gaps, excesses and members' echo rates of `govmedia matrix`.
        const m = await cli('matrix', '--matrix', 'examples/data/matrix.json', '--posts', 'examples/data/posts.csv', '--accounts', 'examples/data/accounts.csv', '--period', '2024-09') as {
          coverage: { gaps: unknown[]; excesses: unknown[] }; linkedPublishing: { perMember: { echoed: number }[] };
        };
        expect((await tableCells(page, 'gaps')).length - 1).toBe(m.coverage.gaps.length);
        expect((await tableCells(page, 'excesses')).length - 1).toBe(m.coverage.excesses.length);
        expect((await tableCells(page, 'members')).slice(1).map((r) => Number(r[2]))).toEqual(m.linkedPublishing.perMember.map((x) => x.echoed));
      }
      if (view === 'shortlist') {
        // 十佳 (前 25 名, 每单位最多 1 个): the exclusions and their reasons as `govmedia shortlist --at` states them (labels from the library).
        const sl = await cli('shortlist', '--posts', 'examples/data/posts.csv', '--accounts', 'examples/data/accounts.csv', '--messages', 'examples/data/messages.csv',
          '--period', '2024-09', '--at', '2024-09-30', '--max-per-unit', '1', '--top-n', '25') as { lists: { excluded: { candidate: { accountId: string }; reason: string }[] }[] };
        const excluded = (await lastResult(page)).sections.find((x) => x.id?.endsWith(':excluded'))!.table!.rows;
        const expected = sl.lists.flatMap((l) => l.excluded.map((x) => SHORTLIST_EXCLUSION_LABELS_ZH[x.reason as keyof typeof SHORTLIST_EXCLUSION_LABELS_ZH]));
        expect(excluded.map((r) => r.reason)).toEqual(expected);
        expect(expected.length).toBeGreaterThan(0);
      }
    }

    // Privacy: the page's own file and the worker's blob: URL, nothing else; no console error.
    const appUrl = pathToFileURL(APP).href;
    expect(requests.filter((u) => u !== appUrl && !u.startsWith('blob:'))).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('maps an unrecognised header in the column dialog, remembers it in localStorage, and cancels a long read', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'govmedia-app-data-'));
    try {
      // An export whose headers no preset knows: nothing can be read until the columns are mapped.
      const odd = join(dir, 'odd-export.csv');
      writeFileSync(odd, 'ACCT,WHEN,R\nA00001,2024-09-02 08:00,1200\nA00001,2024-09-03 08:00,800\nA00002,2024-09-03 09:00,50\n');
      const { page, requests, errors } = await openApp();
      await setFiles(page, 'posts', [odd]);
      expect(await page.textContent('#files-posts .rows')).toBe('0');
      await page.click('#files-posts button.map');
      await page.selectOption('#mapping select[data-col="ACCT"]', 'accountId');
      await page.selectOption('#mapping select[data-col="WHEN"]', 'publishedAt');
      await page.selectOption('#mapping select[data-col="R"]', 'reads');
      await page.click('#mapping-ok');
      await idle(page);
      expect(await page.textContent('#files-posts .rows')).toBe('3');
      // Saved in localStorage (the page's own origin: nothing leaves the machine), keyed by the unrecognised headers.
      const saved = await page.evaluate(() => Object.entries(localStorage).map(([k, v]) => [k, JSON.parse(v) as unknown]));
      expect(JSON.stringify(saved)).toContain('"ACCT":"accountId"');
      expect(JSON.stringify(saved)).toContain('"WHEN":"publishedAt"');
      // Next time (a fresh page, same browser profile) the saved mapping is applied by itself.
      const again = await openApp();
      await setFiles(again.page, 'posts', [odd]);
      expect(await again.page.textContent('#files-posts .rows')).toBe('3');
      expect(await again.page.textContent('#files-posts')).toContain('ACCT → accountId');
      await again.page.close();

      // Cancel: a 150,000-post file is being read; 取消 stops the worker, drops that file, and the page goes on working.
      const big = join(dir, 'big.csv');
      const lines = readFileSync(join(DATA, 'posts.csv'), 'utf8').split('\n').filter((l) => l.trim());
      const body: string[] = [lines[0]!];
      for (let i = 0; i < 150_000; i++) body.push(lines[1 + (i % (lines.length - 1))]!);
      writeFileSync(big, body.join('\n'));
      await setFiles(page, 'accounts', [join(DATA, 'accounts.csv')]);
      await page.setInputFiles('#input-posts', big);
      await page.waitForFunction(() => Number((document.querySelector('#progress-bar') as HTMLProgressElement).value) > 0, null, { timeout: 60_000 });
      await page.click('#cancel');
      await idle(page);
      expect(await page.textContent('#status')).toContain('已取消');
      expect(await page.$$('#files-posts .file')).toHaveLength(0);
      const accountsRead = String((await readAccounts(new Uint8Array(readFileSync(join(DATA, 'accounts.csv'))))).records.length);
      expect(await page.textContent('#files-accounts .rows')).toBe(accountsRead); // read again by the fresh worker
      await setFiles(page, 'posts', [join(DATA, 'posts.csv')]);
      expect(await page.textContent('#files-posts .rows')).toBe(String((await readPosts(new Uint8Array(readFileSync(join(DATA, 'posts.csv'))))).table.size));
      const appUrl = pathToFileURL(APP).href;
      expect([...requests, ...again.requests].filter((u) => u !== appUrl && !u.startsWith('blob:'))).toEqual([]);
      expect([...errors, ...again.errors]).toEqual([]);
      await page.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reads a JSON export with epoch-second times only once told the unit in the file options (never as 1970)', async () => {
    const file = resolve(root, 'test/fixtures/cases/exports/m_api_epoch_seconds.json');
    const { page, requests, errors } = await openApp();
    await setFiles(page, 'posts', [file]);
    expect(await page.textContent('#files-posts .rows')).toBe('0');
    expect(await page.textContent('#files-posts .rejections')).toMatch(/1970|秒|epoch/i);
    await page.click('#files-posts button.map');
    await page.selectOption('#mapping-timeunit', 's');
    await page.click('#mapping-ok');
    await idle(page);
    expect(await page.textContent('#files-posts .rows')).toBe('2');
    expect(await page.textContent('#files-posts')).toContain('时间单位 = s');
    await openView(page, 'ranking');
    expect(await page.textContent('#view .subtitle')).toContain('2024-09-01');
    const appUrl = pathToFileURL(APP).href;
    expect(requests.filter((u) => u !== appUrl && !u.startsWith('blob:'))).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('reads a Parquet file of posts (written by the library) on the page as the library reads the CSV it came from', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'govmedia-app-parquet-'));
    try {
      const csv = await readPosts(new Uint8Array(readFileSync(join(DATA, 'posts.csv'))));
      const file = join(dir, 'posts.parquet');
      writeFileSync(file, await writePostsParquet(csv.table));
      const expected = rankAccounts(csv.table, { period: parsePeriod('2024-09') }).slice(0, 10).map((r) => [r.accountId, r.value]);
      const { page, requests, errors } = await openApp();
      await setFiles(page, 'posts', [file]);
      expect(await page.textContent('#files-posts .rows')).toBe(String(csv.table.size));
      await pickMonth(page, '2024-09');
      await openView(page, 'ranking');
      const ranking = (await lastResult(page)).sections.find((s) => s.id?.endsWith(':ranking'))!.table!.rows;
      expect(ranking.slice(0, 10).map((r) => [r.accountId, r.value])).toEqual(expected);
      const appUrl = pathToFileURL(APP).href;
      expect(requests.filter((u) => u !== appUrl && !u.startsWith('blob:'))).toEqual([]);
      expect(errors).toEqual([]);
      await page.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('checks the content of posts against the built-in rules plus an office dictionary dropped on the page, and tracks rectification against the last findings file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'govmedia-app-content-'));
    try {
      const posts = join(dir, 'posts.csv');
      writeFileSync(posts, '账号ID,账号名称,发布时间,标题,正文,阅读数\n' +
        'A1,青山发布,2024-09-02 08:00,部署工作,坚决打好扫黑险恶攻坚战，守护一方平安。,1200\n' +
        'A1,青山发布,2024-09-03 08:00,通知,本周五举行青山杯活动。,800\n');
      const dict = join(dir, 'office-words.csv');
      writeFileSync(dict, '错误写法,正确写法\n青山杯,青山区杯\n');
      const { page, requests, errors } = await openApp();
      await setFiles(page, 'posts', [posts]);
      await setFiles(page, 'rules', [dict]);
      expect(await page.textContent('#files-rules .rows')).toBe('1');
      await openView(page, 'content');
      const rows = (await lastResult(page)).sections.find((s) => s.id?.endsWith(':findings'))!.table!.rows;
      expect(rows.map((r) => [r.matched, r.suggestion])).toEqual(expect.arrayContaining([['扫黑险恶', '扫黑除恶'], ['青山杯', '青山区杯']]));
      // The same check by `govmedia check` (one library call, contentCheckReport, in both): the same findings.
      const ref = await cli('check', '--posts', posts, '--rules', dict) as { at: string; findings: { matched: string }[] };
      expect(rows.map((r) => r.matched)).toEqual(ref.findings.map((f) => f.matched));

      // Rectification (整改): the findings file downloaded, kept, dropped on 上次内容检查发现 at a later check.
      const [dl] = await Promise.all([page.waitForEvent('download'), page.click('button[data-export-findings="json"]')]);
      expect(dl.suggestedFilename()).toBe('内容检查发现（2024-09-03）.json');
      const kept = join(dir, 'findings-0903.json');
      writeFileSync(kept, readFileSync((await dl.path())!));
      expect((JSON.parse(readFileSync(kept, 'utf8')) as { at: string; findings: unknown[] })).toMatchObject({ at: ref.at, findings: expect.any(Array) });
      const posts2 = join(dir, 'posts-later.csv');
      writeFileSync(posts2, '账号ID,账号名称,发布时间,标题,正文,阅读数\n' +
        'A1,青山发布,2024-09-02 08:00,部署工作,坚决打好扫黑除恶攻坚战，守护一方平安。,1200\n' +
        'A1,青山发布,2024-09-03 08:00,通知,本周五举行青山杯活动。,800\n');
      await setFiles(page, 'posts', [posts2]);
      await setFiles(page, 'findings', [kept]);
      expect(await page.textContent('#files-findings .rows')).toBe(String(ref.findings.length));
      await page.$eval('#at', (e) => { (e as HTMLInputElement).value = '2024-09-20'; });
      await page.dispatchEvent('#at', 'change');
      await idle(page);
      await openView(page, 'content');
      const again = await cli('check', '--posts', posts2, '--rules', dict, '--at', '2024-09-20', '--previous', kept) as {
        rectification: { byUnit: { unit: string; new: number; fixed: number; open: number; overdue: number }[] };
      };
      expect(again.rectification.byUnit.map((u) => [u.fixed, u.open, u.overdue])).toEqual([[1, 1, 1]]); // 扫黑险恶 fixed; 青山杯 open 17 days
      expect((await tableCells(page, 'rectification')).slice(1).map((r) => r.slice(0, 5)))
        .toEqual(again.rectification.byUnit.map((u) => [u.unit, String(u.new), String(u.fixed), String(u.open), String(u.overdue)]));
      expect((await tableCells(page, 'supervision')).slice(1).map((r) => [r[3], r[4], r[5]])).toEqual([['青山杯', '2024-09-03', '17']]);
      const appUrl = pathToFileURL(APP).href;
      expect(requests.filter((u) => u !== appUrl && !u.startsWith('blob:'))).toEqual([]);
      expect(errors).toEqual([]);
      await page.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('builds the quarterly 通报 as `govmedia report` does and downloads it as .docx, HTML and .xlsx annexes', async () => {
    const { page, requests, errors } = await openApp();
    await setFiles(page, 'accounts', [join(DATA, 'accounts.csv')]);
    await setFiles(page, 'messages', [join(DATA, 'messages.csv')]);
    await setFiles(page, 'registry', [join(DATA, 'registry.csv')]);
    await setFiles(page, 'posts', [join(DATA, 'posts.csv')]);
    await pickMonth(page, '2024-09');
    await openView(page, 'tongbao');
    const ref = await cli('report', '--posts', 'examples/data/posts.csv', '--accounts', 'examples/data/accounts.csv', '--messages', 'examples/data/messages.csv',
      '--registry', 'examples/data/registry.csv', '--period', '2024-09') as { title: string; population: { total: number }; sample: { checked: number; passed: number; ratePercent: number | null }; annex: unknown[] };
    const rates = await tableCells(page, 'quarterly-rates');
    expect(rates[1]!.slice(2, 6)).toEqual([String(ref.population.total), String(ref.sample.checked), String(ref.sample.passed), ref.sample.ratePercent === null ? '—' : `${ref.sample.ratePercent}%`]);
    expect((await tableCells(page, 'quarterly-annex')).length - 1).toBe(ref.annex.length);
    // The 通报 as Word: a valid .docx whose text has the title, the overall pass rate and every annex account of `govmedia report`.
    const [docx] = await Promise.all([page.waitForEvent('download'), page.click('button[data-export-tongbao="docx"]')]);
    expect(docx.suggestedFilename()).toBe(`${ref.title}.docx`);
    const docText = docxText(readFileSync((await docx.path())!));
    expect(docText).toContain(ref.title);
    expect(docText).toContain(`本次共选取${ref.sample.checked}个政务新媒体进行检查抽查，合格${ref.sample.passed}个，全省政务新媒体总体合格率为${ref.sample.ratePercent}%`);
    for (const a of ref.annex as { name: string }[]) expect(docText).toContain(a.name);
    const [html] = await Promise.all([page.waitForEvent('download'), page.click('button[data-export-tongbao="html"]')]);
    const tongbaoHtml = readFileSync((await html.path())!, 'utf8');
    expect(tongbaoHtml).toContain(ref.title);
    expect(tongbaoHtml).toContain(`总体合格率为${ref.sample.ratePercent}%`);
    const [xlsx] = await Promise.all([page.waitForEvent('download'), page.click('button[data-export-tongbao="xlsx"]')]);
    expect(readFileSync((await xlsx.path())!).subarray(0, 2).toString()).toBe('PK');
    await screenshot(page, 'tongbao');
    const appUrl = pathToFileURL(APP).href;
    expect(requests.filter((u) => u !== appUrl && !u.startsWith('blob:'))).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  // The README of test/fixtures/cases gives, for the 清博-style GBK export: 8 rows read (the 2024-08-31 row
  // outside the period); WCI 14.2 for 2024-09 青山发布 944.8568878, 青山市场监管 601.0635280.
  it('reads the GBK 清博-style export a_gsdata_wechat_gbk.csv dropped on the page as the cases README says', async (test) => {
    const file = resolve(root, 'test/fixtures/cases/exports/a_gsdata_wechat_gbk.csv');
    // Pending until the library reads the 清博 preset (位置 头条/次条/第2条 …; issue 12): checked on the library itself.
    const lib = await readPosts(new Uint8Array(readFileSync(file)), { sourceName: 'a_gsdata_wechat_gbk.csv' });
    if (lib.table.size !== 8) {
      console.warn(`test/app: pending — the library reads ${lib.table.size} of 8 rows (清博 preset, issue 12)`);
      test.skip();
    }
    const { page, requests, errors } = await openApp();
    await setFiles(page, 'posts', [file]);
    await pickMonth(page, '2024-09');
    await openView(page, 'ranking');
    expect(await page.textContent('#files-posts .rows')).toBe('8');
    expect(await page.textContent('#files-posts')).toContain('gsdata-wechat');
    const ranking = (await lastResult(page)).sections.find((s) => s.id?.endsWith(':ranking'))!.table!.rows;
    const wci = Object.fromEntries(ranking.map((r) => [r.name, r.value as number]));
    expect(wci['青山发布']).toBeCloseTo(944.8568878, 6);
    expect(wci['青山市场监管']).toBeCloseTo(601.063528, 6);
    const appUrl = pathToFileURL(APP).href;
    expect(requests.filter((u) => u !== appUrl && !u.startsWith('blob:'))).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  // A workbook and Excel's "Unicode 文本" (UTF-16 LE, tabs) dropped on the page give exactly what the library
  // gives on the same bytes in Node (rows, and every account's WCI 14.2 for 2024-09).
  it.for(['g_gsdata_wechat.xlsx', 'l_gsdata_unicode_text_utf16.txt'])('reads %s on the page as the library does', async (name) => {
    const file = resolve(root, 'test/fixtures/cases/exports', name);
    const lib = await readPosts(new Uint8Array(readFileSync(file)), { sourceName: name });
    expect(lib.table.size).toBeGreaterThan(0);
    const expected = rankAccounts(lib.table, { period: parsePeriod('2024-09') }).map((r) => [r.accountId, r.value]);
    const { page, requests, errors } = await openApp();
    await setFiles(page, 'posts', [file]);
    await pickMonth(page, '2024-09');
    await openView(page, 'ranking');
    expect(await page.textContent('#files-posts .rows')).toBe(String(lib.table.size));
    const ranking = (await lastResult(page)).sections.find((s) => s.id?.endsWith(':ranking'))!.table!.rows;
    expect(ranking.map((r) => [r.accountId, r.value])).toEqual(expected);
    const appUrl = pathToFileURL(APP).href;
    expect(requests.filter((u) => u !== appUrl && !u.startsWith('blob:'))).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
