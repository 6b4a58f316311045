import { AGGREGATE_FIELDS, type AggregateField } from '../stats/aggregate.js';
import { accountFieldSpec, type AccountField } from '../stats/account-fields.js';
import { indexFields, type IndexDefinition } from './index-definition.js';

/** Account-level inputs: from the account records (`accounts` option), not from posts. */
export type AccountLevelInput = 'followers' | 'followersGained';
/** Where an index input comes from: a per-account field of the posts, the period's days, or the account record. */
export type IndexInputSource = AccountField | 'days' | AccountLevelInput;

/**
 * How index inputs named in the catalog map onto the per-account fields
 * (`ACCOUNT_FIELDS`) and account records (SPEC §3):
 * - BCI: posts (X1) = articles, originalPosts (X2) = originals (the posts' isOriginal
 *   column), reposts (X3 reposts received) = shares (转发) summed, comments (X4), likes
 *   (X7); originalReposts (X5) = shares of original posts, originalComments (X6) =
 *   comments on original posts;
 * - BVCI / DCI: videos = articles, plays = reads (播放量 is read into `reads`), fans =
 *   the account's `followers`, fansGained / newFans = `followersGained` (the change of
 *   the account's `followerHistory` over the period).
 * Inputs named like a field (WCI: reads, headlineReads, maxReads …) map to themselves.
 */
export const TABLE_FIELD_ALIASES: Readonly<Record<string, AccountField | AccountLevelInput>> = Object.freeze({
  posts: 'articles',
  reposts: 'shares',
  originalPosts: 'originals',
  originalReposts: 'originalShares',
  videos: 'articles',
  plays: 'reads',
  fans: 'followers',
  fansGained: 'followersGained',
  newFans: 'followersGained',
});

/**
 * Where each input of an index comes from (per-account field, `days`, or an
 * account-level input).
 * @param def The index definition.
 * @returns Each input's source.
 * @throws {TypeError} naming the first input that neither posts nor accounts hold.
 * @example indexInputsOf(INDEX_CATALOG['bci-7var']).get('originalReposts') // 'originalShares'
 */
export function indexInputsOf(def: IndexDefinition): Map<string, IndexInputSource> {
  return indexInputsOfNamed(def, 'indexInputsOf');
}

/**
 * Internal: `indexInputsOf` whose errors name `fn`, the public function (or CLI flag) the caller was given.
 * @throws {TypeError} as `indexInputsOf`, naming `fn`.
 * @internal
 */
export function indexInputsOfNamed(def: IndexDefinition, fn: string): Map<string, IndexInputSource> {
  const out = new Map<string, IndexInputSource>();
  for (const f of indexFields(def)) {
    if (f === 'days') out.set(f, 'days');
    else if (f !== 'firstTime' && f !== 'lastTime' && accountFieldSpec(f)) out.set(f, f as AccountField);
    else if (TABLE_FIELD_ALIASES[f]) out.set(f, TABLE_FIELD_ALIASES[f]!);
    else throw new TypeError(`${fn}: index ${def.id} needs "${f}", which neither a posts table nor account records hold; score it from stats objects instead`);
  }
  return out;
}

const AGG = new Set<string>(AGGREGATE_FIELDS);

/**
 * The aggregate field (`aggregateByAccount`'s) behind each input of an index scorable
 * from those aggregates alone (`days` maps to itself). Throws `TypeError` naming `fn`
 * and the first input they lack (e.g. BCI 7var's reposts of originals, DCI's fans).
 * @param def The index definition.
 * @param fn The public function's name, for the error message.
 * @returns Each input's aggregate field.
 * @throws {TypeError} naming `fn` and the first input per-account aggregates lack.
 * @example tableFieldsOf(WCI_VERSIONS['2.0'], 'f').get('maxReads') // 'maxReads'
 */
export function tableFieldsOf(def: IndexDefinition, fn: string): Map<string, AggregateField | 'days'> {
  const out = new Map<string, AggregateField | 'days'>();
  for (const [input, src] of indexInputsOfNamed(def, fn)) {
    if (src !== 'days' && !AGG.has(src)) throw new TypeError(`${fn}: index ${def.id} needs "${input}", which per-account aggregates do not hold; use scoreAccounts on the posts table${src === 'followers' || src === 'followersGained' ? ' with options.accounts' : ''}`);
    out.set(input, src as AggregateField | 'days');
  }
  return out;
}
