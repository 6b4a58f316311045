import type { Command } from 'commander';
import { readAccountsFile, readPostsFile } from '../../io/node/files.js';
import { INDEX_CATALOG, INDEX_PLATFORMS, IndexInputError, indexInputsOf, indexPlatform, type IndexDefinition } from '../../indices/index.js';
// Internal variants whose errors name the CLI flag (--index) instead of the library function.
import { resolveIndexNamed } from '../../indices/index-catalog.js';
import { indexInputsOfNamed } from '../../indices/table-fields.js';
import { parseLabel } from '../../ingest/index.js';
import { DAY_MS, PLATFORM_LABELS_ZH, formatChinaTime, parseChinaTime, type Account, type Platform, type Rejection } from '../../model/index.js';
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
import { postsAccountNames } from './posts-account-names.js';

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
  once(cmd, '--time-unit <unit>', '纯数字时间的单位：ms（Unix 毫秒）| s（Unix 秒）| excel（Excel 日期序号，北京时间）；不给时，这样的时间被拒收并附提示');
  once(cmd, '--sheet <name>', '要读取的工作表（.xlsx/.xls）；默认第一个工作表');
  once(cmd, '--aliases <file>', '本地自有叫法的 JSON，按类别：{"level": {"开发区": "county"}, "platform": {…}, "status": {…}}');
}

/**
 * `--posts <file>` (required, repeatable: files are concatenated and a post in two
 * overlapping exports is kept once), `--period <spec>`, and the export options
 * `--account`, `--columns`, `--preset`, `--infer-headline`, `--keep-duplicates`.
 */
export function postsOptions(cmd: Command, required = true): Command {
  const posts = '--posts <file>';
  const help = '帖子（发文）文件，可重复给出多个（文件间重复的文章只计一次）：CSV/TSV/TXT（UTF-8/UTF-16/GBK）、Excel、JSON 或 NDJSON；清博、新榜、公众平台、微博、抖音的导出按表头自动识别';
  (required ? cmd.requiredOption(posts, help, collect as never) : cmd.option(posts, help, collect as never)).option(
    '-p, --period <period>',
    '统计周期：2024-09 或 2024年9月（月，按 30 天）、2024-Q3 或 2024年第3季度、2024-H2、2024-W36、2024，或 2024-09-01~2024-09-30（按实际天数）；默认：数据的全部日期范围',
  );
  cmd
    .option('--account <name>', '导出文件没有账号列时，指明其账号（名称或 ID）（公众平台“图文分析”、抖音/视频号/快手“作品数据”：每个文件一个账号）')
    .option('--columns <file>', '表头 → 字段的映射（JSON 文件），如 {"阅读": "reads", "发文时间": "publishedAt"}（或 {"posts": {…}, "accounts": {…}}）')
    .option('--preset <name>', '指定导出格式：gsdata-wechat（清博）、newrank-wechat（新榜）、mp-backend（公众平台）、weibo、douyin、channels（视频号）、kuaishou、govmedia（默认按表头识别）')
    .option('--infer-headline', '导出文件没有位置列时：每次推送（同一账号、同一分钟，按文件顺序）的第一篇算作头条')
    .option('--keep-duplicates', '保留重复的文章（默认同一篇文章只保留一次）');
  readingOptions(cmd);
  return cmd;
}

/** `--accounts <file>`. */
export function accountsOption(cmd: Command, required = false): Command {
  const flag = '--accounts <file>';
  const help = '账号台账（账号ID、账号名称、平台/账号类型、主办单位、层级/行政级别 …）：CSV、Excel、JSON 或 NDJSON；只有账号名称的帖子按名称（和平台）关联台账';
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
    throw new CliInputError(`${flag} ${String(file)}：${(e as NodeJS.ErrnoException).code === 'ENOENT' ? '文件不存在' : `无法读取（${(e as NodeJS.ErrnoException).code ?? String(e)}）`}`);
  }
  let v: unknown;
  try {
    v = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new CliUsageError(`${flag} ${String(file)}：不是有效的 JSON（${(e as Error).message}）`);
  }
  if (typeof v !== 'object' || v === null || Array.isArray(v)) throw new CliUsageError(`${flag} ${String(file)}：应为 JSON 对象（{…}）`);
  return v as Record<string, unknown>;
}

