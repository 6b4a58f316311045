import { BCI_VARIANTS } from './bci.js';
import { BVCI } from './bvci.js';
import { DCI } from './dci.js';
import type { IndexDefinition } from './index-definition.js';
import { WCI_VERSIONS } from './wci.js';
import { WEIBO_CITY_EDITIONS } from './weibo-city.js';

/** Every shipped index definition by id (`wci-14.2`, `bci-4var`, `bvci-2.0`, `dci`, `weibo-city-2023Q3`, …). */
export const INDEX_CATALOG: Readonly<Record<string, IndexDefinition>> = Object.freeze(
  Object.fromEntries(
    [...Object.values(WCI_VERSIONS), ...Object.values(BCI_VARIANTS), BVCI, DCI, ...Object.values(WEIBO_CITY_EDITIONS)].map((d) => [d.id, d]),
  ),
);

/**
 * Looks up a shipped index by id (`wci-14.2`), or by WCI version alone (`14.2`);
 * a definition object passes through.
 * @param index An index id, a WCI version, or a definition.
 * @returns The definition.
 * @throws {RangeError} naming the known ids for an unknown id.
 * @example resolveIndex('14.2').id // 'wci-14.2'
 */
export function resolveIndex(index: string | IndexDefinition): IndexDefinition {
  return resolveIndexNamed(index, 'resolveIndex');
}

/**
 * Internal: `resolveIndex` whose errors name `fn`, the public function (or CLI flag) the caller was given.
 * @throws {RangeError} as `resolveIndex`, naming `fn`.
 * @internal
 */
export function resolveIndexNamed(index: string | IndexDefinition, fn: string): IndexDefinition {
  if (typeof index === 'object' && index !== null) return index;
  const def = INDEX_CATALOG[index] ?? INDEX_CATALOG[`wci-${index}`];
  if (!def) throw new RangeError(`${fn}: unknown index "${String(index)}" (known: ${Object.keys(INDEX_CATALOG).join(', ')})`);
  return def;
}
