import type { Level, Platform } from '../model/enums.js';
import type { Account, Matrix, Presence } from '../model/schemas.js';
import { accumulateAccountFields } from '../stats/accumulate-account-fields.js';
import type { PostsTable } from '../table/posts-table.js';
import type { Period } from '../time/period.js';
import { expectedPresence } from './presence-rules.js';

/** One unit × platform cell of the coverage grid. */
export interface CoverageCell {
  unit: string;
  level: Level;
  platform: Platform;
  expected: Presence;
  accountIds: string[];
  /** Accounts of the cell that posted in the period. */
  activeAccountIds: string[];
}

/** Coverage of a matrix: ratios, the grid, gaps and excesses. */
export interface MatrixCoverage {
  /** Required cells with at least one account / required cells (null when nothing is required). */
  requiredCoverage: number | null;
  /** Required cells with an account that posted in the period / required cells. */
  activeCoverage: number | null;
  /** Units with at least one account / units. */
  unitCoverage: number | null;
  /** Per level: required coverage. */
  byLevel: { level: Level; required: number; covered: number; coverage: number | null }[];
  /** Members (lead included) that posted in the period / members. */
  activeMemberShare: number | null;
  cells: CoverageCell[];
  /** Required but missing. */
  gaps: { unit: string; level: Level; platform: Platform }[];
  /** Discouraged but present, or several accounts of one unit on one platform. */
  excesses: { unit: string; level: Level; platform: Platform; accountIds: string[]; reason: 'discouraged' | 'several-accounts' }[];
}

/** Options of {@link matrixCoverage}. */
export interface MatrixCoverageOptions {
  /** Platforms of the grid (default: WeChat and Weibo, the two the national rules name first, plus any platform a member uses). */
  platforms?: readonly Platform[];
  /** Posts and the period for active coverage (default: no activity figures → null). */
  posts?: PostsTable;
  period?: Pick<Period, 'start' | 'end'>;
}

/**
 * Coverage of an account matrix (SPEC §7): for every unit × platform, the expected
 * presence (required / allowed / discouraged, from the matrix's rules, e.g. the 三有
 * rule) against the member accounts there; coverage ratios (of required cells, active in
 * the period, of units, per level), the gap list and the excess list. Closed accounts do
 * not count. Complexity O(units × platforms + accounts + posts).
 * @returns Coverage ratios, each unit × platform cell with its status, and the gaps and excess accounts.
 * @example matrixCoverage(matrix, accounts).gaps // [{ unit: '某区人民政府', level: 'county', platform: 'weibo' }]
 */
export function matrixCoverage(matrix: Matrix, accounts: readonly Account[], options: MatrixCoverageOptions = {}): MatrixCoverage {
  const byId = new Map(accounts.map((a) => [a.id, a]));
  const memberIds = [matrix.lead, ...matrix.members.filter((m) => m !== matrix.lead)];
  const members = memberIds.map((id) => byId.get(id)).filter((a): a is Account => a !== undefined && a.status !== 'closed');
  const units = matrix.units.length
    ? matrix.units
    : [...new Map(members.map((a) => [a.unit, { unit: a.unit, level: a.level, region: a.region, type: 'government' as const }])).values()];
  const platforms = [...new Set<Platform>([...(options.platforms ?? ['wechat', 'weibo']), ...(options.platforms ? [] : members.map((m) => m.platform))])];
  const active = new Set<string>();
  if (options.posts) {
    // Members with a post in the period (the per-account pass, src/stats).
    const t = options.posts;
    const articles = accumulateAccountFields(t, { fields: ['articles'], ...(options.period ? { period: options.period } : {}) }).fields.articles!;
    t.accountIds.forEach((id, k) => { if (articles[k]! > 0) active.add(id); });
  }
  const cells: CoverageCell[] = [];
  for (const u of units)
    for (const p of platforms) {
      const accs = members.filter((a) => a.unit === u.unit && a.platform === p).map((a) => a.id);
      cells.push({ unit: u.unit, level: u.level, platform: p, expected: expectedPresence(matrix.rules, u, p), accountIds: accs, activeAccountIds: accs.filter((id) => active.has(id)) });
    }
  const required = cells.filter((c) => c.expected === 'required');
  const ratio = (a: number, b: number) => (b ? a / b : null);
  const levels = [...new Set(units.map((u) => u.level))];
  return {
    requiredCoverage: ratio(required.filter((c) => c.accountIds.length > 0).length, required.length),
    activeCoverage: options.posts ? ratio(required.filter((c) => c.activeAccountIds.length > 0).length, required.length) : null,
    unitCoverage: ratio(units.filter((u) => members.some((a) => a.unit === u.unit)).length, units.length),
    byLevel: levels.map((level) => {
      const r = required.filter((c) => c.level === level);
      const covered = r.filter((c) => c.accountIds.length > 0).length;
      return { level, required: r.length, covered, coverage: ratio(covered, r.length) };
    }),
    activeMemberShare: options.posts ? ratio(members.filter((m) => active.has(m.id)).length, members.length) : null,
    cells,
    gaps: required.filter((c) => c.accountIds.length === 0).map(({ unit, level, platform }) => ({ unit, level, platform })),
    excesses: cells.flatMap((c) => [
      ...(c.expected === 'discouraged' && c.accountIds.length > 0 ? [{ unit: c.unit, level: c.level, platform: c.platform, accountIds: c.accountIds, reason: 'discouraged' as const }] : []),
      ...(c.accountIds.length > 1 ? [{ unit: c.unit, level: c.level, platform: c.platform, accountIds: c.accountIds, reason: 'several-accounts' as const }] : []),
    ]),
  };
}