const stringMap = (flag: string, v: unknown): Record<string, string> => {
  if (typeof v !== 'object' || v === null || Array.isArray(v) || Object.values(v).some((x) => typeof x !== 'string'))
    throw new CliUsageError(`${flag}：应为“表头 → 字段名”的对象`);
  return v as Record<string, string>;
};

/** Reader options from the reading flags (`--time-unit`, `--sheet`, `--aliases`, `--columns`) for one kind of input. */
async function readerOptions(opts: Opts, ctx: CommandContext, kind: 'posts' | 'accounts' | 'other'): Promise<ReadOptions> {
  const o: ReadOptions & { sheet?: string } = {};
  if (opts.timeUnit !== undefined) {
    const u = String(opts.timeUnit);
    if (!(TIME_UNITS as readonly string[]).includes(u)) throw new CliUsageError(`--time-unit：应为 ${TIME_UNITS.join('、')} 之一，收到 ${JSON.stringify(u)}`);
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
  files: { file: string; preset: string; rowCount: number; kept: number; platform?: Platform; keyedBy: 'accountId' | 'accountName' }[];
  duplicates: number;
  /** The reading options the files were read with. */
  read: ReadOptions;
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
      // The readers' RangeErrors name the function (for programmers); a clerk reads them in Chinese.
      let m: RegExpExecArray | null;
      if (e instanceof RangeError && (m = /unknown preset "([^"]*)" \(one of (.*)\)/.exec(e.message))) throw new CliUsageError(`--preset：未知的导出格式 ${JSON.stringify(m[1])}（应为 ${m[2]!.split(', ').join('、')} 之一）`);
      if (e instanceof RangeError && (m = /unknown (\w+) field "([^"]*)" for header "([^"]*)" \(fields: (.*)\)/.exec(e.message)))
        throw new CliUsageError(`--columns：表头“${m[3]}”映射到未知的字段 ${JSON.stringify(m[2])}（可用的字段：${m[4]!.split(', ').join('、')}）`);
      if (e instanceof RangeError && /preset/.test(e.message)) throw new CliUsageError(`--preset：${e.message.replace(/^[^:]*: /, '')}`);
      if (e instanceof RangeError && /columns/.test(e.message)) throw new CliUsageError(`--columns：${e.message.replace(/^[^:]*: /, '')}`);
      throw e;
    }
    for (const c of r.rejectedCells.slice(0, MAX_LISTED_REJECTIONS)) err.write(`govmedia: ${file} ${describeRejection(c, file)}——该单元格按缺失处理，行保留\n`);
    if (r.rejectedCells.length > MAX_LISTED_REJECTIONS) err.write(`govmedia: ${file}：… 另有 ${r.rejectedCells.length - MAX_LISTED_REJECTIONS} 个单元格按缺失处理\n`);
    const kept = r.table.size; // ≥ 1: readInputFile refuses a file with no usable row (读取 0 行（共 N 行）)
    const preset = detectPostPreset([], r.preset);
    // The summary line when there is something to tell: a recognised export shape, rejected rows or dropped duplicates.
    if (r.preset !== OWN_PRESET.name || r.duplicates || r.sheet !== undefined) // blank rows alone are skipped quietly (t15)
      err.write(`govmedia: ${file}: 格式 ${preset.label}（${r.preset}）${r.sheet !== undefined ? `，工作表「${r.sheet}」` : ''}，读取 ${r.rowCount} 行，保留 ${kept} 行` +
        (r.rejected.length ? `，拒绝 ${r.rowCount - kept - r.duplicates} 行` : '') + (r.duplicates ? `，重复 ${r.duplicates} 行已去除` : '') +
        (r.blankRows ? `，空行 ${r.blankRows} 行已跳过` : '') + '\n');
    if (r.ignoredColumns.length) err.write(`govmedia: ${file}: 未使用的列: ${r.ignoredColumns.join('，')}\n`);
    for (const w of r.warnings) err.write(`govmedia: ${file}: 注意: ${w}\n`);
    results.push(r);
    info.push({ file, preset: r.preset, rowCount: r.rowCount, kept, keyedBy: r.keyedBy, ...(r.platform ? { platform: r.platform } : {}) });
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
  const loaded: LoadedPosts = { table, files: info, duplicates, read };
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
  const { records, warnings } = await readInputFile(file, (p, o) => readAccountsFile(p, o), { strict: opts.strict, io: ctx.io, read }); // a ledger with no usable row was refused by readInputFile (读取 0 行（共 N 行）)
  for (const w of warnings) ctx.io.stderr.write(`govmedia: ${file}: 注意: ${w}\n`);
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
  const { records } = await readInputFile(file, read, { strict: opts.strict, io: ctx.io, read: await readerOptions(opts, ctx, 'other') });
  return records; // a file with no usable row was refused by readInputFile (读取 0 行（共 N 行）)
}

