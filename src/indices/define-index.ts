import { z } from 'zod';
import type { IndexDefinition, IndexDefinitionInput } from './index-definition.js';

/**
 * One weighted term of a dimension: `weight × ln(scale × x + 1)` (transform `log1p`,
 * the providers' form) or `weight × x` (transform `identity`, for composites of
 * ready-made scores), where `x = field / divideBy` (or `field` alone), optionally
 * clamped below at `min` (DCI: negative fans gained count as 0).
 */
export const IndexTermSchema = z.object({
  field: z.string().min(1),
  divideBy: z.string().min(1).optional(),
  weight: z.number().finite(),
  scale: z.number().finite().positive().default(1),
  transform: z.enum(['log1p', 'identity']).default('log1p'),
  min: z.number().finite().optional(),
});

/** A dimension: a weighted sum of terms, entering the index with its own weight. */
export const IndexDimensionSchema = z.object({
  key: z.string().min(1),
  label: z.string().default(''),
  weight: z.number().finite(),
  terms: z.array(IndexTermSchema).min(1),
});

/**
 * A declarative index definition (SPEC §3): versions are configurations, not code
 * paths. `value = outer(Σ_dim weight_dim × Σ_term weight_term × ln(scale × x + 1)) × multiplier`
 * with `outer` = square (WCI) or linear (BCI, BVCI, DCI, composites).
 * `requires` names the count field that must be > 0 for the account to have an index
 * (e.g. `articles`: no article → `null`, never 0 or NaN).
 */
export const IndexDefinitionSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  family: z.string().default('custom'),
  version: z.string().default('1'),
  /** Where the formula comes from (provider page, report), or "office-defined". */
  source: z.string().default('office-defined'),
  confidence: z.enum(['high', 'medium', 'low']).default('medium'),
  note: z.string().optional(),
  requires: z.string().optional(),
  dimensions: z.array(IndexDimensionSchema).min(1),
  outer: z.enum(['square', 'linear']).default('linear'),
  multiplier: z.number().finite().positive().default(1),
  /** Round per-article averages (terms divided by `articles`) to 1 decimal before the log, as gsdata does. */
  roundAverages: z.boolean().default(false),
});


/**
 * Builds (validates) an index definition: an office's own composite in the same form
 * as the published ones. Throws `TypeError` naming `defineIndex` and the bad field.
 * @throws {TypeError} naming `defineIndex` and the first bad field (zod's reason), never a raw ZodError.
 * @returns The definition with defaults (source, confidence, outer transform, multiplier).
 * @example defineIndex({ id: 'my', name: '本市传播指数', dimensions: [{ key: 'R', weight: 1, terms: [{ field: 'reads', weight: 1 }] }], multiplier: 100 }).outer // 'linear'
 */
export function defineIndex(input: IndexDefinitionInput): IndexDefinition {
  const r = IndexDefinitionSchema.safeParse(input);
  if (!r.success) {
    const i = r.error.issues[0]!;
    throw new TypeError(`defineIndex: ${i.path.join('.') || '(definition)'}: ${i.message}`);
  }
  return r.data;
}

