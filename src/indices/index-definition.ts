import type { z } from 'zod';
import type { IndexDefinitionSchema, IndexTermSchema } from './define-index.js';

// The definition types; the zod schemas and `defineIndex` live in define-index.ts so
// that code using only shipped indices (and `indexFields`) does not bundle zod.
export type IndexDefinition = z.output<typeof IndexDefinitionSchema>;
export type IndexDefinitionInput = z.input<typeof IndexDefinitionSchema>;
export type IndexTerm = z.output<typeof IndexTermSchema>;

/**
 * The fields an index reads (its terms' fields and divisors, and `requires`).
 * @param def The index definition.
 * @returns Field names, each once, in the order the definition first uses them.
 * @example indexFields(WCI_VERSIONS['2.0']) // ['articles', 'reads', 'maxReads', 'likes', 'maxLikes']
 */
export function indexFields(def: IndexDefinition): string[] {
  const s = new Set<string>();
  if (def.requires) s.add(def.requires);
  for (const d of def.dimensions) for (const t of d.terms) { s.add(t.field); if (t.divideBy) s.add(t.divideBy); }
  return [...s];
}
