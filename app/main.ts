/**
 * The office app's page: inputs, period picker, views, downloads. It never touches
 * the data itself: files go to the worker (worker.ts), which calls the library; the
 * page shows what comes back. The worker is created from a Blob URL of its inlined
 * source (a <script type="text/plain"> in this same file), so the app works from
 * file:// with no second file and no network.
 */
import { ROLES, VIEWS, type FileMapping, type FileReport, type Role, type SectionOut, type ViewId, type ViewParams, type ViewResult } from './protocol.js';
import type { ReportTable } from '../src/report/report-table.js';

const $ = <T extends HTMLElement = HTMLElement>(sel: string, root: ParentNode = document) => root.querySelector(sel) as T;
const h = <K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, ...children: (Node | string)[]) => {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  for (const c of children) el.append(c);
  return el;
};

// ---------------------------------------------------------------- worker plumbing

let worker: Worker;
let seq = 0;
const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: unknown) => void }>();
let busy: { id: number; label: string; role?: Role } | null = null;

function startWorker(): void {
  const src = document.getElementById('worker-src')!.textContent ?? '';
  const url = URL.createObjectURL(new Blob([src], { type: 'text/javascript' }));
  worker = new Worker(url);
  URL.revokeObjectURL(url);
  worker.onmessage = (ev) => {
    const m = ev.data as { id: number; progress?: { fraction: number | null; label: string }; result?: unknown; error?: { message: string; user: boolean } };
    if (m.progress) return showProgress(m.progress.fraction, m.progress.label);
    const p = pending.get(m.id);
    if (!p) return;
    pending.delete(m.id);
    if (m.error) p.reject(Object.assign(new Error(m.error.message), { user: m.error.user }));
    else p.resolve(m.result);
  };
  worker.onerror = (ev) => {
    ev.preventDefault();
    for (const [, p] of pending) p.reject(new Error(`后台计算出错：${ev.message}`));
    pending.clear();
  };
}

class Cancelled extends Error {}

function call<T>(op: string, payload: Record<string, unknown>, label: string, role?: Role): Promise<T> {
  const id = ++seq;
  busy = { id, label, ...(role ? { role } : {}) };
  showProgress(null, label);
  return new Promise<T>((resolve, reject) => {
    pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
    worker.postMessage({ id, op, ...payload });
  }).finally(() => {
    if (busy?.id === id) { busy = null; hideProgress(); }
  });
}

/** Cancel: the worker is stopped (terminate) and a fresh one started; files already read are given to it again, the one being read is dropped. */
async function cancel(): Promise<void> {
  if (!busy) return;
  const was = busy;
  worker.terminate();
  for (const [, p] of pending) p.reject(new Cancelled('已取消'));
  pending.clear();
  busy = null;
  hideProgress();
  startWorker();
  if (was.role) { files[was.role] = []; reports[was.role] = []; renderReports(was.role); }
  setStatus(`已取消：${was.label}`);
  for (const role of Object.keys(files) as Role[]) if (files[role].length && role !== was.role) await readRole(role, true);
}

// ---------------------------------------------------------------- progress

function showProgress(fraction: number | null, label: string): void {
  const box = $('#progress');
  box.hidden = false;
  $('#progress-label').textContent = label;
  const bar = $<HTMLProgressElement>('#progress-bar');
  if (fraction === null) bar.removeAttribute('value');
  else bar.value = fraction;
}
function hideProgress(): void { $('#progress').hidden = true; }
function setStatus(text: string, error = false): void {
  const s = $('#status');
  s.textContent = text;
  s.className = error ? 'status error' : 'status';
}

// ---------------------------------------------------------------- inputs

const files: Record<Role, File[]> = { posts: [], accounts: [], messages: [], registry: [], matrix: [], rules: [], findings: [] };
const reports: Record<Role, FileReport[]> = { posts: [], accounts: [], messages: [], registry: [], matrix: [], rules: [], findings: [] };
const MAPPING_KEY = 'govmedia-app:column-mappings';

