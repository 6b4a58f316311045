import { compileIndex, dimensionExpressions, indexExpression, type IndexAlgebra } from './compile-index.js';
import { indexFields, type IndexDefinition } from './index-definition.js';
import { resolveIndexNamed } from './index-catalog.js';
import { indexInputsOfNamed } from './table-fields.js';
import { CHINA_OFFSET_MS } from '../model/time.js';

/** Column names of the posts table in the database. */
export interface SqlColumns {
  account: string;
  time: string;
  reads: string;
  looks: string;
  likes: string;
  shares: string;
  comments: string;
  /** Position in the push (1 = headline). */
  position: string;
  /** Boolean or 0/1 original flag (only for indices that use `originals`). */
  original: string;
}

/** The SQL dialects {@link toSQL} writes. `standard` is `postgres` (also Spark SQL). */
export type SqlDialect = 'duckdb' | 'postgres' | 'clickhouse' | 'standard';

/** Every accepted dialect name (for CLIs and validation). */
export const SQL_DIALECTS: readonly SqlDialect[] = Object.freeze(['duckdb', 'postgres', 'clickhouse', 'standard'] as const);

/** How the time column stores instants (see {@link ToSqlOptions.timeType}). */
export type SqlTimeType = 'epoch-ms' | 'timestamp';

/** Options of {@link toSQL}. */
export interface ToSqlOptions {
  /**
   * `'duckdb'` (default), `'postgres'` (alias `'standard'`: PostgreSQL, Spark SQL) or
   * `'clickhouse'` (ClickHouse 18.16 as Debian ships it, and current ClickHouse).
   */
  dialect?: SqlDialect;
  /** Table name (default `posts`). */
  table?: string;
  /** Column names; defaults are the snake_case field names (`account_id`, `published_at`, `reads`, …). */
  columns?: Partial<SqlColumns>;
  /** Restrict to a period; `days` is the index's d. */
  period?: { start: number; end: number; days: number };
  /** Day count when no period is given. */
  days?: number;
  /**
   * How the time column stores instants: `'epoch-ms'` (default; a number column of
   * epoch milliseconds) or `'timestamp'` (Postgres `TIMESTAMP WITH TIME ZONE`, DuckDB
   * `TIMESTAMPTZ`, ClickHouse `DateTime('Asia/Shanghai')`). Period bounds are written
   * as China time (UTC+08:00) literals; ClickHouse `DateTime` holds whole seconds, so
   * its bounds must be whole seconds (period bounds are).
   */
  timeType?: SqlTimeType;
  /** @deprecated Old name of {@link timeType}: `'epoch_ms'` = `'epoch-ms'`. */
  timeUnit?: 'epoch_ms' | 'timestamp';
  /** Override the multiplier / rounding as in `wci`. */
  multiplier?: number;
  roundAverages?: boolean;
}

const DEFAULT_COLUMNS: SqlColumns = {
  account: 'account_id', time: 'published_at', reads: 'reads', looks: 'looks', likes: 'likes', shares: 'shares',
  comments: 'comments', position: 'position', original: 'is_original',
};

const ident = (name: string) => {
  if (!/^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)?$/.test(name)) throw new RangeError(`toSQL: unsafe identifier "${name}"`);
  return name;
};

/** `YYYY-MM-DD HH:MM:SS[.mmm]` in China time (UTC+08:00) for an epoch-ms instant. */
function chinaLiteral(ms: number): string {
  if (!Number.isFinite(ms)) throw new RangeError(`toSQL: period bound ${ms} is not a finite instant`);
  const iso = new Date(ms + CHINA_OFFSET_MS).toISOString(); // 2024-03-01T00:00:00.000Z, shifted to China wall time
  const frac = iso.slice(19, 23);
  return `${iso.slice(0, 10)} ${iso.slice(11, 19)}${frac === '.000' ? '' : frac}`;
}

