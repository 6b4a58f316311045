import type { IndexDefinition, IndexDefinitionInput } from '../index-definition.js';

/**
 * Internal: a shipped index definition with the schema's defaults applied, without
 * zod. The shipped definitions are constants (test/indices checks each equals
 * `defineIndex` of itself), and building them without zod keeps zod out of a
 * bundle that only computes shipped indices (`import { wci }`: issue 17's size
 * budget). Offices' own definitions still go through `defineIndex`.
 */
export function builtinIndex(input: IndexDefinitionInput): IndexDefinition {
  return {
    family: 'custom', version: '1', source: 'office-defined', confidence: 'medium', outer: 'linear', multiplier: 1, roundAverages: false,
    ...input,
    dimensions: input.dimensions.map((d) => ({
      label: '',
      ...d,
      terms: d.terms.map((t) => ({ scale: 1, transform: 'log1p' as const, ...t })),
    })),
  };
}
