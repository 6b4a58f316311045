/**
 * The office app's Web Worker: every library call happens here, off the page's
 * thread, so a 400 MB export is read and ranked while the page stays responsive.
 *
 * This file is a thin adapter, like the CLI: each action reads files or calls
 * library functions and shapes the results into report documents (titles, tables,
 * chart specs) for the page. No index, rule or threshold is computed here; where the
 * library lacks a feature the view says so (a `pending` section), it is not faked.
 *
 * Protocol (page → worker): { id, op: 'read' | 'view' | 'export', … };
 * (worker → page): { id, progress } while working, then { id, result } or { id, error }.
 */
// First: zod's eval probe off before any schema is built (the page's CSP forbids eval).
import { zodConfig } from './zod-jitless.js';
import * as g from '../src/index.js';
// Internal (not in the public surface): the header reader behind the column-mapping dialog.
import { rawRecords } from '../src/ingest/raw-records.js';
import type { Account, Message, Rejection, RegistryEntry, Matrix } from '../src/index.js';
import type { ReportDocument, ReportTable } from '../src/index.js';
import { VIEWS, type Role, type ViewId, type ViewParams, type FileReport, type FileMapping, type ViewResult, type SectionOut } from './protocol.js';

const state: {
  posts: g.ReadPostsResult[];
  accounts: Account[] | null;
  messages: Message[];
  registry: RegistryEntry[];
  matrix: Matrix | null;
  rules: unknown[] | null;
  /** The last content check's findings file dropped on 上次内容检查发现 (rectification, 整改). */
  previousFindings: g.FindingsFile | null;
  /** The findings file of the content check last shown (its JSON download). */
  findingsFile: g.ContentFindingsFile | null;
  tables: Map<string, { table: ReportTable; doc: string }>;
  /** The last 通报 built (for its .docx / HTML / .xlsx downloads). */
  quarterly: g.QuarterlyReport | null;
  docs: Map<string, ReportDocument>;
} = {
  posts: [], accounts: null, messages: [], registry: [], matrix: null, rules: null, previousFindings: null, findingsFile: null,
  tables: new Map(), docs: new Map(), quarterly: null,
};

if (!zodConfig.jitless) throw new Error('zod jitless not set');

let currentId = 0;
const post = (msg: unknown, transfer: Transferable[] = []) => (self as unknown as Worker).postMessage(msg, transfer);
const progress = (fraction: number | null, label: string) => post({ id: currentId, progress: { fraction, label } });

/** A File as an async iterable of byte chunks (what the library's readers stream), reporting bytes read as progress. */
async function* chunks(file: File, label: string): AsyncGenerator<Uint8Array> {
  const reader = file.stream().getReader();
  let done = 0;
  let last = 0;
  for (;;) {
    const r = await reader.read();
    if (r.done) break;
    done += r.value.byteLength;
    const now = Date.now();
    if (now - last > 100) { last = now; progress(file.size ? done / file.size : null, label); }
    yield r.value;
  }
  progress(1, label);
}

const REJECTIONS_LISTED = 200;
const KIND: Partial<Record<Role, g.RecordKind>> = { posts: 'posts', accounts: 'accounts', messages: 'messages', registry: 'registry' };
const EXTRA_SKIP = new Set(['rejected', 'rejectedCells', 'table', 'records', 'rowCount', 'sheet']);

function fileReport(role: Role, file: File, result: Record<string, unknown>, rows: number, mapping?: FileMapping, headers?: readonly string[]): FileReport {
  const rejected = (result.rejected as Rejection[] | undefined) ?? [];
  const cells = (result.rejectedCells as Rejection[] | undefined) ?? [];
  // Everything else the reader reports (keyedBy, preset, duplicates, warnings, input …) is shown as given.
  const extras: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(result)) {
    if (EXTRA_SKIP.has(k)) continue;
    if (k === 'input' && v && typeof v === 'object') {
      const i = v as { format?: string; encoding?: string; delimiter?: string; sheet?: string; headerRow?: number };
      const DELIM: Record<string, string> = { ',': '逗号', '\t': '制表符', ';': '分号' };
      extras.input = [i.format && `格式 ${i.format}`, i.encoding && `编码 ${i.encoding}`, i.delimiter && `分隔符 ${DELIM[i.delimiter] ?? i.delimiter}`,
        i.sheet && `工作表 ${i.sheet}`, i.headerRow && `表头在第 ${i.headerRow} 行`].filter(Boolean).join(' · ');
      continue;
    }
    if (k === 'preset' && typeof v === 'string') {
      try { extras.preset = `${g.detectPostPreset([], v).label}（${v}）`; } catch { extras.preset = v; }
      continue;
    }
    if (v === null || ['string', 'number', 'boolean'].includes(typeof v) || (Array.isArray(v) && v.length < 500 && v.every((x) => typeof x !== 'object' || x === null)))
      extras[k] = v;
  }
  const ignored = (result.ignoredColumns as string[] | undefined) ?? [];
  const kind = KIND[role];
  const presets = kind ? (g.COLUMN_PRESETS as Record<string, readonly { field: string; headers: readonly string[] }[]>)[kind] : undefined;
  const brief = (r: Rejection) => ({ row: r.row, column: r.column, reason: r.reason, ...(r.value === undefined ? {} : { value: r.value }) });
  return {
    role, name: file.name, size: file.size, rows, rejectedCount: rejected.length,
    rejected: rejected.slice(0, REJECTIONS_LISTED).map(brief),
    cellsCount: cells.length, cells: cells.slice(0, REJECTIONS_LISTED).map(brief),
    extras, ignoredColumns: ignored,
    headers: headers ? [...headers] : ignored,
    // Offered as the field's first (Chinese) preset header, with the field name.
    fields: presets ? presets.map((f) => ({ field: f.field, label: `${f.headers[0] ?? f.field}（${f.field}）` })) : [],
    // The column-mapping dialog is offered when a header was not recognised (ignored columns) or nothing was read.
    needsMapping: !!presets && (ignored.length > 0 || rows === 0),
    ...(mapping && (Object.keys(mapping.columns).length || mapping.account || mapping.sheet || mapping.timeUnit) ? { mapping } : {}),
  };
}

