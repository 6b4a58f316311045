import type { Command } from 'commander';
import { readAccountsFile, readPostsFile } from '../../io/node/files.js';
import { DAY_MS, formatChinaTime, parseChinaTime, type Account, type Rejection } from '../../model/index.js';
import type { PostsTable } from '../../table/index.js';
import type { Period } from '../../time/index.js';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import {
  OWN_PRESET, TIME_UNITS, concatPostsTables, detectPostPreset, dropDuplicatePosts, joinAccounts,
  type JoinAccountsResult, type ReadOptions, type ReadPostsResult, type TimeUnit, type ValueAliases,
} from '../../ingest/index.js';
import { CliInputError, CliUsageError } from '../io.js';
import { MAX_LISTED_REJECTIONS, describeRejection, readInputFile, resolveRunPeriod } from '../inputs.js';
import type { CommonOptions } from '../run-cli.js';
import type { CommandContext } from './command.js';

const collect = (v: string, prev: string[] | undefined) => [...(prev ?? []), v];

/** Adds an option unless the command already has it (shared by --posts and --accounts commands). */
function once(cmd: Command, flags: string, help: string, parse?: (v: string, prev: never) => unknown): void {
  const long = flags.split(/[ ,]+/).find((f) => f.startsWith('--'))!;
  if (cmd.options.some((o) => o.long === long)) return;
  if (parse) cmd.option(flags, help, parse as never);
  else cmd.option(flags, help);
}

/** Reading options every input file shares: --time-unit, --sheet, --aliases. */
function readingOptions(cmd: Command): void {
  once(cmd, '--time-unit <unit>', 'unit of bare-number times: ms | s (epoch seconds) | excel (Excel serial date, China time); default: such times are rejected with a hint');
  once(cmd, '--sheet <name>', 'workbook sheet to read (.xlsx/.xls); default: the first sheet');
  once(cmd, '--aliases <file>', 'JSON of a locality’s own labels, per kind: {"level": {"开发区": "county"}, "platform": {…}, "status": {…}}');
}

/**
 * `--posts <file>` (required, repeatable: files are concatenated and a post in two
 * overlapping exports is kept once), `--period <spec>`, and the export options
 * `--account`, `--columns`, `--preset`, `--infer-headline`, `--keep-duplicates`.
 */
export function postsOptions(cmd: Command, required = true): Command {
  const posts = '--posts <file>';
  const help = 'posts file (repeat for several; duplicates across files dropped): CSV/TSV/TXT (UTF-8/UTF-16/GBK), Excel, JSON or NDJSON; exports of 清博, 新榜, 公众平台, 微博, 抖音 recognised by their headers';
  (required ? cmd.requiredOption(posts, help, collect as never) : cmd.option(posts, help, collect as never)).option(
    '-p, --period <period>',
    'period: 2024-03 (month, 30 days), 2024-W10, 2024, or 2024-01-01~2024-03-31; default: the data’s full date range',
  );
  cmd
    .option('--account <name>', 'account (name or id) of an export with no account column (公众平台 图文分析, 抖音/视频号/快手 作品数据: one account per file)')
    .option('--columns <file>', 'JSON mapping header → field for posts, e.g. {"阅读": "reads", "发文时间": "publishedAt"} (or {"posts": {…}, "accounts": {…}})')
    .option('--preset <name>', 'force an export preset: gsdata-wechat, newrank-wechat, mp-backend, weibo, douyin, channels, kuaishou, govmedia (default: detected from the header)')
    .option('--infer-headline', 'exports with no position column: the first article of each push (same account, same minute, file order) is the headline')
    .option('--keep-duplicates', 'keep repeated posts (default: the same post read twice is kept once)');
  readingOptions(cmd);
  return cmd;
}

/** `--accounts <file>`. */
export function accountsOption(cmd: Command, required = false): Command {
  const flag = '--accounts <file>';
  const help = 'accounts ledger (台账: 账号ID, 账号名称, 平台/账号类型, 主办单位, 层级/行政级别 …): CSV, Excel, JSON or NDJSON; posts keyed by name join it by name (+ platform)';
  (required ? cmd.requiredOption(flag, help) : cmd.option(flag, help));
  readingOptions(cmd);
  return cmd;
}

