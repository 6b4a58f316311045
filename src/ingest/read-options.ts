import type { InputFormat } from './raw-records.js';
import type { InputEncoding } from './text-chunks.js';

/** Options shared by every reader (`readPosts`, `readAccounts`, …). */
export interface ReadOptions {
  /** `'csv' | 'json' | 'ndjson'`; default: sniffed from the first character. Workbooks (`.xlsx`, `.xls`, `.ods`) and binary files are told by their bytes whatever this says. */
  format?: InputFormat;
  /** `'utf-8' | 'gb18030' | 'gbk' | 'utf-16le' | 'utf-16be'`; default: sniffed (BOM; UTF-16 shape; valid UTF-8 → UTF-8, else GB18030; checked again past the first MiB). */
  encoding?: InputEncoding;
  /** Explicit mapping header → field, overriding the presets, e.g. `{ '阅读': 'reads' }`. */
  columns?: Readonly<Record<string, string>>;
  /** `true`: throw `InputError` on the first bad row. Default `false`: collect rejections and keep the good rows. */
  strict?: boolean;
  /**
   * Posts only: CSV given as bytes goes through the byte-level fast path
   * (`readPostsCsvBytes`, identical results) unless this is `false`. Default `true`.
   */
  fastPath?: boolean;
  /** Workbooks: the sheet to read, by name (CLI `--sheet`); default the first sheet. The result's `sheet` says which was read. */
  sheet?: string;
  /** Name of the source, used in error messages (file readers pass the path). */
  sourceName?: string;
}