/** Saved column mappings, keyed by role and the file's unrecognised headers (so the same export shape is mapped the same way next time). */
function savedMappings(): Record<string, FileMapping> {
  try { return JSON.parse(localStorage.getItem(MAPPING_KEY) ?? '{}') as Record<string, FileMapping>; } catch { return {}; }
}
const mappingKey = (role: Role, headers: readonly string[]) => `${role}|${[...headers].sort().join('|')}`;
const sessionMappings: Record<string, FileMapping> = {};

async function readRole(role: Role, quiet = false): Promise<void> {
  if (!files[role].length) { reports[role] = []; renderReports(role); return; }
  try {
    const list = await call<FileReport[]>('read', { role, files: files[role], mappings: sessionMappings }, `读取${ROLES.find((r) => r.role === role)!.label}`, role);
    // A mapping saved earlier for the same unrecognised headers is applied once, automatically.
    const saved = savedMappings();
    const again = list.filter((r) => r.needsMapping && !sessionMappings[r.name] && saved[mappingKey(role, r.headers)]);
    if (again.length) {
      for (const r of again) sessionMappings[r.name] = saved[mappingKey(role, r.headers)]!;
      return readRole(role, quiet);
    }
    reports[role] = list;
    renderReports(role);
    if (!quiet) { setStatus(`已读取 ${list.map((r) => `${r.name}（${r.rows} 条）`).join('、')}`); await runView(); }
  } catch (e) {
    if (e instanceof Cancelled) return;
    files[role] = [];
    reports[role] = [];
    renderReports(role);
    setStatus(`读取失败：${(e as Error).message}`, true);
  }
}

function renderReports(role: Role): void {
  const box = $(`#files-${role}`);
  box.replaceChildren();
  for (const r of reports[role]) {
    const li = h('div', { class: 'file', 'data-file': r.name });
    li.append(h('div', { class: 'file-head' }, h('b', {}, r.name), ` ${(r.size / 1024).toFixed(r.size < 10240 ? 1 : 0)} KB · 读取 `, h('span', { class: 'rows' }, String(r.rows)), ' 条 · 拒绝 ', h('span', { class: 'rejected-count' }, String(r.rejectedCount)), ' 条'));
    if (r.pending) li.append(h('div', { class: 'pending' }, r.pending));
    if (r.error) li.append(h('div', { class: 'error file-error' }, `未能读取：${r.error}`));
    const extras = Object.entries(r.extras).filter(([k, v]) => k !== 'ignoredColumns' && k !== 'sheet' && v !== undefined && !(Array.isArray(v) && v.length === 0) && !((k === 'blankRows' || k === 'duplicates') && v === 0));
    const EXTRA_ZH: Record<string, string> = { keyedBy: '账号依据', preset: '识别的导出格式', duplicates: '重复（已去除）', sheet: '工作表', warnings: '提示', input: '读取方式', blankRows: '跳过的空行' };
    for (const [k, v] of extras) li.append(h('div', { class: 'extra' }, `${EXTRA_ZH[k] ?? k}：${Array.isArray(v) ? v.join('；') : k === 'keyedBy' ? (v === 'accountName' ? '账号名称' : '账号ID') : String(v)}`));
    if (r.ignoredColumns.length) li.append(h('div', { class: 'extra' }, `未使用的列：${r.ignoredColumns.join('、')}`));
    if (r.mapping) li.append(h('div', { class: 'extra mapping' }, `列对应：${[...Object.entries(r.mapping.columns).map(([a, b]) => `${a} → ${b}`), ...(r.mapping.account ? [`账号 = ${r.mapping.account}`] : []), ...(r.mapping.sheet ? [`工作表 = ${r.mapping.sheet}`] : []), ...(r.mapping.timeUnit ? [`时间单位 = ${r.mapping.timeUnit}`] : [])].join('、')}`));
    if (r.cells.length) {
      const d = h('details', { class: 'rejections cells' }, h('summary', {}, `按缺失处理的单元格 ${r.cellsCount} 个（行保留）`));
      const t = h('table', {}, h('tr', {}, h('th', {}, '行'), h('th', {}, '列'), h('th', {}, '原因'), h('th', {}, '值')));
      for (const x of r.cells) t.append(h('tr', {}, h('td', {}, String(x.row)), h('td', {}, x.column), h('td', {}, x.reason), h('td', {}, x.value ?? '')));
      d.append(t);
      li.append(d);
    }
    if (r.rejected.length) {
      const d = h('details', { class: 'rejections' }, h('summary', {}, `被拒绝的行（前 ${r.rejected.length} 条）`));
      const t = h('table', {}, h('tr', {}, h('th', {}, '行'), h('th', {}, '列'), h('th', {}, '原因'), h('th', {}, '值')));
      for (const x of r.rejected) t.append(h('tr', {}, h('td', {}, String(x.row)), h('td', {}, x.column), h('td', {}, x.reason), h('td', {}, x.value ?? '')));
      d.append(t);
      li.append(d);
    }
    if (r.needsMapping || r.fields.length) {
      const b = h('button', { type: 'button', class: r.needsMapping ? 'map' : 'map small' }, r.needsMapping ? '设置列对应…' : '读取选项…');
      b.onclick = () => openMapping(role, r);
      li.append(b);
    }
    box.append(li);
  }
}

