import Papa from 'papaparse';
import { InputError, type Rejection } from '../model/errors.js';
import { RosterEntrySchema, type RosterEntry } from './content-rule.js';
import { zodErrorZh } from '../model/zod-error-zh.js';

/**
 * Reads the office's leader roster from CSV text: columns 姓名/name and 职务/titles
 * (several titles separated by `|`, `、`, `；` or `;`). Rows are numbered as the
 * spreadsheet shows them (header = line 1).
 * @throws {InputError} listing every bad row.
 * @returns The roster entries (name and titles), in file order.
 * @example rosterFromCsv('姓名,职务\n张三,江州市市长、市委副书记')[0].titles // ['江州市市长', '市委副书记']
 */
export function rosterFromCsv(csv: string, options: { file?: string } = {}): RosterEntry[] {
  const rows = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: 'greedy' }).data;
  const file = options.file ?? 'roster CSV';
  if (rows.length === 0) return [];
  const head = rows[0]!.map((h) => h.trim().toLowerCase());
  const ni = head.findIndex((h) => h === '姓名' || h === 'name'), ti = head.findIndex((h) => h === '职务' || h === 'titles' || h === 'title');
  if (ni < 0 || ti < 0) throw new InputError([{ row: 1, column: ni < 0 ? '姓名' : '职务', reason: '缺少列（须有 姓名/name 和 职务/titles 两列）' }], file);
  const out: RosterEntry[] = [];
  const rejected: Rejection[] = [];
  rows.slice(1).forEach((cells, k) => {
    const r = RosterEntrySchema.safeParse({ name: (cells[ni] ?? '').trim(), titles: (cells[ti] ?? '').split(/[|、；;]/).map((s) => s.trim()).filter(Boolean) }, { error: zodErrorZh });
    if (r.success) out.push(r.data);
    else rejected.push({ row: k + 2, column: r.error.issues[0]!.path[0] === 'name' ? '姓名' : '职务', reason: r.error.issues[0]!.message });
  });
  if (rejected.length) throw new InputError(rejected, file);
  return out;
}
