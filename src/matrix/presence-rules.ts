import type { Level, Platform } from '../model/enums.js';
import type { Matrix, Presence } from '../model/schemas.js';

/**
 * Seed 002's 三有 rule (东营区, after 国办发〔2018〕123号): governments at county level
 * and above should have accounts (required), their departments may (allowed),
 * townships and villages in principle should not open their own (discouraged).
 */
export const SAN_YOU_RULES: Matrix['rules'] = Object.freeze([
  { level: 'national', unitType: 'government', presence: 'required' },
  { level: 'province', unitType: 'government', presence: 'required' },
  { level: 'city', unitType: 'government', presence: 'required' },
  { level: 'county', unitType: 'government', presence: 'required' },
  { level: 'national', unitType: 'department', presence: 'allowed' },
  { level: 'province', unitType: 'department', presence: 'allowed' },
  { level: 'city', unitType: 'department', presence: 'allowed' },
  { level: 'county', unitType: 'department', presence: 'allowed' },
  { level: 'township', presence: 'discouraged' },
  { level: 'village', presence: 'discouraged' },
]) as Matrix['rules'];

/**
 * The expected presence of a unit on a platform: the most specific matching rule wins
 * (a rule naming the platform beats one that does not; one naming the unit type beats one
 * that does not); no matching rule means `allowed`. Complexity O(rules).
 * @returns `'required'`, `'allowed'` or `'discouraged'`.
 * @example expectedPresence(SAN_YOU_RULES, { level: 'township', type: 'government' }, 'wechat') // 'discouraged'
 */
export function expectedPresence(rules: Matrix['rules'], unit: { level: Level; type?: 'government' | 'department' }, platform: Platform): Presence {
  let best: { score: number; presence: Presence } | null = null;
  for (const r of rules) {
    if (r.level !== unit.level) continue;
    if (r.platform !== undefined && r.platform !== platform) continue;
    if (r.unitType !== undefined && r.unitType !== (unit.type ?? 'government')) continue;
    const score = (r.platform ? 2 : 0) + (r.unitType ? 1 : 0);
    if (!best || score > best.score) best = { score, presence: r.presence };
  }
  return best?.presence ?? 'allowed';
}