function openMapping(role: Role, r: FileReport): void {
  const dlg = $<HTMLDialogElement>('#mapping');
  $('#mapping-file').textContent = r.name;
  const body = $('#mapping-body');
  body.replaceChildren();
  const current = sessionMappings[r.name] ?? { columns: {} };
  const headers = [...new Set([...Object.keys(current.columns), ...r.headers])];
  for (const col of headers) {
    const sel = h('select', { 'data-col': col }, h('option', { value: '' }, '（不使用）'), ...r.fields.map((f) => h('option', { value: f.field }, f.label)));
    (sel as HTMLSelectElement).value = current.columns[col] ?? '';
    body.append(h('label', { class: 'maprow' }, h('span', {}, col), sel));
  }
  if (!headers.length) body.append(h('p', {}, '没有可对应的列（文件未读出表头）。'));
  if (role === 'posts') {
    const acc = h('input', { type: 'text', id: 'mapping-account', placeholder: '如：青山发布' }) as HTMLInputElement;
    acc.value = current.account ?? '';
    body.append(h('label', { class: 'maprow' }, h('span', {}, '本文件的账号（文件没有账号列时，如公众平台后台、抖音导出）'), acc));
    const unit = h('select', { id: 'mapping-timeunit' }, h('option', { value: '' }, '（日期时间文字）'), h('option', { value: 'ms' }, '毫秒时间戳 (ms)'), h('option', { value: 's' }, '秒时间戳 (s)'), h('option', { value: 'excel' }, 'Excel 序列号 (excel)')) as HTMLSelectElement;
    unit.value = current.timeUnit ?? '';
    body.append(h('label', { class: 'maprow' }, h('span', {}, '时间列为数字时的单位'), unit));
  }
  const sheet = h('input', { type: 'text', id: 'mapping-sheet', placeholder: '默认第一个' }) as HTMLInputElement;
  sheet.value = current.sheet ?? '';
  body.append(h('label', { class: 'maprow' }, h('span', {}, 'Excel 工作表名称'), sheet));
  $('#mapping-ok').onclick = async () => {
    const m: FileMapping = { columns: {} };
    for (const s of Array.from(body.querySelectorAll<HTMLSelectElement>('select[data-col]'))) if (s.value) m.columns[s.dataset.col!] = s.value;
    const account = (body.querySelector('#mapping-account') as HTMLInputElement | null)?.value.trim();
    if (account) m.account = account;
    const sheetName = (body.querySelector('#mapping-sheet') as HTMLInputElement | null)?.value.trim();
    if (sheetName) m.sheet = sheetName;
    const timeUnit = (body.querySelector('#mapping-timeunit') as HTMLSelectElement | null)?.value;
    if (timeUnit) m.timeUnit = timeUnit;
    sessionMappings[r.name] = m;
    const saved = savedMappings();
    saved[mappingKey(role, r.headers)] = m;
    localStorage.setItem(MAPPING_KEY, JSON.stringify(saved));
    dlg.close();
    await readRole(role);
  };
  dlg.showModal();
}