/**
 * Compiles an index definition to SQL computing the same per-account values from a
 * posts table: a grouped aggregate (sums, counts, headline sums, maxima) and the
 * weighted log terms, squared or not, times the multiplier. The same declarative
 * definition drives `scoreAccounts`, so the two agree. Accounts without posts in the
 * period do not appear (the library gives them `null`). Output columns: `account_id`,
 * `articles`, one column `dim_<key>` per dimension, `value`; ordered by `account_id`.
 *
 * Shape: nested subqueries (no `WITH`: ClickHouse 18 has no CTEs), only `COUNT`, `SUM`,
 * `MAX`, `CASE`, `COALESCE`, `LN`, `GREATEST`, `FLOOR` and a cast to double. The
 * dialects differ in the cast (`CAST(… AS DOUBLE PRECISION)`; ClickHouse
 * `toFloat64(…)`, which keeps NULL where `CAST(… AS Float64)` throws), in rounding
 * averages (`roundAverages`: DuckDB `ROUND(x, 1)`, the others `FLOOR(x * 10 + 0.5) / 10`,
 * Postgres having no `ROUND(double, int)`), in the original flag (boolean; ClickHouse
 * `= 1` on a UInt8) and in timestamp literals. Verified to 1e-9 relative against
 * `scoreAccounts` on DuckDB (every test run), PostgreSQL 15 and a two-shard ClickHouse
 * 18.16 cluster (test/engines, run by CI's `.ci/run`).
 *
 * @throws {RangeError} unknown dialect or time type, unsafe identifier, a non-finite
 *   number, an index dividing by days without a period or `days`, a ClickHouse
 *   timestamp bound that is not a whole second.
 * @throws {TypeError} an index a posts table cannot score (needs fans or stats).
 * @returns One SQL query (columns `account_id`, `articles`, `dim_<key>` per dimension, `value`).
 * @example toSQL('wci-14.2', { dialect: 'clickhouse', period: monthPeriod(2024, 3), timeType: 'timestamp' })
 * // 'SELECT account_id, m_articles AS articles, … FROM (SELECT … FROM posts WHERE published_at >= toDateTime('2024-03-01 00:00:00', 'Asia/Shanghai') …'
 */