/** The header of a file the reader refused (e.g. no account column), for the column-mapping dialog: the library's raw record splitter. */
async function headersOf(file: File, kind: g.RecordKind): Promise<string[]> {
  try {
    for await (const r of rawRecords(chunks(file, `读取表头 ${file.name}`), { kind, sourceName: file.name })) return 'headers' in r ? [...r.headers] : [];
  } catch { /* not even a table: no dialog */ }
  return [];
}

async function readRole(role: Role, files: File[], mappings: Record<string, FileMapping>): Promise<FileReport[]> {
  const reports: FileReport[] = [];
  const kind = KIND[role];
  const results: unknown[] = [];
  for (const [i, file] of files.entries()) {
    const mapping = mappings[file.name];
    const opts = {
      sourceName: file.name,
      ...(mapping && Object.keys(mapping.columns).length ? { columns: mapping.columns } : {}),
      ...(mapping?.account ? { account: mapping.account } : {}),
      ...(mapping?.sheet ? { sheet: mapping.sheet } : {}),
      ...(mapping?.timeUnit ? { timeUnit: mapping.timeUnit as g.TimeUnit } : {}),
    };
    const label = `读取 ${file.name}（${i + 1}/${files.length}）`;
    progress(0, label);
    try {
      if (role === 'posts') {
        const r = await g.readPosts(chunks(file, label), opts);
        results.push(r);
        reports.push(fileReport(role, file, r as unknown as Record<string, unknown>, r.table.size, mapping));
      } else if (role === 'accounts' || role === 'messages' || role === 'registry') {
        const reader = role === 'accounts' ? g.readAccounts : role === 'messages' ? g.readMessages : g.readRegistry;
        const r = await reader(chunks(file, label), opts);
        results.push(...r.records);
        reports.push(fileReport(role, file, r as unknown as Record<string, unknown>, r.records.length, mapping));
      } else if (role === 'matrix') {
        let parsed: unknown;
        try { parsed = JSON.parse((await file.text()).replace(/^\uFEFF/, '')); } catch (e) {
          reports.push(fileReport(role, file, { rejected: [{ row: 1, column: '', reason: `不是有效的 JSON：${(e as Error).message}` }] }, 0));
          continue;
        }
        const r = g.safeParseMatrix(parsed);
        if (r.success) { results.push(r.data); reports.push(fileReport(role, file, {}, 1)); }
        else reports.push(fileReport(role, file, { rejected: r.errors }, 0));
      } else if (role === 'findings') {
        // The last check's findings (parseFindingsFile: the file `govmedia check --format json` writes, as this page's download).
        let parsed: unknown;
        try { parsed = JSON.parse((await file.text()).replace(/^\uFEFF/, '')); } catch (e) {
          reports.push(fileReport(role, file, { rejected: [{ row: 1, column: '', reason: `不是有效的 JSON：${(e as Error).message}` }] }, 0));
          continue;
        }
        const r = g.parseFindingsFile(parsed, { file: file.name });
        results.push(r);
        reports.push(fileReport(role, file, { 检查时间: g.formatChinaTime(r.at.getTime()) }, r.findings.length));
      } else {
        // Content rules: a JSON rule set (parseContentRules) or a CSV dictionary (contentRulesFromCsv), as `govmedia check --rules` reads them.
        const text = (await file.text()).replace(/^\uFEFF/, '');
        const extra: g.ContentRuleSetInput = /\.json$/i.test(file.name)
          ? g.parseContentRules(JSON.parse(text))
          : { rules: g.contentRulesFromCsv(text, { file: file.name, defaults: { kind: 'typo', severity: 'deduction', source: `本单位词表 ${file.name}` } }) };
        results.push(extra);
        const n = (extra.rules?.length ?? 0) + (extra.roster?.length ?? 0) + (extra.allowlist?.length ?? 0);
        reports.push(fileReport(role, file, {}, n, mapping));
      }
    } catch (e) {
      // A file the reader refuses as a whole (no header, no account column, binary …): one clear message,
      // and the file's header for the mapping dialog when it has one. The other files are kept.
      const err = e as Error & { rejections?: readonly Rejection[] };
      const rejected = err.rejections?.length ? [...err.rejections] : [{ row: 0, column: '', reason: err.message }];
      const headers = kind ? await headersOf(file, kind) : [];
      reports.push({ ...fileReport(role, file, { rejected }, 0, mapping, headers), needsMapping: headers.length > 0, error: err.message });
    }
  }
  if (role === 'posts') { state.posts = results as g.ReadPostsResult[]; combined = null; }
  else if (role === 'accounts') { state.accounts = results.length ? (results as Account[]) : null; combined = null; }
  else if (role === 'messages') state.messages = results as Message[];
  else if (role === 'registry') state.registry = results as RegistryEntry[];
  else if (role === 'matrix') state.matrix = (results[0] as Matrix | undefined) ?? null;
  else if (role === 'findings') state.previousFindings = (results[0] as g.FindingsFile | undefined) ?? null;
  else state.rules = results.length ? results : null;
  return reports;
}