function setFiles(role: Role, list: FileList | File[]): void {
  const arr = Array.from(list as ArrayLike<File>);
  if (!arr.length) return;
  files[role] = ROLES.find((r) => r.role === role)!.multiple ? arr : arr.slice(0, 1);
  void readRole(role);
}

function buildInputs(): void {
  const box = $('#inputs');
  for (const r of ROLES) {
    const input = h('input', { type: 'file', id: `input-${r.role}`, 'data-role': r.role, ...(r.multiple ? { multiple: '' } : {}) }) as HTMLInputElement;
    input.onchange = () => { if (input.files) setFiles(r.role, input.files); input.value = ''; };
    const zone = h('div', { class: 'drop', 'data-role': r.role },
      h('div', { class: 'drop-title' }, r.label),
      h('div', { class: 'hint' }, r.hint),
      h('label', { class: 'pick' }, '选择文件', input),
      h('span', { class: 'hint' }, ' 或拖放到此处'),
      h('div', { class: 'files', id: `files-${r.role}` }));
    zone.addEventListener('dragover', (e) => { e.preventDefault(); zone.classList.add('over'); });
    zone.addEventListener('dragleave', () => zone.classList.remove('over'));
    zone.addEventListener('drop', (e) => { e.preventDefault(); zone.classList.remove('over'); if (e.dataTransfer?.files.length) setFiles(r.role, e.dataTransfer.files); });
    box.append(zone);
  }
  // Dropped anywhere else: not opened by the browser (which would navigate away from the app).
  window.addEventListener('dragover', (e) => e.preventDefault());
  window.addEventListener('drop', (e) => e.preventDefault());
}

// ---------------------------------------------------------------- parameters

function periodSpec(): string {
  const kind = $<HTMLSelectElement>('#period-kind').value;
  const v = (id: string) => $<HTMLInputElement>(id).value.trim();
  if (kind === 'month') return v('#period-month');
  if (kind === 'week') return v('#period-week').replace(/^(\d{4})-W0?(\d+)$/i, '$1-W$2');
  if (kind === 'quarter') {
    const y = v('#period-year'), q = Number($<HTMLSelectElement>('#period-q').value);
    if (!/^\d{4}$/.test(y)) return '';
    const m1 = (q - 1) * 3 + 1;
    const last = new Date(Date.UTC(Number(y), m1 + 2, 0)).getUTCDate();
    const pad = (n: number) => String(n).padStart(2, '0');
    // A quarter is passed as its calendar days (the library's custom period; real day count).
    return `${y}-${pad(m1)}-01~${y}-${pad(m1 + 2)}-${pad(last)}`;
  }
  if (kind === 'custom') return v('#period-from') && v('#period-to') ? `${v('#period-from')}~${v('#period-to')}` : '';
  return '';
}

function params(): ViewParams {
  return {
    period: periodSpec(),
    at: $<HTMLInputElement>('#at').value.trim(),
    next: $<HTMLInputElement>('#next').value.trim(),
    index: $<HTMLSelectElement>('#index').value,
    platform: $<HTMLSelectElement>('#platform').value,
    topN: Number($<HTMLInputElement>('#topn').value) || 0,
    perUnit: Number($<HTMLInputElement>('#per-unit').value) || 0,
    minPosts: Number($<HTMLInputElement>('#min-posts').value) || 0,
    byKind: $<HTMLInputElement>('#by-kind').checked,
    sampleShare: (Number($<HTMLInputElement>('#sample-share').value) || 0) / 100,
    previousRate: Number($<HTMLInputElement>('#previous-rate').value) || 0,
  };
}

