import type { Platform } from '../model/enums.js';
import type { Account } from '../model/schemas.js';
import { PostsTable } from '../table/posts-table.js';

/** What {@link joinAccounts} returns. */
export interface JoinAccountsResult {
  /** The posts keyed by ledger account id (posts that did not join keep their own key). */
  table: PostsTable;
  /** Posting account key → ledger account id, for every key that joined. */
  joined: Map<string, string>;
  /** Posting accounts (names or ids as in the posts) not found in the ledger. */
  missing: string[];
  /** Names found on several platforms of the ledger when the posts' platform is unknown (not joined). */
  ambiguous: string[];
  /** Ledger account ids with no post (on the posts' platform, when known). */
  withoutPosts: string[];
}

/**
 * Joins posts to a ledger (台账) of accounts (issue 12). Posts keyed by account id join
 * on the id; posts keyed by account name (清博/新榜/Weibo exports, or the `account` option)
 * join on the name, and on name + platform when the name exists on several platforms
 * (the platform comes from the export preset or the `platform` option). A key that
 * matches nothing by its own kind is tried by the other (an id given as `--account`).
 * When the posts' platform is known, only accounts of that platform join, by name or by id.
 * Never guesses: a name on several platforms with no platform to choose is left
 * unjoined and listed in `ambiguous`. Reports posting accounts missing from the ledger
 * and ledger accounts with no posts.
 *
 * Complexity O(posts + accounts).
 * @throws {TypeError} when `table` is not a `PostsTable` or `accounts` is not an array.
 * @returns The posts keyed by ledger id (`table`), each key that `joined`, the posting accounts `missing` from the ledger, the `ambiguous` names, and the ledger accounts `withoutPosts`.
 * @example joinAccounts(table, accounts, { keyedBy: 'accountName', platform: 'wechat' }).missing // ['未入台账的号']
 */
export function joinAccounts(
  table: PostsTable,
  accounts: readonly Account[],
  options: { keyedBy?: 'accountId' | 'accountName'; platform?: Platform } = {},
): JoinAccountsResult {
  if (!(table instanceof PostsTable)) throw new TypeError('joinAccounts: table must be a PostsTable');
  if (!Array.isArray(accounts)) throw new TypeError('joinAccounts: accounts must be an array of accounts');
  const keyedBy = options.keyedBy ?? 'accountId';
  const byId = new Map(accounts.map((a) => [a.id, a] as const));
  const byName = new Map<string, Account[]>();
  for (const a of accounts) byName.set(a.name, [...(byName.get(a.name) ?? []), a]);
  const used = new Set<number>();
  for (let i = 0; i < table.size; i++) used.add(table.account[i]!);
  const joined = new Map<string, string>();
  const missing: string[] = [], ambiguous: string[] = [];
  const byNameOf = (key: string): Account | 'ambiguous' | undefined => {
    let c = byName.get(key);
    if (!c) return undefined;
    if (options.platform) c = c.filter((a) => a.platform === options.platform);
    return c.length === 1 ? c[0] : c.length > 1 ? 'ambiguous' : undefined;
  };
  // With the posts' platform known, an id never joins an account of another platform
  // (a ledger whose ids are names: a Weibo poster named like a WeChat account is not that account).
  const byIdOf = (key: string): Account | undefined => {
    const a = byId.get(key);
    return a && (!options.platform || a.platform === options.platform) ? a : undefined;
  };
  for (const k of used) {
    const key = table.accountIds[k]!;
    let hit: Account | 'ambiguous' | undefined = keyedBy === 'accountId' ? byIdOf(key) ?? byNameOf(key) : byNameOf(key) ?? byIdOf(key);
    if (hit === 'ambiguous') { ambiguous.push(key); hit = undefined; }
    else if (hit) joined.set(key, hit.id);
    else missing.push(key);
  }
  // Re-key: one dictionary entry per resulting id (two keys joining one account merge).
  const ids: string[] = [];
  const index = new Map<string, number>();
  const remap = table.accountIds.map((key) => {
    const id = joined.get(key) ?? key;
    let j = index.get(id);
    if (j === undefined) { j = ids.length; ids.push(id); index.set(id, j); }
    return j;
  });
  const account = new Uint32Array(table.size);
  for (let i = 0; i < table.size; i++) account[i] = remap[table.account[i]!]!;
  const out = new PostsTable({
    accountIds: ids, account, time: table.time, reads: table.reads, looks: table.looks, likes: table.likes, shares: table.shares,
    comments: table.comments, position: table.position, original: table.original, ids: table.ids, titles: table.titles, texts: table.texts,
    pushIds: table.pushIds, repostOf: table.repostOf,
  });
  const posting = new Set(joined.values());
  const withoutPosts = accounts.filter((a) => !posting.has(a.id) && (!options.platform || a.platform === options.platform) && !(keyedBy === 'accountId' && used.has(table.accountIndex(a.id) ?? -1))).map((a) => a.id);
  return { table: out, joined, missing: missing.sort(), ambiguous: ambiguous.sort(), withoutPosts };
}
