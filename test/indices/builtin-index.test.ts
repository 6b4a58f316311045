import { describe, expect, it } from 'vitest';
import { defineIndex, INDEX_CATALOG } from '../../src/index.js';

// The shipped definitions are built without zod (src/indices/internal/builtin-index.ts,
// to keep zod out of small bundles); each must be exactly what defineIndex (the zod
// schema, defaults applied) makes of it.
describe('shipped index definitions', () => {
  for (const [id, def] of Object.entries(INDEX_CATALOG))
    it(`${id} equals defineIndex of itself`, () => expect(defineIndex(def)).toStrictEqual(def));
});