/**
 * One posts table for the views, as the CLI builds it: the files' tables concatenated
 * (`concatPostsTables`), posts repeated across files dropped (`dropDuplicatePosts`), and
 * with a ledger, posts keyed by account name joined to it (`joinAccounts`).
 */
let combined: { table: g.PostsTable; notes: string[] } | null = null;
function postsTable(): g.PostsTable | null {
  return combinedPosts()?.table ?? null;
}
function combinedPosts(): { table: g.PostsTable; notes: string[] } | null {
  if (state.posts.length === 0) return null;
  if (combined) return combined;
  const notes: string[] = [];
  let table = g.concatPostsTables(state.posts.map((r) => r.table));
  if (state.posts.length > 1) {
    const d = g.dropDuplicatePosts(table, { useIds: !state.posts.some((r) => r.warnings.some((w) => w.includes('科学计数法'))) });
    table = d.table;
    if (d.duplicates) notes.push(`多个文件之间重复的文章 ${d.duplicates} 篇，只计一次`);
    notes.push(...d.warnings);
  }
  if (state.accounts) {
    const keyedBy = state.posts.some((r) => r.keyedBy === 'accountName') ? 'accountName' : 'accountId';
    const platforms = new Set(state.posts.map((r) => r.platform));
    const platform = platforms.size === 1 ? [...platforms][0] : undefined;
    const join = g.joinAccounts(table, state.accounts, { keyedBy, ...(platform ? { platform } : {}) });
    table = join.table;
    const list = (xs: string[]) => xs.slice(0, 20).join('，') + (xs.length > 20 ? ` 等 ${xs.length} 个` : '');
    if (keyedBy === 'accountName' && join.joined.size) notes.push(`按账号名称${platform ? '和平台' : ''}关联台账：${join.joined.size} 个账号`);
    if (join.missing.length) notes.push(`发文账号不在台账中（${join.missing.length} 个）：${list(join.missing)}`);
    if (join.ambiguous.length) notes.push(`账号名称在台账的多个平台上出现、无法确定平台（${join.ambiguous.length} 个，未关联）：${list(join.ambiguous)}`);
  }
  return (combined = { table, notes });
}

// ---------------------------------------------------------------------------------
// Views

const name = (accounts: readonly Account[] | null) => {
  const m = new Map((accounts ?? []).map((a) => [a.id, a.name]));
  return (id: string) => m.get(id) ?? id;
};
const platformZh = (p: string | null | undefined) => (p ? (g.PLATFORM_LABELS_ZH as Record<string, string>)[p] ?? p : '');
const levelZh = (l: string | null | undefined) => (l ? (g.LEVEL_LABELS_ZH as Record<string, string>)[l] ?? l : '');

function period(params: ViewParams, table: g.PostsTable | null): g.Period | null {
  if (params.period) return g.parsePeriod(params.period);
  const range = table?.timeRange();
  return range ? g.customPeriod(range.start, range.end) : null;
}

/** The check instant: the given date (end of that China day, as the CLI reads `--at`), else the end of the period. */
function checkInstant(params: ViewParams, p: g.Period | null): number | null {
  if (params.at) {
    const ms = g.parseChinaTime(params.at);
    if (ms === null) throw new RangeError(`监测时间点无法识别：${params.at}`);
    return /^\d{4}-\d{1,2}-\d{1,2}$/.test(params.at.trim()) ? ms + g.DAY_MS : ms;
  }
  return p ? p.end : null;
}

const need = (what: string): never => { throw new UserError(what); };
class UserError extends Error {}