function syncPeriodInputs(): void {
  const kind = $<HTMLSelectElement>('#period-kind').value;
  for (const el of Array.from(document.querySelectorAll<HTMLElement>('[data-period]'))) el.hidden = el.dataset.period !== kind;
}

// ---------------------------------------------------------------- views

let view: ViewId = 'ranking';
let last: ViewResult | null = null;

/** The latest view asked for (results of earlier ones are dropped). */
let viewRun = 0;
async function runView(): Promise<void> {
  const run = ++viewRun;
  const out = $('#view');
  for (const b of Array.from(document.querySelectorAll<HTMLElement>('#tabs button'))) b.classList.toggle('active', b.dataset.view === view);
  if (!files.posts.length && !files.accounts.length && view !== 'content' && view !== 'warnings') {
    out.replaceChildren(h('p', { class: 'empty' }, '请先在上方添加数据文件（可先试用示例数据：examples/data）。'));
    return;
  }
  try {
    const r = await call<ViewResult>('view', { view, params: params() }, `计算${VIEWS[view]}`);
    // A view asked for later (another tab, a changed option) wins: the worker may answer out of order.
    if (run !== viewRun) return;
    last = r;
    $('#posts-notes').replaceChildren(...r.notes.map((n) => h('div', {}, n)));
    renderView(r);
    setStatus(`${r.title}${r.subtitle ? ` · ${r.subtitle}` : ''}`);
  } catch (e) {
    if (e instanceof Cancelled || run !== viewRun) return;
    out.replaceChildren(h('p', { class: 'error' }, (e as Error).message));
    setStatus((e as Error).message, true);
  }
}

function renderView(r: ViewResult): void {
  const out = $('#view');
  out.replaceChildren();
  out.dataset.view = r.view;
  const head = h('div', { class: 'view-head' }, h('h2', {}, r.title));
  if (r.subtitle) head.append(h('div', { class: 'subtitle' }, r.subtitle));
  const tools = h('div', { class: 'tools' });
  if (r.view === 'tongbao' && !r.sections.some((s) => s.kind === 'pending')) {
    const labels = { docx: '下载通报 Word (.docx)', html: '下载通报 HTML', xlsx: '下载附件 Excel (.xlsx)' } as const;
    for (const f of ['docx', 'html', 'xlsx'] as const) {
      const b = h('button', { type: 'button', 'data-export-tongbao': f }, labels[f]);
      b.onclick = () => download('exportTongbao', { format: f });
      tools.append(b);
    }
  } else {
    for (const f of ['html', 'docx'] as const) {
      const b = h('button', { type: 'button', 'data-export-doc': f }, f === 'html' ? '下载报告 HTML' : '下载报告 Word (.docx)');
      b.onclick = () => download('exportDoc', { docId: r.docId, format: f });
      tools.append(b);
    }
    if (r.view === 'content') {
      // The findings file: kept by the office and dropped on 上次内容检查发现 next time (rectification, 整改).
      const b = h('button', { type: 'button', 'data-export-findings': 'json' }, '下载本次检查发现（JSON，下次整改对比用）');
      b.onclick = () => download('exportFindings', {});
      tools.append(b);
    }
  }
  head.append(tools);
  out.append(head);
  for (const s of r.sections) out.append(renderSection(s));
}

