import { COLUMN_PRESETS, type RecordKind } from './column-presets.js';

/** How many lines (rows of a sheet) above the header may be titles or notes. */
export const MAX_TITLE_LINES = 10;

/** Delimiters tried, in order of preference on a tie. */
export const DELIMITERS = [',', '\t', ';'] as const;
export type Delimiter = (typeof DELIMITERS)[number];

/**
 * A header as compared: NFKC (full-width → half-width, U+3000 → space), trimmed, lower-case.
 * @param h A header cell.
 * @returns The comparison key.
 * @example headerKey(' 阅读数　') // '阅读数'
 */
export const headerKey = (h: string): string => h.normalize('NFKC').trim().toLowerCase();

/**
 * Every header name a reader of this kind knows: the presets' names (from
 * `COLUMN_PRESETS`) plus the keys of an explicit `columns` mapping, as {@link headerKey}s.
 * @param kind The record kind (`posts`, `accounts` …).
 * @param columns An explicit mapping header → field (its headers count as known).
 * @returns The known header keys.
 * @example knownHeaderNames('posts').has('阅读数') // true
 */
export function knownHeaderNames(kind: RecordKind, columns?: Readonly<Record<string, string>>): Set<string> {
  const names = new Set<string>();
  for (const spec of COLUMN_PRESETS[kind]) for (const h of spec.headers) names.add(headerKey(h));
  if (columns) for (const h of Object.keys(columns)) names.add(headerKey(h));
  return names;
}

/** Splits one line by a delimiter for header finding only (quotes stripped; embedded delimiters in quotes respected). */
function splitLine(line: string, d: string): string[] {
  const out: string[] = [];
  let cur = '', q = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (c === '"') { if (q && line[i + 1] === '"') { cur += '"'; i++; } else q = !q; }
    else if (c === d && !q) { out.push(cur); cur = ''; }
    else cur += c;
  }
  out.push(cur);
  return out;
}

/**
 * Finds the header among the first {@link MAX_TITLE_LINES} lines of a text table,
 * and the delimiter: the line and delimiter whose cells match the most known header
 * names (earliest line, then `,` `\t` `;`, on a tie). Title or note lines above the
 * header ("青山市政务新媒体发文统计（2024年9月）") are skipped that way. When no line has
 * a known name, the header is the first non-blank line and the delimiter the one it
 * contains most (a file with its own headers, mapped by `columns`, still reads).
 *
 * @param lines the first lines of the file (already decoded, line breaks removed)
 * @param known the known header keys ({@link knownHeaderNames})
 * @returns index of the header line in `lines`, and the delimiter
 * @example locateHeader(['青山市政务新媒体发文统计', '公众号名称,标题,发布时间,阅读数'], knownHeaderNames('posts')) // { index: 1, delimiter: ',' }
 */
export function locateHeader(lines: readonly string[], known: ReadonlySet<string>): { index: number; delimiter: Delimiter } {
  let best = { index: -1, delimiter: ',' as Delimiter, score: 0 };
  const n = Math.min(lines.length, MAX_TITLE_LINES);
  for (let i = 0; i < n; i++) {
    for (const d of DELIMITERS) {
      const cells = splitLine(lines[i]!, d);
      let score = 0;
      for (const c of cells) if (known.has(headerKey(c))) score++;
      if (score > best.score) best = { index: i, delimiter: d, score };
    }
  }
  if (best.index >= 0) return { index: best.index, delimiter: best.delimiter };
  let first = 0;
  while (first < n - 1 && lines[first]!.trim() === '') first++;
  const line = lines[first] ?? '';
  let delimiter: Delimiter = ',', most = 0;
  for (const d of DELIMITERS) {
    const k = splitLine(line, d).length - 1;
    if (k > most) { most = k; delimiter = d; }
  }
  return { index: first, delimiter };
}

/**
 * Finds the header among the first {@link MAX_TITLE_LINES} rows of a sheet (cells
 * already split): the row with the most known names, earliest on a tie; else the
 * first non-empty row.
 * @param rows The first rows of the sheet.
 * @param known The known header keys ({@link knownHeaderNames}).
 * @returns The index of the header row in `rows`.
 * @example locateHeaderRow([['2024年9月发文统计'], ['公众号名称', '标题', '阅读数']], knownHeaderNames('posts')) // 1
 */
export function locateHeaderRow(rows: readonly (readonly string[])[], known: ReadonlySet<string>): number {
  let best = -1, bestScore = 0;
  const n = Math.min(rows.length, MAX_TITLE_LINES);
  for (let i = 0; i < n; i++) {
    let score = 0;
    for (const c of rows[i]!) if (known.has(headerKey(c))) score++;
    if (score > bestScore) { best = i; bestScore = score; }
  }
  if (best >= 0) return best;
  let first = 0;
  while (first < n - 1 && rows[first]!.every((c) => c.trim() === '')) first++;
  return first;
}

/**
 * The header cells as the readers use them: NFKC-normalised and trimmed (so `阅读数　`
 * with U+3000, ` 阅读数 ` and full-width `ＩＤ` compare equal to their plain forms), trailing
 * empty cells dropped (Excel's `a,b,c,,,`). A header that repeats an earlier one
 * (compared as {@link headerKey}) is renamed `名（重复，第N列）` so it is never silently
 * used: the first column wins, the repeat lands in `ignoredColumns`.
 * @param cells The header row's cells.
 * @returns The header names as read.
 * @example normalizeHeaders(['ＩＤ', '阅读数　', '阅读数', '', '']) // ['ID', '阅读数', '阅读数（重复，第3列）']
 */
export function normalizeHeaders(cells: readonly string[]): string[] {
  const out = cells.map((c, i) => (i === 0 ? c.replace(/^\uFEFF/, '') : c).normalize('NFKC').trim());
  while (out.length > 1 && out[out.length - 1] === '') out.pop();
  const seen = new Map<string, number>();
  for (let i = 0; i < out.length; i++) {
    const h = out[i]!;
    if (h === '') continue;
    const key = headerKey(h);
    const first = seen.get(key);
    if (first === undefined) seen.set(key, i);
    else out[i] = `${h}（重复，第${i + 1}列）`;
  }
  return out;
}

/** Required columns of each kind, for the "no header" message (names as the presets spell them). */
export const REQUIRED_HEADERS: Record<RecordKind, string> = {
  posts: '账号ID（或 账号名称）、发布时间',
  accounts: '账号ID、账号名称、平台、主办单位、层级',
  messages: '账号ID、留言时间',
  registry: '账号ID、主办单位、平台、备案时间',
};
