// Scale on one machine (issue 15 item 5): a national year of government WeChat and Weibo
// posts (100 million by default, ~1 million accounts, skewed activity) written to disk as
// a CSV (streamed, never held), then in a fresh process: read with readPostsFile (streamed,
// all cores) into a PostsTable, clustered once, WCI 14.2 for one month over the WeChat
// accounts and BCI 7var for one month over the Weibo accounts (rankAccountsParallel, all
// cores). Reports wall time per step and peak RSS against the columnar table's bytes.
//
//   npx tsx bench/scale.ts                      100 M posts (needs ~7 GB of disk, ~15 GB RAM)
//   BENCH_SCALE_POSTS=30000000 npx tsx bench/scale.ts
//   BENCH_SCALE_KEEP=1 …                        keep the generated CSV (default: deleted afterwards)
// The CSV goes to bench/.data (BENCH_SCALE_DIR to put it elsewhere).
import { execFileSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { createRng } from '../src/stats/create-rng.js';

const POSTS = Number(process.env.BENCH_SCALE_POSTS ?? 100_000_000);
const ACCOUNTS = Number(process.env.BENCH_SCALE_ACCOUNTS ?? Math.max(1000, Math.round(POSTS / 100)));
const dir = process.env.BENCH_SCALE_DIR ?? join(import.meta.dirname, '.data');
const file = join(dir, `scale-${POSTS}.csv`);
const mode = process.argv[2];
const load = () => loadavg().map((l) => l.toFixed(1)).join(' ');
const mb = (b: number) => `${Math.round(b / 1e6).toLocaleString()} MB`;

if (mode === undefined) {
  mkdirSync(dir, { recursive: true });
  const g0 = performance.now();
  if (!existsSync(file)) await generate();
  const genMs = performance.now() - g0;
  const size = statSync(file).size;
  process.stdout.write(`scale: ${POSTS.toLocaleString()} posts, ${ACCOUNTS.toLocaleString()} accounts, CSV ${mb(size)} (generated in ${(genMs / 1000).toFixed(0)} s)\n`);
  process.stdout.write(`machine: ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GB, Node ${process.version}; ${new Date().toISOString()}; load average before ${load()}\n`);
  try {
    // The pipeline in a fresh process: its peak RSS is its own (not the generator's).
    const out = execFileSync(process.execPath, ['--import', 'tsx', '--max-old-space-size=8192', join(import.meta.dirname, 'scale.ts'), 'run'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 1 << 24 });
    process.stdout.write(out);
  } finally {
    if (!process.env.BENCH_SCALE_KEEP) rmSync(file, { force: true });
  }
  process.stdout.write(`load average after ${load()}\n`);
} else {
  const { readPostsFile, rankAccountsParallel } = await import('../src/io/node/index.js');
  const { clusterByAccount, monthPeriod } = await import('../src/index.js');
  type Account = import('../src/index.js').Account;
  const rss = () => process.resourceUsage().maxRSS * 1024;
  // Wall time and CPU time (all threads of the process: on a busy machine the CPU time says what the step costs).
  const steps: [string, number, number, number][] = [];
  const step = async <T>(name: string, f: () => Promise<T> | T): Promise<T> => {
    const t = performance.now(), c = process.cpuUsage();
    const r = await f();
    const cpu = process.cpuUsage(c);
    steps.push([name, performance.now() - t, (cpu.user + cpu.system) / 1000, rss()]);
    process.stderr.write(`  ${name}: ${((performance.now() - t) / 1000).toFixed(1)} s wall, ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s CPU, peak RSS ${mb(rss())}, load ${load()}\n`);
    return r;
  };
  const base = rss();
  const { table, rejected, rejectedCells, duplicates } = await step('read CSV → PostsTable (readPostsFile, all cores)', () => readPostsFile(file));
  const columnar = table.size * (4 + 8 * 6 + 2 + 1) + table.accountIds.reduce((s, id) => s + 2 * id.length + 32, 0);
  // The account-major order once (each scorer then gathers the metric columns it reads, counted in its step).
  await step('cluster by account (once per table)', () => clusterByAccount(table));
  // The account ledger: platform by id prefix (wx_ WeChat, wb_ Weibo).
  const accounts = table.accountIds.map((id): Account => ({ id, name: id, platform: id.startsWith('wx_') ? 'wechat' : 'weibo', unit: '某单位', level: 'county', region: '', kind: 'unit', status: 'active' }) as Account);
  const wci = await step('WCI 14.2, July, WeChat accounts (rankAccountsParallel)', () => rankAccountsParallel(table, { index: 'wci-14.2', period: monthPeriod(2024, 7), accounts, platform: 'wechat', explain: false }));
  const bci = await step('BCI 7var, July, Weibo accounts (rankAccountsParallel)', () => rankAccountsParallel(table, { index: 'bci-7var', period: monthPeriod(2024, 7), accounts, platform: 'weibo', explain: false }));
  process.stdout.write(`rows ${table.size.toLocaleString()}, accounts ${table.accountIds.length.toLocaleString()}, rejected rows ${rejected.length}, rejected cells ${rejectedCells.length}, duplicates ${duplicates}; ranked ${wci.length.toLocaleString()} WeChat and ${bci.length.toLocaleString()} Weibo accounts\n`);
  process.stdout.write(`Node baseline RSS before reading ${mb(base)}; columnar table ${mb(columnar)} (56 bytes per post + ids)\n`);
  process.stdout.write('| step | wall time | CPU time (all threads) | peak RSS so far | peak RSS ÷ columnar table |\n|---|---:|---:|---:|---:|\n');
  for (const [name, ms, cpu, r] of steps) process.stdout.write(`| ${name} | ${(ms / 1000).toFixed(1)} s | ${(cpu / 1000).toFixed(1)} s | ${mb(r)} | ${(r / columnar).toFixed(2)}× |\n`);
}

/**
 * The CSV, streamed to disk in 4 MiB blocks: WeChat (wx_) and Weibo (wb_) accounts,
 * skewed activity (a few accounts post a lot), times over 2024 in China time, heavy-tailed
 * reads, 0.1% bad counts (`abc`), `10万+` at the cap, 70% originals.
 * Random rows are drawn for one block of 1,000,000 (account, day, rest of the row as
 * bytes); the file repeats that block with every row's day moved on by one per repeat
 * (each repeat is other posts: another day), so writing costs a few copies per row and
 * generating 100 M rows does not take longer than reading them.
 */
async function generate(): Promise<void> {
  const rng = createRng(15);
  const out = createWriteStream(file);
  const enc = new TextEncoder();
  const header = enc.encode('账号ID,发布时间,阅读数,在看数,点赞数,转发数,评论数,位置,是否原创\n');
  const idPool: Uint8Array[] = Array.from({ length: ACCOUNTS }, (_, k) => enc.encode(`${k % 5 < 3 ? 'wx' : 'wb'}_${k.toString(36)},`));
  const pad = (n: number) => (n < 10 ? `0${n}` : String(n));
  const days: Uint8Array[] = [];
  for (let t = Date.UTC(2024, 0, 1); t < Date.UTC(2025, 0, 1); t += 86_400_000) { const d = new Date(t); days.push(enc.encode(`2024-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} `)); }
  // The block: per row its account, its day and the rest of the row ("HH:MM:SS,reads,…,是\n").
  const B = Math.min(POSTS, 1_000_000);
  const acc = new Uint32Array(B), day = new Uint16Array(B), tailAt = new Uint32Array(B + 1);
  const tails: Uint8Array[] = [];
  let tailBytes = 0;
  for (let j = 0; j < B; j++) {
    acc[j] = Math.floor(rng.next() * rng.next() * ACCOUNTS);
    day[j] = Math.floor(rng.next() * days.length);
    const m = Math.floor(rng.next() * 1440);
    const r = Math.min(100001, Math.floor(Math.exp(6 + 1.5 * rng.normal())));
    const reads = rng.next() < 0.001 ? 'abc' : r === 100001 ? '10万+' : String(r);
    const t = enc.encode(`${pad(Math.floor(m / 60))}:${pad(m % 60)}:${pad(Math.floor(rng.next() * 60))},${reads},${Math.floor(r * 0.006)},${Math.floor(r * 0.015)},${Math.floor(r * 0.008)},${Math.floor(r * 0.002)},${1 + Math.floor(rng.next() * 4)},${rng.next() < 0.7 ? '是' : '否'}\n`);
    tails.push(t);
    tailAt[j] = tailBytes;
    tailBytes += t.length;
  }
  tailAt[B] = tailBytes;
  const tail = new Uint8Array(tailBytes);
  tails.forEach((t, j) => tail.set(t, tailAt[j]!));
  tails.length = 0;
  const BLOCK = 4 << 20;
  let buf = new Uint8Array(BLOCK), at = 0;
  const copy = (src: Uint8Array, from: number, to: number) => { for (let k = from; k < to; k++) buf[at++] = src[k]!; };
  const flush = async () => {
    const full = buf.subarray(0, at);
    buf = new Uint8Array(BLOCK); at = 0;
    if (!out.write(full)) await new Promise<void>((res) => out.once('drain', () => res()));
  };
  buf.set(header); at = header.length;
  for (let i = 0; i < POSTS; i++) {
    if (at > BLOCK - 256) await flush();
    const j = i % B, rep = Math.floor(i / B);
    const id = idPool[acc[j]!]!, d = days[(day[j]! + rep) % days.length]!;
    copy(id, 0, id.length);
    copy(d, 0, d.length);
    copy(tail, tailAt[j]!, tailAt[j + 1]!);
  }
  await flush();
  await new Promise<void>((res) => out.end(res));
}