type Doc = { title: string; subtitle?: string; sections: SectionOut[] };

/** One `rankAccounts` call: every competing account scored and ranked, best first, with its dimension explanation. */
function scoredRows(params: ViewParams, table: g.PostsTable, accounts: Account[] | null, p: g.Period) {
  const def = g.resolveIndex(params.index || 'wci-14.2');
  // The page's default platform follows the index (indexPlatform: WCI → WeChat, BCI → Weibo, DCI → Douyin, BVCI → Bilibili) when a ledger is loaded, as the CLI's `rank` does.
  const platform = (params.platform === 'all' ? null : params.platform || (accounts ? g.indexPlatform(def) : null)) as g.Platform | null;
  if (platform && !accounts) need('按平台排行需要账号台账文件（平台来自台账）。');
  const ranked = g.rankAccounts(table, { index: def, period: p, ...(accounts ? { accounts } : {}), ...(platform ? { platform } : {}) });
  const nm = name(accounts);
  const rows = ranked.map((r) => ({
    accountId: r.accountId, name: nm(r.accountId), platform: r.account?.platform ?? null, level: r.account?.level ?? null, unit: r.account?.unit ?? '', kind: r.account?.kind,
    articles: r.articles, reads: r.inputs.reads ?? null, value: r.value, rank: r.rank, dimensions: r.dimensions,
  }));
  return { def, rows, platform };
}

async function rankingView(params: ViewParams): Promise<Doc> {
  const table = postsTable() ?? need('请先添加帖子文件。');
  const p = period(params, table) ?? need('帖子文件中没有带日期的帖子。');
  const { def, rows, platform } = scoredRows(params, table, state.accounts, p);
  const scope = platform ? `${platformZh(platform)}账号` : '账号';
  const dimKeys = def.dimensions.map((d) => d.key);
  const explain = (d: Record<string, { value: number; contribution: number }>) => dimKeys.map((k) => `${k} ${d[k]?.contribution.toFixed(2) ?? '—'}`).join(' + ');
  const top = params.topN && params.topN > 0 ? params.topN : undefined;
  const shown = top ? rows.filter((r) => r.rank !== null && r.rank <= top) : rows;
  const table1: ReportTable = {
    title: `${def.name} ${scope}排行（${p.label}）`,
    columns: [
      { key: 'rank', label: '排名' }, { key: 'name', label: '账号名称' }, { key: 'unit', label: '主办单位' }, { key: 'platform', label: '平台' },
      { key: 'level', label: '层级' }, { key: 'articles', label: '发文数' }, { key: 'reads', label: '阅读数' },
      { key: 'value', label: def.name, digits: 2 },
      ...dimKeys.map((k) => ({ key: `dim_${k}`, label: `${k}（贡献）`, digits: 2 })),
      { key: 'explain', label: '分项说明' },
    ],
    rows: shown.map((r) => ({
      ...r, platform: platformZh(r.platform), level: levelZh(r.level),
      ...Object.fromEntries(dimKeys.map((k) => [`dim_${k}`, r.dimensions[k]?.contribution ?? null])),
      explain: r.value === null ? '无发文' : explain(r.dimensions),
    })),
  };
  const dims: ReportTable = {
    title: '指数分项（定义）',
    columns: [{ key: 'key', label: '分项' }, { key: 'label', label: '含义' }, { key: 'weight', label: '权重' }],
    rows: def.dimensions.map((d) => ({ key: d.key, label: d.label, weight: d.weight })),
  };
  return {
    title: `政务${scope}传播力排行 · ${def.name}`,
    subtitle: `统计周期 ${p.label}（${p.days} 天） · 指数版本 ${def.id}`,
    sections: [
      { kind: 'facts', facts: [['指数版本', `${def.name}（${def.id}）`], ['参评账号', rows.length], ['有指数账号', rows.filter((r) => r.value !== null).length]] },
      { kind: 'chart', title: '排行（前十名高亮）', spec: g.rankingChartSpec(rows.map((r) => ({ label: r.name, value: r.value, ...(r.rank === null ? {} : { rank: r.rank }) })), { valueTitle: def.name }) },
      { kind: 'table', id: 'ranking', title: '排行明细', table: table1 },
      { kind: 'table', id: 'dimensions', title: '指数分项（定义）', table: dims },
    ],
  };
}

/** A section of a library report document as the page shows it: tables get the id their download uses (`ids` by title), text becomes a fact. */
function docSection(s: g.ReportSection, ids: Record<string, string>): SectionOut {
  return s.kind === 'table' ? { kind: 'table', id: ids[s.title] ?? s.title, title: s.title, table: s.table } : s.kind === 'text' ? { kind: 'facts', ...(s.title ? { title: s.title } : {}), facts: [['', s.text]] } : s;
}

/**
 * The inspection as `govmedia inspect` runs it: one library call (`inspectionReport`) —
 * ledger accounts of platforms no posts file is an export of are left out and named,
 * verdicts at the check instant, pass rates by level and platform, the failing list.
 */
