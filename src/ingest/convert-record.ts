import type { Rejection } from '../model/errors.js';
import { DAY_MS } from '../model/time.js';
import { resolveColumns, type CellType, type ColumnResolution, type FieldSpec, type RecordKind } from './column-presets.js';
import { parseCount, type CellResult } from './parse-count.js';
import { parseFlag } from './parse-flag.js';
import { parseLabel, type ValueAliases } from './parse-label.js';
import { parsePosition } from './parse-position.js';
import { DEFAULT_EARLIEST_TIME, TIME_UNITS, parseTimeCell, type TimeUnit } from './parse-time-cell.js';
import { toInstant, type DateArg } from '../model/to-instant.js';
import type { RawRecord } from './raw-records.js';

/**
 * A copy of a string that does not keep its source alive. Cells cut from a parsed
 * chunk are V8 "sliced strings" that pin the whole chunk in memory; a table keeping
 * titles would then hold the entire input text. Concatenating and slicing flattens
 * the string into its own storage.
 */
const detach = (s: string): string => (s.length < 13 ? s : (s + ' ').slice(0, -1));

/** How cells are read beyond their type: time unit and plausible range, a locality's labels. */
export interface CellOptions {
  timeUnit?: TimeUnit;
  /** Plausible time range, epoch ms (see `parseTimeCell`). */
  timeMin: number;
  timeMax: number;
  aliases?: ValueAliases;
}

/**
 * The default plausible time range: 2000-01-01 China time .. `at` (default: now) + 1 day.
 * @internal
 * @param o The reader's options.
 * @returns The cell conversion options, time bounds resolved.
 * @throws {RangeError} for an unknown `timeUnit`, or a bound or `at` that is not a date/time.
 * @throws {TypeError} for a bound or `at` that is none of a Date, a number or a string.
 */
export function cellOptions(o: { timeUnit?: TimeUnit; timeBounds?: { min?: DateArg; max?: DateArg }; at?: DateArg; valueAliases?: ValueAliases }): CellOptions {
  if (o.timeUnit !== undefined && !TIME_UNITS.includes(o.timeUnit)) throw new RangeError(`read options: timeUnit must be one of ${TIME_UNITS.join(', ')}, got ${JSON.stringify(o.timeUnit)}`);
  const at = o.at === undefined ? Date.now() : toInstant(o.at);
  const min = o.timeBounds?.min === undefined ? DEFAULT_EARLIEST_TIME : toInstant(o.timeBounds.min);
  const max = o.timeBounds?.max === undefined ? at + DAY_MS : toInstant(o.timeBounds.max);
  return { timeUnit: o.timeUnit, timeMin: min, timeMax: max, aliases: o.valueAliases };
}

/** Excel's scientific display of a long number (`4.98765E+15`): the digits after the 6th are lost. */
export const EXCEL_SCIENTIFIC = /^\d(?:\.\d+)?E\+\d+$/i;

/** Leading/trailing white space and zero-width characters of a text cell. */
const EDGE_INVISIBLE = /^[\s\u200b-\u200d\u2060\ufeff]+|[\s\u200b-\u200d\u2060\ufeff]+$/g;

function readCell(type: CellType, raw: unknown, o: CellOptions): CellResult<unknown> {
  if (typeof type === 'object') return parseLabel(type.label, raw, { aliases: o.aliases });
  switch (type) {
    case 'count':
      return parseCount(raw);
    case 'flag':
      return parseFlag(raw);
    case 'position':
      return parsePosition(raw);
    case 'object':
      if (raw === null || raw === undefined || raw === '') return { ok: true, value: undefined };
      return typeof raw === 'object' ? { ok: true, value: structuredClone(raw) } : { ok: false, reason: `不是对象：${JSON.stringify(raw)}` };
    case 'time':
      return parseTimeCell(raw, { timeUnit: o.timeUnit, min: o.timeMin, max: o.timeMax });
    case 'string': {
      if (raw === null || raw === undefined) return { ok: true, value: undefined };
      if (typeof raw === 'number') {
        // JSON numbers as ids: an integer above 2^53 was already rounded by the JSON parser.
        if (!Number.isSafeInteger(raw) && !(Number.isFinite(raw) && !Number.isInteger(raw)))
          return { ok: false, reason: `数字 ${raw} 超过 2^53，解析 JSON 时已被舍入；请在导出文件中给该 ID 加引号（写成字符串 "${raw}"）` };
        return { ok: true, value: String(raw) };
      }
      if (typeof raw !== 'string') return { ok: false, reason: `不是文本：${JSON.stringify(raw)}` };
      // Trimmed of blanks (incl. U+3000, NBSP) and of invisible zero-width marks (U+200B–U+200D, U+2060, BOM).
      const s = raw.replace(EDGE_INVISIBLE, '');
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
  readonly cells: CellOptions;

  constructor(
    readonly kind: RecordKind,
    readonly explicit?: Readonly<Record<string, string>>,
    cells?: CellOptions,
    /** Headers of an export preset: header → field. */
    public presetColumns?: Readonly<Record<string, string>>,
  ) {
    this.cells = cells ?? cellOptions({});
  }

  resolution(headers: readonly string[]): ColumnResolution {
    const key = headers.join('\u0000');
    let r = this.cache.get(key);
    if (!r) {
      r = resolveColumns(this.kind, headers, this.explicit, this.presetColumns);
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
    const { byIndex } = this.resolution(rec.headers);
    const fields = new Map<string, unknown>();
    const rejections: Rejection[] = [];
    for (let i = 0; i < rec.headers.length; i++) {
      const spec: FieldSpec | undefined = byIndex[i];
      if (!spec) continue;
      const raw = rec.values[i];
      const r = readCell(spec.type, raw, this.cells);
      if (r.ok) {
        if (r.value !== undefined) fields.set(spec.field, r.value);
      } else rejections.push({ row: rec.row, column: rec.headers[i]!, reason: r.reason, value: typeof raw === 'string' ? raw : JSON.stringify(raw) });
    }
    return { fields, rejections };
  }
}

/**
 * Turns flat field paths into a nested plain object (`channels.services` → `{ channels: { services } }`).
 * @internal
 * @param fields Field path → value.
 * @returns The nested object.
 */
export function nestFields(fields: Map<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = Object.create(null);
  for (const [path, v] of fields) {
    const dot = path.indexOf('.');
    if (dot < 0) out[path] = v;
    else {
      const head = path.slice(0, dot);
      const inner = (out[head] ??= {}) as Record<string, unknown>;
      inner[path.slice(dot + 1)] = v;
    }
  }
  return { ...out };
}
