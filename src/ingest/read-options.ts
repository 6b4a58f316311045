import type { Platform } from '../model/enums.js';
import type { DateArg } from '../model/to-instant.js';
import type { ValueAliases } from './parse-label.js';
import type { TimeUnit } from './parse-time-cell.js';
import type { InputFormat } from './raw-records.js';
import type { InputEncoding } from './text-chunks.js';

/** Options shared by every reader (`readPosts`, `readAccounts`, …). */
export interface ReadOptions {
  /** `'csv' | 'json' | 'ndjson'`; default: sniffed from the first character. Workbooks (`.xlsx`, `.xls`, `.ods`) and binary files are told by their bytes whatever this says. */
  format?: InputFormat;
  /** `'utf-8' | 'gb18030' | 'gbk' | 'utf-16le' | 'utf-16be'`; default: sniffed (BOM; UTF-16 shape; valid UTF-8 → UTF-8, else GB18030; checked again past the first MiB). */
  encoding?: InputEncoding;
  /** Explicit mapping header → field, overriding the presets, e.g. `{ '阅读': 'reads' }` (`''` = ignore the column). */
  columns?: Readonly<Record<string, string>>;
  /** `true`: throw `InputError` on the first bad row or cell. Default `false`: collect rejections and keep the good rows. */
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
  /**
   * Posts only: force an export preset by name (`gsdata-wechat`, `newrank-wechat`,
   * `mp-backend`, `weibo`, `douyin`, `channels`, `kuaishou`, `govmedia`); default:
   * detected from the header (see `POST_PRESETS`).
   */
  preset?: string;
  /**
   * Posts only: the account of a one-account export that has no account column (公众平台,
   * Douyin, 视频号 …): its id or name, joined to a ledger like any name. Ignored when the
   * file has an account column.
   */
  account?: string;
  /** Posts only: the platform of the file's accounts when the preset does not imply one. */
  platform?: Platform;
  /**
   * Unit of bare-number timestamps (JSON numbers, or a CSV cell of digits only):
   * `'ms'` epoch milliseconds, `'s'` epoch seconds, `'excel'` Excel serial date (China
   * wall-clock). Default: none — a bare number is rejected with a hint, never read as 1970.
   */
  timeUnit?: TimeUnit;
  /**
   * Plausible times (epoch ms, `Date`, or a China-time string): earlier than `min` (default 2000-01-01 China time) or later
   * than `max` (default `at` + 1 day) is rejected as implausible.
   */
  timeBounds?: { min?: DateArg; max?: DateArg };
  /** The observation instant (the read time) for the plausibility bound; default now. Epoch ms, `Date`, or a China-time string. */
  at?: DateArg;
  /** A locality's own labels per kind: `{ level: { 开发区: 'county' } }` (see `parseLabel`). */
  valueAliases?: ValueAliases;
  /** Posts only: keep duplicate posts (same post read twice) instead of dropping them. Default `false`. */
  keepDuplicates?: boolean;
  /**
   * Posts only, for exports with no position column: take the first article of each push
   * (same account, same minute, in file order) as the headline. Default `false`: without a
   * position the headline block of WCI is 0, and a warning says so.
   */
  inferHeadline?: boolean;
}