async function inspectionView(params: ViewParams): Promise<Doc> {
  const accounts = state.accounts ?? need('检查需要账号台账文件。');
  const table = postsTable() ?? need('请先添加帖子文件。');
  const p = period(params, table);
  const at = checkInstant(params, p) ?? need('请给出监测时间点。');
  const r = g.inspectionReport(accounts, table, state.messages, state.registry, { at, postsPlatforms: state.posts.map((x) => x.platform) });
  const notChecked: SectionOut[] = r.notChecked
    ? [{ kind: 'facts', title: '本次未检查', facts: [[`${r.notChecked.platforms.map(platformZh).join('、')}账号`, `${r.notChecked.accounts.length} 个：帖子文件只有${r.notChecked.covered.map(platformZh).join('、')}导出；检查这些账号请同时添加其平台的导出`]] }]
    : [];
  const ids: Record<string, string> = { 合格率: 'passrates', '附件：不合格账号及原因': 'failing' };
  return {
    title: r.document.title,
    ...(r.document.subtitle ? { subtitle: r.document.subtitle } : {}),
    sections: [
      ...notChecked,
      ...r.document.sections.map((s) => docSection(s, ids)),
    ],
  };
}

/** Homogeneity as `govmedia homogeneity` runs it: one library call (`homogeneityReport`); the ledger gives host units (merge advice only within one unit). */
async function homogeneityView(params: ViewParams): Promise<Doc> {
  const table = postsTable() ?? need('请先添加帖子文件。');
  const p = period(params, table);
  progress(null, '比对帖子内容（MinHash / LSH）');
  const r = g.homogeneityReport(table, { ...(p ? { period: p } : {}), ...(state.accounts ? { accounts: state.accounts } : {}) });
  const ids: Record<string, string> = { 同质化账号对: 'homogeneous-pairs', 整合建议: 'merge-advice', [r.highOverlap.title!]: 'high-overlap' };
  return { title: r.document.title, ...(r.document.subtitle ? { subtitle: r.document.subtitle } : {}), sections: r.document.sections.map((s) => docSection(s, ids)) };
}

async function matrixView(params: ViewParams): Promise<Doc> {
  const matrix = state.matrix ?? need('矩阵覆盖需要矩阵定义文件（JSON）。');
  const accounts = state.accounts ?? need('矩阵覆盖需要账号台账文件。');
  const table = postsTable() ?? need('请先添加帖子文件。');
  const p = period(params, table);
  // One library call, as `govmedia matrix` (the index of the members' mean: the page's index, default WCI 14.2 as the CLI's --index).
  const r = g.matrixReport(matrix, accounts, table, { ...(p ? { period: p } : {}), index: params.index || 'wci-14.2' });
  const ids: Record<string, string> = { [r.gaps.title!]: 'gaps', [r.excesses.title!]: 'excesses', [r.members.title!]: 'members', 覆盖明细: 'coverage' };
  return { title: r.document.title, ...(r.document.subtitle ? { subtitle: r.document.subtitle } : {}), sections: r.document.sections.map((s) => docSection(s, ids)) };
}

async function warningsView(params: ViewParams): Promise<Doc> {
  const accounts = state.accounts ?? need('预警需要账号台账文件。');
  const table = postsTable() ?? need('请先添加帖子文件。');
  const p = period(params, table);
  const at = checkInstant(params, p) ?? need('请给出监测时间点。');
  const nextGiven = params.next ? g.parseChinaTime(params.next) : null;
  if (params.next && nextGiven === null) need(`下次检查时间无法识别：${params.next}`);
  // The next check: as given (a bare date = the end of that day), else 7 days after the check instant (the page's default, stated).
  const next = nextGiven === null ? at + 7 * g.DAY_MS : /^\d{4}-\d{1,2}-\d{1,2}$/.test(params.next.trim()) ? nextGiven + g.DAY_MS : nextGiven;
  if (next < at) need('下次检查时间早于监测时间点。');
  // One library call, as `govmedia warn`: the warnings, the per-unit table, the list and the document.
  const r = g.earlyWarningsReport(accounts, table, state.messages, state.registry, { at, next });
  const ids: Record<string, string> = { [r.byUnit.title!]: 'warning-units', [r.list.title!]: 'warnings' };
  return {
    title: r.document.title,
    subtitle: `${r.document.subtitle}${nextGiven === null ? '（未填写，按 7 天后计）' : ''}`,
    sections: r.document.sections.map((s) => docSection(s, ids)),
  };
}

/**
 * The content check as `govmedia check` runs it: one library call (`contentCheckReport`) —
 * `checkContent` with the library's default rule sets extended by the office's files, and,
 * with the last check's findings file dropped on 上次内容检查发现, rectification (整改:
 * new, fixed, still open, 超7天未整改 per unit, the 督办 list; calendar days, as the CLI's
 * default). The check time is the 监测时间点, else the end of the period (of the data).
 */
