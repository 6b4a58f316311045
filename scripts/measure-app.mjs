#!/usr/bin/env node
// Measures the office app on a large export, once (not part of the test suite):
//   node scripts/measure-app.mjs [posts=1000000]
// 1. writes bench/.data/app-posts-<n>.csv: the sample province's posts (examples/data/posts.csv)
//    repeated with fresh post ids, spread over September 2024 (≈400 B a row, like an office export);
// 2. opens dist/govmedia-app.html (build it first: npm run app) from file:// in headless Chromium,
//    sets the accounts and the big posts file on the inputs, picks 2024-09 and waits for the ranking;
// 3. reports the time to read and to rank, the longest gap of the page's own event loop while the
//    worker works (a frozen page would show seconds), the page's JS heap (performance.memory), and
//    the peak resident memory (VmHWM) of the renderer process that hosts the page and its worker.
import { createReadStream, createWriteStream, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const root = resolve(import.meta.dirname, '..');
const n = Number(process.argv[2] ?? 1_000_000);
const dataDir = resolve(root, 'bench/.data');
const file = join(dataDir, `app-posts-${n}.csv`);
const app = resolve(root, 'dist/govmedia-app.html');
if (!existsSync(app)) throw new Error('build the app first: npm run app');

if (!existsSync(file)) {
  mkdirSync(dataDir, { recursive: true });
  const lines = [];
  let header = '';
  for await (const line of createInterface({ input: createReadStream(resolve(root, 'examples/data/posts.csv'), 'utf8') })) {
    if (!header) header = line;
    else if (line.trim()) lines.push(line);
  }
  const out = createWriteStream(file);
  out.write(`${header}\n`);
  const sept = Date.UTC(2024, 8, 1) - 8 * 3600e3; // 2024-09-01 00:00 China time
  const pad = (x) => String(x).padStart(2, '0');
  for (let i = 0; i < n; i++) {
    const cols = splitCsv(lines[i % lines.length]);
    cols[2] = `Q${String(i).padStart(8, '0')}`; // 文章ID: unique
    const t = new Date(sept + Math.floor((i * 2591.9) % (30 * 86400)) * 1000 + 8 * 3600e3);
    cols[3] = `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())} ${pad(t.getUTCHours())}:${pad(t.getUTCMinutes())}:${pad(t.getUTCSeconds())}`;
    cols[12] = ''; // 推送ID
    if (!out.write(`${cols.map(quote).join(',')}\n`)) await new Promise((ok) => out.once('drain', ok));
  }
  await new Promise((ok) => out.end(ok));
}
const size = statSync(file).size;
console.log(`posts file: ${file} — ${n} rows, ${(size / 1048576).toFixed(0)} MB`);

const profile = mkdtempSync(join(tmpdir(), 'govmedia-measure-'));
const ctx = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, locale: 'zh-CN',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--enable-precise-memory-info'],
});
try {
  const page = ctx.pages()[0] ?? (await ctx.newPage());
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto(pathToFileURL(app).href);
  const idle = () => page.waitForFunction(() => !window.govmediaApp.busy, null, { timeout: 3_600_000, polling: 500 });
  await page.setInputFiles('#input-accounts', resolve(root, 'examples/data/accounts.csv'));
  await idle();
  await page.selectOption('#period-kind', 'month');
  await idle();
  await page.fill('#period-month', '2024-09');
  await page.dispatchEvent('#period-month', 'change');
  await idle();
  // The page's own event loop: the longest gap between timer ticks while the worker reads and ranks.
  await page.evaluate(() => {
    const w = window;
    w.__gap = 0;
    w.__gaps = [];
    const t0 = performance.now();
    let last = t0;
    w.__tick = setInterval(() => {
      const now = performance.now();
      if (now - last > 100) w.__gaps.push([Math.round(last - t0), Math.round(now - last)]);
      w.__gap = Math.max(w.__gap, now - last);
      last = now;
    }, 50);
  });
  const t0 = Date.now();
  await page.setInputFiles('#input-posts', file);
  await page.waitForFunction(() => window.govmediaApp.last?.view === 'ranking' && !window.govmediaApp.busy && document.querySelector('#files-posts .rows'), null, { timeout: 3_600_000, polling: 500 });
  const total = Date.now() - t0;
  const r = await page.evaluate(() => ({
    gap: window.__gap, gaps: window.__gaps, rows: document.querySelector('#files-posts .rows')?.textContent, rejected: document.querySelector('#files-posts .rejected-count')?.textContent,
    heap: performance.memory ? performance.memory.usedJSHeapSize : null, top: window.govmediaApp.last.sections.find((s) => s.kind === 'table')?.table.rows.slice(0, 3).map((x) => `${x.rank} ${x.name} ${x.value?.toFixed(2)}`),
  }));
  // Renderer processes of this browser (the page and its dedicated worker share one): peak resident set.
  const renderers = [];
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      if (cmd.includes('--type=renderer') && cmd.includes(profile)) {
        const status = readFileSync(`/proc/${pid}/status`, 'utf8');
        renderers.push({ pid, hwm: Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0) * 1024, rss: Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) * 1024 });
      }
    } catch { /* process gone */ }
  }
  const mb = (x) => `${(x / 1048576).toFixed(0)} MB`;
  console.log(`read + rank (2024-09, WeChat, WCI 14.2): ${(total / 1000).toFixed(1)} s; rows read ${r.rows}, rejected ${r.rejected}`);
  console.log(`top 3: ${r.top?.join(' | ')}`);
  console.log(`longest page event-loop gap while working: ${r.gap.toFixed(0)} ms; gaps over 100 ms [start ms, length ms]: ${JSON.stringify(r.gaps)}`);
  console.log(`page JS heap (performance.memory): ${r.heap === null ? 'n/a' : mb(r.heap)}`);
  for (const p of renderers) console.log(`renderer ${p.pid}: peak RSS ${mb(p.hwm)}, now ${mb(p.rss)}`);
  if (errors.length) console.log(`console errors: ${errors.join(' | ')}`);
} finally {
  await ctx.close();
  rmSync(profile, { recursive: true, force: true });
}

function splitCsv(line) {
  const out = [];
  let f = '', q = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (q) { if (c === '"' && line[i + 1] === '"') { f += '"'; i++; } else if (c === '"') q = false; else f += c; }
    else if (c === '"') q = true; else if (c === ',') { out.push(f); f = ''; } else f += c;
  }
  out.push(f);
  return out;
}
function quote(s) { return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s; }
