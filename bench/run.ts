// `npm run bench`: every scoring benchmark of issue 15 at one size, printed as ONE table
// of ratios against baselines timed in the same run (this machine is shared: absolute
// times mean little; contenders are interleaved round by round so load falls on all alike).
//
//   npm run bench                      quick size (1 M posts × 10 k accounts, 9 rounds)
//   BENCH_SCALE=full npm run bench     10 M posts × 100 k accounts (run at most once, on a quiet machine)
//   BENCH_SCALE=smoke npm run bench    tiny (the CI smoke test: checks the table prints, not timings)
//   BENCH_SECTIONS=single,e2e …        only those sections (single = single scoring + sweep; robust, e2e, ingest, parquet)
//
// Sections (each in its own child process so no contender's garbage or heap lands on another's clock):
//   single  — scoring one month, WCI 14.2 and BCI 7var: govmedia (1 thread, N threads) vs DuckDB
//             running toSQL (1 and N threads) vs a hand-written loop over the same clustered columns
//             (the floor); plain objects + Map in a process of their own.
//   sweep   — a dashboard: 13 weekly periods × 3 WCI versions on one table: one scoreSweep call and 39 scoreAccounts calls vs
//             DuckDB's 39 toSQL queries vs one DuckDB GROUP BY account, week query.
//   e2e     — CSV on disk → ranked JSON, whole processes: `govmedia rank` vs DuckDB read_csv + toSQL.
//   ingest  — the same CSV into memory: readPostsFile + clusterByAccount vs DuckDB read_csv, peak RSS.
//   robust  — rankRobustness, 200 bootstrap replicates (1 M posts at full size).
import { execFileSync, spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { availableParallelism, cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { makeTable, START, WEEK, WEEKS } from './lib/data.js';

const SCALE = (process.env.BENCH_SCALE ?? 'quick') as 'smoke' | 'quick' | 'full';
const SIZES = {
  smoke: { posts: 20_000, accounts: 2_000, rounds: 1, robustPosts: 10_000, replicates: 5, e2eRounds: 1 },
  quick: { posts: 1_000_000, accounts: 10_000, rounds: 9, robustPosts: 200_000, replicates: 50, e2eRounds: 3 },
  full: { posts: 10_000_000, accounts: 100_000, rounds: 5, robustPosts: 1_000_000, replicates: 200, e2eRounds: 3 },
}[SCALE];
if (!SIZES) throw new Error(`BENCH_SCALE must be smoke, quick or full, got ${process.env.BENCH_SCALE}`);
/** Sections to run (`BENCH_SECTIONS=single,e2e`; default all): a full-size run of the scoring sections alone fits a busy machine. */
const ALL_SECTIONS = ['single', 'robust', 'e2e', 'ingest', 'parquet'] as const;
type Section = (typeof ALL_SECTIONS)[number];
const SECTIONS = (process.env.BENCH_SECTIONS ? process.env.BENCH_SECTIONS.split(',') : [...ALL_SECTIONS]) as Section[];
for (const x of SECTIONS) if (!(ALL_SECTIONS as readonly string[]).includes(x)) throw new Error(`BENCH_SECTIONS: unknown section ${x} (${ALL_SECTIONS.join(', ')})`);
const THREADS = Number(process.env.BENCH_THREADS ?? Math.max(1, availableParallelism()));
const ROOT = join(import.meta.dirname, '..');
const DATA = join(import.meta.dirname, '.data');
const RUN = join(import.meta.dirname, 'run.ts');
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const period = { start: START, end: START + 30 * 86_400_000, days: 30 }; // = monthPeriod(2024, 7): July, 30 days

type Timing = Record<string, number>;
const child = (mode: string): Timing => {
  const out = execFileSync(process.execPath, ['--import', 'tsx', '--expose-gc', RUN, mode], { encoding: 'utf8', maxBuffer: 1 << 26, env: process.env, stdio: ['ignore', 'pipe', 'inherit'] });
  return JSON.parse(out.trim().split('\n').pop()!) as Timing;
};

const mode = process.argv[2];
if (mode === undefined) await main();
else if (mode === 'single') await single();
else if (mode === 'plain') plain();
else if (mode === 'robust') await robust();
else if (mode === 'ingest-gov') await ingestGov();
else if (mode === 'ingest-duck') await ingestDuck();
else if (mode === 'parquet-gov') await parquetRead('gov');
else if (mode === 'parquet-duck') await parquetRead('duck');
else throw new Error(`bench/run.ts: unknown mode ${mode}`);

async function main(): Promise<void> {
  mkdirSync(DATA, { recursive: true });
  const csv = join(DATA, `run-${SCALE}.csv`);
  if (!existsSync(csv)) await writeCsv(csv);
  process.env.BENCH_CSV = csv;
  process.stderr.write(`bench (${SCALE}): ${SIZES.posts.toLocaleString()} posts × ${SIZES.accounts.toLocaleString()} accounts, ${THREADS} threads …\n`);
  const on = (x: Section) => SECTIONS.includes(x);
  const s = on('single') ? child('single') : undefined;
  const p = on('single') ? child('plain') : undefined;
  const r = on('robust') ? child('robust') : undefined;
  const e = on('e2e') ? endToEnd(csv) : undefined;
  const ig = on('ingest') ? child('ingest-gov') : undefined, id = on('ingest') ? child('ingest-duck') : undefined;
  let pd: Timing | undefined, pg: Timing | undefined;
  if (on('parquet')) {
    const pqFile = join(DATA, `run-${SCALE}.parquet`);
    if (!existsSync(pqFile)) await writeParquet(csv, pqFile);
    process.env.BENCH_PARQUET = pqFile;
    pd = child('parquet-duck'); pg = child('parquet-gov');
  }
  const rows: [string, string, string, string, string][] = [];
  const ms = (x: number) => (x >= 100 ? x.toFixed(0) : x.toFixed(1)) + ' ms';
  const ratio = (x: number) => (x >= 100 ? x.toFixed(0) : x.toFixed(2)) + '×';
  const goal = (ok: boolean, g: string) => `${g} ${ok ? 'met' : 'MISSED'}`;
  if (s && p) {
    for (const ix of ['wci', 'bci'] as const) {
      const name = ix === 'wci' ? 'WCI 14.2' : 'BCI 7var';
      const g1 = s[`${ix}.gov1`]!, gN = s[`${ix}.govN`]!, d1 = s[`${ix}.duck1`]!, dN = s[`${ix}.duckN`]!, fl = s[`${ix}.floor`]!;
      const best = Math.min(g1, gN);
      rows.push([`single ${name}`, 'govmedia scoreAccounts, 1 thread', ms(g1), `DuckDB 1 thread / govmedia = ${ratio(d1 / g1)}`, goal(d1 / g1 >= 10, '≥10×')]);
      rows.push([`single ${name}`, `govmedia scoreAccountsParallel, ${THREADS} threads`, ms(gN), `DuckDB ${THREADS} threads / govmedia = ${ratio(dN / gN)}`, goal(dN / gN >= 10, '≥10×')]);
      rows.push([`single ${name}`, 'floor: hand loop, clustered columns, 1 thread', ms(fl), `govmedia 1 thread / floor = ${ratio(g1 / fl)}`, goal(g1 / fl <= 1.5, '≤1.5×')]);
      rows.push([`single ${name}`, 'DuckDB toSQL query, 1 thread', ms(d1), '', '']);
      rows.push([`single ${name}`, `DuckDB toSQL query, ${THREADS} threads`, ms(dN), '', '']);
      rows.push([`single ${name}`, 'plain objects + Map (own process)', ms(p[ix]!), `plain / govmedia best = ${ratio(p[ix]! / best)}`, goal(p[ix]! / best >= 30, 'SPEC ≥30×')]);
    }
    rows.push(['single', 'clustering (once per table, counted in ingest)', ms(s.cluster!), `÷ one WCI score = ${ratio(s.cluster! / s['wci.gov1']!)}`, '']);
    rows.push(['sweep 13 weeks × 3 versions', 'govmedia: one scoreSweep call (columns)', ms(s['sweep.api']!), `DuckDB 39 queries / govmedia = ${ratio(s['sweep.duck39']! / s['sweep.api']!)}`, goal(s['sweep.duck39']! / s['sweep.api']! >= 10, '≥10×')]);
    rows.push(['sweep 13 weeks × 3 versions', 'govmedia: 39 scoreAccounts calls (objects)', ms(s['sweep.gov']!), `DuckDB 39 queries / govmedia = ${ratio(s['sweep.duck39']! / s['sweep.gov']!)}`, goal(s['sweep.duck39']! / s['sweep.gov']! >= 10, '≥10×')]);
    rows.push(['sweep 13 weeks × 3 versions', `DuckDB: 39 toSQL queries, ${THREADS} threads`, ms(s['sweep.duck39']!), '', '']);
    rows.push(['sweep 13 weeks × 3 versions', `DuckDB: one GROUP BY account, week (aggregates), ${THREADS} threads`, ms(s['sweep.duck1']!), `DuckDB one query / scoreSweep = ${ratio(s['sweep.duck1']! / s['sweep.api']!)}`, '']);
  }
  if (e) {
    rows.push(['end to end CSV → ranked JSON', `govmedia rank (${e.entry})`, ms(e.gov), `govmedia / DuckDB = ${ratio(e.gov / e.duck)}`, goal(e.gov / e.duck <= 1, '≤1.0×')]);
    rows.push(['end to end CSV → ranked JSON', `DuckDB read_csv + toSQL, ${THREADS} threads`, ms(e.duck), '', '']);
  }
  if (ig && id) {
  rows.push(['ingest CSV → table', `govmedia readPostsFile, ${ig.threads} thread${ig.threads === 1 ? '' : 's'}`, ms(ig.read!), `govmedia / DuckDB = ${ratio(ig.read! / id.ms!)}`, '']);
  rows.push(['ingest CSV → table', 'govmedia readPostsFile + clusterByAccount', ms(ig.ms!), `govmedia / DuckDB = ${ratio(ig.ms! / id.ms!)}`, goal(ig.ms! / id.ms! <= 1.5, '≤1.5×')]);
  rows.push(['ingest CSV → table', `DuckDB read_csv into a table, ${THREADS} threads`, ms(id.ms!), '', '']);
  rows.push(['ingest peak memory', `govmedia peak RSS ${ig.rssMB!.toFixed(0)} MB`, '', `÷ columnar table ${ig.columnarMB!.toFixed(0)} MB = ${ratio(ig.rssMB! / ig.columnarMB!)}`, goal(ig.rssMB! / ig.columnarMB! <= 2, '≤2×')]);
  }
  if (pg && pd) {
  rows.push(['Parquet → table (issue 16)', 'govmedia readPostsParquet (hyparquet)', ms(pg.ms!), `govmedia / DuckDB = ${ratio(pg.ms! / pd.ms!)}`, '']);
  rows.push(['Parquet → table (issue 16)', `DuckDB read_parquet into a table, ${THREADS} threads`, ms(pd.ms!), '', '']);
  }
  if (r) rows.push([`rankRobustness ${SIZES.replicates} replicates`, `${SIZES.robustPosts.toLocaleString()} posts`, ms(r.ms!), `${(r.ms! / SIZES.replicates).toFixed(1)} ms per replicate`, '']);
  const head = ['benchmark', 'contender', 'median', 'ratio', 'goal'];
  const w = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (r: readonly string[]) => '| ' + r.map((c, i) => (i === 2 ? c.padStart(w[i]!) : c.padEnd(w[i]!))).join(' | ') + ' |';
  process.stdout.write(`\ngovmedia scoring benchmarks — ${SCALE}: ${SIZES.posts.toLocaleString()} posts, ${SIZES.accounts.toLocaleString()} accounts (skewed), ${SIZES.rounds} interleaved rounds; ${cpus().length} cores (${THREADS} threads used), ${(totalmem() / 2 ** 30).toFixed(0)} GB, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}\n`);
  process.stdout.write([line(head), line(w.map((n) => '-'.repeat(n))), ...rows.map(line)].join('\n') + '\n');
}

/** The bench CSV: the same synthetic posts as makeTable, China-time timestamps, 9 columns. */
async function writeCsv(file: string): Promise<void> {
  const t = makeTable(SIZES.posts, SIZES.accounts);
  const out = createWriteStream(file);
  out.write('account_id,published_at,reads,looks,likes,shares,comments,position,original\n');
  const pad = (n: number) => (n < 10 ? '0' : '') + n;
  for (let i = 0; i < t.size; ) {
    let s = '';
    for (const end = Math.min(t.size, i + 20_000); i < end; i++) {
      const d = new Date(t.time[i]! + 8 * 3600_000);
      s += `${t.accountIds[t.account[i]!]},${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())},${t.reads[i]},${t.looks[i]},${t.likes[i]},${t.shares[i]},${t.comments[i]},${t.position[i]},${t.original[i]}\n`;
    }
    if (!out.write(s)) await new Promise<void>((res) => out.once('drain', () => res()));
  }
  await new Promise<void>((res) => out.end(res));
}

/** Loads the bench CSV into DuckDB (untimed) with epoch-ms times, as the scoring contenders query it. */
async function duckWithPosts(csv: string) {
  const { DuckDBInstance } = await import('@duckdb/node-api');
  const db = await DuckDBInstance.create(':memory:');
  const conn = await db.connect();
  await conn.run(`CREATE TABLE posts AS SELECT account_id, epoch_ms(published_at) - 28800000 AS published_at, reads, looks, likes, shares, comments, position, original = 1 AS is_original
    FROM read_csv('${csv}', header = true, columns = {'account_id': 'VARCHAR', 'published_at': 'TIMESTAMP', 'reads': 'DOUBLE', 'looks': 'DOUBLE', 'likes': 'DOUBLE', 'shares': 'DOUBLE', 'comments': 'DOUBLE', 'position': 'INTEGER', 'original': 'INTEGER'})`);
  return conn;
}

async function single(): Promise<void> {
  const { clusterByAccount, scoreAccounts, scoreSweep, toSQL } = await import('../src/index.js');
  const { readPostsFile, scoreAccountsParallel } = await import('../src/io/node/index.js');
  const { floorBci7, floorWci142 } = await import('./lib/floor.js');
  const csv = process.env.BENCH_CSV!;
  const { table } = await readPostsFile(csv);
  const conn = await duckWithPosts(csv);
  const t = performance.now();
  clusterByAccount(table);
  const cluster = performance.now() - t;
  const res: Timing = { cluster };
  const time = async (f: () => unknown) => { const t0 = performance.now(); await f(); return performance.now() - t0; };
  const setThreads = (n: number) => conn.run(`SET threads = ${n}`);
  const indices = [['wci', 'wci-14.2', floorWci142], ['bci', 'bci-7var', floorBci7]] as const;
  for (const [key, index, floor] of indices) {
    const sql = toSQL(index, { period });
    // Warm-up (gathers the clustered columns once) and agreement checks before timing.
    const lib = scoreAccounts(table, { index, period, explain: false });
    const par = await scoreAccountsParallel(table, { index, period, explain: false, threads: THREADS });
    if (JSON.stringify(par) !== JSON.stringify(lib)) throw new Error(`bench: threaded ${index} differs from one thread`);
    const fl = floor(table, period);
    const duck = (await conn.runAndReadAll(sql)).getRows();
    const byId = new Map(lib.map((s) => [s.accountId, s.value]));
    let maxRel = 0;
    for (const r of duck) { const v = Number(r[r.length - 1]); maxRel = Math.max(maxRel, Math.abs(byId.get(String(r[0]))! - v) / Math.max(1, Math.abs(v))); }
    for (let a = 0; a < table.accountIds.length; a++) { const v = lib[a]!.value; if ((v === null) !== Number.isNaN(fl[a]!) || (v !== null && Math.abs(v - fl[a]!) > 1e-9 * Math.max(1, v))) throw new Error(`bench: floor ${index} disagrees at ${lib[a]!.accountId}`); }
    if (maxRel > 1e-9) throw new Error(`bench: DuckDB ${index} disagrees (max relative difference ${maxRel})`);
    const g1: number[] = [], gN: number[] = [], d1: number[] = [], dN: number[] = [], f: number[] = [];
    for (let r = 0; r < SIZES.rounds; r++) {
      g1.push(await time(() => scoreAccounts(table, { index, period, explain: false })));
      await setThreads(1); d1.push(await time(() => conn.runAndReadAll(sql)));
      f.push(await time(() => floor(table, period)));
      gN.push(await time(() => scoreAccountsParallel(table, { index, period, explain: false, threads: THREADS })));
      await setThreads(THREADS); dN.push(await time(() => conn.runAndReadAll(sql)));
    }
    Object.assign(res, { [`${key}.gov1`]: median(g1), [`${key}.govN`]: median(gN), [`${key}.duck1`]: median(d1), [`${key}.duckN`]: median(dN), [`${key}.floor`]: median(f) });
  }
  // Sweep: 13 weeks × 3 versions.
  const versions = ['wci-14.2', 'wci-13.0', 'wci-2.0'];
  const weeks = Array.from({ length: WEEKS }, (_, w) => ({ start: START + w * WEEK, end: START + (w + 1) * WEEK, days: 7 }));
  const sqls = versions.flatMap((v) => weeks.map((p) => toSQL(v, { period: p })));
  const oneSql = `SELECT account_id, FLOOR((published_at - ${START}) / ${WEEK}) AS week, COUNT(*) AS articles,
    SUM(CASE WHEN position = 1 THEN 1 ELSE 0 END) AS pushes, SUM(reads) AS reads, SUM(looks) AS looks, SUM(likes) AS likes,
    SUM(CASE WHEN position = 1 THEN reads END) AS headline_reads, SUM(CASE WHEN position = 1 THEN looks END) AS headline_looks, SUM(CASE WHEN position = 1 THEN likes END) AS headline_likes,
    MAX(reads) AS max_reads, MAX(looks) AS max_looks, MAX(likes) AS max_likes
    FROM posts WHERE published_at >= ${START} AND published_at < ${START + WEEKS * WEEK} GROUP BY account_id, week`;
  await setThreads(THREADS);
  // The sweep API gives the same values as the 39 calls (checked once, untimed).
  const sw = scoreSweep(table, { indices: versions, periods: weeks });
  versions.forEach((v, i) => weeks.forEach((p, w) => {
    const one = scoreAccounts(table, { index: v, period: p, explain: false });
    one.forEach((x, a) => { if (!Object.is(x.value ?? NaN, sw[w]![i]!.values[a])) throw new Error(`bench: scoreSweep ${v} week ${w} differs at ${x.accountId}`); });
  }));
  const sg: number[] = [], ss: number[] = [], s39: number[] = [], s1: number[] = [];
  for (let r = 0; r < SIZES.rounds; r++) {
    sg.push(await time(() => { for (const v of versions) for (const p of weeks) scoreAccounts(table, { index: v, period: p, explain: false }); }));
    ss.push(await time(() => scoreSweep(table, { indices: versions, periods: weeks })));
    s39.push(await time(async () => { for (const q of sqls) await conn.runAndReadAll(q); }));
    s1.push(await time(() => conn.runAndReadAll(oneSql)));
  }
  Object.assign(res, { 'sweep.gov': median(sg), 'sweep.api': median(ss), 'sweep.duck39': median(s39), 'sweep.duck1': median(s1) });
  process.stdout.write(JSON.stringify(res) + '\n');
  process.exit(0); // the worker pool and DuckDB hold no state worth a clean shutdown
}

/** Plain objects: one object per post, a Map per account, then the library's formula functions. Its own process. */
function plain(): void {
  const table = makeTable(SIZES.posts, SIZES.accounts);
  type P = { accountId: string; publishedAt: number; reads: number; looks: number; likes: number; shares: number; comments: number; position: number; isOriginal: boolean };
  const posts: P[] = [];
  for (let i = 0; i < table.size; i++) posts.push({ accountId: table.accountIds[table.account[i]!]!, publishedAt: table.time[i]!, reads: table.reads[i]!, looks: table.looks[i]!, likes: table.likes[i]!, shares: table.shares[i]!, comments: table.comments[i]!, position: table.position[i]!, isOriginal: table.original[i] === 1 });
  return void import('../src/index.js').then(({ wci, bci }) => {
    const wciRun = () => {
      const by = new Map<string, { n: number; R: number; Z: number; L: number; Rt: number; Zt: number; Lt: number; Rm: number; Zm: number; Lm: number }>();
      for (const p of posts) {
        if (p.publishedAt < period.start || p.publishedAt >= period.end) continue;
        let s = by.get(p.accountId);
        if (!s) by.set(p.accountId, (s = { n: 0, R: 0, Z: 0, L: 0, Rt: 0, Zt: 0, Lt: 0, Rm: 0, Zm: 0, Lm: 0 }));
        s.n++; s.R += p.reads; s.Z += p.looks; s.L += p.likes;
        if (p.position === 1) { s.Rt += p.reads; s.Zt += p.looks; s.Lt += p.likes; }
        s.Rm = Math.max(s.Rm, p.reads); s.Zm = Math.max(s.Zm, p.looks); s.Lm = Math.max(s.Lm, p.likes);
      }
      const out = new Map<string, number | null>();
      for (const [id, s] of by) out.set(id, wci({ days: 30, articles: s.n, reads: s.R, looks: s.Z, likes: s.L, headlineReads: s.Rt, headlineLooks: s.Zt, headlineLikes: s.Lt, maxReads: s.Rm, maxLooks: s.Zm, maxLikes: s.Lm }).value);
      return out;
    };
    const bciRun = () => {
      const by = new Map<string, { n: number; o: number; S: number; C: number; L: number; So: number; Co: number }>();
      for (const p of posts) {
        if (p.publishedAt < period.start || p.publishedAt >= period.end) continue;
        let s = by.get(p.accountId);
        if (!s) by.set(p.accountId, (s = { n: 0, o: 0, S: 0, C: 0, L: 0, So: 0, Co: 0 }));
        s.n++; s.S += p.shares; s.C += p.comments; s.L += p.likes;
        if (p.isOriginal) { s.o++; s.So += p.shares; s.Co += p.comments; }
      }
      const out = new Map<string, number | null>();
      for (const [id, s] of by) out.set(id, bci({ posts: s.n, originalPosts: s.o, reposts: s.S, comments: s.C, originalReposts: s.So, originalComments: s.Co, likes: s.L }).value);
      return out;
    };
    const w: number[] = [], b: number[] = [];
    for (let r = 0; r < Math.max(1, Math.min(3, SIZES.rounds)); r++) {
      let t = performance.now(); wciRun(); w.push(performance.now() - t);
      t = performance.now(); bciRun(); b.push(performance.now() - t);
    }
    process.stdout.write(JSON.stringify({ wci: median(w), bci: median(b) }) + '\n');
  });
}

async function robust(): Promise<void> {
  const { rankRobustness } = await import('../src/index.js');
  const table = makeTable(SIZES.robustPosts, Math.max(100, Math.floor(SIZES.robustPosts / 100)), 7);
  const t = performance.now();
  rankRobustness(table, { period, iterations: SIZES.replicates, topN: 10 });
  process.stdout.write(JSON.stringify({ ms: performance.now() - t }) + '\n');
}

/** End to end as whole processes, interleaved: `govmedia rank` (built CLI, else from sources) vs DuckDB. */
function endToEnd(csv: string): { gov: number; duck: number; entry: string } {
  const built = existsSync(join(ROOT, 'dist/cli.js')) && existsSync(join(ROOT, 'dist/index.js'));
  const outGov = join(DATA, 'e2e-gov.json'), outDuck = join(DATA, 'e2e-duck.json');
  const govArgs = built ? [join(ROOT, 'dist/cli.js')] : ['--import', 'tsx', join(ROOT, 'src/cli/main.ts')];
  const libEntry = built ? join(ROOT, 'dist/index.js') : join(ROOT, 'src/index.ts');
  const duckArgs = [...(built ? [] : ['--import', 'tsx']), join(import.meta.dirname, 'e2e-duckdb.mjs'), csv, outDuck, String(THREADS), libEntry];
  const run = (args: string[]) => {
    const t = performance.now();
    const r = spawnSync(process.execPath, args, { encoding: 'utf8', cwd: ROOT });
    const ms = performance.now() - t;
    if (r.status !== 0) throw new Error(`bench e2e: ${args.join(' ')} exited ${r.status}: ${r.stderr.slice(0, 500)}`);
    return ms;
  };
  const g: number[] = [], d: number[] = [];
  for (let r = 0; r < SIZES.e2eRounds; r++) {
    rmSync(outGov, { force: true }); rmSync(outDuck, { force: true });
    g.push(run([...govArgs, 'rank', '--posts', csv, '--period', '2024-07', '--index', '14.2', '--format', 'json', '--out', outGov]));
    d.push(run(duckArgs));
  }
  if (!(statSync(outGov).size > 0 && statSync(outDuck).size > 0)) throw new Error('bench e2e: empty output');
  return { gov: median(g), duck: median(d), entry: built ? 'dist/cli.js' : 'sources via tsx: run npm run build first' };
}

async function ingestGov(): Promise<void> {
  const { clusterByAccount } = await import('../src/index.js');
  const { readPostsFile, THREADED_MIN_BYTES } = await import('../src/io/node/index.js');
  // readPostsFile reads a CSV of THREADED_MIN_BYTES or more on THREADS threads (smaller ones on one).
  const threads = statSync(process.env.BENCH_CSV!).size >= THREADED_MIN_BYTES ? THREADS : 1;
  const t = performance.now();
  const { table } = await readPostsFile(process.env.BENCH_CSV!, { threads: THREADS });
  const read = performance.now() - t;
  const c = clusterByAccount(table);
  for (const col of ['reads', 'looks', 'likes', 'position'] as const) c.column(col); // what WCI 14.2 reads
  const ms = performance.now() - t;
  const columnarMB = (table.size * (4 + 8 * 6 + 2 + 1) + table.accountIds.length * 40) / 1e6;
  process.stdout.write(JSON.stringify({ read, ms, rssMB: process.resourceUsage().maxRSS / 1024, columnarMB, threads }) + '\n');
}

async function ingestDuck(): Promise<void> {
  const { DuckDBInstance } = await import('@duckdb/node-api');
  const t = performance.now();
  const db = await DuckDBInstance.create(':memory:', { threads: String(THREADS) });
  const c = await db.connect();
  await c.run(`CREATE TABLE posts AS SELECT * FROM read_csv('${process.env.BENCH_CSV}', header = true, columns = {'account_id': 'VARCHAR', 'published_at': 'TIMESTAMP', 'reads': 'DOUBLE', 'looks': 'DOUBLE', 'likes': 'DOUBLE', 'shares': 'DOUBLE', 'comments': 'DOUBLE', 'position': 'INTEGER', 'original': 'INTEGER'})`);
  process.stdout.write(JSON.stringify({ ms: performance.now() - t, rssMB: process.resourceUsage().maxRSS / 1024 }) + '\n');
}

/** The bench CSV as Parquet written by DuckDB (snappy; TIMESTAMPTZ times), untimed. */
async function writeParquet(csv: string, file: string): Promise<void> {
  const { DuckDBInstance } = await import('@duckdb/node-api');
  const c = await (await DuckDBInstance.create(':memory:')).connect();
  await c.run(`COPY (SELECT account_id, timezone('Asia/Shanghai', published_at) AS published_at, reads, looks, likes, shares, comments, position, original = 1 AS is_original
    FROM read_csv('${csv}', header = true, columns = {'account_id': 'VARCHAR', 'published_at': 'TIMESTAMP', 'reads': 'DOUBLE', 'looks': 'DOUBLE', 'likes': 'DOUBLE', 'shares': 'DOUBLE', 'comments': 'DOUBLE', 'position': 'INTEGER', 'original': 'INTEGER'})) TO '${file}' (FORMAT PARQUET)`);
  c.closeSync();
}

/** Parquet file → table: readPostsParquet (file bytes read before the clock) vs DuckDB read_parquet (see also bench/parquet.ts). */
async function parquetRead(who: 'gov' | 'duck'): Promise<void> {
  const file = process.env.BENCH_PARQUET!;
  if (who === 'gov') {
    const { readPostsParquet } = await import('../src/interop/index.js');
    const { readFileSync } = await import('node:fs');
    await import('hyparquet'); // loaded before the clock, as DuckDB's module is
    const bytes = readFileSync(file);
    const t = performance.now();
    const { table, rejected } = await readPostsParquet(bytes);
    if (rejected.length) throw new Error(`readPostsParquet rejected ${rejected.length} rows`);
    process.stdout.write(JSON.stringify({ ms: performance.now() - t, rows: table.size }) + '\n');
  } else {
    const { DuckDBInstance } = await import('@duckdb/node-api');
    const t = performance.now();
    const c = await (await DuckDBInstance.create(':memory:', { threads: String(THREADS) })).connect();
    await c.run(`CREATE TABLE posts AS SELECT * FROM read_parquet('${file}')`);
    process.stdout.write(JSON.stringify({ ms: performance.now() - t }) + '\n');
  }
}
