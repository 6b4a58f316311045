import type { AggregateField } from '../stats/aggregate.js';
import { indexFields, type IndexDefinition } from './index-definition.js';

/**
 * How index inputs map onto what a posts table holds. WCI inputs are aggregate fields
 * by name; `days` is the period's day count. For the 4-variable BCI on a posts table:
 * posts = articles, reposts = shares (转发) of the posts, comments and likes as
 * summed per account. Indices needing anything else (BCI 7var: reposts of originals;
 * BVCI/DCI: fans) are scored from stats objects, not from a posts table.
 */
export const TABLE_FIELD_ALIASES: Readonly<Record<string, AggregateField>> = Object.freeze({
  posts: 'articles',
  reposts: 'shares',
});

const AGG_FIELDS = new Set<string>([
  'articles', 'pushes', 'originals', 'reads', 'looks', 'likes', 'shares', 'comments',
  'headlineReads', 'headlineLooks', 'headlineLikes', 'headlineShares', 'headlineComments',
  'maxReads', 'maxLooks', 'maxLikes', 'maxShares', 'maxComments',
]);

/**
 * The aggregate field behind each input of a table-scorable index (`days` maps to
 * itself). Throws `TypeError` naming `fn` and the first input a posts table lacks.
 */
export function tableFieldsOf(def: IndexDefinition, fn: string): Map<string, AggregateField | 'days'> {
  const out = new Map<string, AggregateField | 'days'>();
  for (const f of indexFields(def)) {
    if (f === 'days') out.set(f, 'days');
    else if (AGG_FIELDS.has(f)) out.set(f, f as AggregateField);
    else if (TABLE_FIELD_ALIASES[f]) out.set(f, TABLE_FIELD_ALIASES[f]!);
    else throw new TypeError(`${fn}: index ${def.id} needs "${f}", which a posts table does not hold; score it from stats objects instead`);
  }
  return out;
}