async function contentView(params: ViewParams): Promise<Doc> {
  let table = postsTable() ?? need('请先添加帖子文件。');
  const p = params.period ? period(params, table) : null;
  if (p) table = table.filterTime(p.start, p.end);
  if (!table.texts && !table.titles) need('帖子文件没有标题或正文列，无法检查内容。');
  const at = checkInstant(params, p ?? period(params, table)) ?? need('请给出监测时间点（检查时间）。');
  // The library's default rule sets, extended by the office's files (as `govmedia check --rules`).
  const rules = (state.rules as g.ContentRuleSetInput[] | null ?? []).reduce<g.ContentRuleSet>((acc, x) => g.extendContentRules(acc, x), g.defaultContentRules());
  progress(null, '检查标题和正文');
  const r = g.contentCheckReport(table, rules, { at, ...(state.accounts ? { accounts: state.accounts } : {}), ...(state.previousFindings ? { previous: state.previousFindings } : {}) });
  state.findingsFile = r.findingsFile;
  const ids: Record<string, string> = { [r.kinds.title!]: 'content-kinds', [r.findings.title!]: 'findings', 督办清单: 'supervision', ...(r.rectificationTable ? { [r.rectificationTable.title!]: 'rectification' } : {}) };
  return {
    title: r.document.title,
    subtitle: `${r.document.subtitle}${p ? ` · 统计周期 ${p.label}` : ''} · 规则：内置词表${state.rules?.length ? ` + 本单位 ${state.rules.length} 个文件` : ''}；疑似否决项须人工确认${state.previousFindings ? '' : ' · 整改跟踪：添加上次检查发现（JSON）'}`,
    sections: r.document.sections.map((s) => docSection(s, ids)),
  };
}

async function shortlistView(params: ViewParams): Promise<Doc> {
  const table = postsTable() ?? need('请先添加帖子文件。');
  const accounts = state.accounts ?? need('十佳遴选需要账号台账文件。');
  const p = period(params, table) ?? need('帖子文件中没有带日期的帖子。');
  const def = g.resolveIndex(params.index || 'wci-14.2');
  // The page's default platform follows the index (indexPlatform), as the CLI's `shortlist` with a ledger.
  const platform = (params.platform === 'all' ? null : params.platform || g.indexPlatform(def)) as g.Platform | null;
  const n = params.topN && params.topN > 0 ? params.topN : 10;
  // One library call, as `govmedia shortlist --at`: the candidates are inspected at the check instant (default: end of the
  // period), so accounts failing a veto rule, or stale/dormant/zombie, are excluded with the reason.
  const checkTime = checkInstant(params, p)!;
  const r = g.shortlistReport(table, accounts, {
    index: def, period: p, ...(platform ? { platform } : {}), at: checkTime, messages: state.messages,
    topN: n, ...(params.perUnit ? { maxPerUnit: params.perUnit } : {}), ...(params.minPosts ? { minPosts: params.minPosts } : {}), ...(params.byKind ? { byKind: true } : {}),
  });
  const lists = r.lists;
  const rows = r.ranked;
  // Top-N probabilities and 90% rank intervals: the library's bootstrap over posts (seeded, so the page is reproducible).
  progress(null, '计算入围概率（自助法 200 次）');
  const robust = new Map(g.rankRobustness(table, { index: def, period: p, accountIds: rows.map((r) => r.accountId), topN: n, iterations: 200, seed: 1 }).map((r) => [r.accountId, r]));
  const catLabel = (c: g.ShortlistCategory) => c.label ?? c.id;
  const sections: SectionOut[] = [{
    kind: 'facts', title: '遴选约束',
    facts: [
      ['名额', `每类前 ${n} 名`], ['每单位最多', params.perUnit ? `${params.perUnit} 个` : '不限'], ['最少发文', `${params.minPosts || 1} 篇`],
      ['排除', `检查不合格、更新不活跃（监测时间点 ${g.formatChinaTime(checkTime)}）`], ['分类', params.byKind ? '单位账号 / 个人账号' : '不分类'],
      ['并列', '与最后一名并列者一并入围'], ['入围概率', '按帖子自助重抽样 200 次（种子 1）'],
    ],
  }];
  for (const c of lists) {
    const t: ReportTable = {
      title: `${catLabel(c.category)} 前 ${n} 名`,
      columns: [
        { key: 'place', label: '名次' }, { key: 'name', label: '账号名称' }, { key: 'unit', label: '主办单位' }, { key: 'platform', label: '平台' }, { key: 'score', label: def.name, digits: 2 },
        { key: 'posts', label: '发文数' }, { key: 'prob', label: `入前 ${n} 名概率`, align: 'right' }, { key: 'interval', label: '排名 90% 区间' }, { key: 'tie', label: '并列入围' },
      ],
      rows: c.entries.map((e) => {
        const rb = robust.get(e.accountId);
        return { ...e, platform: platformZh(e.platform), prob: rb?.topNProbability != null ? `${(rb.topNProbability * 100).toFixed(1)}%` : rb?.tooFewPosts ? `发文不足（${rb.posts} 篇）` : '—', interval: rb?.rankInterval ? `${rb.rankInterval[0]}–${rb.rankInterval[1]}` : '—', tie: e.tieExpanded ? '是' : '' };
      }),
    };
    sections.push({ kind: 'table', id: `shortlist-${c.category.id}`, title: t.title!, table: t });
    sections.push({ kind: 'chart', title: `${catLabel(c.category)}（入围）`, spec: g.rankingChartSpec(c.entries.map((e) => ({ label: e.name ?? e.accountId, value: e.score, rank: e.place })), { topN: n, valueTitle: def.name }) });
  }
  sections.push({ kind: 'table', id: 'excluded', title: '未入围说明', table: r.excluded });
  return { title: `十佳遴选 · ${def.name}`, subtitle: `统计周期 ${p.label}（${p.days} 天）`, sections };
}

