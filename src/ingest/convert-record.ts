import type { Rejection } from '../model/errors.js';
import { parseChinaTime } from '../model/time.js';
import { resolveColumns, type CellType, type ColumnResolution, type FieldSpec, type RecordKind } from './column-presets.js';
import { parseCount, type CellResult } from './parse-count.js';
import { parseFlag } from './parse-flag.js';
import { parseLabel } from './parse-label.js';
import type { RawRecord } from './raw-records.js';

/**
 * A copy of a string that does not keep its source alive. Cells cut from a parsed
 * chunk are V8 "sliced strings" that pin the whole chunk in memory; a table keeping
 * titles would then hold the entire input text. Concatenating and slicing flattens
 * the string into its own storage.
 */
const detach = (s: string): string => (s.length < 13 ? s : (s + ' ').slice(0, -1));

function readCell(type: CellType, raw: unknown): CellResult<unknown> {
  if (typeof type === 'object') return parseLabel(type.label, raw);
  switch (type) {
    case 'count':
      return parseCount(raw);
    case 'flag':
      return parseFlag(raw);
    case 'position': {
      const r = parseCount(raw);
      if (!r.ok || r.value === undefined) return r;
      return Number.isInteger(r.value) && r.value >= 1 && r.value <= 65535 ? r : { ok: false, reason: `not a position (1 = headline): "${String(raw)}"` };
    }
    case 'time': {
      if (raw === null || raw === undefined || (typeof raw === 'string' && /^\s*-?\s*$/.test(raw))) return { ok: true, value: undefined };
      if (typeof raw === 'number') return Number.isFinite(raw) ? { ok: true, value: raw } : { ok: false, reason: `not a time: ${raw}` };
      if (typeof raw !== 'string') return { ok: false, reason: `not a time: ${JSON.stringify(raw)}` };
      const ms = parseChinaTime(raw);
      return ms === null ? { ok: false, reason: `not a date/time: "${raw}"` } : { ok: true, value: ms };
    }
    case 'string': {
      if (raw === null || raw === undefined) return { ok: true, value: undefined };
      const s = typeof raw === 'string' ? raw.trim() : typeof raw === 'number' ? String(raw) : undefined;
      if (s === undefined) return { ok: false, reason: `not text: ${JSON.stringify(raw)}` };
      return { ok: true, value: s === '' ? undefined : detach(s) };
    }
  }
}

/** Caches column resolutions per header list (CSV: one; JSON: one per key set). */
export class RecordConverter {
  private cache = new Map<string, ColumnResolution>();
  /** Headers seen that no field uses, in first-seen order. */
  readonly ignoredColumns: string[] = [];
  private ignored = new Set<string>();

  constructor(
    readonly kind: RecordKind,
    readonly explicit?: Readonly<Record<string, string>>,
  ) {}

  resolution(headers: readonly string[]): ColumnResolution {
    const key = headers.join('\u0000');
    let r = this.cache.get(key);
    if (!r) {
      r = resolveColumns(this.kind, headers, this.explicit);
      this.cache.set(key, r);
      for (const h of r.ignoredColumns) if (!this.ignored.has(h)) { this.ignored.add(h); this.ignoredColumns.push(h); }
    }
    return r;
  }

  /** Header that fills a field (for error messages about missing required fields). */
  headerOf(headers: readonly string[], field: string): string | undefined {
    for (const [h, s] of this.resolution(headers).byHeader) if (s.field === field) return h;
    return undefined;
  }

  /**
   * Converts one raw record into a flat field → value map (field paths such as
   * `channels.services` kept flat), with a rejection per bad cell.
   */
  convert(rec: RawRecord): { fields: Map<string, unknown>; rejections: Rejection[] } {
    const { byHeader } = this.resolution(rec.headers);
    const fields = new Map<string, unknown>();
    const rejections: Rejection[] = [];
    for (let i = 0; i < rec.headers.length; i++) {
      const header = rec.headers[i]!;
      const spec: FieldSpec | undefined = byHeader.get(header);
      if (!spec) continue;
      const raw = rec.values[i];
      const r = readCell(spec.type, raw);
      if (r.ok) {
        if (r.value !== undefined) fields.set(spec.field, r.value);
      } else rejections.push({ row: rec.row, column: header, reason: r.reason, value: typeof raw === 'string' ? raw : JSON.stringify(raw) });
    }
    return { fields, rejections };
  }
}

/** Turns flat field paths into a nested plain object (`channels.services` → `{ channels: { services } }`). */
export function nestFields(fields: Map<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = Object.create(null);
  for (const [path, v] of fields) {
    const dot = path.indexOf('.');
    if (dot < 0) out[path] = v;
    else {
      const head = path.slice(0, dot);
      const inner = (out[head] ??= Object.create(null)) as Record<string, unknown>;
      inner[path.slice(dot + 1)] = v;
    }
  }
  return { ...out };
}
