import { CHINA_OFFSET_MS } from '../model/time.js';
import { SQL_DIALECTS, type SqlDialect, type SqlTimeType } from '../indices/to-sql.js';
import { ORIGINAL_UNKNOWN, type PostsTable } from '../table/posts-table.js';

/** Options of {@link postsTableTsv}. */
export interface PostsTableTsvOptions {
  /** `'duckdb'` (default), `'postgres'` (= `'standard'`) or `'clickhouse'`: how booleans and timestamps are written. */
  dialect?: SqlDialect;
  /** `'epoch-ms'` (default) or `'timestamp'`, as in the table's DDL ({@link postsTableDdl}). */
  timeType?: SqlTimeType;
  /** Rows per yielded chunk (default 10,000). */
  chunkRows?: number;
}

/** TSV text escaping shared by ClickHouse TabSeparated and PostgreSQL COPY text: backslash, tab, newline, CR. */
const esc = (s: string) => s.replace(/[\\\t\n\r]/g, (c) => (c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r'));

/**
 * The rows of a posts table as tab-separated text in the column order of
 * {@link postsTableDdl} (`account_id`, `published_at`, five metrics, `position`,
 * `is_original`, `id`, `title`), no header, `\N` for NULL, backslash escapes: the input
 * of ClickHouse `INSERT … FORMAT TabSeparated`, PostgreSQL `COPY … FROM` (text format)
 * and DuckDB `COPY … FROM (DELIMITER '\t', NULL '\N')`. Times: epoch ms, or, for
 * `timeType: 'timestamp'`, China time — `2024-03-01 08:00:00` for ClickHouse's
 * `DateTime('Asia/Shanghai')` (whole seconds; it holds no more), `2024-03-01
 * 08:00:00.000+08:00` for the others. Yields chunks of `chunkRows` lines (streams: a
 * national table never becomes one string).
 *
 * @throws {RangeError} unknown dialect or time type
 * @example [...postsTableTsv(t, { dialect: 'clickhouse', timeType: 'timestamp' })].join('') // 'A\t2024-03-01 08:00:00\t100001\t\\N…\n'
 */
export function* postsTableTsv(table: PostsTable, options: PostsTableTsvOptions = {}): Generator<string> {
  const fn = 'postsTableTsv';
  if (!table || !(table.account instanceof Uint32Array)) throw new TypeError(`${fn}: table must be a PostsTable`);
  const dialect = options.dialect ?? 'duckdb';
  if (!SQL_DIALECTS.includes(dialect)) throw new RangeError(`${fn}: unknown dialect "${String(dialect)}" (${SQL_DIALECTS.join(', ')})`);
  const timeType = options.timeType ?? 'epoch-ms';
  if (timeType !== 'epoch-ms' && timeType !== 'timestamp') throw new RangeError(`${fn}: unknown timeType "${String(timeType)}" ('epoch-ms' or 'timestamp')`);
  const chunkRows = options.chunkRows ?? 10_000;
  if (!(Number.isInteger(chunkRows) && chunkRows > 0)) throw new RangeError(`${fn}: chunkRows must be a positive integer, got ${chunkRows}`);
  const ch = dialect === 'clickhouse';
  const time = (ms: number) => {
    if (timeType === 'epoch-ms') return String(ms);
    const iso = new Date((ch ? Math.floor(ms / 1000) * 1000 : ms) + CHINA_OFFSET_MS).toISOString();
    return ch ? `${iso.slice(0, 10)} ${iso.slice(11, 19)}` : `${iso.slice(0, 10)} ${iso.slice(11, 23)}+08:00`;
  };
  const num = (x: number) => (Number.isNaN(x) ? '\\N' : String(x));
  const str = (s: string | undefined) => (s === undefined ? '\\N' : esc(s));
  const flag = (o: number) => (o === ORIGINAL_UNKNOWN ? '\\N' : ch ? String(o) : o === 1 ? (dialect === 'duckdb' ? 'true' : 't') : dialect === 'duckdb' ? 'false' : 'f');
  const ids = table.accountIds.map(esc);
  let out = '';
  for (let i = 0; i < table.size; i++) {
    out += `${ids[table.account[i]!]}\t${time(table.time[i]!)}\t${num(table.reads[i]!)}\t${num(table.looks[i]!)}\t${num(table.likes[i]!)}\t${num(table.shares[i]!)}\t${num(table.comments[i]!)}\t${table.position[i] || '\\N'}\t${flag(table.original[i]!)}\t${str(table.ids?.[i])}\t${str(table.titles?.[i])}\n`;
    if ((i + 1) % chunkRows === 0) { yield out; out = ''; }
  }
  if (out) yield out;
}
