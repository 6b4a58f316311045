import type { Command } from 'commander';
import { readAccountsFile, readPostsFile } from '../../io/node/files.js';
import { DAY_MS, formatChinaTime, parseChinaTime, type Account, type Rejection } from '../../model/index.js';
import type { PostsTable } from '../../table/index.js';
import type { Period } from '../../time/index.js';
import { CliUsageError } from '../io.js';
import { readInputFile, resolveRunPeriod } from '../inputs.js';
import type { CommonOptions } from '../run-cli.js';
import type { CommandContext } from './command.js';

/** `--posts <file>` (required) and `--period <spec>`. */
export function postsOptions(cmd: Command, required = true): Command {
  const posts = '--posts <file>';
  const help = 'posts file: CSV (UTF-8/GBK, Chinese or English headers), JSON or NDJSON';
  (required ? cmd.requiredOption(posts, help) : cmd.option(posts, help)).option(
    '-p, --period <period>',
    'period: 2024-03 (month, 30 days), 2024-W10, 2024, or 2024-01-01~2024-03-31; default: the data’s full date range',
  );
  return cmd;
}

/** `--accounts <file>`. */
export function accountsOption(cmd: Command, required = false): Command {
  const flag = '--accounts <file>';
  const help = 'accounts file (账号ID, 账号名称, 平台, 主办单位, 层级 …): CSV, JSON or NDJSON';
  return required ? cmd.requiredOption(flag, help) : cmd.option(flag, help);
}

type Opts = CommonOptions & Record<string, unknown>;

/** Reads `--posts` (progress step, rejections on stderr, --strict). */
export async function loadPosts(opts: Opts, ctx: CommandContext): Promise<PostsTable> {
  const file = String(opts.posts);
  ctx.progress.step(`读取 ${file}`);
  const { table } = await readInputFile(file, (p, o) => readPostsFile(p, o), { strict: opts.strict, io: ctx.io });
  return table;
}

/** Reads `--accounts` when given. */
export async function loadAccounts(opts: Opts, ctx: CommandContext): Promise<Account[] | undefined> {
  if (opts.accounts === undefined) return undefined;
  const file = String(opts.accounts);
  ctx.progress.step(`读取 ${file}`);
  const { records } = await readInputFile(file, (p, o) => readAccountsFile(p, o), { strict: opts.strict, io: ctx.io });
  return records;
}

/** Reads an optional records file option (`--messages`, `--registry`) with its reader. */
export async function loadRecords<T>(
  opts: Opts,
  key: 'messages' | 'registry',
  read: (path: string, o: { strict: boolean }) => Promise<{ records: T[]; rejected: Rejection[] }>,
  ctx: CommandContext,
): Promise<T[] | undefined> {
  if (opts[key] === undefined) return undefined;
  const file = String(opts[key]);
  ctx.progress.step(`读取 ${file}`);
  const { records } = await readInputFile(file, read, { strict: opts.strict, io: ctx.io });
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
export function parseCheckTime(flag: string, at: unknown): number | null {
  if (at === undefined) return null;
  const ms = parseChinaTime(String(at));
  if (ms === null) throw new CliUsageError(`${flag}: not a date/time: ${JSON.stringify(at)}`);
  return /^\d{4}-\d{1,2}-\d{1,2}$/.test(String(at).trim()) ? ms + DAY_MS : ms;
}
