/** Messages between the page (main.ts) and the worker (worker.ts), and the views' labels. */
import type { ReportTable } from '../src/report/report-table.js';

/** Input roles: one drop zone / file picker each. */
export type Role = 'posts' | 'accounts' | 'messages' | 'registry' | 'matrix' | 'rules' | 'findings';

export const ROLES: readonly { role: Role; label: string; hint: string; multiple: boolean }[] = [
  { role: 'posts', label: '帖子（发文数据）', hint: 'CSV / Excel / JSON，可多选：清博、新榜、公众平台后台等导出', multiple: true },
  { role: 'accounts', label: '账号台账', hint: '账号ID、账号名称、平台、主办单位、层级 …', multiple: true },
  { role: 'messages', label: '留言', hint: '留言ID、账号ID、留言时间、回复时间 …', multiple: true },
  { role: 'registry', label: '备案', hint: '账号ID、主办单位、平台、备案时间、状态 …', multiple: true },
  { role: 'matrix', label: '矩阵定义', hint: 'JSON：龙头账号、成员、单位、规则', multiple: false },
  { role: 'rules', label: '内容规则', hint: '错敏词、规范表述、领导人名单（CSV/JSON）', multiple: true },
  { role: 'findings', label: '上次内容检查发现', hint: 'JSON：上次“内容检查”页下载的检查发现（或 govmedia check --format json），用于整改跟踪', multiple: false },
];

export type ViewId = 'ranking' | 'inspection' | 'warnings' | 'homogeneity' | 'matrix' | 'content' | 'shortlist' | 'tongbao';
export const VIEWS: Record<ViewId, string> = {
  ranking: '排行', inspection: '检查', warnings: '预警', homogeneity: '同质化', matrix: '矩阵', content: '内容检查', shortlist: '十佳遴选', tongbao: '通报',
};

export interface ViewParams {
  /** A period spec the library parses (2024-09, 2024-W36, 2024-07-01~2024-09-30); empty = the data's date range. */
  period: string;
  /** Check instant (监测时间点), China time; empty = end of the period. */
  at: string;
  /** The next check (预警), China time; empty = 7 days after the check instant. */
  next: string;
  /** Index id (wci-14.2 …). */
  index: string;
  /** Platform filter ('' = the index's own platform, 'all' = every account). */
  platform: string;
  /** List size (0 = everything; the shortlist's N, default 10). */
  topN: number;
  /** Shortlist: at most this many per host unit (0 = no cap). */
  perUnit: number;
  /** Shortlist: minimum posts in the period (0 = the library's default, 1). */
  minPosts: number;
  /** Shortlist: separate lists for unit and personal accounts (seed 003). */
  byKind: boolean;
  /** 通报: share of the accounts inspected (stratified sample, seed 1); 0 or 1 = all. */
  sampleShare: number;
  /** 通报: last quarter's overall pass rate in percent (0 = not given). */
  previousRate: number;
}

/** What the column-mapping dialog sets for one file: header → field (the readers' `columns`), and the account of a file without an account column (`account`). */
export interface FileMapping {
  columns: Record<string, string>;
  account?: string;
  /** Workbooks: the sheet to read (default the first). */
  sheet?: string;
  /** Numeric time cells: 'ms' | 's' | 'excel' (the readers refuse to guess). */
  timeUnit?: string;
}

export interface FileReport {
  role: Role;
  name: string;
  size: number;
  /** Records read. */
  rows: number;
  rejectedCount: number;
  /** The first rejected rows as the library reports them (row as the library numbers it, column, reason). */
  rejected: { row: number; column: string; reason: string; value?: string }[];
  /** Bad optional cells, read as missing (the row is kept). */
  cellsCount: number;
  cells: { row: number; column: string; reason: string; value?: string }[];
  /** The file's header (for the mapping dialog). */
  headers: string[];
  /** Set when the reader refused the whole file. */
  error?: string;
  /** Whatever else the reader reports (keyedBy, preset, duplicates, sheet, warnings …), shown as given. */
  extras: Record<string, unknown>;
  ignoredColumns: string[];
  /** Target fields the column-mapping dialog offers. */
  fields: { field: string; label: string }[];
  needsMapping: boolean;
  mapping?: FileMapping;
  /** Set when the role is waiting for a library feature. */
  pending?: string;
}

export type SectionOut =
  | { kind: 'facts'; title?: string; facts: readonly (readonly [string, string | number])[] }
  | { kind: 'chart'; title: string; spec?: unknown; svg?: string }
  | { kind: 'table'; id: string; title: string; table: ReportTable; totalRows?: number }
  | { kind: 'pending'; title: string; text: string };

export interface ViewResult {
  view: ViewId;
  docId: string;
  title: string;
  subtitle?: string;
  sections: SectionOut[];
  /** How the posts files were combined: duplicates across files, accounts joined to the ledger by name, posting accounts missing from it. */
  notes: string[];
}