export function toSQL(index: string | IndexDefinition, options: ToSqlOptions = {}): string {
  const def = resolveIndexNamed(index, 'toSQL');
  const dialect = options.dialect ?? 'duckdb';
  if (!SQL_DIALECTS.includes(dialect)) throw new RangeError(`toSQL: unknown dialect "${String(dialect)}" (${SQL_DIALECTS.map((d) => `'${d}'`).join(', ')})`);
  const timeType: SqlTimeType = options.timeType ?? (options.timeUnit === undefined ? 'epoch-ms' : options.timeUnit === 'epoch_ms' ? 'epoch-ms' : options.timeUnit);
  if (timeType !== 'epoch-ms' && timeType !== 'timestamp') throw new RangeError(`toSQL: unknown timeType "${String(timeType)}" ('epoch-ms' or 'timestamp')`);
  const ch = dialect === 'clickhouse';
  const fields = indexInputsOfNamed(def, 'toSQL');
  for (const [input, src] of fields)
    if (src === 'followers' || src === 'followersGained' || src === 'activeDays' || src === 'originalityUnknown')
      throw new TypeError(`toSQL: index ${def.id} needs "${input}" (${src}), which the posts table in SQL does not hold; join account records in your own query`);
  const c = { ...DEFAULT_COLUMNS, ...options.columns };
  const table = ident(options.table ?? 'posts');
  const days = options.period?.days ?? options.days;
  if (indexFields(def).includes('days') && !(typeof days === 'number' && days > 0)) throw new RangeError('toSQL: give a period (or options.days > 0): the index divides by days');
  const dbl = (x: string) => (ch ? `toFloat64(${x})` : `CAST(${x} AS DOUBLE PRECISION)`);
  const lit = (x: number) => {
    if (!Number.isFinite(x)) throw new RangeError(`toSQL: non-finite number ${x}`);
    return dbl(String(x));
  };
  const headline = `${ident(c.position)} = 1`;
  const num = (col: string) => dbl(ident(col));
  const aggExpr: Record<string, string> = {
    articles: 'COUNT(*)',
    pushes: `SUM(CASE WHEN ${headline} THEN 1 ELSE 0 END)`,
    originals: `SUM(CASE WHEN ${ident(c.original)}${ch ? ' = 1' : ''} THEN 1 ELSE 0 END)`,
  };
  for (const m of ['reads', 'looks', 'likes', 'shares', 'comments'] as const) {
    const cap = m[0]!.toUpperCase() + m.slice(1);
    aggExpr[m] = `COALESCE(SUM(${num(c[m])}), 0)`;
    aggExpr[`headline${cap}`] = `COALESCE(SUM(CASE WHEN ${headline} THEN ${num(c[m])} END), 0)`;
    aggExpr[`max${cap}`] = `COALESCE(MAX(${num(c[m])}), 0)`;
    aggExpr[`original${cap}`] = `COALESCE(SUM(CASE WHEN ${ident(c.original)}${ch ? " = 1" : ""} THEN ${num(c[m])} END), 0)`; // BCI 7var: reposts/comments of originals
  }
  const used = new Set<string>(['articles']);
  for (const f of fields.values()) if (f !== 'days') used.add(f);
  // An account whose `requires` count is 0 has no value (scoreAccounts gives null): leave it out.
  const req = def.requires === undefined ? undefined : fields.get(def.requires);
  const having = req === undefined || req === 'days' || req === 'articles' ? '' : `\n  WHERE m_${req} > 0`;
  // Aggregates are named m_<field>: ClickHouse resolves aliases inside expressions, so
  // `SUM(reads) AS reads` would be a cyclic alias there.
  const selectAgg = [...used].map((f) => `${aggExpr[f]} AS m_${f}`).join(',\n      ');
  let where = '';
  if (options.period) {
    const { start, end } = options.period;
    const t = ident(c.time);
    let lo: string, hi: string;
    if (timeType === 'epoch-ms') {
      if (!Number.isFinite(start) || !Number.isFinite(end)) throw new RangeError('toSQL: period bounds must be finite epoch ms');
      lo = String(start); hi = String(end);
    } else if (ch) {
      if (start % 1000 !== 0 || end % 1000 !== 0) throw new RangeError("toSQL: ClickHouse DateTime holds whole seconds; period bounds must be whole seconds");
      lo = `toDateTime('${chinaLiteral(start)}', 'Asia/Shanghai')`; hi = `toDateTime('${chinaLiteral(end)}', 'Asia/Shanghai')`;
    } else {
      const kw = dialect === 'duckdb' ? 'TIMESTAMPTZ' : 'TIMESTAMP WITH TIME ZONE';
      lo = `${kw} '${chinaLiteral(start)}+08:00'`; hi = `${kw} '${chinaLiteral(end)}+08:00'`;
    }
    where = `\n    WHERE ${t} >= ${lo} AND ${t} < ${hi}`;
  }
  // The formula written once (compile-index.ts: termExpression, dimensionExpressions,
  // indexExpression), here over SQL text; evaluateIndex and scoreAccounts evaluate the same
  // compiled index over numbers.
  const compiled = compileIndex(def, { multiplier: options.multiplier, roundAverages: options.roundAverages }, 'toSQL');
  const sqlAlgebra: IndexAlgebra<string> = {
    div: (x, d) => `(${x} / ${d})`,
    // Postgres has no ROUND(double, int): the other dialects round half up by FLOOR.
    round1: (x) => (dialect === 'duckdb' ? `ROUND(${x}, 1)` : `(FLOOR(${x} * 10 + 0.5) / 10)`),
    atLeast: (x, min) => `GREATEST(${x}, ${lit(min)})`,
    term: (w, identity, scale, x) => (identity ? `${lit(w)} * ${x}` : `${lit(w)} * LN(${lit(scale)} * ${x} + 1)`),
    dimension: (terms) => `(${terms.join('\n        + ')})`,
    weightedSum: (w, dims) => dims.map((d, i) => `${lit(w[i]!)} * ${d}`).join(' + '),
    outer: (sum, square, m) => (square ? `(${sum}) * (${sum}) * ${lit(m)}` : `(${sum}) * ${lit(m)}`),
  };
  const input = (f: string) => (f === 'days' ? lit(days!) : dbl(`m_${fields.get(f)}`));
  const dimName = (key: string) => ident('dim_' + key.replace(/[^A-Za-z0-9_]/g, '_'));
  const dimNames = def.dimensions.map((d) => dimName(d.key));
  const dimSql = dimensionExpressions(compiled, input, sqlAlgebra).map((x, i) => `${x} AS ${dimNames[i]}`);
  // The outer stage reads the dimensions by column name (a nested query: no repeated expressions).
  const { value } = indexExpression(compiled, dimNames, sqlAlgebra);
  return `SELECT account_id, m_articles AS articles, ${def.dimensions.map((d) => dimName(d.key)).join(', ')},
  ${value} AS value
FROM (
  SELECT account_id, m_articles,
    ${dimSql.join(',\n    ')}
  FROM (
    SELECT ${ident(c.account)} AS account_id,
      ${selectAgg}
    FROM ${table}${where}
    GROUP BY ${ident(c.account)}
  ) AS agg${having}
) AS dims
ORDER BY account_id`;
}