/** The run's period: `--period`, else the posts' full date range; null for an empty table. */
export function runPeriod(opts: Opts, table: PostsTable): Period | null {
  return resolveRunPeriod(opts.period === undefined ? undefined : String(opts.period), table.timeRange());
}

/**
 * The run's period, and at least one post in it: a period the posts file does not
 * reach is invalid input (exit 1) naming the file, the period and the data's range,
 * never an empty report with exit 0.
 * @throws {CliInputError} when no post falls in the period
 */
export function requirePeriodWithPosts(opts: Opts, table: PostsTable): Period {
  const period = runPeriod(opts, table);
  const range = table.timeRange();
  if (period === null || range === null) throw new CliInputError(`${postsLabel(opts)}：没有带发布时间的帖子`);
  let inside = 0;
  for (let i = 0; i < table.size && inside === 0; i++) if (table.time[i]! >= period.start && table.time[i]! < period.end) inside++;
  if (inside === 0)
    throw new CliInputError(
      `${postsLabel(opts)}：统计周期 ${period.label} 内没有帖子（文件中的帖子发布于 ${formatChinaTime(range.start).slice(0, 10)} 至 ${formatChinaTime(range.end).slice(0, 10)}）`,
    );
  return period;
}

/**
 * Refuses an option that would have no effect (exit 2 before any file is read):
 * `when` is the condition under which `flag` is ignored, `why` says what it needs.
 * @throws {CliUsageError}
 */
export function refuseIneffective(when: boolean, flag: string, why: string): void {
  if (when) throw new CliUsageError(`${flag}：${why}`);
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
  if (ms === null) throw new CliUsageError(`${flag}：不是日期时间：${JSON.stringify(at)}（可写 2024-09-30 或 "2024-09-30 17:00"，北京时间）`);
  return /^\d{4}-\d{1,2}-\d{1,2}$/.test(String(at).trim()) ? ms + DAY_MS : ms;
}

/**
 * Why an index of the catalog cannot be ranked from files, in Chinese, by family;
 * the CLI refuses it up front (exit 2) with this reason.
 */
const NOT_TABLE_SCORABLE: Record<string, string> = {
  'weibo-city': '政务微博城市竞争力由传播力、服务力、互动力三项现成得分合成，不能从帖子计算；可用 govmedia index --index weibo-city-2023Q3 由三项得分计算',
};

/** The catalog's index ids, as the `--index` help and the unknown-index error both list them. */
function catalogIdsZh(): string {
  return Object.keys(INDEX_CATALOG).join('、');
}

/** An unknown `--index` in Chinese (exit 2), naming the catalog's ids. */
export function unknownIndexZh(raw: string): string {
  return `--index：未知的指数 ${JSON.stringify(raw)}（可用：${catalogIdsZh()}；也可只写 WCI 版本号，如 14.2）`;
}

/**
 * The `--index` of `rank`/`shortlist`: a catalog index scorable from a posts file
 * (and, for DCI/BVCI, the followers in `--accounts`). Checked before any file is read.
 * @throws {CliUsageError} for an unknown id (naming the known ones), an index no file
 *   can feed (naming why), or DCI/BVCI without `--accounts`
 */
export function tableIndexOption(raw: unknown, opts: Opts): IndexDefinition {
  let def: IndexDefinition;
  try {
    def = resolveIndexNamed(String(raw), '--index');
  } catch (e) {
    throw new CliUsageError(unknownIndexZh(String(raw)));
  }
  let sources: Map<string, string>;
  try {
    sources = indexInputsOfNamed(def, '--index');
  } catch (e) {
    throw new CliUsageError(`--index ${def.id}：不能从帖子文件排名：${NOT_TABLE_SCORABLE[def.family] ?? (e as Error).message}`);
  }
  const fromAccounts = [...sources.values()].some((s) => s === 'followers' || s === 'followersGained');
  if (fromAccounts && opts.accounts === undefined)
    throw new CliUsageError(`--index ${def.id}：需要 --accounts（${def.name} 读取各账号的粉丝数${[...sources.values()].includes('followersGained') ? '和粉丝变化' : ''}，来自账号文件）`);
  return def;
}

