import { LEVEL_LABELS_ZH, PLATFORM_LABELS_ZH, type Level, type Platform } from '../model/enums.js';
import type { AccountVerdict } from './inspect.js';

/** Checked, passed and the pass rate of one group. */
export interface PassRateRow {
  group: string;
  label: string;
  checked: number;
  passed: number;
  failed: number;
  /** passed / checked (null when none checked). */
  rate: number | null;
  /** The rate as published: percent rounded half up to 1 decimal (seed 004 prints 85.5%, 90%). */
  ratePercent: number | null;
  /** Population of the group when given: checked / population (检查比例). */
  population?: number;
  checkRate?: number | null;
}

/** Pass rates in the shape of a provincial report (seed 004): overall, by host level, by platform, by region and by unit, and the annex. */
export interface PassRateReport {
  overall: PassRateRow;
  byLevel: PassRateRow[];
  byPlatform: PassRateRow[];
  byRegion: PassRateRow[];
  byUnit: PassRateRow[];
  /** The annex: every failing account with its reasons. */
  failing: { accountId: string; name: string; unit: string; platform: string; reasons: string[] }[];
}

/**
 * Percent rounded half up to 1 decimal: 85.45… → 85.5 (how seed 004's figures come out).
 * @param rate A fraction (0.8545).
 * @returns The percent, 1 decimal (85.5).
 * @example roundPercent(0.8545) // 85.5
 */
export const roundPercent = (rate: number) => Math.round(rate * 1000 + 1e-9) / 10;

function row(group: string, label: string, vs: readonly AccountVerdict[], population?: number): PassRateRow {
  const passed = vs.filter((v) => v.verdict === 'pass').length;
  const rate = vs.length ? passed / vs.length : null;
  const r: PassRateRow = { group, label, checked: vs.length, passed, failed: vs.length - passed, rate, ratePercent: rate === null ? null : roundPercent(rate) };
  if (population !== undefined) { r.population = population; r.checkRate = population ? vs.length / population : null; }
  return r;
}

function groupRows(vs: readonly AccountVerdict[], key: (v: AccountVerdict) => string, label: (k: string) => string, population?: ReadonlyMap<string, number>): PassRateRow[] {
  const g = new Map<string, AccountVerdict[]>();
  for (const v of vs) { const k = key(v); let l = g.get(k); if (!l) g.set(k, (l = [])); l.push(v); }
  return [...g.entries()].sort((a, b) => b[1].length - a[1].length || (a[0] < b[0] ? -1 : 1)).map(([k, l]) => row(k, label(k), l, population?.get(k)));
}

/** Options of {@link passRates}. */
export interface PassRatesOptions {
  /** Every account the inspected ones were drawn from: gives each group its population and check rate (检查比例). */
  population?: readonly { platform: string; level: string; region: string; unit: string }[];
}

/**
 * Pass rates (合格率) of inspected accounts, overall and by host level, platform, region
 * and unit, with counts, plus check rates when the population (all accounts) is given,
 * and the annex of failing accounts with their reasons. Rates are exact fractions; the
 * published form rounds half up to 1 decimal ({@link roundPercent}). Complexity O(n).
 * @returns Pass rates overall and per group (counts, rate, percent), check rates when the population is given, and the annex of failing accounts.
 * @example passRates(verdicts).byPlatform.find((r) => r.group === 'wechat')?.ratePercent // 95.5
 */
export function passRates(verdicts: readonly AccountVerdict[], options: PassRatesOptions = {}): PassRateReport {
  const pop = options.population;
  const count = (f: (a: { platform: string; level: string; region: string; unit: string }) => string) => {
    if (!pop) return undefined;
    const m = new Map<string, number>();
    for (const a of pop) m.set(f(a), (m.get(f(a)) ?? 0) + 1);
    return m;
  };
  return {
    overall: row('all', '全部', verdicts, pop?.length),
    byLevel: groupRows(verdicts, (v) => v.level, (k) => LEVEL_LABELS_ZH[k as Level] ?? k, count((a) => a.level)),
    byPlatform: groupRows(verdicts, (v) => v.platform, (k) => PLATFORM_LABELS_ZH[k as Platform] ?? k, count((a) => a.platform)),
    byRegion: groupRows(verdicts, (v) => v.region || '(无)', (k) => k, count((a) => a.region || '(无)')),
    byUnit: groupRows(verdicts, (v) => v.unit, (k) => k, count((a) => a.unit)),
    failing: verdicts.filter((v) => v.verdict === 'fail').map((v) => ({ accountId: v.accountId, name: v.name, unit: v.unit, platform: PLATFORM_LABELS_ZH[v.platform], reasons: v.reasons.map((r) => `${r.zh}（${r.evidence}）`) })),
  };
}