/**
 * The quarterly 通报 (seed 004's shape), as `govmedia report` builds it, in one library call
 * (`quarterlyInspectionReport`): every ledger account inspected at the check instant (a sample
 * when 抽查比例 is set: `stratifiedSample`, seed 1), registry problems (`reconcileRegistry`),
 * `buildQuarterlyReport`. Content findings are not passed (not wired: a human confirms them
 * first; README). Downloads: `quarterlyReportDocx`, `quarterlyReportHtml`, `quarterlyReportXlsx`.
 */
async function tongbaoView(params: ViewParams): Promise<Doc> {
  const accounts = state.accounts ?? need('通报需要账号台账文件。');
  const table = postsTable() ?? need('请先添加帖子文件。');
  const p = period(params, table);
  const at = checkInstant(params, p) ?? need('请给出监测时间点。');
  const sampling = params.sampleShare > 0 && params.sampleShare < 1;
  // One library call, as `govmedia report`: sample, inspect, reconcile the registry, build the 通报 and its tables.
  const { report, tables: { rates, problems, annex } } = g.quarterlyInspectionReport(accounts, table, state.messages, state.registry, {
    at, ...(sampling ? { sample: { share: params.sampleShare, seed: 1 } } : {}), ...(params.previousRate > 0 ? { previousRate: params.previousRate / 100 } : {}),
  });
  state.quarterly = report;
  const pct = (x: number | null) => (x === null ? '—' : `${x}%`);
  return {
    title: report.title,
    subtitle: `${report.issuer} · ${report.date} · 截至 ${report.asOfDate}${!sampling ? '' : ` · 抽查 ${Math.round(params.sampleShare * 100)}%（分层抽样，种子 1）`}`,
    sections: [
      { kind: 'facts', facts: [['开设账号', report.population.total], ['抽查', report.sample.checked], ['合格', report.sample.passed], ['合格率', pct(report.sample.ratePercent)], ...(report.change ? [['比上季度', `${report.change.points >= 0 ? '提升' : '下降'} ${Math.abs(report.change.points)} 个百分点`] as [string, string]] : [])] },
      { kind: 'table', id: 'quarterly-rates', title: rates.title!, table: rates },
      { kind: 'table', id: 'quarterly-problems', title: problems.title!, table: problems },
      { kind: 'table', id: 'quarterly-annex', title: annex.title!, table: annex },
    ],
  };
}

function pendingDoc(title: string, text: string): Doc {
  return { title, sections: [{ kind: 'pending', title: '等待库功能', text }] };
}

const VIEW_FNS: Record<ViewId, (p: ViewParams) => Promise<Doc>> = {
  ranking: rankingView, inspection: inspectionView, warnings: warningsView, homogeneity: homogeneityView,
  matrix: matrixView, content: contentView, shortlist: shortlistView, tongbao: tongbaoView,
};

let docSeq = 0;
async function runView(view: ViewId, params: ViewParams): Promise<ViewResult> {
  progress(null, `计算：${VIEWS[view]}`);
  const doc = await VIEW_FNS[view](params);
  const docId = `d${++docSeq}`;
  const out: SectionOut[] = [];
  for (const s of doc.sections) {
    if (s.kind === 'chart') {
      progress(null, `绘制图表：${s.title}`);
      out.push({ kind: 'chart', title: s.title, svg: await g.renderChartSvg(s.spec as never) });
    } else if (s.kind === 'table') {
      const id = `${docId}:${s.id}`;
      state.tables.set(id, { table: s.table, doc: docId });
      out.push({ kind: 'table', id, title: s.title, table: { ...s.table, rows: s.table.rows.slice(0, 2000) }, totalRows: s.table.rows.length });
    } else out.push(s);
  }
  // The HTML download renders the same document with the library's report renderer (pending sections as text).
  state.docs.set(docId, {
    title: doc.title, ...(doc.subtitle ? { subtitle: doc.subtitle } : {}),
    sections: doc.sections.map((s) => (s.kind === 'pending' ? { kind: 'text' as const, title: s.title, text: s.text } : s.kind === 'table' ? { kind: 'table' as const, title: s.title, table: s.table } : s)) as ReportDocument['sections'],
  });
  return { view, docId, title: doc.title, ...(doc.subtitle ? { subtitle: doc.subtitle } : {}), sections: out, notes: combinedPosts()?.notes ?? [] };
}