/**
 * Runs a scoring step; an index input the data lacks (BCI 7var without the posts'
 * 原创 column, DCI/BVCI without followers in the accounts file) is invalid input
 * (exit 1) with the library's message, which names the index, the input and the accounts.
 * @throws {CliInputError}
 */
export function scoreOrExplain<T>(file: string, run: () => T): T {
  try {
    return run();
  } catch (e) {
    if (e instanceof IndexInputError) {
      const what: Record<string, string> = {
        followers: '各账号的粉丝数（账号文件的“粉丝数”）',
        followersGained: '统计周期内各账号的粉丝变化（账号文件的 followerHistory：周期开始时及之前、周期结束后各有一个粉丝数）',
        isOriginal: '帖子的原创/转发标记（帖子文件的“原创”列）',
      };
      const ids = e.accountIds.length ? `；${e.accountIds.length} 个账号缺少：${e.accountIds.slice(0, 10).join('、')}${e.accountIds.length > 10 ? ' 等' : ''}` : '';
      throw new CliInputError(`${file}：无法计算 ${e.index}：需要${what[e.missing] ?? e.missing}${ids}`);
    }
    throw e;
  }
}

/** Every catalog id that `rank`/`shortlist` accept, for help texts. */
export function tableIndexIds(): string[] {
  return Object.values(INDEX_CATALOG).filter((d) => { try { indexInputsOf(d); return true; } catch { return false; } }).map((d) => d.id);
}


/** The catalog's indices that no posts file can feed, for the `--index` help: `；weibo-city-2023Q3 不能从帖子排名（…）`, or empty. */
function notRankableZh(): string {
  const scorable = new Set(tableIndexIds());
  const ids = Object.keys(INDEX_CATALOG).filter((id) => !scorable.has(id));
  return ids.length ? `；其中 ${ids.join('、')} 由现成得分合成、不能从帖子排名（用 govmedia index 计算）` : '';
}

/** Index options shared by rank and shortlist. */
export function indexOptions(cmd: Command): Command {
  return cmd
    .option('--index <id>', `指数：WCI 版本号（14.2、13.0 …）或指数 ID（${catalogIdsZh()}）${notRankableZh()}`, 'wci-14.2')
    .option('--multiplier <m>', '外层乘数（WCI 14.x 默认 12；有的版本印作 10）')
    .option('--round-averages', '取对数前把篇均值四舍五入到 1 位小数（与清博的做法一致）')
    .option('--platform <platform>', '只排该平台的账号（微信/wechat、微博/weibo …；需要 --accounts，或帖子文件是该平台的导出）；给了 --accounts 时默认为指数所属平台（WCI 微信、BCI 微博、DCI 抖音、BVCI 哔哩哔哩）；all 为全部账号');
}

/**
 * The platform filter of a ranking: `--platform` (`all` = none), else the index's
 * own platform when the accounts file tells each account's platform. Without
 * accounts, `--platform` is checked against the posts files' export platform after
 * reading them (postsPlatformCheck), and for a platform index a warning says every
 * account of the posts file is ranked.
 * @throws {CliUsageError} for an unknown platform
 */
export function platformOption(opts: Opts, def: IndexDefinition, ctx: CommandContext): Platform | null {
  const raw = opts.platform === undefined ? undefined : String(opts.platform);
  if (raw === 'all') return null;
  const hasAccounts = opts.accounts !== undefined;
  if (raw !== undefined) {
    const p = parseLabel('platform', raw);
    if (!p.ok || p.value === undefined) throw new CliUsageError(`--platform：未知平台 ${JSON.stringify(raw)}`);
    return p.value; // without a ledger, checked against the posts files' export platform once they are read (postsPlatformCheck)
  }
  const own = indexPlatform(def);
  if (!own) return null;
  if (hasAccounts) return own;
  return null; // without a ledger, the posts files' own platform is checked after reading them (postsPlatformCheck)
}

/**
 * Without `--accounts` (and without `--platform`), a platform index ranks the posts
 * files only when their export shape (preset) or `--platform`-less reading says they
 * are that platform's: a Weibo or Douyin export given to WCI is refused (exit 1,
 * naming the file, its platform and the index to use), not scored with the wrong
 * formula; files whose platform cannot be told get one warning.
 * @throws {CliInputError} when every posts file is known to be of another platform
 * @throws {CliUsageError} for `--platform` without `--accounts` when a posts file is another platform's export or names no platform
 */
