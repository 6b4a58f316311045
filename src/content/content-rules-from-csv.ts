import Papa from 'papaparse';
import { InputError, type Rejection } from '../model/errors.js';
import { ContentRuleSchema, type ContentRule } from './content-rule.js';
import { zodErrorZh } from '../model/zod-error-zh.js';

const ALIASES: Record<string, keyof ContentRule | 'pattern'> = {
  id: 'id', 编号: 'id', 规则: 'id',
  kind: 'kind', 类别: 'kind', 类型: 'kind',
  severity: 'severity', 级别: 'severity', 严重程度: 'severity',
  pattern: 'pattern', patterns: 'pattern', 词: 'pattern', 错误写法: 'pattern', 词语: 'pattern', 敏感词: 'pattern',
  suggestion: 'suggestion', 建议: 'suggestion', 正确写法: 'suggestion', 推荐词形: 'suggestion',
  source: 'source', 来源: 'source', 依据: 'source',
  near: 'near', 语境: 'near', notnear: 'notNear', 排除语境: 'notNear', window: 'window', 窗口: 'window',
};
const KIND_ZH: Record<string, string> = { 错别字: 'typo', 异形词: 'variant', 规范表述: 'expression', 广告: 'ad', 敏感词: 'sensitive' };
const SEVERITY_ZH: Record<string, string> = { 否决: 'veto-candidate', 疑似否决: 'veto-candidate', 扣分: 'deduction', 提示: 'note' };

/**
 * Reads an office's rule dictionary from CSV text (UTF-8; header row; English or Chinese
 * headers: id/编号, kind/类别 (typo 错别字, variant 异形词, expression 规范表述, ad 广告,
 * sensitive 敏感词), severity/级别 (veto-candidate 否决, deduction 扣分, note 提示),
 * pattern/错误写法 (several separated by `|`), suggestion/正确写法, source/来源, near/语境
 * and notNear/排除语境 (`|`-separated), window/窗口). Missing `kind`/`severity`/`source`
 * take `defaults`; a missing id becomes `<kind>:<first pattern>`.
 * Rows are numbered as the spreadsheet shows them (header = line 1).
 * @throws {InputError} listing every bad row with its column and reason (nothing is dropped silently).
 * @returns The rules, one per data row, in file order.
 * @example contentRulesFromCsv('错误写法,正确写法\n扫黑险恶,扫黑除恶', { defaults: { kind: 'typo', severity: 'veto-candidate', source: '本单位词表' } })[0].id // 'typo:扫黑险恶'
 */
export function contentRulesFromCsv(csv: string, options: { defaults?: Partial<Pick<ContentRule, 'kind' | 'severity' | 'source'>>; file?: string } = {}): ContentRule[] {
  const parsed = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: 'greedy' });
  const rows = parsed.data;
  if (rows.length === 0) return [];
  const header = rows[0]!.map((h) => ALIASES[h.trim().toLowerCase()] ?? ALIASES[h.trim()]);
  const bad = rows[0]!.filter((_, i) => header[i] === undefined);
  if (bad.length) throw new InputError([{ row: 1, column: bad[0]!, reason: `未知的列（应为 ${Object.keys(ALIASES).join('、')} 之一）` }], options.file ?? '词表 CSV');
  if (!header.includes('pattern')) throw new InputError([{ row: 1, column: '(header)', reason: '没有“错误写法”列（pattern / 错误写法 / 词）' }], options.file ?? '词表 CSV');
  const out: ContentRule[] = [];
  const rejected: Rejection[] = [];
  const split = (s: string | undefined) => (s ?? '').split('|').map((x) => x.trim()).filter(Boolean);
  rows.slice(1).forEach((cells, k) => {
    const row = k + 2;
    const rec: Record<string, string> = {};
    header.forEach((h, i) => { if (h) rec[h] = (cells[i] ?? '').trim(); });
    const kind = KIND_ZH[rec.kind ?? ''] ?? (rec.kind || options.defaults?.kind);
    const severity = SEVERITY_ZH[rec.severity ?? ''] ?? (rec.severity || options.defaults?.severity);
    const patterns = split(rec.pattern);
    const input = {
      id: rec.id || `${kind ?? 'rule'}:${patterns[0] ?? row}`, kind, severity, patterns, suggestion: rec.suggestion ?? '', source: rec.source || options.defaults?.source,
      ...(rec.near ? { near: split(rec.near) } : {}), ...(rec.notNear ? { notNear: split(rec.notNear) } : {}), ...(rec.window ? { window: Number(rec.window) } : {}),
    };
    const r = ContentRuleSchema.safeParse(input, { error: zodErrorZh });
    if (r.success) out.push(r.data);
    else for (const i of r.error.issues) rejected.push({ row, column: String(i.path[0] ?? '(row)'), reason: i.message });
  });
  if (rejected.length) throw new InputError(rejected, options.file ?? '词表 CSV');
  return out;
}