const enc = new TextEncoder();
async function exportTable(id: string, format: 'csv' | 'xlsx'): Promise<{ name: string; mime: string; bytes: Uint8Array }> {
  const t = state.tables.get(id) ?? need('表格已过期，请重新计算。');
  const base = (t.table.title ?? '表格').replace(/[\\/:*?"<>|]/g, '_');
  if (format === 'csv') return { name: `${base}.csv`, mime: 'text/csv;charset=utf-8', bytes: enc.encode(g.reportToCsv(t.table)) };
  // The same cells as the CSV, typed (numbers as numbers); write-excel-file is loaded on this first use.
  return { name: `${base}.xlsx`, mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', bytes: await g.reportToXlsx(t.table) };
}

/** The 通报 as the library writes it: Word (.docx), a self-contained HTML page, or its annexes as an .xlsx workbook. */
async function exportTongbao(format: 'html' | 'docx' | 'xlsx'): Promise<{ name: string; mime: string; bytes: Uint8Array }> {
  const r = state.quarterly ?? need('请先打开“通报”页生成通报。');
  const base = r.title.replace(/[\\/:*?"<>|]/g, '_');
  if (format === 'docx') return { name: `${base}.docx`, mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', bytes: await g.quarterlyReportDocx(r) };
  if (format === 'xlsx') return { name: `${base}（附件）.xlsx`, mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', bytes: await g.quarterlyReportXlsx(r) };
  return { name: `${base}.html`, mime: 'text/html;charset=utf-8', bytes: enc.encode(g.quarterlyReportHtml(r)) };
}

/** The findings file of the content check last shown, as JSON: dropped on 上次内容检查发现 at the next check (rectification). */
function exportFindings(): { name: string; mime: string; bytes: Uint8Array } {
  const f = state.findingsFile ?? need('请先打开“内容检查”页。');
  // The day the check names (a check at midnight is the end of the day before, as the report's 检查时间).
  const t = Date.parse(f.at);
  const day = g.formatChinaTime(f.at.endsWith('T00:00:00+08:00') ? t - 1 : t).slice(0, 10);
  return { name: `内容检查发现（${day}）.json`, mime: 'application/json', bytes: enc.encode(`${JSON.stringify(f, null, 2)}\n`) };
}

async function exportDoc(docId: string, format: 'html' | 'docx'): Promise<{ name: string; mime: string; bytes: Uint8Array }> {
  const doc = state.docs.get(docId) ?? need('报告已过期，请重新计算。');
  const base = doc.title.replace(/[\\/:*?"<>|]/g, '_');
  if (format === 'html') return { name: `${base}.html`, mime: 'text/html;charset=utf-8', bytes: enc.encode(await g.renderReportHtml(doc)) };
  return { name: `${base}.docx`, mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', bytes: await g.reportToDocx(doc) };
}

/** Every index of the library's catalog (one needing inputs the data lacks says so when chosen: IndexInputError). */
function scorableIndices(): { id: string; name: string }[] {
  return Object.values(g.INDEX_CATALOG).map((def) => ({ id: def.id, name: def.name }));
}

self.onmessage = async (ev: MessageEvent) => {
  const msg = ev.data as { id: number; op: string; [k: string]: unknown };
  currentId = msg.id;
  try {
    let result: unknown;
    if (msg.op === 'read') result = await readRole(msg.role as Role, msg.files as File[], (msg.mappings as Record<string, FileMapping>) ?? {});
    else if (msg.op === 'view') result = await runView(msg.view as ViewId, msg.params as ViewParams);
    else if (msg.op === 'export') result = await exportTable(msg.tableId as string, msg.format as 'csv' | 'xlsx');
    else if (msg.op === 'exportTongbao') result = await exportTongbao(msg.format as 'html' | 'docx' | 'xlsx');
    else if (msg.op === 'exportFindings') result = exportFindings();
    else if (msg.op === 'exportDoc') result = await exportDoc(msg.docId as string, msg.format as 'html' | 'docx');
    else if (msg.op === 'meta') result = { indices: scorableIndices() };
    else throw new Error(`unknown op ${msg.op}`);
    post({ id: msg.id, result });
  } catch (e) {
    const err = e as Error;
    const rejections = (e as { rejections?: Rejection[] }).rejections;
    post({ id: msg.id, error: { message: err instanceof UserError ? err.message : `${err.name}: ${err.message}`, user: err instanceof UserError, ...(rejections ? { rejections: rejections.slice(0, 50) } : {}) } });
  }
};