export function postsPlatformCheck(opts: Opts, def: IndexDefinition, ctx: CommandContext): void {
  if (opts.accounts === undefined && opts.platform !== undefined && String(opts.platform) !== 'all') {
    // --platform without a ledger: each posts file must be an export of that platform (the filter then keeps every account).
    const parsed = parseLabel('platform', String(opts.platform));
    const wanted = (parsed.ok ? parsed.value : undefined) as Platform; // checked by platformOption before any file was read
    const files = loadedPosts.get(opts)?.files ?? [];
    const other = files.find((f) => f.platform !== undefined && f.platform !== wanted);
    if (other)
      throw new CliUsageError(`--platform ${PLATFORM_LABELS_ZH[wanted]}：${other.file} 是${PLATFORM_LABELS_ZH[other.platform!]}导出（${other.preset}），其中没有${PLATFORM_LABELS_ZH[wanted]}账号；请去掉 --platform 或改为 ${PLATFORM_LABELS_ZH[other.platform!]}，或给 --accounts`);
    const unknown = files.filter((f) => f.platform === undefined);
    if (unknown.length)
      throw new CliUsageError(`--platform 需要 --accounts（各账号的平台来自账号文件；${unknown.map((f) => f.file).join('、')} 不是能认出平台的导出）`);
    return;
  }
  const own = indexPlatform(def);
  if (!own || opts.accounts !== undefined || opts.platform !== undefined) return;
  const files = loadedPosts.get(opts)?.files ?? [];
  const other = files.filter((f) => f.platform !== undefined && f.platform !== own);
  const unknown = files.filter((f) => f.platform === undefined);
  if (files.length && other.length === files.length) {
    const family = Object.entries(INDEX_PLATFORMS).find(([, p]) => p === other[0]!.platform)?.[0];
    throw new CliInputError(
      `${other.map((f) => f.file).join('、')}：是${PLATFORM_LABELS_ZH[other[0]!.platform!]}导出（${other.map((f) => f.preset).join('、')}），` +
        `${def.name} 是${PLATFORM_LABELS_ZH[own]}账号的指数，不对其他平台的账号排名` +
        (family ? `；请用该平台的指数（--index ${family === 'bci' ? 'bci-4var 或 bci-7var' : family}）` : '') + '，或给 --platform all 按全部账号排名',
    );
  }
  if (other.length)
    ctx.io.stderr.write(`govmedia: 注意：${other.map((f) => f.file).join('、')} 是其他平台的导出；${def.name} 仍按帖子文件中的全部账号排名（给 --accounts 可只排${PLATFORM_LABELS_ZH[own]}账号）\n`);
  else if (unknown.length)
    ctx.io.stderr.write(
      `govmedia: 提示：未给 --accounts，无法判断各账号的平台；${def.name} 按帖子文件中的全部账号排名（其中若有非${PLATFORM_LABELS_ZH[own]}账号，请给 --accounts）\n`,
    );
}

/**
 * The platform every `--posts` file names through its export preset (清博·微信, 微博导出 …),
 * or null when a file names none or the files differ: without a ledger, the 平台 a
 * ranking shows for the accounts of a one-platform export.
 */
export function postsFilesPlatform(opts: Opts): Platform | null {
  const files = loadedPosts.get(opts)?.files ?? [];
  const first = files[0]?.platform;
  return first !== undefined && files.every((f) => f.platform === first) ? first : null;
}

/**
 * Without `--accounts`, the account names the `--posts` files write beside their ids
 * (a 账号ID column and a 账号名称 column): id → name, first file first. Files keyed by
 * name (no id column) give nothing here, their ids being the names already.
 * @returns Account id → name; empty when a ledger was given or no file has both columns.
 */
export async function postsFilesAccountNames(opts: Opts, ctx: CommandContext): Promise<Map<string, string>> {
  const loaded = loadedPosts.get(opts);
  const names = new Map<string, string>();
  if (!loaded || opts.accounts !== undefined) return names;
  for (const f of loaded.files) {
    if (f.keyedBy !== 'accountId') continue;
    for (const [id, name] of await postsAccountNames(resolve(ctx.io.cwd, f.file), loaded.read)) if (!names.has(id)) names.set(id, name);
  }
  return names;
}

/** The `--posts` files as messages name them (the option is repeatable). */
export function postsLabel(opts: Opts): string {
  return (Array.isArray(opts.posts) ? opts.posts : [opts.posts]).map(String).join('、');
}
