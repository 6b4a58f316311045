import type { DeductionItem } from './inspect.js';

/** Deduction presets for confirmed content findings. */
export const CONTENT_DEDUCTION_PRESETS = Object.freeze({
  /**
   * 钟楼区 (Changzhou): 2 points per 严重错误, as issue 14 reports the local sheet; the sheet's
   * cap is not in our source, so the cap of 20 is ours. Counted: confirmed findings of severity
   * `veto-candidate` or `deduction`.
   */
  zhonglou: { serious: { pointsEach: 2, cap: 20 }, general: null },
  /** Ours (no source gives these numbers): 5 points per serious finding (cap 30), 1 per other deduction finding (cap 10). */
  ours: { serious: { pointsEach: 5, cap: 30 }, general: { pointsEach: 1, cap: 10 } },
});

/**
 * Deduction-sheet items for confirmed content findings, to pass in
 * `inspect(…, { findings, deductions: { items: [...yourItems, ...contentDeductionItems('zhonglou')] } })`.
 * Per-item points and caps; `zhonglou` counts every confirmed `veto-candidate` or `deduction`
 * finding as a 严重错误 at 2 points; `ours` separates serious (veto candidates) from general
 * findings. Notes never cost points.
 * @throws {RangeError} for an unknown preset or bad numbers.
 * @returns The deduction items (id, label, count, points each, cap).
 * @example contentDeductionItems('zhonglou')[0].pointsEach // 2
 */
export function contentDeductionItems(preset: keyof typeof CONTENT_DEDUCTION_PRESETS | { serious: { pointsEach: number; cap: number }; general: { pointsEach: number; cap: number } | null } = 'ours'): DeductionItem[] {
  const p = typeof preset === 'string' ? CONTENT_DEDUCTION_PRESETS[preset] : preset;
  if (!p) throw new RangeError(`contentDeductionItems: unknown preset ${JSON.stringify(preset)} (zhonglou, ours or { serious, general })`);
  for (const x of [p.serious, p.general]) if (x && !(x.pointsEach >= 0 && x.cap >= 0)) throw new RangeError('contentDeductionItems: pointsEach and cap must be ≥ 0');
  if (p.general === null)
    return [{ id: 'content.errors', label: '内容严重错误', count: (c) => c.findings.filter((f) => f.severity !== 'note').length, pointsEach: p.serious.pointsEach, cap: p.serious.cap }];
  return [
    { id: 'content.serious', label: '内容严重错误', count: (c) => c.findings.filter((f) => f.severity === 'veto-candidate').length, pointsEach: p.serious.pointsEach, cap: p.serious.cap },
    { id: 'content.general', label: '内容一般错误', count: (c) => c.findings.filter((f) => f.severity === 'deduction').length, pointsEach: p.general.pointsEach, cap: p.general.cap },
  ];
}
