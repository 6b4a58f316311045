import type { InputFormat } from './raw-records.js';
import type { InputEncoding } from './text-chunks.js';

/** Options shared by every reader (`readPosts`, `readAccounts`, …). */
export interface ReadOptions {
  /** `'csv' | 'json' | 'ndjson'`; default: sniffed from the first character. */
  format?: InputFormat;
  /** `'utf-8' | 'gbk'`; default: sniffed (BOM or valid UTF-8 → UTF-8, else GBK). */
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
  /** Name of the source, used in error messages (file readers pass the path). */
  sourceName?: string;
}
