import { SQL_DIALECTS, type SqlDialect, type SqlTimeType } from '../indices/to-sql.js';

/** Options of {@link postsTableDdl}. */
export interface PostsTableDdlOptions {
  /** `'duckdb'` (default), `'postgres'` (= `'standard'`) or `'clickhouse'`. */
  dialect?: SqlDialect;
  /** `'epoch-ms'` (default: a BIGINT/Int64 column) or `'timestamp'` (TIMESTAMPTZ / TIMESTAMP WITH TIME ZONE / DateTime('Asia/Shanghai')). */
  timeType?: SqlTimeType;
  /** Table name (default `posts`). */
  table?: string;
  /**
   * ClickHouse only: a cluster from the servers' `remote_servers`. Then the statements
   * create `<table>_local` (MergeTree) and `<table>` (Distributed over it, sharded by
   * `cityHash64(account_id, published_at)` so one account's posts spread over the
   * shards); run them on every shard.
   */
  cluster?: string;
}

const ident = (name: string, fn: string) => {
  if (!/^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)?$/.test(name)) throw new RangeError(`${fn}: unsafe identifier "${name}"`);
  return name;
};

/**
 * `CREATE TABLE` statement(s) for the posts table that `toSQL` queries and
 * {@link postsTableTsv} fills, in a dialect: columns `account_id`, `published_at`,
 * `reads`, `looks`, `likes`, `shares`, `comments` (double, NULL = missing), `position`
 * (integer, NULL = unknown), `is_original` (boolean; ClickHouse UInt8), `id`, `title`
 * (text, NULL = absent). Statements end with `;`, one per line group.
 *
 * @throws {RangeError} unknown dialect or time type, unsafe identifier, `cluster` outside ClickHouse
 * @returns The SQL statement(s).
 * @example postsTableDdl({ dialect: 'clickhouse', timeType: 'timestamp', cluster: 'govmedia_2shards' })
 * // 'CREATE TABLE posts_local (account_id String, published_at DateTime(\'Asia/Shanghai\'), …) ENGINE = MergeTree() …;\nCREATE TABLE posts AS posts_local ENGINE = Distributed(…);\n'
 */
export function postsTableDdl(options: PostsTableDdlOptions = {}): string {
  const fn = 'postsTableDdl';
  const dialect = options.dialect ?? 'duckdb';
  if (!SQL_DIALECTS.includes(dialect)) throw new RangeError(`${fn}: unknown dialect "${String(dialect)}" (${SQL_DIALECTS.join(', ')})`);
  const timeType = options.timeType ?? 'epoch-ms';
  if (timeType !== 'epoch-ms' && timeType !== 'timestamp') throw new RangeError(`${fn}: unknown timeType "${String(timeType)}" ('epoch-ms' or 'timestamp')`);
  const table = ident(options.table ?? 'posts', fn);
  if (options.cluster !== undefined && dialect !== 'clickhouse') throw new RangeError(`${fn}: cluster is for the clickhouse dialect`);
  if (dialect === 'clickhouse') {
    const n = (t: string) => `Nullable(${t})`;
    const cols = `account_id String, published_at ${timeType === 'timestamp' ? "DateTime('Asia/Shanghai')" : 'Int64'}, reads ${n('Float64')}, looks ${n('Float64')}, likes ${n('Float64')}, shares ${n('Float64')}, comments ${n('Float64')}, position ${n('UInt16')}, is_original ${n('UInt8')}, id ${n('String')}, title ${n('String')}`;
    const merge = 'ENGINE = MergeTree() ORDER BY (account_id, published_at)';
    if (options.cluster === undefined) return `CREATE TABLE ${table} (${cols}) ${merge};\n`;
    const cluster = ident(options.cluster, fn);
    const dot = table.indexOf('.');
    const db = dot < 0 ? 'default' : table.slice(0, dot);
    const local = `${table}_local`;
    return `CREATE TABLE ${local} (${cols}) ${merge};\nCREATE TABLE ${table} AS ${local} ENGINE = Distributed(${cluster}, ${db}, ${local.slice(dot + 1)}, cityHash64(account_id, published_at));\n`;
  }
  const duck = dialect === 'duckdb';
  const dbl = duck ? 'DOUBLE' : 'DOUBLE PRECISION', txt = duck ? 'VARCHAR' : 'TEXT';
  const time = timeType === 'timestamp' ? (duck ? 'TIMESTAMPTZ' : 'TIMESTAMP WITH TIME ZONE') : 'BIGINT';
  return `CREATE TABLE ${table} (account_id ${txt} NOT NULL, published_at ${time} NOT NULL, reads ${dbl}, looks ${dbl}, likes ${dbl}, shares ${dbl}, comments ${dbl}, position INTEGER, is_original BOOLEAN, id ${txt}, title ${txt});\n`;
}
