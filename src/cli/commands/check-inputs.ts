import type { REPLY_POLICIES } from '../../activity/reply-policies.js';
import { readMessagesFile, readRegistryFile } from '../../io/node/files.js';
import type { Account, Message, RegistryEntry } from '../../model/index.js';
import type { PostsTable } from '../../table/index.js';
import type { WorkingCalendar } from '../../calendar/index.js';
import { CliUsageError } from '../io.js';
import type { CommonOptions } from '../run-cli.js';
import type { CommandContext } from './command.js';
import { loadCalendar } from './calendar-option.js';
import { loadAccounts, loadPosts, loadRecords } from './shared.js';

/** What `warn` and `report` both read: the calendar, the ledger, the posts, messages and registry. */
export interface CheckInputs {
  calendar: WorkingCalendar;
  accounts: Account[];
  table: PostsTable;
  messages: Message[];
  registry: RegistryEntry[];
}

/** Reads the inputs of a check (`warn`, `report`) in one place, in the order both commands report them. */
export async function loadCheckInputs(opts: CommonOptions & Record<string, unknown>, ctx: CommandContext): Promise<CheckInputs> {
  const calendar = await loadCalendar(opts, ctx.io);
  const accounts = (await loadAccounts(opts, ctx))!;
  const table = await loadPosts(opts, ctx);
  const messages = (await loadRecords<Message>(opts, 'messages', (p, o) => readMessagesFile(p, o), ctx)) ?? [];
  const registry = (await loadRecords<RegistryEntry>(opts, 'registry', (p, o) => readRegistryFile(p, o), ctx)) ?? [];
  return { calendar, accounts, table, messages, registry };
}

type ReplyPolicyName = keyof typeof REPLY_POLICIES;

const POLICIES: readonly ReplyPolicyName[] = ['yueqing', 'yinchuan', 'jingmen'];

/** `--policy`: one of the built-in reply policies, or undefined when not given. */
export function replyPolicyOption(opts: Record<string, unknown>): ReplyPolicyName | undefined {
  if (opts.policy === undefined) return undefined;
  const policy = String(opts.policy);
  if (!(POLICIES as readonly string[]).includes(policy)) throw new CliUsageError(`--policy：应为 yueqing（乐清）、yinchuan（银川）或 jingmen（荆门），收到 ${JSON.stringify(policy)}`);
  return policy as ReplyPolicyName;
}