type Opts = CommonOptions & Record<string, unknown>;

/** Reads a JSON option file (`--columns`, `--aliases`): a usage error naming the flag when it is not a JSON object. */
async function jsonOption(flag: string, file: unknown, ctx: CommandContext): Promise<Record<string, unknown> | undefined> {
  if (file === undefined) return undefined;
  let text: string;
  try {
    text = await readFile(resolve(ctx.io.cwd, String(file)), 'utf8');
  } catch (e) {
    throw new CliInputError(`${flag} ${String(file)}: cannot read (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
  }
  let v: unknown;
  try {
    v = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new CliUsageError(`${flag} ${String(file)}: not JSON (${(e as Error).message})`);
  }
  if (typeof v !== 'object' || v === null || Array.isArray(v)) throw new CliUsageError(`${flag} ${String(file)}: expected a JSON object`);
  return v as Record<string, unknown>;
}

const stringMap = (flag: string, v: unknown): Record<string, string> => {
  if (typeof v !== 'object' || v === null || Array.isArray(v) || Object.values(v).some((x) => typeof x !== 'string'))
    throw new CliUsageError(`${flag}: expected an object of header → field names`);
  return v as Record<string, string>;
};

/** Reader options from the reading flags (`--time-unit`, `--sheet`, `--aliases`, `--columns`) for one kind of input. */
async function readerOptions(opts: Opts, ctx: CommandContext, kind: 'posts' | 'accounts' | 'other'): Promise<ReadOptions> {
  const o: ReadOptions & { sheet?: string } = {};
  if (opts.timeUnit !== undefined) {
    const u = String(opts.timeUnit);
    if (!(TIME_UNITS as readonly string[]).includes(u)) throw new CliUsageError(`--time-unit: expected one of ${TIME_UNITS.join(', ')}, got ${JSON.stringify(u)}`);
    o.timeUnit = u as TimeUnit;
  }
  if (opts.sheet !== undefined) o.sheet = String(opts.sheet);
  const aliases = await jsonOption('--aliases', opts.aliases, ctx);
  if (aliases) o.valueAliases = aliases as ValueAliases;
  const columns = await jsonOption('--columns', opts.columns, ctx);
  if (columns) {
    const perKind = 'posts' in columns || 'accounts' in columns;
    const m = perKind ? columns[kind] : kind === 'posts' ? columns : undefined;
    if (m !== undefined) o.columns = stringMap('--columns', m);
  }
  return o;
}

/** What `loadPosts` read, beside the table: for the commands that report it. */
export interface LoadedPosts {
  table: PostsTable;
  /** Per file: preset, rows, duplicates. */
  files: { file: string; preset: string; rowCount: number; kept: number }[];
  duplicates: number;
  join?: JoinAccountsResult;
}

const loadedPosts = new WeakMap<object, LoadedPosts>();
const loadedAccounts = new WeakMap<object, Account[]>();

/** The details of the last `loadPosts` for these options (files, presets, duplicates, join). */
export function loadedPostsOf(opts: Opts): LoadedPosts | undefined {
  return loadedPosts.get(opts);
}

/**
 * Reads `--posts` (one or more files; progress step, rejections on stderr, --strict),
 * drops posts repeated across files, prints what was read on stderr (preset, rows,
 * ignored columns, duplicates, warnings, in Chinese), and, when `--accounts` is given,
 * joins the posts to the ledger (by id, or by name + platform for name-keyed exports),
 * reporting posting accounts missing from the ledger and ledger accounts with no posts.
 * A file of which no row survives is an input error (exit 1).
 */
export async function loadPosts(opts: Opts, ctx: CommandContext): Promise<PostsTable> {
  const cached = loadedPosts.get(opts);
  if (cached) return cached.table;
  const files = (Array.isArray(opts.posts) ? opts.posts : [opts.posts]).map(String);
  const base = await readerOptions(opts, ctx, 'posts');
  const read: ReadOptions = {
    ...base,
    ...(opts.account !== undefined ? { account: String(opts.account) } : {}),
    ...(opts.preset !== undefined ? { preset: String(opts.preset) } : {}),
    ...(opts.inferHeadline ? { inferHeadline: true } : {}),
    ...(opts.keepDuplicates ? { keepDuplicates: true } : {}),
  };
  const err = ctx.io.stderr;
  const results: ReadPostsResult[] = [];
  const info: LoadedPosts['files'] = [];
  for (const file of files) {
    ctx.progress.step(`读取 ${file}`);
    let r: ReadPostsResult;
    try {
      r = await readInputFile(file, (p, o) => readPostsFile(p, o), { strict: opts.strict, io: ctx.io, read });
    } catch (e) {
      if (e instanceof RangeError && /preset/.test(e.message)) throw new CliUsageError(`--preset: ${e.message.replace(/^[^:]*: /, '')}`);
      if (e instanceof RangeError && /columns/.test(e.message)) throw new CliUsageError(`--columns: ${e.message.replace(/^[^:]*: /, '')}`);
      throw e;
    }
    for (const c of r.rejectedCells.slice(0, MAX_LISTED_REJECTIONS)) err.write(`govmedia: ${file}: ${describeRejection(c)} —— 该单元格按缺失处理，行保留\n`);
    if (r.rejectedCells.length > MAX_LISTED_REJECTIONS) err.write(`govmedia: ${file}: … 另有 ${r.rejectedCells.length - MAX_LISTED_REJECTIONS} 个单元格按缺失处理\n`);
    const kept = r.table.size;
    if (kept === 0 && r.rowCount > 0) {
      const first = r.rejected[0];
      throw new CliInputError(`${file}: 0 of ${r.rowCount} rows read${first ? `: ${describeRejection(first)}` : ''}`, r.rejected);
    }
    if (r.rowCount === 0) throw new CliInputError(`${file}: no data rows (an empty file or a header only)`);
    const preset = detectPostPreset([], r.preset);
    // The summary line when there is something to tell: a recognised export shape, rejected rows or dropped duplicates.
    if (r.preset !== OWN_PRESET.name || r.rejected.length || r.duplicates) err.write(`govmedia: ${file}: 格式 ${preset.label}（${r.preset}），读取 ${r.rowCount} 行，保留 ${kept} 行` +
      (r.rejected.length ? `，拒绝 ${r.rowCount - kept - r.duplicates} 行` : '') + (r.duplicates ? `，重复 ${r.duplicates} 行已去除` : '') + '\n');
    if (r.ignoredColumns.length) err.write(`govmedia: ${file}: 未使用的列: ${r.ignoredColumns.join('，')}\n`);
    for (const w of r.warnings) err.write(`govmedia: ${file}: 注意: ${w}\n`);
    results.push(r);
    info.push({ file, preset: r.preset, rowCount: r.rowCount, kept });
  }
  let table = concatPostsTables(results.map((r) => r.table));
  let duplicates = results.reduce((s, r) => s + r.duplicates, 0);
  if (results.length > 1 && !opts.keepDuplicates) {
    const d = dropDuplicatePosts(table, { useIds: !results.some((r) => r.warnings.some((w) => w.includes('科学计数法'))) });
    table = d.table;
    duplicates += d.duplicates;
    if (d.duplicates) err.write(`govmedia: 多个文件之间重复的文章 ${d.duplicates} 篇，只计一次\n`);
    for (const w of d.warnings) err.write(`govmedia: 注意: ${w}\n`);
  }
  const loaded: LoadedPosts = { table, files: info, duplicates };
  const accounts = await loadAccounts(opts, ctx);
  if (accounts) {
    const keyedBy = results.some((r) => r.keyedBy === 'accountName') ? 'accountName' : 'accountId';
    const platforms = new Set(results.map((r) => r.platform));
    const platform = platforms.size === 1 ? [...platforms][0] : undefined;
    const join = joinAccounts(table, accounts, { keyedBy, ...(platform ? { platform } : {}) });
    loaded.table = table = join.table;
    loaded.join = join;
    const list = (xs: string[]) => xs.slice(0, 20).join('，') + (xs.length > 20 ? ` 等 ${xs.length} 个` : '');
    if (keyedBy === 'accountName' && join.joined.size) err.write(`govmedia: 按账号名称${platform ? '和平台' : ''}关联台账: ${join.joined.size} 个账号\n`);
    if (join.missing.length) err.write(`govmedia: 发文账号不在台账中（${join.missing.length} 个）: ${list(join.missing)}\n`);
    if (join.ambiguous.length) err.write(`govmedia: 账号名称在台账的多个平台上出现、无法确定平台（${join.ambiguous.length} 个，未关联；用 --preset 或导出平台区分）: ${list(join.ambiguous)}\n`);
    if (join.withoutPosts.length && keyedBy === 'accountName') err.write(`govmedia: 台账中没有发文的账号（${join.withoutPosts.length} 个）: ${list(join.withoutPosts.map((id) => accounts.find((a) => a.id === id)?.name ?? id))}\n`);
  }
  loadedPosts.set(opts, loaded);
  return table;
}

/** Reads `--accounts` when given (once per run; a ledger of which no row survives is an input error). */
export async function loadAccounts(opts: Opts, ctx: CommandContext): Promise<Account[] | undefined> {
  if (opts.accounts === undefined) return undefined;
  const cached = loadedAccounts.get(opts);
  if (cached) return cached;
  const file = String(opts.accounts);
  ctx.progress.step(`读取 ${file}`);
  const read = await readerOptions(opts, ctx, 'accounts');
  const { records, rejected } = await readInputFile(file, (p, o) => readAccountsFile(p, o), { strict: opts.strict, io: ctx.io, read });
  if (records.length === 0 && rejected.length > 0) throw new CliInputError(`${file}: 0 of ${new Set(rejected.map((r) => r.row)).size} rows read: ${describeRejection(rejected[0]!)}`, rejected);
  loadedAccounts.set(opts, records);
  return records;
}

/** Reads an optional records file option (`--messages`, `--registry`) with its reader. */
export async function loadRecords<T>(
  opts: Opts,
  key: 'messages' | 'registry',
  read: (path: string, o: ReadOptions & { strict: boolean }) => Promise<{ records: T[]; rejected: Rejection[] }>,
  ctx: CommandContext,
): Promise<T[] | undefined> {
  if (opts[key] === undefined) return undefined;
  const file = String(opts[key]);
  ctx.progress.step(`读取 ${file}`);
  const { records, rejected } = await readInputFile(file, read, { strict: opts.strict, io: ctx.io, read: await readerOptions(opts, ctx, 'other') });
  if (records.length === 0 && rejected.length > 0) throw new CliInputError(`${file}: 0 of ${new Set(rejected.map((r) => r.row)).size} rows read: ${describeRejection(rejected[0]!)}`, rejected);
  return records;
}

/** The run's period: `--period`, else the posts' full date range; null for an empty table. */
export function runPeriod(opts: Opts, table: PostsTable): Period | null {
  return resolveRunPeriod(opts.period === undefined ? undefined : String(opts.period), table.timeRange());
}

/** Account id → display name (the account's name when the accounts file gives one, else the id). */
export function accountNamer(accounts: readonly Account[] | undefined): (id: string) => string {
  const names = new Map((accounts ?? []).map((a) => [a.id, a.name]));
  return (id) => names.get(id) ?? id;
}

/** A period as JSON output shows it: China-time ISO bounds (end exclusive) beside the label. */
export function periodJson(period: Period | null): unknown {
  return period && { ...period, start: formatChinaTime(period.start), end: formatChinaTime(period.end) };
}

/** A check-time option (a bare date = the end of that China day), else null. */
export function parseAtOption(flag: string, at: unknown): number | null {
  if (at === undefined) return null;
  const ms = parseChinaTime(String(at));
  if (ms === null) throw new CliUsageError(`${flag}: not a date/time: ${JSON.stringify(at)}`);
  return /^\d{4}-\d{1,2}-\d{1,2}$/.test(String(at).trim()) ? ms + DAY_MS : ms;
}