function renderSection(s: SectionOut): HTMLElement {
  if (s.kind === 'facts') {
    const dl = h('dl', { class: 'facts' });
    for (const [k, v] of s.facts) dl.append(h('div', {}, h('dt', {}, k), h('dd', {}, String(v))));
    return dl;
  }
  if (s.kind === 'pending') return h('section', { class: 'pending' }, h('h3', {}, `${s.title}（等待库功能）`), h('p', {}, s.text));
  if (s.kind === 'chart') {
    const sec = h('section', { class: 'chart' }, h('h3', {}, s.title));
    // The SVG is the library's own rendering (vega, no scripts); parsed as SVG, not run.
    const doc = new DOMParser().parseFromString(s.svg ?? '', 'image/svg+xml');
    sec.append(document.importNode(doc.documentElement, true));
    const b = h('button', { type: 'button', class: 'small' }, '下载 SVG');
    b.onclick = () => save(`${s.title}.svg`, 'image/svg+xml', new TextEncoder().encode(s.svg ?? ''));
    sec.append(b);
    return sec;
  }
  const sec = h('section', { class: 'table', 'data-table': s.id });
  const tools = h('span', { class: 'tools' });
  for (const f of ['csv', 'xlsx'] as const) {
    const b = h('button', { type: 'button', class: 'small', 'data-export': f }, f === 'csv' ? 'CSV' : 'Excel (.xlsx)');
    b.onclick = () => download('export', { tableId: s.id, format: f });
    tools.append(b);
  }
  sec.append(h('h3', {}, s.title, ' ', tools));
  sec.append(htmlTable(s.table));
  if (s.totalRows !== undefined && s.totalRows > s.table.rows.length) sec.append(h('p', { class: 'hint' }, `页面显示前 ${s.table.rows.length} 行，共 ${s.totalRows} 行；下载可得全部。`));
  return sec;
}

function cell(v: unknown, digits?: number): string {
  if (v === null || v === undefined) return '—';
  if (Array.isArray(v)) return v.map((x) => cell(x)).join('；');
  if (typeof v === 'number') return digits === undefined ? String(v) : v.toFixed(digits);
  if (typeof v === 'object') return 'zh' in (v as object) ? `${String((v as { zh: unknown }).zh)}${(v as { evidence?: string }).evidence ? `（${(v as { evidence?: string }).evidence}）` : ''}` : JSON.stringify(v);
  return String(v);
}

function htmlTable(t: ReportTable): HTMLElement {
  const table = h('table');
  table.append(h('thead', {}, h('tr', {}, ...t.columns.map((c) => h('th', {}, c.label)))));
  const body = h('tbody');
  for (const row of t.rows) {
    const tr = h('tr');
    for (const c of t.columns) {
      const v = row[c.key];
      tr.append(h('td', typeof v === 'number' ? { class: 'num' } : {}, cell(v, c.digits)));
    }
    body.append(tr);
  }
  table.append(body);
  return h('div', { class: 'scroll' }, table);
}

async function download(op: string, payload: Record<string, unknown>): Promise<void> {
  try {
    const r = await call<{ name: string; mime: string; bytes: Uint8Array }>(op, payload, '生成下载文件');
    save(r.name, r.mime, r.bytes);
    setStatus(`已生成 ${r.name}`);
  } catch (e) {
    if (!(e instanceof Cancelled)) setStatus((e as Error).message, true);
  }
}

function save(name: string, mime: string, bytes: Uint8Array): void {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: mime }));
  const a = h('a', { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

// ---------------------------------------------------------------- start

function init(): void {
  startWorker();
  buildInputs();
  const tabs = $('#tabs');
  for (const [id, label] of Object.entries(VIEWS) as [ViewId, string][]) {
    const b = h('button', { type: 'button', 'data-view': id }, label);
    b.onclick = () => { view = id; void runView(); };
    tabs.append(b);
  }
  $('#cancel').onclick = () => void cancel();
  $('#period-kind').onchange = () => { syncPeriodInputs(); void runView(); };
  for (const id of ['#period-month', '#period-week', '#period-year', '#period-q', '#period-from', '#period-to', '#at', '#next', '#index', '#platform', '#topn', '#per-unit', '#min-posts', '#by-kind', '#sample-share', '#previous-rate'])
    $(id).addEventListener('change', () => void runView());
  syncPeriodInputs();
  void call<{ indices: { id: string; name: string }[] }>('meta', {}, '准备').then((m) => {
    const sel = $<HTMLSelectElement>('#index');
    sel.replaceChildren(...m.indices.map((i) => h('option', { value: i.id }, `${i.name}（${i.id}）`)));
    sel.value = 'wci-14.2';
  });
  void runView();
  (window as unknown as { govmediaApp: unknown }).govmediaApp = { get last() { return last; }, get busy() { return busy !== null; } };
}

init();
